// The story of one run: settings → submit (or resume) → follow → deliver → report.
// @actions/core and everything after the submission are imported once the POST is out (runner.ts says why).
import { sleep, watchCancellation } from './github/cancellation.js'
import { createClient, type EvoLinkClient } from './evolink/client.js'
import { buildGenerationRequest, describeFields } from './evolink/request.js'
import type { Task } from './evolink/schema.js'
import { failureReport } from './report/failure.js'
import { formatDuration, resumeHint } from './format.js'
import { createTransport, type HttpTransport } from './net/http.js'
import type { Report } from './report-model.js'
import { maskSecret } from './github/runner.js'
import { readInput } from './inputs/read-input.js'
import { readSettings, type Settings } from './inputs/settings.js'
import { submitOnce } from './task/submit.js'

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
    settings = await readSettings(name => readInput(name), secret => maskSecret(secret))
    if (settings.dryRun) return await conclude(settings, (await import('./report/dry-run.js')).dryRunReport(settings))
    transport = await createTransport()
    if (!settings.taskId && settings.uploads.length > 0) settings = await upload(settings, transport, cancellation.signal, startedAt)
    const client = createClient({ ...settings, open: transport.open })
    await conclude(settings, await generate(settings, client, facts, startedAt, cancellation.signal))
  } catch (error) {
    const report = failureReport(error, facts, startedAt)
    if (settings) await conclude(settings, report, report.errorMessage)
    else (await loadCore()).setFailed(report.errorMessage ?? String(error))
  } finally {
    cancellation.dispose()
    await transport?.close()
  }
}

/** Uploads the workspace's images an input named; the request then carries their URLs. */
async function upload(settings: Settings, transport: HttpTransport, signal: AbortSignal, startedAt: number): Promise<Settings> {
  const [core, { uploadImages, withUploadedUrls }] = await Promise.all([loadCore(), import('./task/upload-images.js')])
  const published: string[] = []
  try {
    await uploadImages({
      images: settings.uploads, filesBaseUrl: settings.filesBaseUrl, apiKey: settings.apiKey, open: transport.open,
      timeoutMs: settings.requestTimeoutMs, deadline: startedAt + settings.timeoutMs, now: Date.now, published, signal, sleep,
      onRetry: message => core.warning(message)
    })
  } finally {
    // Reported even when a later upload fails: whatever was uploaded is public for 72 hours.
    if (published.length > 0) {
      core.setOutput('uploaded-urls', JSON.stringify(published))
      core.info(`Uploaded ${published.length} of ${settings.uploads.length} image(s) from the workspace to EvoLink's files API: ${published.join(', ')} (anyone with a link can fetch it for 72 hours).`)
    }
  }
  return { ...settings, fields: withUploadedUrls(settings.fields, settings.uploads, published) }
}

async function generate(settings: Settings, client: EvoLinkClient, facts: Facts, startedAt: number, signal: AbortSignal): Promise<Report> {
  let balance: Promise<number | undefined> = Promise.resolve(undefined)
  if (!settings.taskId) {
    const { checkFloor, creditsAfter } = await import('./task/balance.js')
    if (settings.minCredits !== undefined) await checkFloor(client, settings.minCredits, signal)
    facts.submitted = await submitOnce({
      client, body: buildGenerationRequest(settings), maxAttempts: MAX_SUBMIT_ATTEMPTS,
      retryBaseMs: Math.min(1000, settings.pollIntervalMs), deadline: startedAt + settings.timeoutMs, signal, now: Date.now, sleep,
      onRetry: async (error, delayMs, attempt) =>
        (await loadCore()).warning(`Submission not accepted (${(error as Error).message}); nothing was created, retrying in ${formatDuration(delayMs)} (attempt ${attempt + 1} of ${MAX_SUBMIT_ATTEMPTS}).`)
    })
    // Read while the task runs; it never fails the run.
    balance = creditsAfter(client, signal)
  }
  const { submitted } = facts
  const taskId = (facts.taskId = settings.taskId ?? submitted?.id ?? '')
  const core = await loadCore()
  core.setOutput('task-id', taskId)
  core.info(submitted
    ? `Task ${taskId} accepted: ${settings.model}, ${describeFields(settings.fields) || 'the model\'s defaults'} (${submitted.usage?.credits_reserved ?? '?'} credits reserved).`
    : `Resuming task ${taskId}: nothing is submitted.`)
  if (!settings.wait) {
    core.info(`wait is false: not polling. ${resumeHint(taskId)}`)
    const { prComment, release, download } = settings.delivery
    const skipped = [prComment && 'pr-comment', release && 'release-asset', download && !release && 'download-path'].filter(Boolean)
    if (skipped.length > 0) {
      core.notice(`${skipped.join(', ')}: nothing is delivered, no comment is posted. With wait: false the step ends before the video exists; resume the task in a later step to deliver it.`)
    }
    return { outcome: 'submitted', taskId, status: submitted?.status, urls: [], creditsReserved: submitted?.usage?.credits_reserved, creditsRemaining: await balance }
  }
  const { followTask } = await import('./task/follow.js')
  const report = { ...(await followTask({ settings, client, taskId, submitted, startedAt, signal, log: core })), creditsRemaining: await balance }
  const wantsDelivery = settings.delivery.download || settings.delivery.prComment
  return wantsDelivery ? (await import('./delivery/deliver.js')).deliver(settings, report, signal) : report
}

/** Outputs, the step's verdict (`failure` when the run ended on an error) and the job summary. */
async function conclude(settings: Settings, report: Report, failure?: string): Promise<void> {
  const { publish } = await import('./report/report.js')
  await publish(settings, report, failure)
}
