// Following a task to its end: the adaptive (or fixed) schedule, progress lines, retry warnings, and the
// Report of what was seen. The loop itself is wait.ts; this wires it to settings and the log.
import { sleep } from '../net/retry.js'
import type { EvoLinkClient } from '../evolink/client.js'
import type { Task } from '../evolink/schema.js'
import { formatDuration } from '../format.js'
import { progressLogger } from './progress.js'
import type { Report } from '../report-model.js'
import { reportFromWait } from './result.js'
import { scheduleFor } from './schedule.js'
import type { Settings } from '../inputs/settings.js'
import { waitForTask } from './wait.js'

export interface Follow {
  settings: Settings
  client: EvoLinkClient
  taskId: string
  /** The submission's reply, when this run submitted the task (undefined when resuming). */
  submitted?: Task
  startedAt: number
  signal: AbortSignal
  log: { info(line: string): void; warning(line: string): void; debug?(line: string): void }
}

export async function followTask(f: Follow): Promise<Report> {
  const { settings, submitted } = f
  const now = Date.now
  let lastSeenRunningAt = submitted ? now() : undefined
  // A submitted task started with this run; a resumed one earlier, at its `created` if the reply says.
  const logProgress = progressLogger(line => f.log.info(line), submitted ? f.startedAt : undefined, now)
  const schedule = scheduleFor(settings.pollStrategy, { intervalMs: settings.pollIntervalMs, startedAt: f.startedAt })
  if (submitted) logProgress(submitted)
  const result = await waitForTask({
    getTask: signal => f.client.getTask(f.taskId, signal),
    schedule,
    // Right after the submission the task is known to be pending: the first poll can wait.
    initialDelayMs: submitted ? schedule.next(submitted, now()) : 0,
    pollIntervalMs: settings.pollIntervalMs,
    deadline: f.startedAt + settings.timeoutMs,
    maxConsecutiveErrors: settings.maxConsecutiveErrors,
    signal: f.signal,
    now,
    sleep,
    onTask: task => {
      if (task.status === 'pending' || task.status === 'processing') lastSeenRunningAt = now()
      logProgress(task)
    },
    onDecision: line => f.log.debug?.(`${line} (task ${f.taskId})`),
    onRetry: (error, delayMs, streak) =>
      f.log.warning(`Poll failed: ${(error as Error).message}; retrying in ${formatDuration(delayMs)} (${streak} of at most ${settings.maxConsecutiveErrors} in a row).`)
  })
  return reportFromWait(result, { taskId: f.taskId, submitted, startedAt: f.startedAt, endedAt: now(), lastSeenRunningAt })
}
