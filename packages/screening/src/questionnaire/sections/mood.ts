import { GAD7_GROUP } from '../../mood/gad7';
import { PHQ9_GROUP } from '../../mood/phq9';
import type { Section } from '../item';

export const MOOD_SECTION = {
  id: 'mood',
  title: { en: 'How you have been feeling', es: 'Cómo se ha sentido' },
  steps: [
    { id: 'mood.phq9', title: { en: 'Your mood', es: 'Su estado de ánimo' }, items: [PHQ9_GROUP] },
    {
      id: 'mood.gad7',
      title: { en: 'Worry and nerves', es: 'Preocupación y nervios' },
      items: [GAD7_GROUP],
    },
  ],
} as const satisfies Section<'mood'>;
