// The polling loop: ask for the task until it is final, the deadline passes or the job is cancelled.
// Transient failures are absorbed within an error budget; everything else is thrown at once.
import { ActionFailure } from '../errors.js'
import { CancelledError, TransportError } from '../net/http.js'
import type { Task } from '../evolink/schema.js'
import { describeFailure, unreachable } from '../evolink/explain.js'
import { isTransient, retryDelayMs } from '../net/retry.js'
import { interpretTask, type TaskState } from './status.js'
import type { PollSchedule } from './schedule.js'

export type WaitResult = { outcome: 'final'; task: Task; state: Exclude<TaskState, { kind: 'running' }> } | { outcome: 'timeout' | 'cancelled'; task?: Task }

export interface WaitOptions {
  getTask: (signal: AbortSignal) => Promise<Task>
  schedule: PollSchedule
  /** Wait before the first poll (0 when nothing is known of the task yet). */
  initialDelayMs?: number
  pollIntervalMs: number
  deadline: number
  maxConsecutiveErrors: number
  signal: AbortSignal
  now: () => number
  sleep: (ms: number, signal: AbortSignal) => Promise<void>
  random?: () => number
  onTask?: (task: Task) => void
  onRetry?: (error: unknown, delayMs: number, streak: number) => void
  /** Each decision of the loop, for the debug log: the next poll's wait, or why it stops. */
  onDecision?: (line: string) => void
}

/** Backoff never goes below the poll interval (we never poll faster than asked) nor above this. */
const RETRY_CAP_MS = 60_000

export async function waitForTask(o: WaitOptions): Promise<WaitResult> {
  let task: Task | undefined
  const streak: string[] = []
  try {
    if (o.initialDelayMs) await o.sleep(Math.min(o.initialDelayMs, Math.max(0, o.deadline - o.now())), o.signal)
    for (;;) {
      let delayMs: number
      try {
        task = await o.getTask(o.signal)
        streak.length = 0
        o.onTask?.(task)
        const state = interpretTask(task)
        if (state.kind !== 'running') return { outcome: 'final', task, state }
        delayMs = o.schedule.next(task, o.now())
        o.onDecision?.(`poll: ${task.status}${task.progress === undefined ? '' : ` ${task.progress}%`}; next poll in ${delayMs} ms`)
      } catch (error) {
        if (!isTransient(error)) throw error
        streak.push(describeFailure(error))
        if (streak.length > o.maxConsecutiveErrors) {
          const never = error instanceof TransportError && error.reached === 'no' ? ` ${unreachable(error)}.` : ''
          throw new ActionFailure(
            `Polling failed ${streak.length} times in a row (max-consecutive-errors is ${o.maxConsecutiveErrors}): ${summarize(streak)}.${never}`,
            'poll_error_budget_exhausted'
          )
        }
        const backoff = retryDelayMs(error, streak.length - 1, o.pollIntervalMs, Math.max(RETRY_CAP_MS, o.pollIntervalMs), o.random)
        delayMs = Math.max(o.pollIntervalMs, backoff)
        o.onRetry?.(error, delayMs, streak.length)
      }
      const remaining = o.deadline - o.now()
      // The last sleep ends at the deadline, so the task gets one more look before we give up, unless that
      // look would come sooner than poll-interval after this one: the action never polls faster than asked.
      if (remaining < o.pollIntervalMs && remaining < delayMs) {
        o.onDecision?.(`poll: stopping, ${remaining} ms left before timeout is less than poll-interval`)
        return { outcome: 'timeout', task }
      }
      await o.sleep(Math.min(delayMs, remaining), o.signal)
    }
  } catch (error) {
    if (error instanceof CancelledError) return { outcome: 'cancelled', task }
    throw error
  }
}

/** "HTTP 503 service_unavailable ×3, ECONNRESET ×1", in order of first appearance. */
function summarize(seen: string[]): string {
  const counts = new Map<string, number>()
  for (const s of seen) counts.set(s, (counts.get(s) ?? 0) + 1)
  return [...counts].map(([what, n]) => `${what} ×${n}`).join(', ')
}
