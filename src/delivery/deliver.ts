// Hands a finished video on as the inputs ask: to a file, a pull request comment, a release asset, a
// workflow artifact.
// Loaded only after the task has ended, and @actions/github only when a comment or upload is wanted.
import type { Log } from '../log.js'
import { addressGuard } from '../net/address-guard.js'
import { sleep } from '../net/retry.js'
import { download } from './download.js'
import { CancelledError, createTransport, proxyAwareDispatcher } from '../net/http.js'
import { resumeHint } from '../format.js'
import type { Report } from '../report-model.js'
import type { Settings } from '../inputs/settings.js'
import { buildSummary } from '../report/summary.js'
import { isLoopbackHost } from '../net/address-guard.js'
import { TEXT_CAP, cleanText } from '../net/untrusted.js'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const DOWNLOAD_ATTEMPTS = 5

/** Where the video goes: the manifest entry it is (names its artifact), when the step's timeout ends, and the video's log. */
export interface DeliveryContext {
  entry?: string
  deadline: number
  log: Log
}

export async function deliver(settings: Settings, report: Report, signal: AbortSignal, context: DeliveryContext): Promise<Report> {
  const { download: target, prComment, prCommentKey, release, artifact, githubToken } = settings.delivery
  const url = report.urls[0]
  const { log } = context
  let delivered = report
  let scratch: string | undefined
  /** The video at `path`, downloaded from its link (bounded, resumable, hashed). */
  const fetchVideo = async (path: string, maxBytes: number, from: string) => {
    log.info(`Downloading the video to ${cleanText(path, TEXT_CAP.message)}…`)
    // Loopback result hosts are reachable only when base-url itself is loopback (a local simulator).
    const allowLoopback = isLoopbackHost(new URL(settings.baseUrl).hostname)
    const link = new URL(from)
    if (link.protocol === 'http:' && !(allowLoopback && isLoopbackHost(link.hostname))) {
      log.warning(`The video link uses plain http (${link.host}): the download is not protected in transit, so its content could be altered on the way.`)
    }
    const transport = await createTransport(process.env, addressGuard(allowLoopback))
    const { elapsedMs, ...file } = await download({
      url: from,
      path,
      maxBytes,
      attempts: DOWNLOAD_ATTEMPTS,
      idleTimeoutMs: settings.requestTimeoutMs,
      totalTimeoutMs: settings.timeoutMs,
      signal,
      open: transport.open,
      sleep,
      onRetry: message => log.warning(message)
    }).finally(() => transport.close())
    const seconds = Math.max(0.001, elapsedMs / 1000)
    log.info(`Saved ${file.size} bytes in ${seconds.toFixed(3)} s (${(file.size / 1048576 / seconds).toFixed(1)} MiB/s), sha256 ${file.sha256}.`)
    return file
  }
  try {
    if (target && url && report.outcome === 'completed' && !report.file) delivered = { ...delivered, file: await fetchVideo(target.path, target.maxBytes, url) }
    if (release && delivered.file) {
      const [{ uploadReleaseAsset }, dispatcher] = await Promise.all([import('../github/release-asset.js'), proxyAwareDispatcher()])
      const assetUrl = await uploadReleaseAsset({
        token: githubToken,
        tag: release.tag,
        assetName: release.assetName,
        file: delivered.file,
        dispatcher,
        signal,
        totalTimeoutMs: settings.timeoutMs
      }).finally(() => dispatcher.close())
      log.info(`Uploaded ${release.assetName} to release ${cleanText(release.tag, TEXT_CAP.word)}: ${assetUrl ?? '(no usable URL in the reply)'}`)
      delivered = { ...delivered, assetUrl }
    }
    if (artifact && report.outcome === 'completed' && (delivered.file || url)) {
      // No file asked for: the video is fetched into a folder of its own for the upload, and removed after it.
      let source = delivered.file?.path
      if (!source && url) {
        scratch = await mkdtemp(join(process.env.RUNNER_TEMP || tmpdir(), 'evolink-video-'))
        source = (await fetchVideo(join(scratch, 'video.mp4'), settings.delivery.maxDownloadBytes, url)).path
      }
      const name = context.entry ? `${context.entry}.mp4` : (artifact.fileName ?? `evolink-${report.taskId ?? 'video'}.mp4`)
      const { uploadVideoArtifact } = await import('../github/artifact.js')
      const uploaded = await uploadVideoArtifact({
        file: source as string,
        name,
        retentionDays: artifact.retentionDays,
        budgetMs: context.deadline - Date.now(),
        onLog: line => log.debug(line)
      })
      const how = uploaded.kept
        ? ' (an earlier attempt of this run uploaded the same bytes: kept)'
        : uploaded.replaced
          ? " (an earlier attempt's artifact of this name was replaced)"
          : ''
      log.info(`Uploaded the artifact ${name}${how}: ${uploaded.url}`)
      delivered = { ...delivered, artifactUrl: uploaded.url, artifactRetentionDays: artifact.retentionDays }
    }
  } catch (error) {
    // A cancelled step is cancelled, not a delivered video with a note: its headline, outputs and the way to resume say so.
    if (error instanceof CancelledError || signal.aborted) {
      const name = error instanceof CancelledError ? error.signalName : 'cancellation'
      return {
        ...delivered,
        outcome: 'cancelled',
        errorCode: 'cancelled',
        errorMessage: `Cancelled (${name}) while delivering the video of task ${report.taskId}: the video exists, but this step did not finish delivering it. ${resumeHint(report.taskId ?? '')}`
      }
    }
    delivered = { ...delivered, deliveryError: (error as Error).message }
  } finally {
    if (scratch) await rm(scratch, { recursive: true, force: true }).catch(() => undefined)
  }
  // The comment also reports failures, so a pull request shows what happened to its preview.
  if (prComment && (report.outcome === 'completed' || report.outcome === 'failed')) {
    const { upsertPrComment } = await import('../github/pr-comment.js')
    const commentUrl = await upsertPrComment(githubToken, buildSummary(settings, delivered), signal, context.log, prCommentKey)
    if (commentUrl) delivered = { ...delivered, commentUrl }
  }
  return delivered
}
