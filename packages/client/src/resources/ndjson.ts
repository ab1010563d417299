/**
 * Reads newline-delimited JSON as a stream of objects, holding at most one unfinished line in memory.
 * Accepts LF and CRLF line ends, blank lines and a missing final newline; gzip bytes are inflated first.
 * Each character is looked at once however the lines are cut into chunks (linear time), and a line
 * longer than `maxLineLength` ends the stream with AstroParseError naming it.
 */
import { AstroConnectionError, AstroError, AstroParseError, AstroTimeoutError, callError, type CallSite } from '../errors.ts';
import { ignore } from '../http/abortable.ts';
import { connectionError, type Scrub } from '../redact.ts';
import { recode } from './gzip.ts';
import { quote } from './responses.ts';

/** Yields one parsed object per line of `body`. */
export async function* ndjsonObjects<T>(
  body: ReadableStream<Uint8Array> | null,
  status: number,
  site: CallSite,
  scrub: Scrub,
  maxLineLength: number,
  signal?: AbortSignal,
): AsyncGenerator<T> {
  if (!body) return;
  let line = 0;
  // A cut connection is reported again with the line it happened after; other errors pass through.
  const brokeOff = (error: unknown) => {
    if (signal?.aborted || error instanceof AstroTimeoutError || (error instanceof AstroError && !(error instanceof AstroConnectionError))) throw error;
    throw connectionError(error, site, scrub, (cause) => `: the stream broke off after line ${line} (${cause}).`);
  };
  // Sniffing reads the first bytes, so a connection cut before any data surfaces here.
  const plain = await recode(body, false).catch(brokeOff);
  const reader = plain.pipeThrough(new TextDecoderStream() as ReadableWritablePair<string, Uint8Array>).getReader();
  /** The unfinished line, in pieces, and its length. */
  let pending: string[] = [];
  let length = 0;
  const parse = (text: string): T => {
    line++;
    if (text.endsWith('\r')) text = text.slice(0, -1);
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {}
    if (!value || typeof value !== 'object' || Array.isArray(value)) throw callError(AstroParseError, site, `: line ${line} is not a JSON object: ${quote(text, scrub)}.`, { status, line });
    return value as T;
  };
  const tooLong = () =>
    callError(AstroParseError, site, `: line ${line + 1} is longer than maxLineLength (${maxLineLength} characters); raise maxLineLength if such lines are expected.`, { status, line: line + 1 });
  try {
    for (;;) {
      const { done, value: chunk = '' } = await reader.read().catch(brokeOff);
      let start = 0;
      for (let end = chunk.indexOf('\n'); end !== -1; start = end + 1, end = chunk.indexOf('\n', start)) {
        if (length + end - start > maxLineLength) throw tooLong();
        const text = pending.length ? pending.join('') + chunk.slice(start, end) : chunk.slice(start, end);
        pending = [];
        length = 0;
        if (text.trim()) yield parse(text);
        else line++;
      }
      if (start < chunk.length) {
        length += chunk.length - start;
        if (length > maxLineLength) throw tooLong();
        pending.push(chunk.slice(start));
      }
      if (done) {
        const text = pending.join('');
        if (text.trim()) yield parse(text);
        return;
      }
    }
  } finally {
    await reader.cancel().catch(ignore);
  }
}
