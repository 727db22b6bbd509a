// What a task's status means for the action. Anything not pending/processing is final, and only
// `completed` with at least one result URL is a success (docs/evolink-api.md, "The task").
import type { Task } from '../evolink/schema.js'

export type TaskState = { kind: 'running' } | { kind: 'succeeded'; urls: string[] } | { kind: 'failed'; code: string; message: string }

const RUNNING = new Set(['pending', 'processing'])

export function interpretTask(task: Task): TaskState {
  if (RUNNING.has(task.status)) return { kind: 'running' }
  if (task.status === 'completed') {
    if (task.results.length > 0) return { kind: 'succeeded', urls: task.results }
    const refused = task.refusedResults.length > 0 ? ` Refused as unsafe: ${task.refusedResults.slice(0, 3).join('; ')}.` : ''
    return { kind: 'failed', code: 'no_results', message: `The task completed but returned no usable video URL.${refused}` }
  }
  const code = task.error?.code ?? (task.status === 'failed' ? 'unknown_error' : 'unexpected_status')
  const message = task.error?.message ?? (task.status === 'failed' ? 'The task failed without an error message.' : `The task ended with status "${task.status}".`)
  return { kind: 'failed', code, message }
}

/** Server-side failure codes after which the same request may well succeed if submitted again. */
const WORTH_RESUBMITTING = new Set([
  'generation_failed_no_content',
  'service_error',
  'generation_timeout',
  'resource_exhausted',
  'quota_exceeded',
  'service_unavailable',
  'resource_not_found',
  'unknown_error'
])

/** A hint for the failure annotation: whether re-running the workflow as it is can help. */
export function failureAdvice(code: string): string {
  if (WORTH_RESUBMITTING.has(code)) return 'This is a server-side failure: re-running the workflow may succeed (it creates a new task).'
  if (code === 'content_policy_violation') return 'Change the prompt before re-running: EvoLink refused its content.'
  if (code === 'request_cancelled') return 'The task was cancelled on the EvoLink side.'
  return 'Change the request before re-running: EvoLink will refuse it again as it is.'
}
