import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { isoDateSchema, languageSchema } from '@preflight/screening';
import { saveDraft } from '../domain/save-draft.js';
import { startIntake } from '../domain/start-intake.js';
import { submitIntake } from '../domain/submit-intake.js';
import { hashRequestBody, withIdempotency } from '../domain/with-idempotency.js';
import { intakeSubmitScope } from '../plugins/intake-token.js';

const intake: FastifyPluginAsyncZod<{
  startLimits: { perCode: number; perClient: number };
}> = async (fastify, options) => {
  fastify.post(
    '/api/intake/start',
    {
      schema: {
        tags: ['intake'],
        summary: 'Exchange a visit code and birth date for an intake token',
        body: z.object({ code: z.string().trim().min(4).max(12), birthDate: isoDateSchema }),
        response: {
          200: z.object({
            intakeToken: z.string(),
            visit: z.object({ givenName: z.string(), plannedTreatment: z.string() }),
            questionnaire: z.unknown(),
            draft: z
              .object({
                answers: z.unknown(),
                step: z.string(),
                language: z.string(),
                revision: z.number().int(),
              })
              .optional(),
          }),
        },
      },
    },
    // Throttled per code as well as per address: every tablet of a clinic can share one address.
    async (request) =>
      startIntake(
        fastify.db,
        { ...request.body, clientAddress: request.ip },
        options.startLimits,
        fastify.clock.now(),
      ),
  );

  fastify.put(
    '/api/intake/draft',
    {
      preHandler: fastify.intakeOnly,
      schema: {
        tags: ['intake'],
        summary: 'Autosave the draft; a revision not above the stored one is 409 stale_revision',
        body: z.object({
          answers: z.record(z.string(), z.unknown()),
          step: z.string().trim().min(1).max(64),
          language: languageSchema,
          revision: z.number().int().min(1).max(2_000_000_000),
        }),
        response: { 200: z.object({ revision: z.number().int(), savedAt: z.iso.datetime() }) },
      },
    },
    async (request) => saveDraft(fastify.db, request.intake!, request.body, fastify.clock.now()),
  );

  fastify.post(
    '/api/intake/submit',
    {
      preHandler: fastify.intakeSubmitting,
      schema: {
        tags: ['intake'],
        summary: 'Submit the answers (idempotent with the Idempotency-Key header)',
        headers: z.object({ 'idempotency-key': z.string().optional() }),
        body: z.object({ answers: z.record(z.string(), z.unknown()), language: languageSchema }),
        response: { 201: z.object({ submissionId: z.uuid() }) },
      },
    },
    async (request, reply) => {
      const intakeContext = request.intake!;
      const claim = intakeContext.submitClaim;
      const now = fastify.clock.now();
      const result = await withIdempotency(
        fastify.db,
        {
          scope: intakeSubmitScope(intakeContext.visit.id),
          key: request.headers['idempotency-key'],
          requestHash: claim?.requestHash ?? hashRequestBody(request.body),
          now,
          claimed: claim?.claimed,
        },
        (record) => submitIntake(fastify.db, intakeContext, request.body, now, record),
      );
      if (result.replayed) reply.header('idempotent-replayed', 'true');
      return reply.status(result.status as 201).send(result.body as { submissionId: string });
    },
  );
};

export default intake;
