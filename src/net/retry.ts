// Trying again, one way for every call that may be repeated: one table of what is worth another try, waits
// with full jitter that a server's Retry-After overrides, a bounded number of attempts, and sleeps that end
// at once on cancellation. A POST that creates a billed task is the exception in what it may repeat
// (task/submit.ts passes its own `retryable`), not in how.
import { CancelledError, TransportError } from './http.js'

/** HTTP statuses worth another try, whoever answers (EvoLink, its files API, GitHub, the video host). */
export const TRANSIENT_STATUSES: ReadonlySet<number> = new Set([408, 429, 500, 502, 503, 504])

/** A reply that arrived but cannot be used (cut short, garbled, not what was asked for): another may be whole. */
export class BadReplyError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'BadReplyError'
  }
}

/** A reply with an HTTP error status, from a host that is not EvoLink's API (the video host, GitHub's uploads). */
export class HttpStatusError extends Error {
  constructor(
    readonly status: number,
    message: string
  ) {
    super(message)
    this.name = 'HttpStatusError'
  }
}

/** The HTTP status an error carries: EvoLink's ApiError, octokit's RequestError and HttpStatusError all say `status`. */
export function statusOf(error: unknown): number | undefined {
  const status = (error as { status?: unknown } | undefined)?.status
  return typeof status === 'number' ? status : undefined
}

/** The one definition of transient: a status of the table, or a failure on the way (transport, a bad reply). */
export function isTransient(error: unknown): boolean {
  if (error instanceof CancelledError) return false
  const status = statusOf(error)
  if (status !== undefined) return TRANSIENT_STATUSES.has(status)
  return error instanceof TransportError || error instanceof BadReplyError
}

/** Exponential backoff with full jitter: a random wait in [0, min(cap, base·2^attempt)). */
export function backoffMs(attempt: number, baseMs: number, capMs: number, random: () => number = Math.random): number {
  return Math.floor(random() * Math.min(capMs, baseMs * 2 ** attempt))
}

/** The server's Retry-After wins over our own backoff, up to the same cap: a reply cannot park the step for a day. */
export function retryDelayMs(error: unknown, attempt: number, baseMs: number, capMs: number, random?: () => number): number {
  const serverSays = (error as { retryAfterMs?: unknown } | undefined)?.retryAfterMs
  return typeof serverSays === 'number' ? Math.min(serverSays, capMs) : backoffMs(attempt, baseMs, capMs, random)
}

export interface RetryPolicy {
  /** At most this many calls in all. */
  attempts: number
  /** Backoff base and cap (ms); every wait is at least `minMs`. */
  baseMs: number
  capMs: number
  minMs?: number
  /** Which failures are worth another try (default: isTransient). */
  retryable?: (error: unknown) => boolean
  /** No wait that would end at or past this time (`now()`'s clock): the failure is thrown instead. */
  deadline?: number
  now?: () => number
  /** Cancellation: ends a wait at once (rejecting with the signal's reason) and stops further tries. */
  signal: AbortSignal
  sleep: (ms: number, signal: AbortSignal) => Promise<void>
  /** Told before each wait: the failure, the attempt that failed (from 1) and the wait. */
  onRetry?: (error: unknown, attempt: number, delayMs: number) => void | Promise<void>
  random?: () => number
}

/**
 * Calls `call` (with the attempt number, from 1) until it succeeds. Throws the last failure as it is when it
 * is not retryable, the attempts are spent, the next wait would pass the deadline, or the signal fired.
 */
export async function retry<T>(call: (attempt: number) => Promise<T>, policy: RetryPolicy): Promise<T> {
  const retryable = policy.retryable ?? isTransient
  for (let attempt = 1; ; attempt++) {
    try {
      return await call(attempt)
    } catch (error) {
      if (policy.signal.aborted || error instanceof CancelledError || !retryable(error) || attempt >= policy.attempts) throw error
      const delayMs = Math.max(policy.minMs ?? 0, retryDelayMs(error, attempt - 1, policy.baseMs, policy.capMs, policy.random))
      if (policy.deadline !== undefined && policy.now && policy.now() + delayMs >= policy.deadline) throw error
      await policy.onRetry?.(error, attempt, delayMs)
      await policy.sleep(delayMs, policy.signal)
    }
  }
}

/** A timer that rejects with the signal's reason (a CancelledError) when the signal fires. */
export function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason)
    const onAbort = () => {
      clearTimeout(timer)
      reject(signal.reason)
    }
    // Past 2^31-1 ms setTimeout fires after 1 ms; callers never ask for that long (inputs are capped), but
    // a server's Retry-After could: clamped rather than turned into a busy loop.
    const timer = setTimeout(
      () => {
        signal.removeEventListener('abort', onAbort)
        resolve()
      },
      Math.min(ms, 2 ** 31 - 1)
    )
    signal.addEventListener('abort', onAbort, { once: true })
  })
}
