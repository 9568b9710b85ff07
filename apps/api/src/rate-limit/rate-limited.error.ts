import { AppError, ErrorCode } from '../common/app-error.js';

/** RATE_LIMITED with the seconds to wait; the Retry-After header is set from retryAfterSeconds. */
export class RateLimitedError extends AppError {
  constructor(message: string, retryAfterSeconds: number) {
    super(ErrorCode.RATE_LIMITED, message, { retryAfterSeconds });
  }
}
