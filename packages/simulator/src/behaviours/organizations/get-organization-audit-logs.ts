import { Readable, pipeline } from 'node:stream';
import { constants, createGzip } from 'node:zlib';
import type { Behaviour, RequestContext } from '../../engine/context.ts';
import { ApiError } from '../../server/api-error.ts';
import type { AuditLogEvent } from '../../store/types.ts';
import { requireOrganization } from './not-found.ts';

/** Size of the NDJSON batches handed to gzip: large enough to amortise, small enough to stream. */
const BATCH_BYTES = 64 * 1024;

export const getOrganizationAuditLogs: Behaviour = (context) => {
  const { organizationId } = context.parameters.path;
  const { startDate, endDate } = context.parameters.query as { startDate?: string; endDate?: string };
  const startMs = startDate === undefined ? undefined : Date.parse(startDate);
  const endMs = endDate === undefined ? undefined : Date.parse(endDate);
  if (startMs !== undefined && endMs !== undefined && startMs > endMs) {
    throw new ApiError(400, 'Invalid request: the date range is empty', {
      fieldErrors: [{ code: 'range', field: 'endDate', message: 'endDate must not be before startDate' }],
    });
  }
  requireOrganization(context);
  return {
    status: 200,
    headers: { 'Content-Type': negotiateMediaType(context), 'Content-Encoding': 'gzip' },
    stream: () => {
      const events = context.world.organizations.auditEvents(organizationId!, { startMs, endMs });
      // Readable.from pulls the generator only as gzip and the socket drain: backpressure end to end.
      // pipeline() returns the gzip stream and stops the generator when the client goes away.
      return pipeline(Readable.from(ndjsonBatches(events)), createGzip({ level: constants.Z_BEST_SPEED }), () => {});
    },
  };
};

/** The first media type the 200 response documents that the `Accept` header names, else the first documented. */
function negotiateMediaType(context: RequestContext): string {
  const documented = context.operation.success.content.map((media) => media.mediaType);
  const accept = (context.request.accept ?? '').toLowerCase();
  return documented.find((type) => accept.includes(type)) ?? documented[0] ?? 'application/octet-stream';
}

export function* ndjsonBatches(events: Iterable<AuditLogEvent>): Generator<string> {
  let batch = '';
  for (const event of events) {
    batch += `${JSON.stringify(event)}\n`;
    if (batch.length >= BATCH_BYTES) {
      yield batch;
      batch = '';
    }
  }
  if (batch) yield batch;
}
