import type { Readable } from 'node:stream';

/** What a handler answers; `write-reply.ts` puts it on the wire. */
export type Reply =
  | { status: number; headers?: Record<string, string>; json: unknown }
  | { status: number; headers?: Record<string, string>; text: string }
  | { status: number; headers?: Record<string, string>; empty: true }
  /** A body produced while it is sent; created only when the reply is written. */
  | { status: number; headers?: Record<string, string>; stream: () => Readable };

/** The spec's `Error` body. */
export function errorReply(
  status: number,
  message: string,
  requestId: string,
  options: { fieldErrors?: { code: string; field: string; message: string }[]; headers?: Record<string, string> } = {},
): Reply {
  const json: Record<string, unknown> = { message, requestId, statusCode: status };
  if (options.fieldErrors?.length) json.fieldErrors = options.fieldErrors;
  return { status, headers: options.headers, json };
}
