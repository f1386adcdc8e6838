import type { Section } from '../item';

export const ATTEST_SECTION = {
  id: 'attest',
  title: { en: 'Confirm your answers', es: 'Confirme sus respuestas' },
  steps: [
    {
      id: 'attest.confirm',
      title: { en: 'Confirm and sign', es: 'Confirmar y firmar' },
      items: [
        {
          type: 'attestation',
          linkId: 'attest.confirmed',
          text: {
            en: 'My answers are true and complete, as far as I know.',
            es: 'Mis respuestas son verdaderas y completas, hasta donde yo sé.',
          },
        },
        {
          type: 'text',
          linkId: 'attest.name',
          text: { en: 'Type your full name', es: 'Escriba su nombre completo' },
          maxLength: 200,
        },
      ],
    },
  ],
} as const satisfies Section<'attest'>;
