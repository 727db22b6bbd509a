// The story of one run: settings → submit (or resume) → wait → report.
// @actions/core and the reporting modules are imported only once the submission is out (runner.ts says why).
import { sleep, watchCancellation } from './cancellation.js'
import { createClient, type EvoLinkClient } from './evolink/client.js'
import { buildGenerationRequest } from './evolink/request.js'
import type { Task } from './evolink/schema.js'
import { failureReport } from './failure.js'
import { formatDuration, resumeHint } from './format.js'
import { createTransport, type HttpTransport } from './http.js'
import { progressLogger } from './progress.js'
import type { Report } from './report-model.js'
import { reportFromWait } from './result.js'
import { maskSecret, readInput } from './runner.js'
import { scheduleFor } from './schedule.js'
import { readSettings, type Settings } from './settings.js'
import { failureAdvice } from './status.js'
import { submitOnce } from './submit.js'
import { waitForTask } from './wait.js'

/** POST is retried only when nothing was created (refused connection, 429); a few tries are plenty. */
const MAX_SUBMIT_ATTEMPTS = 5
const loadCore = () => import('@actions/core')
type Facts = { taskId?: string; submitted?: Task }

export async function run(): Promise<void> {
  const cancellation = watchCancellation()
  const startedAt = Date.now()
  const facts: Facts = {}
  let settings: Settings | undefined
  let transport: HttpTransport | undefined
  try {
    settings = readSettings(readInput, maskSecret)
    if (settings.dryRun) return await conclude(settings, (await import('./dry-run.js')).dryRunReport(settings))
    transport = await createTransport()
    const client = createClient({ ...settings, open: transport.open })
    await conclude(settings, await generate(settings, client, facts, startedAt, cancellation.signal))
  } catch (error) {
    const report = failureReport(error, facts, startedAt)
    ;(await loadCore()).setFailed(report.errorMessage ?? String(error))
    if (settings) await conclude(settings, report, false)
  } finally {
    cancellation.dispose()
    await transport?.close()
  }
}

async function generate(settings: Settings, client: EvoLinkClient, facts: Facts, startedAt: number, signal: AbortSignal): Promise<Report> {
  const deadline = startedAt + settings.timeoutMs
  const now = Date.now
  if (!settings.taskId) {
    facts.submitted = await submitOnce({
      client, body: buildGenerationRequest(settings), maxAttempts: MAX_SUBMIT_ATTEMPTS,
      retryBaseMs: Math.min(1000, settings.pollIntervalMs), deadline, signal, now, sleep,
      onRetry: async (error, delayMs, attempt) =>
        (await loadCore()).warning(`Submission not accepted (${(error as Error).message}); nothing was created, retrying in ${formatDuration(delayMs)} (attempt ${attempt + 1} of ${MAX_SUBMIT_ATTEMPTS}).`)
    })
  }
  const taskId = (facts.taskId = settings.taskId ?? facts.submitted?.id ?? '')
  const core = await loadCore()
  core.setOutput('task-id', taskId)
  core.info(facts.submitted
    ? `Task ${taskId} accepted: ${settings.model}, ${settings.duration} s, ${settings.aspectRatio}, ${settings.quality}, sound ${settings.sound} (${facts.submitted.usage?.credits_reserved ?? '?'} credits reserved).`
    : `Resuming task ${taskId}: nothing is submitted.`)
  if (!settings.wait) {
    core.info(`wait is false: not polling. ${resumeHint(taskId)}`)
    return { outcome: 'submitted', taskId, status: facts.submitted?.status, urls: [], creditsReserved: facts.submitted?.usage?.credits_reserved }
  }

  let lastSeenRunningAt = facts.submitted ? now() : undefined
  const logProgress = progressLogger(line => core.info(line), startedAt, now)
  const schedule = scheduleFor(settings.pollStrategy, { intervalMs: settings.pollIntervalMs, startedAt })
  if (facts.submitted) logProgress(facts.submitted)
  const result = await waitForTask({
    getTask: s => client.getTask(taskId, s),
    schedule,
    // Right after the submission the task is known to be pending: the first poll can wait.
    initialDelayMs: facts.submitted ? schedule.next(facts.submitted, now()) : 0,
    pollIntervalMs: settings.pollIntervalMs,
    deadline,
    maxConsecutiveErrors: settings.maxConsecutiveErrors,
    signal, now, sleep,
    onTask: task => {
      if (task.status === 'pending' || task.status === 'processing') lastSeenRunningAt = now()
      logProgress(task)
    },
    onRetry: (error, delayMs, streak) =>
      core.warning(`Poll failed: ${(error as Error).message}; retrying in ${formatDuration(delayMs)} (${streak} of at most ${settings.maxConsecutiveErrors} in a row).`)
  })
  const report = reportFromWait(result, { taskId, submitted: facts.submitted, startedAt, endedAt: now(), lastSeenRunningAt })
  const wantsDelivery = settings.delivery.download || settings.delivery.prComment
  return wantsDelivery ? (await import('./deliver.js')).deliver(settings, report, signal) : report
}

/** Outputs, the verdict of the step, and the job summary. */
async function conclude(settings: Settings, report: Report, failIfUnsuccessful = true): Promise<void> {
  const [core, { publishOutputs, publishSummary }] = await Promise.all([loadCore(), import('./report.js')])
  publishOutputs(report)
  const resume = resumeHint(report.taskId ?? '')
  const failure = !failIfUnsuccessful ? undefined : {
    failed: `Task ${report.taskId} ${report.status}: ${report.errorCode}: ${report.errorMessage} ${failureAdvice(report.errorCode ?? '')}`,
    timeout: `Task ${report.taskId} did not finish within timeout (${formatDuration(settings.timeoutMs)}); it may still complete. ${resume}`,
    cancelled: `Cancelled while waiting for task ${report.taskId}. ${resume}`
  }[report.outcome as 'failed' | 'timeout' | 'cancelled']
  if (failure) core.setFailed(failure)
  else if (report.deliveryError) core.setFailed(`The video is ready (${report.urls[0]}) but was not delivered as asked: ${report.deliveryError}`)
  else if (report.urls[0]) core.info(`Video: ${report.urls[0]}`)
  await publishSummary(settings, report)
}
