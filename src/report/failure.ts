// Turns an error that ended the run into a Report: message, code, and whatever is known of the task.
import { ActionFailure, InputError, NotSubmitted } from '../errors.js'
import { ApiError } from '../evolink/errors.js'
import type { Task } from '../evolink/schema.js'
import { explainApiError } from '../evolink/explain.js'
import { resumeHint } from '../format.js'
import { CancelledError } from '../net/http.js'
import type { Report } from '../report-model.js'

export function failureReport(error: unknown, facts: { taskId?: string; submitted?: Task; entry?: string }, startedAt: number): Report {
  const base = {
    taskId: facts.taskId,
    resumed: facts.taskId !== undefined && !facts.submitted,
    model: facts.submitted?.model,
    status: facts.submitted?.status,
    urls: [],
    creditsReserved: facts.submitted?.usage?.credits_reserved,
    elapsedMs: Date.now() - startedAt
  }
  const resume = facts.taskId ? ` ${resumeHint(facts.taskId, facts.entry)}` : ''
  if (error instanceof CancelledError) {
    const message = facts.taskId
      ? `Cancelled (${error.signalName}) while working on task ${facts.taskId}.${resume}`
      : `Cancelled (${error.signalName}) before EvoLink returned a task id. If the submission was under way a task may have been created: check your EvoLink dashboard before re-running.`
    return { ...base, outcome: 'cancelled', errorCode: 'cancelled', errorMessage: message }
  }
  if (error instanceof ApiError) {
    // A task that is not found (or an id refused as invalid) cannot be resumed: no hint to try the same id again.
    const hint = error.status === 404 || error.status === 400 ? '' : resume
    return { ...base, outcome: 'failed', errorCode: error.code ?? String(error.status), errorMessage: explainApiError(error, { taskId: facts.taskId }) + hint }
  }
  if (error instanceof NotSubmitted) return { ...base, outcome: 'skipped', status: 'skipped', errorCode: error.code, errorMessage: error.message }
  if (error instanceof ActionFailure) return { ...base, outcome: 'failed', errorCode: error.code, errorMessage: error.message + resume }
  if (error instanceof InputError) return { ...base, outcome: 'failed', errorCode: 'invalid_input', errorMessage: error.message }
  // Anything else is a bug of ours; say so instead of printing a bare stack trace.
  const message = error instanceof Error ? error.message : String(error)
  return { ...base, outcome: 'failed', errorCode: 'internal_error', errorMessage: `Unexpected error: ${message}.${resume}` }
}
