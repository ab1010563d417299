import { createServer, type Server } from 'node:http';
import type { Socket } from 'node:net';
import { handleRequest } from './handle-request.ts';
import { newRequestId } from './request-id.ts';
import type { SimulatorRuntime } from './runtime.ts';

/** Largest request head (request line and headers) Node will parse before answering 431. */
const MAX_HEADER_BYTES = 16 * 1024;

export function createSimulatorServer(runtime: SimulatorRuntime): Server {
  const server = createServer({ maxHeaderSize: MAX_HEADER_BYTES, requestTimeout: 30_000 }, (request, response) => {
    void handleRequest(runtime, request, response);
  });
  // Requests Node cannot parse (bad request line, invalid header bytes, oversized head) never
  // reach the handler; answer them with the JSON Error body too, then close.
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Socket) => answerUnparsable(error, socket));
  return server;
}

function answerUnparsable(error: NodeJS.ErrnoException, socket: Socket): void {
  if (error.code === 'ECONNRESET' || !socket.writable || socket.destroyed) {
    socket.destroy();
    return;
  }
  const [status, reason] =
    error.code === 'HPE_HEADER_OVERFLOW' ? [431, 'Request Header Fields Too Large']
    : error.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? [408, 'Request Timeout']
    : [400, 'Bad Request'];
  const requestId = newRequestId();
  const body = JSON.stringify({ message: `The request could not be parsed as HTTP/1.1 (${error.code ?? 'parse error'})`, requestId, statusCode: status });
  socket.end(
    `HTTP/1.1 ${status} ${reason}\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n` +
      `x-request-id: ${requestId}\r\nConnection: close\r\n\r\n${body}`,
  );
}
