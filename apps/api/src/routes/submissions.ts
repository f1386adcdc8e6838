import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { severitySchema } from '@preflight/screening';
import { getSubmission } from '../domain/get-submission.js';
import { listTriage } from '../domain/list-triage.js';

const submissionStatusSchema = z.enum([
  'submitted',
  'in_review',
  'ready_for_signoff',
  'signed_off',
]);

const submissions: FastifyPluginAsyncZod = async (fastify) => {
  const nursePlus = fastify.staffOnly({ roles: ['nurse', 'clinician'], hideWhenForbidden: true });

  fastify.get(
    '/api/submissions',
    {
      preHandler: nursePlus,
      schema: {
        tags: ['submissions'],
        summary: 'The triage queue of your sites',
        querystring: z.object({
          status: submissionStatusSchema.optional(),
          severity: severitySchema.optional(),
          cursor: z.string().max(500).optional(),
        }),
      },
    },
    async (request) => listTriage(fastify.db, request.staff!.siteIds, request.query),
  );

  fastify.get(
    '/api/submissions/:id',
    {
      preHandler: nursePlus,
      schema: {
        tags: ['submissions'],
        summary: 'One submission with its flags and history',
        params: z.object({ id: z.uuid() }),
      },
    },
    async (request) =>
      getSubmission(fastify.db, request.staff!, request.params.id, fastify.clock.now()),
  );
};

export default submissions;
