import { bench, describe } from 'vitest';
import { matchMedication, suggestMedications } from './index';

// Moved here from the unit tests, whose clock-based limits failed on a busy machine.
const options = { time: 1000, warmupTime: 200 };

// Target: under 1 ms a name, so a long medication list is matched at once.
describe('matchMedication', () => {
  bench('a typo (fuzzy match)', () => void matchMedication('lorazapam 1 mg'), options);
  bench('a name not in the catalogue', () => void matchMedication('Frobozzamine'), options);
});

// Target: under 5 ms a call, so suggestions keep up with every keystroke.
describe('suggestMedications', () => {
  for (const typed of ['a', 'alp', 'alprazol', 'wellbutrin xl'])
    bench(`"${typed}"`, () => void suggestMedications(typed), options);
});
