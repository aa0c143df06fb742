/** An error the API itself raises (not a domain rule): it carries its HTTP status and machine-readable code. */
export class ApiError extends Error {
  override readonly name = 'ApiError';

  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: Readonly<Record<string, unknown>> = {},
  ) {
    super(message);
  }
}

// Raised by the request validation that libs/commands shares with in-process callers.
export { RequestValidationError, type FieldError } from '@rujukan/commands';
