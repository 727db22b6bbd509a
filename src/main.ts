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
import { checkFloor, creditsAfter } from './task/balance.js'
import { cacheService } from './github/cache-service.js'
import type { Ledger } from './task/ledger.js'

/** POST is retried only when nothing was created (refused connection, 429); a few tries are plenty. */
const MAX_SUBMIT_ATTEMPTS = 5
const loadCore = () => import('@actions/core')
type Facts = {
  taskId?: string
  submitted?: Task
  /** The record of this submission being written to the Actions cache; awaited before the verdict. */
  recording?: Promise<void>
  /** Set when this step resumed what an earlier attempt submitted. */
  reusedFrom?: string
}

export async function run(): Promise<void> {
  const cancellation = watchCancellation()
  const startedAt = Date.now()
  const facts: Facts = {}
  let settings: Settings | undefined
  let transport: HttpTransport | undefined
  let ledger: Promise<Ledger | undefined> | undefined
  try {
    settings = await readSettings(name => readInput(name), secret => maskSecret(secret))
    if (settings.dryRun) return await conclude(settings, (await import('./report/dry-run.js')).dryRunReport(settings))
    transport = await createTransport()
    const client = createClient({ ...settings, open: transport.open })
    // Opened before the submission only when something is looked up (identical, or a re-run); else after it, to record.
    const asked = settings
    const openLedger = () => (ledger ??= openReuse(asked))
    if (settings.reuse === 'identical' || Number(process.env.GITHUB_RUN_ATTEMPT) > 1) {
      const found = await openLedger()
      const reused = found && settings.reuse === 'identical' ? await reuseIdentical(settings, found, cancellation.signal) : undefined
      if (reused) return await conclude(settings, reused)
      if (found) settings = await resumeEarlierAttempt(settings, found, client, facts, cancellation.signal)
    }
    if (!settings.taskId && settings.uploads.length > 0) settings = await upload(settings, transport, cancellation.signal, startedAt)
    await conclude(settings, await generate(settings, client, facts, startedAt, cancellation.signal, openLedger))
  } catch (error) {
    await facts.recording
    const report = { ...failureReport(error, facts, startedAt), reused: facts.reusedFrom !== undefined, reusedFrom: facts.reusedFrom }
    if (settings) await conclude(settings, report, report.errorMessage)
    else (await loadCore()).setFailed(report.errorMessage ?? String(error))
  } finally {
    cancellation.dispose()
    await transport?.close()
    await (await ledger)?.close()
  }
}

/** The Actions cache ledger, when reuse is on and the runner provides the cache service (loaded only then). */
async function openReuse(settings: Settings): Promise<Ledger | undefined> {
  if (settings.reuse === 'off' || settings.taskId || !cacheService()) return undefined
  const { openLedger } = await import('./task/ledger.js')
  // @actions/core is not loaded for it before the submission (start-up budget): only when a line is logged.
  return openLedger({
    body: buildGenerationRequest(settings), uploads: settings.uploads,
    warn: message => void loadCore().then(core => core.warning(message)), debug: message => void loadCore().then(core => core.debug(message))
  })
}

/** A re-run: the task an earlier attempt submitted for the same request is resumed, unless it ended without a video. */
async function resumeEarlierAttempt(settings: Settings, ledger: Ledger, client: EvoLinkClient, facts: Facts, signal: AbortSignal): Promise<Settings> {
  const earlier = await ledger.earlierSubmission()
  if (!earlier) return settings
  const [core, { rerunDecision, describeSubmission }, { ApiError }] = await Promise.all([loadCore(), import('./task/reuse.js'), import('./evolink/errors.js')])
  const task = await client.getTask(earlier.taskId, signal).catch((error: unknown) => (error instanceof ApiError && error.status === 404 ? 'not-found' as const : 'unreadable' as const))
  const what = describeSubmission(earlier)
  if (rerunDecision(task) === 'submit') {
    core.info(`Re-run: ${what} ${task === 'not-found' ? 'no longer exists' : `ended ${typeof task === 'string' ? 'without a video' : task.status}`}; submitting the request again.`)
    return settings
  }
  core.info(`Re-run: resuming ${what}. Nothing is submitted, no credits are spent.`)
  facts.reusedFrom = what
  return { ...settings, taskId: earlier.taskId }
}

