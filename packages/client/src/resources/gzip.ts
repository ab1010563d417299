/**
 * Audit-log exports are gzip on the wire. fetch may have inflated the body already (when
 * Content-Encoding: gzip was sent) or not (raw bytes sent as octet-stream), so the first two bytes
 * decide: the gzip magic number is 1f 8b, and NDJSON text never starts with it.
 */
type Bytes = ReadableStream<Uint8Array>;

/**
 * The body as gzip bytes when `gzip`, or as plain bytes otherwise: compressed or inflated only when it
 * is not that already. The bytes read to decide are replayed first.
 */
export async function recode(body: Bytes, gzip: boolean): Promise<Bytes> {
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  const head: number[] = [];
  while (head.length < 2) {
    const chunk = await reader.read();
    if (chunk.done) break;
    chunks.push(chunk.value);
    head.push(...chunk.value.subarray(0, 2));
  }
  const replay = new ReadableStream<Uint8Array>({
    pull: async (stream) => {
      const { value } = chunks.length ? { value: chunks.shift() } : await reader.read();
      if (value) stream.enqueue(value);
      else stream.close();
    },
    cancel: (reason) => reader.cancel(reason),
  });
  return gzip === (head[0] === 0x1f && head[1] === 0x8b) ? replay : replay.pipeThrough(new (gzip ? CompressionStream : DecompressionStream)('gzip') as ReadableWritablePair<Uint8Array, Uint8Array>);
}
