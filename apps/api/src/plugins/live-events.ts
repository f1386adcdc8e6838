// Server-sent events for staff screens. Every API process LISTENs on one PostgreSQL channel and
// forwards each event to its own connections whose user works at the event's site. While that
// LISTEN connection is down, events are lost: the streams are ended and new ones refused, so
// staff screens say live updates are lost, and refetch everything once they reconnect.
import type { ServerResponse } from 'node:http';
import fp from 'fastify-plugin';
import { EVENTS_CHANNEL, type StaffEvent } from '../domain/publish-event.js';
import { CLINICAL_ROLES, roleRefusal, sessionRefusal, type GuardOptions } from './staff-session.js';

const KEEPALIVE_MS = 15_000;

/**
 * Who may listen: nurses and clinicians (404 for others). Counts and urgent alerts carry no
 * patient data, so they keep flowing while a session is locked. Checked when a stream opens and
 * again on every keepalive.
 */
export const EVENTS_GUARD: GuardOptions = {
  roles: [...CLINICAL_ROLES],
  hideWhenForbidden: true,
  allowLocked: true,
};

interface Connection {
  sessionIdHash: string;
  siteIds: Set<string>;
  raw: ServerResponse;
}

declare module 'fastify' {
  interface FastifyInstance {
    liveEvents: {
      attach(raw: ServerResponse, staff: { sessionIdHash: string; siteIds: string[] }): () => void;
      /**
       * Checks every stream's session again (done with each keepalive): a stream whose session
       * ended, expired or lost its clinical role ends; one whose user's sites changed follows them.
       */
      recheckSessions(): Promise<void>;
      connectionCount(): number;
      /** False while events cannot be received (the database's LISTEN connection is down). */
      available(): boolean;
    };
  }
}

export default fp(async (fastify) => {
  const connections = new Set<Connection>();
  let nextId = 1;
  let listening = true;

  const endAll = () => {
    for (const connection of connections) connection.raw.end();
    connections.clear();
  };

  const unlisten = await fastify.database.listen(
    EVENTS_CHANNEL,
    (payload) => {
      let event: StaffEvent;
      try {
        event = JSON.parse(payload) as StaffEvent;
      } catch {
        return;
      }
      const frame = `id: ${nextId++}\nevent: ${event.type}\ndata: ${JSON.stringify(event)}\n\n`;
      for (const connection of connections) {
        if (connection.siteIds.has(event.siteId)) connection.raw.write(frame);
      }
    },
    (now) => {
      listening = now;
      if (!now) {
        fastify.log.warn('live events: the database listening connection was lost');
        endAll();
      } else fastify.log.info('live events: listening again');
    },
  );

  async function recheckSessions() {
    for (const connection of [...connections]) {
      const staff = await fastify.staffFromSessionHash(connection.sessionIdHash);
      const mayListen =
        staff !== null && !sessionRefusal(staff, EVENTS_GUARD) && !roleRefusal(staff, EVENTS_GUARD);
      if (!mayListen) {
        connections.delete(connection);
        connection.raw.end();
      } else connection.siteIds = new Set(staff.siteIds);
    }
  }

  const keepalive = setInterval(() => {
    recheckSessions()
      .then(() => {
        for (const connection of connections) connection.raw.write(': keepalive\n\n');
      })
      .catch((error: unknown) => fastify.log.warn({ err: error }, 'live events: recheck failed'));
  }, KEEPALIVE_MS);
  keepalive.unref();

  fastify.decorate('liveEvents', {
    attach(raw: ServerResponse, staff: { sessionIdHash: string; siteIds: string[] }) {
      const connection = {
        raw,
        sessionIdHash: staff.sessionIdHash,
        siteIds: new Set(staff.siteIds),
      };
      connections.add(connection);
      return () => connections.delete(connection);
    },
    connectionCount: () => connections.size,
    recheckSessions,
    available: () => listening,
  });

  fastify.addHook('onClose', async () => {
    clearInterval(keepalive);
    endAll();
    await unlisten();
  });
});
