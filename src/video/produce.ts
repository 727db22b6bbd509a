// One video, from its checked settings to its Report: what an earlier run paid for (re-run, identical),
// the workspace's images uploaded, one submission, the task followed, the video delivered, what was paid
// for recorded. The step's scheduler (step/scheduler.ts) runs it for every video of the plan.
import { sleep } from '../net/retry.js'
import type { EvoLinkClient } from '../evolink/client.js'
import { buildGenerationRequest, describeFields } from '../evolink/request.js'
import type { Task } from '../evolink/schema.js'
import { failureReport } from '../report/failure.js'
import { formatDuration, resumeHint } from '../format.js'
import type { HttpTransport } from '../net/http.js'
import type { Report } from '../report-model.js'
import { brokenRuleWarning, type Settings } from '../inputs/settings.js'
import { submitOnce } from '../task/submit.js'
import { checkFloor, creditsAfter, oneAtATime } from '../task/balance.js'
import { cacheService } from '../github/cache-service.js'
import { fingerprintOf, openLedger, type Ledger } from '../task/ledger.js'
import { isRerun, runIdentity, type ResultRecord } from '../task/records.js'
import { describeResult, describeSubmission, identicalUsable, liveUrls, rerunDecision } from '../task/reuse.js'
import { ApiError } from '../evolink/errors.js'
import { placeRestoredVideo } from '../delivery/restore-video.js'
import { deliver } from '../delivery/deliver.js'
import { uploadImages, withUploadedUrls } from '../task/upload-images.js'
import { admitUnderCap } from '../task/price-book.js'
import { followTask } from '../task/follow.js'
import type { VideoLog } from '../log.js'
import type { Budget } from '../task/price.js'
import type { PriceBook } from '../task/price-book.js'

/** POST is retried only when nothing was created (refused connection, 429); a few tries are plenty. */
const MAX_SUBMIT_ATTEMPTS = 5

export interface VideoRun {
  client: EvoLinkClient
  transport: HttpTransport
  signal: AbortSignal
  startedAt: number
  log: VideoLog
  /** The manifest entry this video is, if any. */
  entry?: string
  /** The request's fingerprint as the plan knows it (a video made from another entry's: with that entry's); default: its own. */
  fingerprint?: () => Promise<string>
  /**
   * A video made from another entry's: the request field that carries it, and its URL, asked only when this
   * video is to be submitted (not when it is reused or resumed). It throws NotSubmitted when there is none.
   */
  upstream?: { field: string; url: () => Promise<string> }
  /** Made again although the cache holds it (its links expired and another video needs one): not looked up, recorded. */
  fresh?: boolean
  /** The step's prices and cap, opened on first use: before a POST only when max-credits is set. */
  pricing?: () => Promise<Pricing>
}

/** The prices a step learns and its cap (task/price.ts), shared by all its videos. */
export interface Pricing {
  book: PriceBook
  budget?: Budget
}

/** What is known of a video's task when something ends it early: the failure report says it (and how to resume). */
type Known = { taskId?: string; submitted?: Task; entry?: string }

/** A video ended early: its report from what is known, and the message that fails the step. */
function failed(error: unknown, known: Known, run: VideoRun, reusedFrom?: string): { report: Report; failure?: string } {
  const report = { ...failureReport(error, known, run.startedAt), reused: reusedFrom !== undefined, reusedFrom }
  return { report, failure: report.errorMessage }
}

/** The video's Report, and the message of an error that ended it early (the step's failure), if one did. */
export async function produceVideo(settings: Settings, run: VideoRun): Promise<{ report: Report; failure?: string }> {
  for (const rule of settings.brokenRules) run.log.warning(brokenRuleWarning(rule))
  let ledger: Promise<Ledger | undefined> | undefined
  let reusedFrom: string | undefined
  try {
    // Opened before the submission only when something is looked up (identical, or a re-run); else after it, to
    // record. Always for the request as the workflow asked for it (`settings`, never changed).
    const theLedger = () => (ledger ??= openReuse(settings, run))
    let resumed: { taskId: string; what: string } | undefined
    if (settings.reuse === 'identical' || isRerun(runIdentity(process.env))) {
      const found = await theLedger()
      const reused = found && settings.reuse === 'identical' && !run.fresh ? await reuseIdentical(settings, found, run) : undefined
      if (reused) return { report: reused }
      resumed = found && (await resumeEarlierAttempt(found, run))
      reusedFrom = resumed?.what
    }
    const taskId = settings.taskId ?? resumed?.taskId
    // What is sent: the request with its inputs resolved (the upstream's video, the workspace's images' URLs).
    const request = taskId ? { ...settings, taskId } : await upload(withUpstreamVideo(settings, run.upstream && { field: run.upstream.field, url: await run.upstream.url() }), run)
    return await generate(request, run, reusedFrom, theLedger)
  } catch (error) {
    // Before any task of this video: nothing to resume (a failure once there is one, generate reports).
    return failed(error, { entry: run.entry }, run, reusedFrom)
  } finally {
    await (await ledger)?.close()
  }
}

