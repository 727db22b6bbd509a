// Turns what the wait loop saw into the run's Report. Pure.
import type { Task } from '../evolink/schema.js'
import type { WaitResult } from './wait.js'
import type { Report } from '../report-model.js'

/** Result links live 24 hours after completion (docs/evolink-api.md). */
export const LINK_LIFETIME_MS = 24 * 3600 * 1000

export interface RunFacts {
  taskId: string
  submitted?: Task
  startedAt: number
  endedAt: number
  /** Last time the task was seen pending/processing; completion came after, so expiry is at least this + 24 h. */
  lastSeenRunningAt?: number
}

export function reportFromWait(result: WaitResult, facts: RunFacts): Report {
  const task = result.task ?? facts.submitted
  const base = {
    taskId: facts.taskId,
    resumed: !facts.submitted,
    model: task?.model,
    status: task?.status,
    progress: task?.progress,
    creditsReserved: facts.submitted?.usage?.credits_reserved ?? task?.usage?.credits_reserved,
    elapsedMs: facts.endedAt - facts.startedAt,
    urls: [] as string[]
  }
  // A step that stopped waiting says why in error-code too, as a cancellation or timeout thrown earlier does.
  if (result.outcome !== 'final') return { ...base, outcome: result.outcome, errorCode: result.outcome }
  if (result.state.kind === 'failed') {
    return { ...base, outcome: 'failed', errorCode: result.state.code, errorMessage: result.state.message, urls: result.task.results }
  }
  return { ...base, outcome: 'completed', urls: result.state.urls, expiresAt: expiryOf(result.task, facts) }
}

/** Server and runner clocks may differ by this much; a `created` further ahead is not believed. */
const CLOCK_SKEW_MS = 10 * 60 * 1000

/**
 * When the links expire at the earliest, or undefined when that cannot be said. Never seen running (a
 * resumed, already finished task): `created` is the only lower bound, and only when it is not in the future.
 */
function expiryOf(task: Task, facts: RunFacts): string | undefined {
  const createdMs = task.created === undefined ? undefined : task.created * 1000
  const runningAt = facts.lastSeenRunningAt ?? (createdMs !== undefined && createdMs <= facts.endedAt + CLOCK_SKEW_MS ? createdMs : undefined)
  return runningAt === undefined ? undefined : new Date(runningAt + LINK_LIFETIME_MS).toISOString()
}
