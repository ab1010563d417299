import { once } from 'node:events';
import type { ServerResponse } from 'node:http';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { setTimeout as delay } from 'node:timers/promises';
import type { Reply } from './reply.ts';

export interface WriteOptions {
  /** Fault injection: send part of the body, then cut the connection. */
  truncate?: boolean;
}

/** Bytes of a streamed body let through before a truncating fault cuts the connection. */
const STREAM_TRUNCATE_AFTER = 64 * 1024;
/**
 * Pause between the last bytes and the cut, so the client has read what arrived, as when a long
 * export breaks off midway (a cut right behind the data can make the client discard it unread).
 */
const STREAM_CUT_DELAY_MS = 250;

export async function writeReply(response: ServerResponse, reply: Reply, options: WriteOptions = {}): Promise<void> {
  response.statusCode = reply.status;
  for (const [name, value] of Object.entries(reply.headers ?? {})) response.setHeader(name, value);

  if ('stream' in reply) {
    const source = reply.stream();
    try {
      if (options.truncate) await writeFirstBytes(response, source, STREAM_TRUNCATE_AFTER);
      else await pipeline(source, response);
    } catch {
      // The client closed the connection: stop producing; there is no one left to answer.
      source.destroy();
      response.destroy();
    }
    return;
  }

  let body: Buffer | undefined;
  if ('json' in reply) {
    body = Buffer.from(JSON.stringify(reply.json));
    if (!response.hasHeader('content-type')) response.setHeader('Content-Type', 'application/json');
  } else if ('text' in reply) {
    body = Buffer.from(reply.text);
    if (!response.hasHeader('content-type')) response.setHeader('Content-Type', 'text/plain; charset=utf-8');
  }
  if (!body) {
    response.end();
    return;
  }
  response.setHeader('Content-Length', body.length);
  if (options.truncate) {
    // Announce the full length, send half, then drop the connection: a body that ends early.
    response.write(body.subarray(0, Math.floor(body.length / 2)), () => response.destroy());
    return;
  }
  response.end(body);
}

/** Streams the first `limit` bytes of `source`, waits until they are flushed, then drops the connection. */
async function writeFirstBytes(response: ServerResponse, source: Readable, limit: number): Promise<void> {
  let sent = 0;
  for await (const chunk of source) {
    const part = (chunk as Buffer).subarray(0, limit - sent);
    sent += part.length;
    if (sent >= limit) {
      await new Promise<void>((resolve) => response.write(part, () => resolve()));
      await delay(STREAM_CUT_DELAY_MS);
      break;
    }
    if (!response.write(part)) await once(response, 'drain');
  }
  source.destroy();
  response.destroy();
}
