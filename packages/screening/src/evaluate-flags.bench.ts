import { bench, describe } from 'vitest';
import { evaluateFlags } from './evaluate-flags';
import { EXAMPLE_AS_OF, exampleAnswers, exampleVisit, flagHeavyAnswers } from './fixtures';
import { reading } from './test-helpers';

// Target: < 50 µs per evaluation on a full, flag-heavy submission.
const heavy = flagHeavyAnswers();
const typical = exampleAnswers();
const visit = exampleVisit();
const options = { time: 2000, warmupTime: 500 };
const staffReadings = [reading(150, 92, 90, 50), reading(148, 90, 88, 52)];

describe('evaluateFlags', () => {
  bench(
    'flag-heavy submission (13 medications, ~40 flags)',
    () => {
      evaluateFlags(heavy, visit, { asOf: EXAMPLE_AS_OF });
    },
    options,
  );
  bench(
    'flag-heavy submission with staff readings',
    () => {
      evaluateFlags(heavy, visit, { asOf: EXAMPLE_AS_OF, staffReadings });
    },
    options,
  );
  bench(
    'typical submission',
    () => {
      evaluateFlags(typical, visit, { asOf: EXAMPLE_AS_OF });
    },
    options,
  );
});
