// linkIds are dotted paths with [i] for list entries: `vitals.readings[0].systolic`.

export type AnswerPath = ReadonlyArray<string | number>;

// Rules read the same few dozen linkIds on every evaluation; parse each once.
const parsed = new Map<string, readonly (string | number)[]>();
const MAX_CACHED = 2000;

export function parseLinkId(linkId: string): (string | number)[] {
  let path = parsed.get(linkId);
  if (!path) {
    path = parseUncached(linkId);
    if (parsed.size < MAX_CACHED) parsed.set(linkId, path);
  }
  return [...path];
}

function parseUncached(linkId: string): (string | number)[] {
  const path: (string | number)[] = [];
  for (const part of linkId.split('.')) {
    const match = /^([^[\]]+)((?:\[\d+\])*)$/.exec(part);
    if (!match) {
      path.push(part);
      continue;
    }
    path.push(match[1] ?? part);
    for (const index of (match[2] ?? '').matchAll(/\[(\d+)\]/g)) path.push(Number(index[1]));
  }
  return path;
}

/** Turns a zod issue path into the linkId the form shows the error on. */
export function formatLinkId(path: ReadonlyArray<PropertyKey>): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out;
}

/** Reads an answer by linkId from any value (drafts, raw request bodies); undefined if absent. */
export function getAnswer(answers: unknown, linkId: string): unknown {
  let current: unknown = answers;
  const path = parsed.get(linkId) ?? parseLinkId(linkId);
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string | number, unknown>)[key];
  }
  return current;
}
