// Turns what the wait loop saw into the run's Report. Pure.
import type { Task } from './evolink/schema.js'
import type { WaitResult } from './wait.js'
import type { Report } from './report-model.js'

/** Result links live 24 hours after completion (reference.md). */
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
    status: task?.status,
    progress: task?.progress,
    creditsReserved: facts.submitted?.usage?.credits_reserved ?? task?.usage?.credits_reserved,
    elapsedMs: facts.endedAt - facts.startedAt,
    urls: [] as string[]
  }
  if (result.outcome !== 'final') return { ...base, outcome: result.outcome }
  if (result.state.kind === 'failed') {
    return { ...base, outcome: 'failed', errorCode: result.state.code, errorMessage: result.state.message, urls: result.task.results }
  }
  // Never seen running (a resumed, already finished task): `created` is the only safe lower bound.
  const runningAt = facts.lastSeenRunningAt ?? (result.task.created ?? 0) * 1000
  return {
    ...base,
    outcome: 'completed',
    urls: result.state.urls,
    expiresAt: runningAt > 0 ? new Date(runningAt + LINK_LIFETIME_MS).toISOString() : undefined
  }
}