/** The Actions cache ledger, when reuse is on and the runner provides the cache service (loaded only then). */
export async function openReuse(settings: Settings, run: Pick<VideoRun, 'log' | 'entry' | 'fingerprint'>): Promise<Ledger | undefined> {
  // Without the API key nothing can be read or written: entries are named and signed with a key derived from it.
  if (settings.reuse === 'off' || settings.taskId || !settings.apiKey || !cacheService()) return undefined
  return openLedger({
    fingerprint: await (run.fingerprint?.() ?? fingerprintOf(buildGenerationRequest(settings), settings.uploads)),
    apiKey: settings.apiKey,
    maxVideoBytes: settings.delivery.maxDownloadBytes,
    entry: run.entry,
    warn: message => run.log.warning(message),
    debug: message => run.log.debug(message)
  })
}

/** A re-run: the task an earlier attempt submitted for the same request, to resume; none when it ended without a video. */
async function resumeEarlierAttempt(ledger: Ledger, run: VideoRun): Promise<{ taskId: string; what: string } | undefined> {
  const earlier = await ledger.earlierSubmission()
  if (!earlier) return undefined
  const task = await run.client
    .getTask(earlier.taskId, run.signal)
    .catch((error: unknown) => (error instanceof ApiError && error.status === 404 ? ('not-found' as const) : ('unreadable' as const)))
  const what = describeSubmission(earlier)
  if (rerunDecision(task) === 'submit') {
    run.log.info(
      `Re-run: ${what} ${task === 'not-found' ? 'no longer exists' : `ended ${typeof task === 'string' ? 'without a video' : task.status}`}; submitting the request again.`
    )
    return undefined
  }
  run.log.info(`Re-run: resuming ${what}. Nothing is submitted, no credits are spent.`)
  return { taskId: earlier.taskId, what }
}

/**
 * reuse: identical. An earlier finished video of the same request, signed with this API key, that this step
 * can deliver: its file (checked) where a file is asked for, else links that still work. The render and the
 * dry-run's plan judge an entry with this one function.
 */
export async function usableEarlierResult(settings: Settings, ledger: Ledger): Promise<{ record: ResultRecord; videoPath?: string } | undefined> {
  const found = await ledger.earlierResult()
  if (!found) return undefined
  const withFile = found.videoPath !== undefined && settings.delivery.download !== undefined
  return identicalUsable(found.record, withFile, Date.now()) ? found : undefined
}

/** reuse: identical. An earlier finished video of the same request, restored and delivered as a new one would be. */
async function reuseIdentical(settings: Settings, ledger: Ledger, run: VideoRun): Promise<Report | undefined> {
  const found = await usableEarlierResult(settings, ledger)
  if (!found) return undefined
  const { log } = run
  const { record, videoPath } = found
  let file: Report['file']
  const target = settings.delivery.download?.path
  if (videoPath && record.video && target) {
    const placed = await placeRestoredVideo(videoPath, target, record.video)
    if ('problem' in placed) {
      log.warning(`The cached video was not used (${placed.problem}): the video is generated again.`)
      return undefined
    }
    file = placed
  }
  const urls = liveUrls(record, Date.now())
  if (!file && urls.length === 0) return undefined
  const what = describeResult(record)
  log.setOutput('task-id', record.taskId)
  log.info(
    `reuse: identical: reusing the video of ${what}. Nothing is submitted, no credits are spent${file ? `; the file is restored to ${file.path} (sha256 ${file.sha256})` : ''}.`
  )
  if (urls.length === 0) log.info(`Its links expired${record.expiresAt ? ` at ${record.expiresAt}` : ''}: video-url is left empty; the file is what lasts.`)
  const report: Report = {
    outcome: 'completed',
    taskId: record.taskId,
    resumed: true,
    model: record.model,
    status: 'completed',
    progress: 100,
    urls,
    expiresAt: urls.length > 0 ? record.expiresAt : undefined,
    file,
    reused: true,
    reusedFrom: what,
    // This step reserved nothing for it.
    creditsReserved: 0
  }
  return wantsDelivery(settings) ? deliver(settings, report, run.signal, deliveryContext(settings, run)) : report
}

