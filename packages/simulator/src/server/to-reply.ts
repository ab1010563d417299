import { ApiError } from './api-error.ts';
import { errorReply, type Reply } from './reply.ts';
import type { Logger } from './runtime.ts';

/** Turns anything thrown while handling a request into an answer; only real bugs become a 500. */
export function toReply(error: unknown, requestId: string, logger: Logger): Reply {
  if (error instanceof ApiError) {
    return errorReply(error.status, error.message, requestId, { fieldErrors: error.fieldErrors, headers: error.headers });
  }
  logger.error(`Unexpected failure while handling request ${requestId}`, error);
  return errorReply(500, 'Internal server error', requestId);
}
