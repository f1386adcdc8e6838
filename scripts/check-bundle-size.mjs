// The tablet's initial JS (entry script plus what index.html preloads) must stay small: tablets on
// clinic Wi-Fi, and a patient waiting. Lazy chunks do not count.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const budgets = [
  { app: 'intake', dir: 'apps/intake/dist', maxKb: 150 },
  { app: 'staff', dir: 'apps/staff/dist', maxKb: 250 },
];

let failed = false;
for (const { app, dir, maxKb } of budgets) {
  const html = readFileSync(join(dir, 'index.html'), 'utf8');
  const scripts = [
    ...html.matchAll(/<(?:script[^>]+src|link[^>]+rel="modulepreload"[^>]+href)="([^"]+\.js)"/g),
  ].map((m) => m[1]);
  let total = 0;
  for (const src of scripts) {
    const file = join(dir, src.replace(/^\/(staff\/)?/, ''));
    total += gzipSync(readFileSync(file)).length;
  }
  const kb = total / 1000;
  const ok = kb <= maxKb;
  failed ||= !ok;
  console.log(
    `${ok ? 'ok  ' : 'OVER'} ${app}: initial JS ${kb.toFixed(1)} kB gzipped (budget ${maxKb} kB, ${scripts.length} files)`,
  );
}
process.exit(failed ? 1 : 0);