/** A file, a comment or an artifact to hand the video to (a release asset implies the file). */
const wantsDelivery = (settings: Settings) => Boolean(settings.delivery.download || settings.delivery.prComment || settings.delivery.artifact)

/** Where a delivery stands: the entry (names its artifact) and the step's deadline (bounds the artifact upload). */
const deliveryContext = (settings: Settings, run: VideoRun) => ({ entry: run.entry, deadline: run.startedAt + settings.timeoutMs, log: run.log })

/** The request with the upstream's video, if it is made from one, in the field the model takes a video in (a one-item list where it takes a list). */
function withUpstreamVideo(settings: Settings, upstream: { field: string; url: string } | undefined): Settings {
  if (!upstream) return settings
  const { field, url } = upstream
  return { ...settings, fields: { ...settings.fields, [field]: Array.isArray(settings.fields[field]) ? [url] : url } }
}

/** Uploads the workspace's images an input named; the request then carries their URLs. */
async function upload(settings: Settings, run: VideoRun): Promise<Settings> {
  if (settings.uploads.length === 0) return settings
  const { log } = run
  const published: string[] = []
  try {
    await uploadImages({
      images: settings.uploads,
      filesBaseUrl: settings.filesBaseUrl,
      apiKey: settings.apiKey,
      open: run.transport.open,
      timeoutMs: settings.requestTimeoutMs,
      deadline: run.startedAt + settings.timeoutMs,
      now: Date.now,
      published,
      signal: run.signal,
      sleep,
      onRetry: message => log.warning(message)
    })
  } finally {
    // Reported even when a later upload fails: whatever was uploaded is public for 72 hours.
    if (published.length > 0) {
      log.setOutput('uploaded-urls', JSON.stringify(published))
      log.info(
        `Uploaded ${published.length} of ${settings.uploads.length} image(s) from the workspace to EvoLink's files API: ${published.join(', ')} (anyone with a link can fetch it for 72 hours).`
      )
    }
  }
  return { ...settings, fields: withUploadedUrls(settings.fields, settings.uploads, published) }
}

/** What a submission leaves for the rest of the video: the task, and what is learned from it while it runs. */
interface Submitted {
  task: Task
  /** The price learned (or settled against the cap) while the task runs. */
  learning?: Promise<void>
  /** The balance after it, read while the task runs; never fails the run. */
  balance: Promise<number | undefined>
}

/** One submission: admitted under max-credits, above min-credits, sent once; its price learned while it runs. */
async function submit(settings: Settings, run: VideoRun): Promise<Submitted> {
  const { client, signal } = run
  const body = buildGenerationRequest(settings)
  // With max-credits, the cap admits the submission first (it may wait for reservations on their way, or refuse).
  let settle: ((result: { task?: Task; error?: unknown }) => Promise<void>) | undefined
  if (settings.maxCredits !== undefined && run.pricing) {
    const { book, budget } = await run.pricing()
    if (budget) settle = await admitUnderCap(budget, book, body, line => run.log.info(line))
  }
  const once = () =>
    submitOnce({
      client,
      body,
      entry: run.entry,
      maxAttempts: MAX_SUBMIT_ATTEMPTS,
      retryBaseMs: Math.min(1000, settings.pollIntervalMs),
      deadline: run.startedAt + settings.timeoutMs,
      signal,
      now: Date.now,
      sleep,
      onRetry: (error, delayMs, attempt) =>
        run.log.warning(
          `Submission not accepted (${(error as Error).message}); nothing was created, retrying in ${formatDuration(delayMs)} (attempt ${attempt + 1} of ${MAX_SUBMIT_ATTEMPTS}).`
        )
    })
  const { minCredits } = settings
  const task = await (minCredits === undefined ? once() : oneAtATime(() => checkFloor(client, minCredits, signal).then(once))).catch((error: unknown) => {
    void settle?.({ error })
    throw error
  })
  // Its price is learned, for the estimates of later submissions and later runs. Without a cap, a price is
  // only worth keeping for later runs: learned when the cache is there to keep it.
  const keep = cacheService() && settings.apiKey ? run.pricing : undefined
  const learning = settle ? settle({ task }) : keep?.().then(({ book }) => book.learn(body, task.usage))
  return { task, learning, balance: creditsAfter(client, signal) }
}

