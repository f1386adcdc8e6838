// Creates the first admin of a production install (nothing is seeded there):
//   pnpm --filter @preflight/api admin create --email ada@clinic.org --name "Ada Admin"
// The password comes from standard input (piped) or a prompt that does not echo; it is never
// printed, and a weak one is refused with the same policy as the staff app.
// After a TOTP key rotation, reseals every stored TOTP secret with the current key:
//   pnpm --filter @preflight/api admin reseal-totp
import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config.js';
import { openDatabase, type DatabaseHandle } from '../db/client.js';
import { createStaffUser } from '../domain/create-staff-user.js';
import { resealTotpSecrets } from '../domain/reseal-totp-secrets.js';
import { systemClock, type Clock } from '../lib/clock.js';
import { AppError } from '../lib/errors.js';
import { passwordProblem } from '../lib/passwords.js';
import { resolveTotpKeys, type TotpKeys } from '../lib/secrets.js';

const USAGE = `Usage: pnpm --filter @preflight/api admin create --email <email> --name <display name>
The password is read from standard input, or asked for when run in a terminal.
       pnpm --filter @preflight/api admin reseal-totp
Reseals TOTP secrets with TOTP_ENCRYPTION_KEY, reading older ones with TOTP_ENCRYPTION_KEYS_OLD.`;

export interface CliIo {
  /** the password, typed (twice, without echo) or piped */
  readPassword(): Promise<string>;
  out(line: string): void;
  err(line: string): void;
}

export async function runAdminCli(
  argv: string[],
  io: CliIo,
  openDb: () => Promise<DatabaseHandle>,
  clock: Clock = systemClock,
  totpKeys: () => TotpKeys = () => resolveTotpKeys(loadConfig()),
): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { email: { type: 'string' }, name: { type: 'string' } },
    });
  } catch (error) {
    io.err((error as Error).message);
    io.err(USAGE);
    return 2;
  }
  if (parsed.positionals[0] === 'reseal-totp' && parsed.positionals.length === 1)
    return resealTotp(io, openDb, totpKeys());
  const { email, name } = parsed.values;
  if (parsed.positionals[0] !== 'create' || !email || !name?.trim()) {
    io.err(USAGE);
    return 2;
  }
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email.trim())) {
    io.err('That email address does not look right.');
    return 2;
  }
  const password = await io.readPassword();
  const problem = passwordProblem(password, { email });
  if (problem) {
    io.err(`Password refused: ${problem}`);
    return 1;
  }
  const database = await openDb();
  try {
    const { user } = await createStaffUser(
      database.db,
      { type: 'system' },
      { email, displayName: name, roles: ['admin'], sites: [], password },
      clock.now(),
    );
    io.out(`Created admin ${user.email} (id ${user.id}).`);
    io.out('Sign in to the staff app; in production you first set up an authenticator app.');
    return 0;
  } catch (error) {
    if (error instanceof AppError) {
      io.err(error.message);
      return 1;
    }
    throw error;
  } finally {
    await database.close();
  }
}

async function resealTotp(
  io: CliIo,
  openDb: () => Promise<DatabaseHandle>,
  keys: TotpKeys,
): Promise<number> {
  const database = await openDb();
  try {
    const count = await resealTotpSecrets(database.db, keys);
    io.out(`Resealed the TOTP secrets of ${count} account(s) with the current key.`);
    io.out('Every stored secret now uses it: TOTP_ENCRYPTION_KEYS_OLD may be removed.');
    return 0;
  } finally {
    await database.close();
  }
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8').split(/\r?\n/)[0] ?? '';
}

// Reads one line from the terminal without echoing it.
function promptHidden(question: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const stdin = process.stdin;
    process.stderr.write(question);
    stdin.setRawMode(true);
    stdin.resume();
    let typed = '';
    const onData = (data: Buffer) => {
      for (const char of data.toString('utf8')) {
        if (char === '\r' || char === '\n') {
          done();
          return resolve(typed);
        }
        if (char === '\u0003') {
          done();
          return reject(new Error('cancelled'));
        }
        if (char === '\u007f' || char === '\b') typed = [...typed].slice(0, -1).join('');
        else typed += char;
      }
    };
    const done = () => {
      stdin.off('data', onData);
      stdin.setRawMode(false);
      stdin.pause();
      process.stderr.write('\n');
    };
    stdin.on('data', onData);
  });
}

async function readPasswordFromTerminalOrPipe(): Promise<string> {
  if (!process.stdin.isTTY) return readStdin();
  const first = await promptHidden('Password for the new admin (at least 12 characters): ');
  const second = await promptHidden('Type it again: ');
  if (first !== second) throw new Error('The two passwords differ. Nothing was created.');
  return first;
}

const invokedDirectly =
  process.argv[1] !== undefined &&
  realpathSync(process.argv[1]) === realpathSync(fileURLToPath(import.meta.url));

if (invokedDirectly) {
  const config = loadConfig();
  runAdminCli(
    process.argv.slice(2),
    {
      readPassword: readPasswordFromTerminalOrPipe,
      out: (line) => process.stdout.write(`${line}\n`),
      err: (line) => process.stderr.write(`${line}\n`),
    },
    () => openDatabase(config.database),
  ).then(
    (code) => process.exit(code),
    (error: unknown) => {
      process.stderr.write(`${error instanceof Error ? error.message : 'Failed.'}\n`);
      process.exit(1);
    },
  );
}
