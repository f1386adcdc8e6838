import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { AppError } from '../lib/errors.js';
import { EVENTS_GUARD } from '../plugins/live-events.js';

const events: FastifyPluginAsyncZod = async (fastify) => {
  fastify.get(
    '/api/events',
    {
      preHandler: fastify.staffOnly(EVENTS_GUARD),
      schema: {
        tags: ['events'],
        summary: 'Server-sent events for your sites (ids and counts only)',
      },
    },
    async (request, reply) => {
      if (!fastify.liveEvents.available())
        throw new AppError('service_unavailable', 'Live updates are unavailable; retrying.');
      reply.hijack();
      const raw = reply.raw;
      raw.writeHead(200, {
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-store',
        connection: 'keep-alive',
        'x-accel-buffering': 'no',
      });
      raw.write('retry: 2000\n: connected\n\n');
      const detach = fastify.liveEvents.attach(raw, request.staff!);
      request.raw.on('close', detach);
    },
  );
};

export default events;
