/** A body read as a stream through its attempt: for streamed exports and for requests made without a helper. */
import { ignore } from './abortable.ts';
import { readerOf, type Attempt } from './call.ts';

/** The body as a stream read through the attempt (timer per chunk, abort, at most `limit` bytes); `failed` maps read errors. */
export function watchBody(body: ReadableStream<Uint8Array>, attempt: Attempt, failed: (error: unknown) => unknown, limit = Infinity, over?: () => Error): ReadableStream<Uint8Array> {
  const [reader, stop] = readerOf(body, attempt);
  let size = 0;
  return new ReadableStream<Uint8Array>({
    pull: async (stream) => {
      attempt.arm();
      try {
        const { done, value } = await reader.read();
        if (attempt.signal.aborted) throw attempt.signal.reason;
        if (done) return stop(), stream.close();
        if ((size += value.length) > limit) throw over!();
        attempt.pause();
        stream.enqueue(value);
      } catch (error) {
        stop();
        reader.cancel().catch(ignore);
        throw failed(error);
      }
    },
    cancel: (reason) => (stop(), reader.cancel(reason)),
  });
}
