// Builds the Fastify app: infrastructure plugins first, then thin routes.
import cookie from '@fastify/cookie';
import Fastify, { type FastifyServerOptions } from 'fastify';
import {
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import type { Config } from './config.js';
import type { DatabaseHandle } from './db/client.js';
import { type Clock, systemClock } from './lib/clock.js';
import { loggerOptions } from './lib/logger.js';
import { resolveTotpKeys } from './lib/secrets.js';
import databasePlugin from './plugins/database.js';
import errorHandler from './plugins/error-handler.js';
import intakeToken from './plugins/intake-token.js';
import liveEvents from './plugins/live-events.js';
import maintenance from './plugins/maintenance.js';
import openapi from './plugins/openapi.js';
import securityHeaders from './plugins/security-headers.js';
import staffSession from './plugins/staff-session.js';
import webApps from './plugins/web-apps.js';
import audit from './routes/audit.js';
import auth from './routes/auth.js';
import events from './routes/events.js';
import health from './routes/health.js';
import intake from './routes/intake.js';
import questionnaire from './routes/questionnaire.js';
import settings from './routes/settings.js';
import sites from './routes/sites.js';
import submissions from './routes/submissions.js';
import users from './routes/users.js';
import visits from './routes/visits.js';

export interface AppOptions {
  config: Config;
  database: DatabaseHandle;
  clock?: Clock;
  logger?: FastifyServerOptions['logger'];
  https?: { cert: Buffer; key: Buffer };
}

export async function buildApp({
  config,
  database,
  clock = systemClock,
  logger,
  https,
}: AppOptions) {
  const fastify = Fastify({
    logger: logger ?? loggerOptions(config.LOG_LEVEL),
    trustProxy: config.TRUST_PROXY,
    bodyLimit: 512 * 1024,
    // A flag's key travels in a path (…/flags/:key/ack) and may be up to 300 characters, which
    // percent-encoding can triple; past the limit the router answers in its own shape.
    routerOptions: { maxParamLength: 1000 },
    // TLS directly when certificate files are given; otherwise behind a TLS proxy or on localhost.
    ...((https ? { https } : {}) as object),
  }).withTypeProvider<ZodTypeProvider>();
  fastify.setValidatorCompiler(validatorCompiler);
  fastify.setSerializerCompiler(serializerCompiler);

  await fastify.register(errorHandler);
  await fastify.register(databasePlugin, { database, clock });
  await fastify.register(maintenance);
  await fastify.register(securityHeaders, { https: config.production });
  await fastify.register(cookie);
  await fastify.register(staffSession, {
    secureCookies: config.production,
    totpKeys: resolveTotpKeys(config),
    loginLimits: {
      failuresPerAccount: config.LOGIN_FAILURES_PER_ACCOUNT,
      failuresPerClient: config.LOGIN_FAILURES_PER_CLIENT,
    },
  });
  await fastify.register(intakeToken);
  await fastify.register(liveEvents);
  await fastify.register(openapi);

  await fastify.register(health);
  await fastify.register(questionnaire);
  await fastify.register(auth);
  await fastify.register(visits);
  await fastify.register(intake, {
    startLimits: {
      perCode: config.INTAKE_START_FAILURES_PER_CODE,
      perClient: config.INTAKE_START_FAILURES_PER_CLIENT,
    },
  });
  await fastify.register(submissions);
  await fastify.register(events);
  await fastify.register(users);
  await fastify.register(sites);
  await fastify.register(settings);
  await fastify.register(audit);
  await fastify.register(webApps, {
    intakeDir: config.WEB_INTAKE_DIR,
    staffDir: config.WEB_STAFF_DIR,
  });
  return fastify;
}

export type App = Awaited<ReturnType<typeof buildApp>>;
