/** The helpers of a streamed export (audit logs): parsed events, or the gzip bytes as they come. */
import { watchBody } from '../http/watch-body.ts';
import type { Transport } from '../http/transport.ts';
import type { Scrub } from '../redact.ts';
import type { CallSite } from '../errors.ts';
import { recode } from './gzip.ts';
import type { Sent } from './helpers.ts';
import { ndjsonObjects } from './ndjson.ts';

/** The success body, with the attempt's timer between chunks. */
const watched = ([call, response]: Sent, transport: Transport) =>
  response.body && call.attempt ? watchBody(response.body, call.attempt, (error) => transport.brokeOff(call, error)) : response.body;

/** One parsed object per line of the export. */
export const events = (sent: Sent, transport: Transport, site: CallSite, scrub: Scrub, maxLineLength: number, signal?: AbortSignal): AsyncGenerator<unknown> =>
  ndjsonObjects(watched(sent, transport), sent[1].status, site, scrub, maxLineLength, signal);

/** The export as gzip bytes, compressed here only when fetch inflated it. */
export const gzipBytes = (sent: Sent, transport: Transport): Promise<ReadableStream<Uint8Array>> => recode(watched(sent, transport) ?? new Blob().stream(), true);
