import type { IncomingMessage } from 'node:http';
import { FaultSyntaxError, parseFault, type Fault } from '../faults/fault.ts';
import { ApiError } from './api-error.ts';
import type { SimulatorRuntime } from './runtime.ts';

export const FAULT_HEADER = 'x-simulator-fault';

/** The fault for this request: its `x-simulator-fault` header first, else the first matching scripted fault. */
export function pickFault(
  runtime: SimulatorRuntime,
  request: IncomingMessage,
  method: string,
  path: string,
  operationId: string | undefined,
): Fault | undefined {
  const header = request.headers[FAULT_HEADER];
  if (typeof header === 'string' && header.trim()) {
    let fault: Fault;
    try {
      fault = parseFault(header);
    } catch (error) {
      if (!(error instanceof FaultSyntaxError)) throw error;
      throw new ApiError(400, `Invalid ${FAULT_HEADER} header: ${error.message}`, {
        fieldErrors: [{ code: 'fault', field: FAULT_HEADER, message: error.message }],
      });
    }
    const key = `${request.headers.authorization ?? ''}|${method}|${request.url}|${header}`;
    if (runtime.headerFaults.shouldApply(key, fault.times)) return fault;
    return undefined;
  }
  return runtime.faults.take({ method, path, operationId });
}