/** wait: false: the task id is the step's result; nothing can be delivered yet. */
function notWaiting(settings: Settings, run: VideoRun, taskId: string): void {
  run.log.info(`wait is false: not polling. ${resumeHint(taskId, run.entry)}`)
  const { prComment, release, download, artifact } = settings.delivery
  const skipped = [prComment && 'pr-comment', release && 'release-asset', download && !release && 'download-path', artifact && 'artifact'].filter(Boolean)
  if (skipped.length > 0) {
    run.log.notice(
      `${skipped.join(', ')}: nothing is delivered, no comment is posted. With wait: false the step ends before the video exists; resume the task in a later step to deliver it.`
    )
  }
}

/** reuse: identical: a finished video is recorded (with its file, when one was saved) for later identical requests. */
async function recordResult(settings: Settings, taskId: string, delivered: Report, theLedger: () => Promise<Ledger | undefined>): Promise<void> {
  const ledger = settings.reuse === 'identical' && delivered.outcome === 'completed' ? await theLedger() : undefined
  await ledger?.recordResult(
    {
      taskId,
      model: settings.model,
      urls: delivered.urls,
      expiresAt: delivered.expiresAt,
      creditsReserved: delivered.creditsReserved,
      video: delivered.file && { size: delivered.file.size, sha256: delivered.file.sha256 }
    },
    delivered.file?.path
  )
}

/**
 * The task submitted (or resumed), announced, followed to its end, delivered, and what it paid for recorded.
 * A failure once there is a task is reported here, with the task and how to resume it.
 */
async function generate(
  settings: Settings,
  run: VideoRun,
  reusedFrom: string | undefined,
  theLedger: () => Promise<Ledger | undefined>
): Promise<{ report: Report; failure?: string }> {
  const { log } = run
  const sent = settings.taskId ? undefined : await submit(settings, run)
  const submitted = sent?.task
  const taskId = settings.taskId ?? submitted?.id ?? ''
  // Recorded while the task runs, so that a re-run of this job resumes it instead of paying again; awaited before the verdict.
  const recording = submitted ? Promise.all([theLedger().then(ledger => ledger?.recordSubmission(taskId, settings.model)), sent?.learning]).then(() => undefined) : undefined
  try {
    if (submitted) log.debug(`POST ${settings.baseUrl}/v1/videos/generations: accepted as ${taskId}, status ${submitted.status}`)
    log.setOutput('task-id', taskId)
    log.info(
      submitted
        ? `Task ${taskId} accepted: ${settings.model}, ${describeFields(settings.fields) || "the model's defaults"} (${submitted.usage?.credits_reserved ?? '?'} credits reserved).`
        : `Resuming task ${taskId}: nothing is submitted.`
    )
    const balance = sent?.balance ?? Promise.resolve(undefined)
    if (!settings.wait) {
      notWaiting(settings, run, taskId)
      await recording
      return { report: { outcome: 'submitted', taskId, status: submitted?.status, urls: [], creditsReserved: submitted?.usage?.credits_reserved, creditsRemaining: await balance } }
    }
    const followed = await followTask({ settings, client: run.client, taskId, submitted, startedAt: run.startedAt, signal: run.signal, log })
    const reused = reusedFrom !== undefined
    // A task an earlier attempt submitted cost this step nothing.
    const report = { ...followed, creditsRemaining: await balance, reused, reusedFrom, ...(reused ? { creditsReserved: 0 } : {}) }
    const delivered = wantsDelivery(settings) ? await deliver(settings, report, run.signal, deliveryContext(settings, run)) : report
    await recording
    await recordResult(settings, taskId, delivered, theLedger)
    return { report: delivered }
  } catch (error) {
    await recording
    return failed(error, { taskId, submitted, entry: run.entry }, run, reusedFrom)
  }
}
