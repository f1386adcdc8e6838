import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { describeQuestionnaire, questionnaireFhir } from '../domain/questionnaire-fhir.js';

const questionnaire: FastifyPluginAsyncZod = async (fastify) => {
  // Built once: the definition is constant for the life of the process.
  const definition = describeQuestionnaire();
  const fhir = questionnaireFhir();

  fastify.get(
    '/api/questionnaire',
    {
      schema: {
        tags: ['questionnaire'],
        summary: 'The current questionnaire definition: items, rule ids, versions',
      },
    },
    async () => definition,
  );

  fastify.get(
    '/api/questionnaire/fhir',
    {
      schema: { tags: ['questionnaire'], summary: 'The questionnaire as a FHIR R4 Questionnaire' },
    },
    async (_request, reply) => reply.type('application/fhir+json').send(fhir),
  );
};

export default questionnaire;
