import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { plannedTreatmentSchema, visitContextSchema } from '@preflight/screening';
import { createVisit } from '../domain/create-visit.js';

const visits: FastifyPluginAsyncZod = async (fastify) => {
  fastify.post(
    '/api/visits',
    {
      preHandler: fastify.staffOnly({ roles: ['nurse', 'clinician'] }),
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
        response: {
          201: z.object({ visitId: z.uuid(), code: z.string(), expiresAt: z.iso.datetime() }),
        },
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
};

export default visits;
