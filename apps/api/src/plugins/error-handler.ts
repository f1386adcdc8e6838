// One error handler: every error leaves as { error: { code, message, fields? } }, never a stack
// trace or an answer value.
import fp from 'fastify-plugin';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { AppError, type ErrorCode, type FieldError } from '../lib/errors.js';

function fieldsFromValidation(error: unknown): FieldError[] {
  if (!hasZodFastifySchemaValidationErrors(error)) return [];
  return error.validation.map((issue) => {
    const path = (issue.instancePath ?? '')
      .replace(/^\//, '')
      .replaceAll('/', '.')
      .replace(/\.(\d+)(?=\.|$)/g, '[$1]');
    return { path, message: issue.message ?? 'Invalid value' };
  });
}

const statusCodes: Record<number, ErrorCode> = {
  400: 'validation_failed',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not_found',
  409: 'conflict',
  413: 'payload_too_large',
  415: 'unsupported_media_type',
  429: 'rate_limited',
  503: 'service_unavailable',
};

export default fp(async (fastify) => {
  fastify.setErrorHandler((error, request, reply) => {
    if (error instanceof AppError) {
      return reply.status(error.statusCode).send({
        error: {
          code: error.code,
          message: error.message,
          ...(error.fields ? { fields: error.fields } : {}),
          ...error.extra,
        },
      });
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      return reply.status(400).send({
        error: {
          code: 'validation_failed',
          message: 'Some values are not valid.',
          fields: fieldsFromValidation(error),
        },
      });
    }
    const err = error as { statusCode?: number; code?: string; message?: string };
    const status =
      err.statusCode && err.statusCode >= 400 && err.statusCode < 500 ? err.statusCode : 500;
    if (status === 500) {
      // Log the error class and where, not its message: driver messages can echo parameter values.
      request.log.error(
        {
          errName: (error as Error).name,
          errCode: err.code,
          stack: (error as Error).stack?.split('\n').slice(0, 6).join('\n'),
        },
        'request failed',
      );
      return reply.status(500).send({
        error: {
          code: 'internal_error',
          message: 'Something went wrong on our side. Nothing was changed.',
        },
      });
    }
    const code: ErrorCode =
      err.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE'
        ? 'unsupported_media_type'
        : (statusCodes[status] ?? 'validation_failed');
    const message =
      code === 'validation_failed'
        ? 'The request could not be read.'
        : code === 'payload_too_large'
          ? 'The request is too large.'
          : code === 'unsupported_media_type'
            ? 'Send JSON (content-type: application/json).'
            : code === 'rate_limited'
              ? 'Too many attempts. Please wait and try again.'
              : 'The request was refused.';
    return reply.status(status).send({ error: { code, message } });
  });
});
