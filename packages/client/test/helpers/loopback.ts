/** A real HTTP server on 127.0.0.1 for tests that need the wire: raw paths, gzip, stalls, backpressure. */
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ReceivedRequest {
  method: string;
  /** The request target exactly as it arrived, before any decoding. */
  rawUrl: string;
  headers: IncomingHttpHeaders;
  body: string;
  /** The body as it arrived, byte for byte. */
  bytes: Buffer;
}

export interface Loopback {
  /** http://127.0.0.1:<port> */
  origin: string;
  received: ReceivedRequest[];
  close(): Promise<void>;
}

export type Handler = (request: IncomingMessage, response: ServerResponse, received: ReceivedRequest) => void | Promise<void>;

export async function startLoopback(handler: Handler): Promise<Loopback> {
  const received: ReceivedRequest[] = [];
  const server = createServer(async (request, response) => {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const bytes = Buffer.concat(chunks);
    const entry = { method: request.method!, rawUrl: request.url!, headers: request.headers, body: bytes.toString('utf8'), bytes };
    received.push(entry);
    try {
      await handler(request, response, entry);
    } catch (error) {
      response.destroy(error as Error);
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    received,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export function sendJson(response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  response.writeHead(status, { 'content-type': 'application/json', ...headers });
  response.end(JSON.stringify(body));
}
