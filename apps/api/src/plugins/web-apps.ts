// Serves the two built web apps from this one process: the patient intake at / and the staff app
// at /staff. Unknown non-API paths get the app's index.html (client-side routing).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import fp from 'fastify-plugin';

export default fp<{ intakeDir: string; staffDir: string }>(async (fastify, options) => {
  const setHeaders = (reply: { header(name: string, value: string): unknown }, path: string) => {
    // Hashed asset names never change content; index.html must always be revalidated.
    reply.header(
      'cache-control',
      path.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
    );
  };
  const haveIntake = existsSync(join(options.intakeDir, 'index.html'));
  const haveStaff = existsSync(join(options.staffDir, 'index.html'));
  if (haveIntake) {
    await fastify.register(fastifyStatic, {
      root: options.intakeDir,
      prefix: '/',
      setHeaders,
      index: 'index.html',
    });
  }
  if (haveStaff) {
    await fastify.register(fastifyStatic, {
      root: options.staffDir,
      prefix: '/staff/',
      setHeaders,
      decorateReply: !haveIntake,
      index: 'index.html',
    });
    fastify.get('/staff', (_request, reply) => reply.redirect('/staff/'));
  }

  fastify.setNotFoundHandler((request, reply) => {
    const path = request.url.split('?')[0] ?? '/';
    if (request.method === 'GET' && !path.startsWith('/api/') && !path.includes('/assets/')) {
      if (path.startsWith('/staff/') && haveStaff) {
        return reply.header('cache-control', 'no-cache').sendFile('index.html', options.staffDir);
      }
      if (!path.startsWith('/staff') && haveIntake) {
        return reply.header('cache-control', 'no-cache').sendFile('index.html', options.intakeDir);
      }
    }
    return reply.status(404).send({ error: { code: 'not_found', message: 'Not found' } });
  });
});
