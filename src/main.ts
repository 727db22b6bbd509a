// The story of one run: settings → submit (or resume) → wait → report.
import * as core from '@actions/core'
import { EnvHttpProxyAgent } from 'undici'
import { sleep, watchCancellation } from './cancellation.js'
import { createClient } from './evolink/client.js'
import { buildGenerationRequest } from './evolink/request.js'
import type { Task } from './evolink/schema.js'
import { describeFailure } from './explain.js'
import { formatDuration, resumeHint } from './format.js'
import { dryRunReport } from './dry-run.js'
import { failureReport } from './failure.js'
import { progressLogger } from './progress.js'
import { publishOutputs, publishSummary } from './report.js'
import type { Report } from './report-model.js'
import { reportFromWait } from './result.js'
import { fixedSchedule } from './schedule.js'
import { readSettings, type Settings } from './settings.js'
import { failureAdvice } from './status.js'
import { submitOnce } from './submit.js'
import { waitForTask } from './wait.js'

/** POST is retried only when nothing was created (refused connection, 429); a few tries are plenty. */
const MAX_SUBMIT_ATTEMPTS = 5

export async function run(): Promise<void> {
  const cancellation = watchCancellation()
  const dispatcher = new EnvHttpProxyAgent()
  let settings: Settings | undefined
  const facts: { taskId?: string; submitted?: Task } = {}
  const startedAt = Date.now()
  try {
    settings = readSettings(name => core.getInput(name), secret => core.setSecret(secret), process.env.GITHUB_WORKSPACE)
    const report = settings.dryRun ? dryRunReport(settings) : await generate(settings, facts, startedAt, cancellation.signal, dispatcher)
    await conclude(settings, report)
  } catch (error) {
    const report = failureReport(error, facts, startedAt)
    core.setFailed(report.errorMessage ?? String(error))
    if (settings) await conclude(settings, report, false)
  } finally {
    cancellation.dispose()
    await dispatcher.destroy()
  }
}

async function generate(
  settings: Settings,
  facts: { taskId?: string; submitted?: Task },
  startedAt: number,
  signal: AbortSignal,
  dispatcher: EnvHttpProxyAgent
): Promise<Report> {
  const client = createClient({ ...settings, dispatcher })
  const deadline = startedAt + settings.timeoutMs
  const now = Date.now
  if (settings.taskId) {
    facts.taskId = settings.taskId
    core.info(`Resuming task ${settings.taskId}: nothing is submitted.`)
  } else {
    const body = buildGenerationRequest(settings)
    core.info(`Submitting ${body.model}: ${body.duration} s, ${body.aspect_ratio}, ${body.quality}, sound ${body.sound}.`)
    facts.submitted = await submitOnce({
      client, body, maxAttempts: MAX_SUBMIT_ATTEMPTS, retryBaseMs: Math.min(1000, settings.pollIntervalMs), deadline, signal, now, sleep,
      onRetry: (error, delayMs, attempt) =>
        core.warning(`Submission not accepted (${describeFailure(error)}); nothing was created, retrying in ${formatDuration(delayMs)} (attempt ${attempt + 1} of ${MAX_SUBMIT_ATTEMPTS}).`)
    })
    facts.taskId = facts.submitted.id
    core.info(`Task ${facts.taskId} accepted (${facts.submitted.usage?.credits_reserved ?? '?'} credits reserved).`)
  }
  core.setOutput('task-id', facts.taskId)
  if (!settings.wait) {
    core.info(`wait is false: not polling. ${resumeHint(facts.taskId)}`)
    return { outcome: 'submitted', taskId: facts.taskId, status: facts.submitted?.status, urls: [], creditsReserved: facts.submitted?.usage?.credits_reserved }
  }

  const taskId = facts.taskId
  let lastSeenRunningAt = facts.submitted ? now() : undefined
  const logProgress = progressLogger(line => core.info(line), startedAt, now)
  if (facts.submitted) logProgress(facts.submitted)
  const result = await waitForTask({
    getTask: s => client.getTask(taskId, s),
    schedule: fixedSchedule(settings.pollIntervalMs),
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
  return reportFromWait(result, { taskId, submitted: facts.submitted, startedAt, endedAt: now(), lastSeenRunningAt })
}

async function conclude(settings: Settings, report: Report, failIfUnsuccessful = true): Promise<void> {
  publishOutputs(report)
  if (failIfUnsuccessful) {
    const message = {
      completed: undefined,
      submitted: undefined,
      'dry-run': undefined,
      failed: `Task ${report.taskId} ${report.status}: ${report.errorCode}: ${report.errorMessage} ${failureAdvice(report.errorCode ?? '')}`,
      timeout: `Task ${report.taskId} did not finish within timeout (${formatDuration(settings.timeoutMs)}); it may still complete. ${resumeHint(report.taskId ?? '')}`,
      cancelled: `Cancelled while waiting for task ${report.taskId}. ${resumeHint(report.taskId ?? '')}`
    }[report.outcome]
    if (message) core.setFailed(message)
    else if (report.urls[0]) core.info(`Video: ${report.urls[0]}`)
  }
  await publishSummary(settings, report)
}
