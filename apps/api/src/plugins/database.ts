import fp from 'fastify-plugin';
import type { Database, DatabaseHandle } from '../db/client.js';
import type { Clock } from '../lib/clock.js';

declare module 'fastify' {
  interface FastifyInstance {
    database: DatabaseHandle;
    db: Database;
    clock: Clock;
  }
}

export default fp<{ database: DatabaseHandle; clock: Clock }>(async (fastify, options) => {
  fastify.decorate('database', options.database);
  fastify.decorate('db', options.database.db);
  fastify.decorate('clock', options.clock);
});
