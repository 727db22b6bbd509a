// When to poll next. Kept apart from the loop so the policy can be read, tested and benchmarked alone.
import type { Task } from './evolink/schema.js'

export interface PollSchedule {
  /** Milliseconds to wait after seeing `task` (still running) at time `now`. */
  next(task: Task, now: number): number
}

/** Poll every `intervalMs`, whatever the task says. */
export function fixedSchedule(intervalMs: number): PollSchedule {
  return { next: () => intervalMs }
}
