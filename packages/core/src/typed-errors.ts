import {
  ApiError,
  AuthenticationError,
  BadRequestError,
  ConflictError,
  InternalServerError,
  InvalidResponseError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  UnprocessableEntityError,
} from "./errors.js";

/**
 * The API error classes with `body` typed as a vendor's error schema. Vendor packages re-export
 * these, so `if (error instanceof NotFoundError) error.body` is typed from the spec. They are the
 * very same classes at runtime, so `instanceof` holds whichever package they are imported from.
 */
export function typedErrors<Body>() {
  return {
    ApiError: ApiError as typeof ApiError<Body>,
    BadRequestError: BadRequestError as typeof BadRequestError<Body>,
    AuthenticationError: AuthenticationError as typeof AuthenticationError<Body>,
    PermissionDeniedError: PermissionDeniedError as typeof PermissionDeniedError<Body>,
    NotFoundError: NotFoundError as typeof NotFoundError<Body>,
    ConflictError: ConflictError as typeof ConflictError<Body>,
    UnprocessableEntityError: UnprocessableEntityError as typeof UnprocessableEntityError<Body>,
    RateLimitError: RateLimitError as typeof RateLimitError<Body>,
    InternalServerError: InternalServerError as typeof InternalServerError<Body>,
    InvalidResponseError: InvalidResponseError as typeof InvalidResponseError<Body>,
  };
}
