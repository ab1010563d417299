/**
 * Reads newline-delimited JSON as a stream of objects, holding at most one unfinished line in memory.
 * Accepts LF and CRLF line ends, blank lines and a missing final newline; gzip bytes are inflated first.
 */
import { AstroConnectionError, AstroError, AstroParseError, AstroTimeoutError, callError, type CallSite } from '../errors.ts';
import { ignore } from '../http/abortable.ts';
import { connectionError, type Scrub } from '../redact.ts';
import { recode } from './gzip.ts';
import { quote } from './responses.ts';

/** Yields one parsed object per line; `open` sends the request when iteration starts. */
export async function* ndjsonObjects<T>(
  open: () => Promise<readonly [body: unknown, response: Response]>,
  site: CallSite,
  scrub: Scrub,
  signal?: AbortSignal,
): AsyncGenerator<T> {
  const [body, { status }] = await open();
  if (!body) return;
  let line = 0;
  // A cut connection is reported again with the line it happened after; other errors pass through.
  const brokeOff = (error: unknown) => {
    if (signal?.aborted || error instanceof AstroTimeoutError || (error instanceof AstroError && !(error instanceof AstroConnectionError))) throw error;
    throw connectionError(error, site, scrub, (cause) => `: the stream broke off after line ${line} (${cause}).`);
  };
  // Sniffing reads the first bytes, so a connection cut before any data surfaces here.
  const plain = await recode(body as ReadableStream<Uint8Array>, false).catch(brokeOff);
  const reader = plain.pipeThrough(new TextDecoderStream() as ReadableWritablePair<string, Uint8Array>).getReader();
  let pending = '';
  try {
    for (let done = false; !done; ) {
      const chunk = await reader.read().catch(brokeOff);
      done = chunk.done;
      // At the end the rest is the last line, with or without a final newline.
      const lines = (pending + (chunk.value ?? '')).split('\n');
      pending = done ? '' : lines.pop()!;
      for (const text of lines) {
        line++;
        if (!text.trim()) continue;
        let value: unknown;
        try {
          value = JSON.parse(text);
        } catch {}
        if (!value || typeof value !== 'object' || Array.isArray(value)) throw callError(AstroParseError, site, `: line ${line} is not a JSON object: ${quote(text, scrub)}.`, { status, line });
        yield value as T;
      }
    }
  } finally {
    await reader.cancel().catch(ignore);
  }
}
