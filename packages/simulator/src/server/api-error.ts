import type { FieldError } from '../validation/field-error.ts';

/** A failure answered with the spec's JSON `Error` body. */
export class ApiError extends Error {
  readonly status: number;
  readonly fieldErrors: FieldError[] | undefined;
  readonly headers: Record<string, string>;

  constructor(status: number, message: string, options: { fieldErrors?: FieldError[]; headers?: Record<string, string> } = {}) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.fieldErrors = options.fieldErrors;
    this.headers = options.headers ?? {};
  }
}

export function validationError(fieldErrors: FieldError[]): ApiError {
  const count = fieldErrors.length;
  return new ApiError(400, `Invalid request: ${count} ${count === 1 ? 'field' : 'fields'} failed validation`, { fieldErrors });
}
