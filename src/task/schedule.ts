// When to poll next. Kept apart from the loop so the policy can be read, tested and benchmarked alone.
//
// The adaptive schedule polls rarely while the end is far and every `poll-interval` once it is near:
// it waits half of the time the task should still need (never less than poll-interval, never more than
// ten poll-intervals or a minute, so a pessimistic estimate cannot delay noticing an early finish much). "Should still need" is the earlier of two estimates: EvoLink's `estimated_time` (sent at
// submission) and the pace of the observed progress. Past the estimate it polls at poll-interval, like
// the fixed schedule. Near the end both poll equally often, so completion is noticed as soon.
import type { Task } from '../evolink/schema.js'
import type { PollStrategy } from '../inputs/settings.js'

export interface PollSchedule {
  /** Milliseconds to wait after seeing `task` (still running) at time `now`. */
  next(task: Task, now: number): number
}

/** Poll every `intervalMs`, whatever the task says. */
export function fixedSchedule(intervalMs: number): PollSchedule {
  return { next: () => intervalMs }
}

export interface AdaptiveOptions {
  intervalMs: number
  /** When the task started (submission time, or `created` when resuming). */
  startedAt: number
  /** Share of the expected remaining time to wait. */
  fraction?: number
  maxDelayMs?: number
}

/** Progress below this says too little about the pace to extrapolate from. */
const MIN_PROGRESS_FOR_PACE = 5

export function adaptiveSchedule(o: AdaptiveOptions): PollSchedule {
  const fraction = o.fraction ?? 0.5
  const maxDelayMs = Math.max(o.intervalMs, o.maxDelayMs ?? Math.min(60_000, 10 * o.intervalMs))
  let estimateS: number | undefined
  return {
    next(task, now) {
      estimateS = task.task_info?.estimated_time ?? estimateS
      const ends: number[] = []
      if (estimateS) ends.push(o.startedAt + estimateS * 1000)
      const progress = task.progress ?? 0
      if (progress >= MIN_PROGRESS_FOR_PACE && progress < 100 && now > o.startedAt) {
        ends.push(o.startedAt + ((now - o.startedAt) * 100) / progress)
      }
      if (ends.length === 0) return o.intervalMs
      const remaining = Math.min(...ends) - now
      return Math.min(maxDelayMs, Math.max(o.intervalMs, remaining * fraction))
    }
  }
}

export function scheduleFor(strategy: PollStrategy, o: AdaptiveOptions): PollSchedule {
  return strategy === 'fixed' ? fixedSchedule(o.intervalMs) : adaptiveSchedule(o)
}
