import { ANSWER_LABELS } from '../i18n/ui-strings';
import type { ChoiceOption } from './item';

// Shared option sets, so every yes/no question reads the same in both languages.

export const YES_NO_UNSURE_OPTIONS = [
  { value: 'yes', label: ANSWER_LABELS.yes },
  { value: 'no', label: ANSWER_LABELS.no },
  { value: 'unsure', label: ANSWER_LABELS.unsure },
] as const satisfies readonly ChoiceOption<'yes' | 'no' | 'unsure'>[];

export const YES_NO_OPTIONS = [
  { value: 'yes', label: ANSWER_LABELS.yes },
  { value: 'no', label: ANSWER_LABELS.no },
] as const satisfies readonly ChoiceOption<'yes' | 'no'>[];

export const ARM_OPTIONS = [
  { value: 'left', label: ANSWER_LABELS.left },
  { value: 'right', label: ANSWER_LABELS.right },
] as const satisfies readonly ChoiceOption<'left' | 'right'>[];
