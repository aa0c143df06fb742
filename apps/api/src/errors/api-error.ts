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

export interface FieldError {
  field: string;
  reason: string;
}

/** The request body or parameters failed validation; answered 400 with every field and reason. */
export class RequestValidationError extends Error {
  override readonly name = 'RequestValidationError';

  constructor(readonly errors: readonly FieldError[]) {
    super('request validation failed');
  }
}
