import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { QUESTIONNAIRE_VERSION, RULE_SET_VERSION } from '@preflight/screening';

const questionnaire: FastifyPluginAsyncZod = async (fastify) => {
  fastify.get(
    '/api/questionnaire',
    { schema: { tags: ['questionnaire'], summary: 'The current questionnaire definition' } },
    async () => ({
      questionnaireVersion: QUESTIONNAIRE_VERSION,
      ruleSetVersion: RULE_SET_VERSION,
    }),
  );
};

export default questionnaire;
