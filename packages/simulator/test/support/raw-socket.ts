import { connect } from 'node:net';

/**
 * Writes bytes to a fresh connection, half-closes it, and collects whatever comes back until the
 * server closes (or `timeoutMs` passes). Resolves with the answer's bytes; never rejects on resets.
 */
export function sendRawBytes(port: number, bytes: Buffer, timeoutMs = 2000): Promise<{ answer: Buffer; closedByServer: boolean }> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    const socket = connect(port, '127.0.0.1');
    let closedByServer = false;
    const timer = setTimeout(() => socket.destroy(), timeoutMs);
    socket.on('data', (chunk) => chunks.push(chunk));
    socket.on('end', () => {
      closedByServer = true;
    });
    socket.on('error', () => {
      closedByServer = true;
    });
    socket.on('close', () => {
      clearTimeout(timer);
      resolve({ answer: Buffer.concat(chunks), closedByServer });
    });
    socket.write(bytes, () => socket.end());
  });
}

/** Status codes of the HTTP responses found in raw answer bytes. */
export function statusCodes(answer: Buffer): number[] {
  return [...answer.toString('latin1').matchAll(/HTTP\/1\.1 (\d{3}) /g)].map((match) => Number(match[1]));
}
