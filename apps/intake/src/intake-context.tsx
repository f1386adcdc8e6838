import { createContext, useContext, useMemo } from 'react';
import { useSelector } from '@xstate/react';
import {
  selectLanguage,
  selectPlannedTreatment,
  type IntakeLanguage,
} from '@preflight/screening/intake-machine';
import type { IntakeActor } from './intake-actor';
import { strings, type AppStrings } from './strings';

export const IntakeContext = createContext<IntakeActor | null>(null);

export function useIntake(): IntakeActor {
  const actor = useContext(IntakeContext);
  if (!actor) throw new Error('useIntake outside IntakeContext');
  return actor;
}

export function useLanguage(): { language: IntakeLanguage; s: AppStrings } {
  const language = useSelector(useIntake(), selectLanguage);
  return { language, s: strings(language) };
}

/** What the questionnaire's conditions read about the visit (the same object while it holds). */
export function useVisit(): { plannedTreatment: string } {
  const plannedTreatment = useSelector(useIntake(), selectPlannedTreatment) ?? '';
  return useMemo(() => ({ plannedTreatment }), [plannedTreatment]);
}
