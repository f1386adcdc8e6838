import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { severitySchema, staffReadingInputSchema } from '@preflight/screening';
import { acknowledgeFlag } from '../domain/acknowledge-flag.js';
import { addAddendum } from '../domain/add-addendum.js';
import { addStaffReading } from '../domain/add-staff-reading.js';
import { claimSubmission } from '../domain/claim-submission.js';
import { exportSubmissionFhir } from '../domain/export-submission-fhir.js';
import { getSubmission } from '../domain/get-submission.js';
import { listTriage } from '../domain/list-triage.js';
import { markReady } from '../domain/mark-ready.js';
import { SIGN_OFF_DECISIONS, signOffSubmission } from '../domain/sign-off-submission.js';

const submissionStatusSchema = z.enum([
  'submitted',
  'in_review',
  'ready_for_signoff',
  'signed_off',
]);
const idParams = z.object({ id: z.uuid() });
const statusResponse = z.object({ id: z.uuid(), status: submissionStatusSchema });

const submissions: FastifyPluginAsyncZod = async (fastify) => {
  // Patient records: a role that may not read them gets 404, like a record of another site.
  const nursePlus = fastify.staffOnly({ roles: ['nurse', 'clinician'], hideWhenForbidden: true });
  // A nurse can read the record, so she gets 403; an admin-only user 404.
  const clinicianOnly = fastify.staffOnly({
    roles: ['clinician'],
    visibleTo: ['nurse', 'clinician'],
  });
  const now = () => fastify.clock.now();

  /** The nurse's status steps: no body, one status change, the new status back. */
  const reviewStep = (
    path: string,
    summary: string,
    step: typeof claimSubmission | typeof markReady,
  ) =>
    fastify.post(
      `/api/submissions/:id/${path}`,
      {
        preHandler: nursePlus,
        schema: {
          tags: ['submissions'],
          summary,
          params: idParams,
          response: { 200: statusResponse },
        },
      },
      async (request) => step(fastify.db, request.staff!, request.params.id, now()),
    );

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
        summary: 'One submission with its answers, readings, flags and history (audited)',
        params: idParams,
      },
    },
    async (request) => getSubmission(fastify.db, request.staff!, request.params.id, now()),
  );

  fastify.get(
    '/api/submissions/:id/fhir',
    {
      preHandler: nursePlus,
      schema: {
        tags: ['submissions'],
        summary: 'The submission as a FHIR R4 Bundle (audited)',
        params: idParams,
      },
    },
    async (request, reply) =>
      reply
        .type('application/fhir+json')
        .send(await exportSubmissionFhir(fastify.db, request.staff!, request.params.id, now())),
  );

  reviewStep('claim', 'Take a submission for review (submitted → in_review)', claimSubmission);

  fastify.post(
    '/api/submissions/:id/flags/:key/ack',
    {
      preHandler: nursePlus,
      schema: {
        tags: ['submissions'],
        summary: 'Acknowledge a flag of the evaluation you saw (URL-encode the key)',
        params: z.object({ id: z.uuid(), key: z.string().min(1).max(300) }),
        body: z.object({ evaluationId: z.uuid(), note: z.string().trim().max(2000).optional() }),
      },
    },
    async (request) =>
      acknowledgeFlag(
        fastify.db,
        request.staff!,
        { submissionId: request.params.id, key: request.params.key, ...request.body },
        now(),
      ),
  );

  fastify.post(
    '/api/submissions/:id/vitals',
    {
      preHandler: nursePlus,
      schema: {
        tags: ['submissions'],
        summary: 'Add a staff reading; the vitals rules re-run',
        params: idParams,
        body: staffReadingInputSchema,
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await addStaffReading(fastify.db, request.staff!, request.params.id, request.body, now()),
        ),
  );

  reviewStep(
    'ready',
    'Mark reviewed and ready for the clinician (in_review → ready_for_signoff)',
    markReady,
  );

  fastify.post(
    '/api/submissions/:id/sign-off',
    {
      preHandler: clinicianOnly,
      schema: {
        tags: ['submissions'],
        summary: "Record the clinician's own decision (password and TOTP re-entered)",
        params: idParams,
        body: z.object({
          decision: z.enum(SIGN_OFF_DECISIONS),
          note: z.string().trim().max(4000).optional(),
          password: z.string().min(1).max(1024),
          totp: z.string().max(12).optional(),
        }),
      },
    },
    async (request) =>
      signOffSubmission(
        fastify.db,
        request.staff!,
        { totpKeys: fastify.totpKeys, loginLimits: fastify.loginLimits },
        request.params.id,
        request.body,
        now(),
      ),
  );

  fastify.post(
    '/api/submissions/:id/addenda',
    {
      preHandler: nursePlus,
      schema: {
        tags: ['submissions'],
        summary: 'Add a note to a signed-off submission',
        params: idParams,
        body: z.object({ text: z.string().trim().min(1).max(4000) }),
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await addAddendum(
            fastify.db,
            request.staff!,
            request.params.id,
            request.body.text,
            now(),
          ),
        ),
  );
};

export default submissions;
