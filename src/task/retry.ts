// Retry policy as data and pure functions: what is transient, what may be resubmitted, how long to wait.
import { ApiError, MalformedReplyError } from '../evolink/errors.js'
import { TransportError } from '../net/http.js'

/** HTTP statuses worth another poll: rate limiting, server and gateway errors. Other 4xx are final. */
const TRANSIENT_STATUSES = new Set([408, 429, 500, 502, 503, 504])

/** While polling, a GET can be repeated freely: these failures are retried within the error budget. */
export function isTransientPollFailure(error: unknown): boolean {
  if (error instanceof ApiError) return TRANSIENT_STATUSES.has(error.status)
  return error instanceof TransportError || error instanceof MalformedReplyError
}

/**
 * A resubmission creates a second billed task (no idempotency key), so the POST is repeated only when
 * the first provably created nothing: it never left the machine, or the API refused it with 429.
 */
export function mayResubmit(error: unknown): boolean {
  if (error instanceof ApiError) return error.status === 429
  return error instanceof TransportError && error.reached === 'no'
}

/** Exponential backoff with full jitter: a random wait in [0, min(cap, base·2^attempt)). */
export function backoffMs(attempt: number, baseMs: number, capMs: number, random: () => number = Math.random): number {
  return Math.floor(random() * Math.min(capMs, baseMs * 2 ** attempt))
}

/** The server's Retry-After wins over our own backoff, up to the same cap: a reply cannot park the step for a day. */
export function retryDelayMs(error: unknown, attempt: number, baseMs: number, capMs: number, random?: () => number): number {
  const serverSays = error instanceof ApiError ? error.retryAfterMs : undefined
  return serverSays === undefined ? backoffMs(attempt, baseMs, capMs, random) : Math.min(serverSays, capMs)
}
