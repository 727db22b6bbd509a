// Progress lines a person can follow in the log, printed only when something changed or a while passed.
import type { Task } from '../evolink/schema.js'
import { formatDuration } from '../format.js'

/**
 * "processing 40% · 1m 02s elapsed · about 3m 18s left". `elapsedMs` is the task's age; undefined when it
 * is not known (a resumed task whose reply has no sensible `created`): then neither it nor what is left is said.
 */
export function progressLine(task: Task, elapsedMs: number | undefined, estimateS = task.task_info?.estimated_time): string {
  const parts = [`${task.status}${task.progress !== undefined ? ` ${task.progress}%` : ''}`]
  if (elapsedMs === undefined) return parts[0] ?? ''
  parts.push(`${formatDuration(elapsedMs)} elapsed`)
  // Once the task has ended, the estimate says nothing more.
  if (estimateS !== undefined && (task.status === 'pending' || task.status === 'processing')) {
    const leftMs = estimateS * 1000 - elapsedMs
    parts.push(leftMs > 0 ? `about ${formatDuration(leftMs)} left` : `past the ${formatDuration(estimateS * 1000)} estimate`)
  }
  return parts.join(' · ')
}

/**
 * Logs a line when status or progress changes, or every `quietMs` while nothing changes.
 * Polls often omit estimated_time (the submission reply has it), so the last one seen is kept.
 */
export function progressLogger(log: (line: string) => void, startedAt: number | undefined, now: () => number, quietMs = 60_000) {
  let last = ''
  let lastAt = -Infinity
  let estimateS: number | undefined
  return (task: Task): void => {
    estimateS = task.task_info?.estimated_time ?? estimateS
    const key = `${task.status}/${task.progress ?? ''}`
    const at = now()
    if (key === last && at - lastAt < quietMs) return
    last = key
    lastAt = at
    const start = startedAt ?? taskStart(task, at)
    log(progressLine(task, start === undefined ? undefined : at - start, estimateS))
  }
}

/** When a resumed task started, from its `created`, if that is in the past: the run's own start says nothing. */
function taskStart(task: Task, now: number): number | undefined {
  const createdMs = task.created === undefined ? undefined : task.created * 1000
  return createdMs !== undefined && createdMs <= now ? createdMs : undefined
}