/** reuse: identical. An earlier finished video of the same request, restored and delivered as a new one would be. */
async function reuseIdentical(settings: Settings, ledger: Ledger, signal: AbortSignal): Promise<Report | undefined> {
  const found = await ledger.earlierResult()
  if (!found) return undefined
  const [core, { describeResult, identicalUsable, liveUrls }] = await Promise.all([loadCore(), import('./task/reuse.js')])
  const { record, videoPath } = found
  let file: Report['file']
  const target = settings.delivery.download?.path
  if (videoPath && record.video && target) {
    const { placeRestoredVideo } = await import('./delivery/restore-video.js')
    const placed = await placeRestoredVideo(videoPath, target, record.video)
    if ('problem' in placed) core.warning(`The cached video was not used (${placed.problem}): the video is generated again.`)
    else file = placed
    if ('problem' in placed) return undefined
  }
  const now = Date.now()
  if (!identicalUsable(record, file !== undefined, now)) return undefined
  const urls = liveUrls(record, now)
  const what = describeResult(record)
  core.setOutput('task-id', record.taskId)
  core.info(`reuse: identical: reusing the video of ${what}. Nothing is submitted, no credits are spent${file ? `; the file is restored to ${file.path} (sha256 ${file.sha256})` : ''}.`)
  if (urls.length === 0) core.info(`Its links expired${record.expiresAt ? ` at ${record.expiresAt}` : ''}: video-url is left empty; the file is what lasts.`)
  const report: Report = {
    outcome: 'completed', taskId: record.taskId, resumed: true, model: record.model, status: 'completed', progress: 100, urls,
    expiresAt: urls.length > 0 ? record.expiresAt : undefined, file, reused: true, reusedFrom: what
  }
  const wantsDelivery = settings.delivery.download || settings.delivery.prComment
  return wantsDelivery ? (await import('./delivery/deliver.js')).deliver(settings, report, signal) : report
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

async function generate(
  settings: Settings, client: EvoLinkClient, facts: Facts, startedAt: number, signal: AbortSignal, openLedger: () => Promise<Ledger | undefined>
): Promise<Report> {
  let balance: Promise<number | undefined> = Promise.resolve(undefined)
  if (!settings.taskId) {
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
  // Recorded while the task runs, so that a re-run of this job resumes it instead of paying again.
  if (submitted) facts.recording = openLedger().then(ledger => ledger?.recordSubmission(taskId, settings.model))
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
    await facts.recording
    return { outcome: 'submitted', taskId, status: submitted?.status, urls: [], creditsReserved: submitted?.usage?.credits_reserved, creditsRemaining: await balance }
  }
  const { followTask } = await import('./task/follow.js')
  const followed = await followTask({ settings, client, taskId, submitted, startedAt, signal, log: core })
  const report = { ...followed, creditsRemaining: await balance, reused: facts.reusedFrom !== undefined, reusedFrom: facts.reusedFrom }
  const wantsDelivery = settings.delivery.download || settings.delivery.prComment
  const delivered = wantsDelivery ? await (await import('./delivery/deliver.js')).deliver(settings, report, signal) : report
  await facts.recording
  const ledger = settings.reuse === 'identical' && delivered.outcome === 'completed' ? await openLedger() : undefined
  if (ledger) {
    await ledger.recordResult({
      taskId, model: settings.model, urls: delivered.urls, expiresAt: delivered.expiresAt, creditsReserved: delivered.creditsReserved,
      video: delivered.file && { size: delivered.file.size, sha256: delivered.file.sha256 }
    }, delivered.file?.path)
  }
  return delivered
}

/** Outputs, the step's verdict (`failure` when the run ended on an error) and the job summary. */
async function conclude(settings: Settings, report: Report, failure?: string): Promise<void> {
  const { publish } = await import('./report/report.js')
  await publish(settings, report, failure)
}
