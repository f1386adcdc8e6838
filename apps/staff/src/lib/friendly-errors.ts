// The domain's schemas carry zod's default wording; staff forms say what to do instead, per field.
// Messages the domain writes itself (plausibility checks) take precedence over these.
interface Issue {
  code: string;
  path?: PropertyKey[] | undefined;
  origin?: string | undefined;
  input?: unknown;
}

export function friendlyErrors(labels: Readonly<Record<string, string>>) {
  return (issue: Issue): string | undefined => {
    const key = [...(issue.path ?? [])].reverse().find((part) => typeof part === 'string');
    const label = (typeof key === 'string' && labels[key]) || 'this field';
    const empty = issue.input === undefined || issue.input === '' || Number.isNaN(issue.input);
    switch (issue.code) {
      case 'too_small':
        return issue.origin === 'string' ? `Enter the ${label}.` : `The ${label} is too low.`;
      case 'too_big':
        return issue.origin === 'string'
          ? `The ${label} is too long.`
          : `The ${label} is too high.`;
      case 'invalid_format':
        return empty ? `Enter the ${label}.` : `Enter the ${label} as a full date.`;
      case 'invalid_type':
        return empty ? `Enter the ${label}.` : `Enter the ${label} as a whole number.`;
      case 'invalid_value':
        return `Choose the ${label}.`;
      default:
        return undefined;
    }
  };
}
