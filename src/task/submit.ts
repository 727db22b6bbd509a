// Submits the generation request exactly once, except when the API provably created nothing: EvoLink has
// no idempotency key, so a second POST is a second billed task (docs/evolink-api.md).
import { ActionFailure } from '../errors.js'
import type { EvoLinkClient } from '../evolink/client.js'
import { ApiError } from '../evolink/errors.js'
import type { GenerationRequest } from '../evolink/contract.js'
import type { Task } from '../evolink/schema.js'
import { CancelledError } from '../net/http.js'
import { describeFailure, explainApiError, unreachable } from '../evolink/explain.js'
import { retry } from '../net/retry.js'
import { mayResubmit } from './retry.js'

export interface SubmitOptions {
  client: EvoLinkClient
  body: GenerationRequest
  maxAttempts: number
  retryBaseMs: number
  deadline: number
  signal: AbortSignal
  now: () => number
  sleep: (ms: number, signal: AbortSignal) => Promise<void>
  onRetry?: (error: unknown, delayMs: number, attempt: number) => void | Promise<void>
  /** The manifest entry this submission is for: advice then says how to resume it in the manifest. */
  entry?: string
}

const RETRY_CAP_MS = 30_000

/** A submission that failed after the request may have reached EvoLink: a task may exist, and be billed. */
export class SubmissionInDoubt extends ActionFailure {}

export async function submitOnce(o: SubmitOptions): Promise<Task> {
  // A manifest entry that waited for its turn past the step's timeout is not sent: the step is winding down.
  if (o.now() >= o.deadline)
    throw new ActionFailure('The step reached its timeout before this video was submitted: nothing was submitted, no credits were spent.', 'deadline_passed')
  let attempts = 0
  try {
    return await retry(
      attempt => {
        attempts = attempt
        return o.client.submit(o.body, o.signal)
      },
      {
        attempts: o.maxAttempts,
        retryable: mayResubmit,
        baseMs: o.retryBaseMs,
        capMs: RETRY_CAP_MS,
        // Full jitter alone may draw four near-zero waits: half the base at least, so the attempts span real time.
        minMs: o.retryBaseMs / 2,
        deadline: o.deadline,
        now: o.now,
        signal: o.signal,
        sleep: o.sleep,
        onRetry: (error, attempt, delayMs) => o.onRetry?.(error, delayMs, attempt)
      }
    )
  } catch (error) {
    if (error instanceof CancelledError) throw error
    if (!mayResubmit(error)) throw submissionFailure(error, o.body.model, o.entry)
    // Retried until the attempts or the time ran out, and every failure provably created nothing.
    if (error instanceof ApiError) {
      throw new ActionFailure(
        `The submission was refused ${attempts} time(s), last with ${describeFailure(error)}; no task was created. ${explainApiError(error, { model: o.body.model })}`,
        error.code
      )
    }
    throw new ActionFailure(`${unreachable(error)} (${attempts} attempt(s), last: ${(error as Error).message}); no task was created.`, 'connection_failed')
  }
}

/** Failures after which the request may have reached EvoLink are not retried: a retry could bill twice. */
function submissionFailure(error: unknown, model: string, entry?: string): ActionFailure {
  if (error instanceof ApiError && error.status < 500) {
    return new ActionFailure(`The submission was refused. ${explainApiError(error, { model })}`, error.code)
  }
  return new SubmissionInDoubt(
    // The status once: "HTTP 502 internal_error (EvoLink's words)", not the status again inside the parentheses.
    `The submission failed with ${describeFailure(error)} (${error instanceof ApiError ? error.apiMessage : (error as Error).message}) after the request may have reached EvoLink, ` +
      'so a task may have been created and billed. It was not resubmitted, to avoid paying twice: check the tasks in your ' +
      `EvoLink dashboard before re-running; if one was created, resume it: ${entry ? `set "task-id: <its id>" on entry '${entry}' of the manifest` : 'give its id as the task-id input'} (nothing is submitted then).`,
    error instanceof ApiError ? error.code : 'submission_outcome_unknown'
  )
}
