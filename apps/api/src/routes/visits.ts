import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { isoDateSchema, plannedTreatmentSchema, visitContextSchema } from '@preflight/screening';
import { cancelVisit } from '../domain/cancel-visit.js';
import { createVisit } from '../domain/create-visit.js';
import { listOpenVisits } from '../domain/list-open-visits.js';
import { reissueVisitCode } from '../domain/reissue-visit-code.js';
import { updateVisit } from '../domain/update-visit.js';

const codeResponse = z.object({ visitId: z.uuid(), code: z.string(), expiresAt: z.iso.datetime() });
const visitParams = z.object({ id: z.uuid() });
const nameSchema = z.string().trim().min(1).max(100);

const visits: FastifyPluginAsyncZod = async (fastify) => {
  // An admin-only user sees no patient data: 404, as for a record of another site.
  const nursePlus = fastify.staffOnly({ roles: ['nurse', 'clinician'], hideWhenForbidden: true });

  fastify.post(
    '/api/visits',
    {
      preHandler: nursePlus,
      schema: {
        tags: ['visits'],
        summary: 'Create a visit and its tablet code',
        body: z.object({
          patient: visitContextSchema.shape.patient.extend({
            mrn: z.string().trim().max(64).optional(),
          }),
          plannedTreatment: plannedTreatmentSchema,
          siteId: z.uuid().optional(),
        }),
        response: { 201: codeResponse },
      },
    },
    async (request, reply) => {
      const created = await createVisit(
        fastify.db,
        request.staff!,
        request.body,
        fastify.clock.now(),
      );
      return reply.status(201).send(created);
    },
  );

  // Not in the contract's table: the staff app's list of visits waiting for the tablet.
  fastify.get(
    '/api/visits',
    {
      preHandler: nursePlus,
      schema: {
        tags: ['visits'],
        summary: "Today's open visits of your sites (created in the last 24 hours, not submitted)",
        querystring: z.object({ status: z.literal('open').default('open') }),
      },
    },
    async (request) => listOpenVisits(fastify.db, request.staff!.siteIds, fastify.clock.now()),
  );

  fastify.patch(
    '/api/visits/:id',
    {
      preHandler: nursePlus,
      schema: {
        tags: ['visits'],
        summary: 'Correct the patient details or planned treatment before submission',
        params: visitParams,
        body: z
          .object({
            patient: z
              .object({
                givenName: nameSchema.optional(),
                familyName: nameSchema.optional(),
                birthDate: isoDateSchema.optional(),
                mrn: z.string().trim().max(64).nullable().optional(),
              })
              .strict()
              .optional(),
            plannedTreatment: plannedTreatmentSchema.optional(),
          })
          .strict(),
      },
    },
    async (request) =>
      updateVisit(fastify.db, request.staff!, request.params.id, request.body, fastify.clock.now()),
  );

  fastify.post(
    '/api/visits/:id/code',
    {
      preHandler: nursePlus,
      schema: {
        tags: ['visits'],
        summary: 'Reissue the tablet code (4 hours); tokens already issued keep working',
        params: visitParams,
        response: { 201: codeResponse },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await reissueVisitCode(
            fastify.db,
            request.staff!,
            request.params.id,
            fastify.clock.now(),
          ),
        ),
  );

  fastify.post(
    '/api/visits/:id/cancel',
    {
      preHandler: nursePlus,
      schema: {
        tags: ['visits'],
        summary: "Cancel a visit before submission (revokes the tablet's tokens)",
        params: visitParams,
        response: { 200: z.object({ visitId: z.uuid(), status: z.literal('cancelled') }) },
      },
    },
    async (request) =>
      cancelVisit(fastify.db, request.staff!, request.params.id, fastify.clock.now()),
  );
};

export default visits;
