// What EvoLink's own calls may repeat. How to repeat is net/retry.ts's, for every caller.
import { ApiError } from '../evolink/errors.js'
import { TransportError } from '../net/http.js'

/**
 * A resubmission creates a second billed task (no idempotency key), so the POST is repeated only when
 * the first provably created nothing: it never left the machine, or the API refused it with 429.
 */
export function mayResubmit(error: unknown): boolean {
  if (error instanceof ApiError) return error.status === 429
  return error instanceof TransportError && error.reached === 'no'
}
