import { STATUS_CODES } from 'node:http';
import type { Fault } from '../faults/fault.ts';
import { errorReply, type Reply } from './reply.ts';

/** The answer of an injected status fault: plain text like a gateway, or the JSON `Error`. */
export function faultReply(fault: Fault & { status: number }, requestId: string): Reply {
  const headers: Record<string, string> = fault.retryAfter ? { 'retry-after': fault.retryAfter } : {};
  if (fault.text !== undefined) return { status: fault.status, headers, text: fault.text };
  return errorReply(fault.status, `${STATUS_CODES[fault.status] ?? 'Error'} (simulated fault)`, requestId, { headers });
}
