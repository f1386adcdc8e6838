import { describe, expect, it } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import {
  EXAMPLE_AS_OF,
  evaluateFlags,
  exampleVisit,
  flagHeavyAnswers,
  type Flag,
} from '@preflight/screening';
import type { StoredFlag } from '../../lib/types';
import { FlagBody } from './parts';

const flags = evaluateFlags(flagHeavyAnswers(), exampleVisit(), { asOf: EXAMPLE_AS_OF });

function stored(key: string): StoredFlag {
  const flag = flags.find((f) => f.key === key) as Flag;
  return { ...flag, evaluationId: 'e1', acknowledged: false };
}

function flagBody(key: string): string {
  const submission = { answers: flagHeavyAnswers(), language: 'es' as const };
  return renderToStaticMarkup(<FlagBody flag={stored(key)} submission={submission} />);
}

describe('FlagBody', () => {
  it('marks free text the patient typed with their language, as the answer rows do', () => {
    const html = flagBody('health.prior-reaction');
    expect(html).toContain(
      '<dd><span lang="es" class="typed">“Felt very scared and my heart raced”</span> <span class="language-tag">typed in Spanish</span></dd>',
    );
    expect(html).toContain('<dd>Yes</dd>');
    expect(flagBody('cardio.history')).toContain(
      '<span lang="es" class="typed">“Pacemaker since 2021”</span>',
    );
    expect(flagBody('meds.unrecognized:myblue')).toContain(
      '<span lang="es" class="typed">“my blue pill”</span>',
    );
  });
});
