// The one scheduler of a step: every video of the plan through the one-video pipeline (video/produce.ts),
// at most max-concurrent at once. A video made from another's starts as soon as that one has its video, not
// when a "wave" ends; while slots are short, the video with the longest chain still below it goes first.
// A video whose upstream made none is never submitted (skipped, upstream_failed); the others go on. The polls
// of all tasks share one back-off: a 429 holds every poll until its Retry-After. Once the step is cancelled,
// no video starts.
import { NotSubmitted } from '../errors.js'
import { Budget } from '../task/price.js'
import { PriceBook } from '../task/price-book.js'
import { fingerprintOf } from '../task/ledger.js'
import type { EvoLinkClient } from '../evolink/client.js'
import { ApiError } from '../evolink/errors.js'
import { buildGenerationRequest } from '../evolink/request.js'
import type { Settings } from '../inputs/settings.js'
import type { Report } from '../report-model.js'
import { failureReport } from '../report/failure.js'
import { produceVideo, type Pricing, type VideoRun } from '../video/produce.js'
import type { VideoLog } from '../log.js'
import { chainLengths } from './graph.js'
import type { PlannedVideo, StepPlan } from './plan.js'

export interface VideoOutcome {
  id: string
  settings: Settings
  /** The entry this video was made from. */
  from?: string
  report: Report
  /** The message of an error that ended the video early. */
  failure?: string
}

export type StepRun = Omit<VideoRun, 'entry' | 'fingerprint' | 'upstream' | 'fresh' | 'pricing'>

/**
 * The step's prices and cap, opened on first use: a step without max-credits opens them only after its first
 * POST (to learn), so its start-up and submission are as before.
 */
export function stepPricing(plan: StepPlan, log: VideoLog, lookUp = false): { open: () => Promise<Pricing>; close: () => Promise<void> } {
  let opened: Promise<Pricing> | undefined
  const open = () =>
    (opened ??= (async () => {
      const first = plan.videos[0]?.settings
      const cap = first?.maxCredits
      const book = new PriceBook({ apiKey: first?.apiKey ?? '', lookUp: lookUp || cap !== undefined, warn: line => log.warning(line), debug: line => log.debug(line) })
      return { book, budget: cap === undefined ? undefined : new Budget(cap) }
    })())
  // Its staging folders removed, if it was opened; never fails the step.
  const close = async () => void (await opened?.then(({ book }) => book.close()).catch(() => undefined))
  return { open, close }
}

/** One back-off for every poll: after a 429, no task is polled until its Retry-After has passed. */
export function sharedBackoff(client: EvoLinkClient, sleep: (ms: number, signal: AbortSignal) => Promise<void>, now = Date.now): EvoLinkClient {
  let until = 0
  return {
    ...client,
    getTask: async (id, signal) => {
      const wait = until - now()
      if (wait > 0 && signal) await sleep(wait, signal)
      try {
        return await client.getTask(id, signal)
      } catch (error) {
        if (error instanceof ApiError && error.status === 429) until = Math.max(until, now() + Math.min(error.retryAfterMs ?? 1000, 60_000))
        throw error
      }
    }
  }
}

/**
 * At most `limit` pieces of work at once. Work waiting for a slot starts in order of its rank (compared
 * item by item, lowest first), so a waiting dependent can go before entries listed earlier.
 */
export function slots(limit: number) {
  let free = limit
  const waiting: { rank: number[]; start: () => void }[] = []
  const before = (a: number[], b: number[]) => {
    for (let n = 0; n < Math.min(a.length, b.length); n++) if (a[n] !== b[n]) return (a[n] as number) < (b[n] as number)
    return false
  }
  return async function hold<T>(rank: number[], work: () => Promise<T>): Promise<T> {
    if (free > 0) free--
    else
      await new Promise<void>(start => {
        const at = waiting.findIndex(other => before(rank, other.rank))
        waiting.splice(at < 0 ? waiting.length : at, 0, { rank, start })
      })
    try {
      return await work()
    } finally {
      // The slot passes straight to the next in line, so no later caller can take it in between.
      const next = waiting.shift()
      if (next) next.start()
      else free++
    }
  }
}

/** Lines of an entry carry its id; its outputs are kept back (the step sets `results`). */
export function entryLog(id: string, log: VideoLog): VideoLog {
  const tag = (line: string) => `[${id}] ${line}`
  return {
    info: line => log.info(tag(line)),
    warning: line => log.warning(tag(line)),
    notice: line => log.notice(tag(line)),
    debug: line => log.debug(tag(line)),
    setOutput: () => undefined
  }
}

/** The request fingerprint of each video, on demand: a video made from another's stands with that one's. */
export function planFingerprints(plan: StepPlan): (id: string) => Promise<string> {
  const byId = new Map(plan.videos.map(video => [video.id, video]))
  const known = new Map<string, Promise<string>>()
  const of = (id: string): Promise<string> => {
    const found = known.get(id)
    if (found) return found
    const video = byId.get(id) as PlannedVideo
    const computed = (async () => {
      const upstream = video.from && { field: video.from.field, fingerprint: await of(video.from.id) }
      return fingerprintOf(buildGenerationRequest(video.settings), video.settings.uploads, upstream)
    })()
    known.set(id, computed)
    return computed
  }
  return of
}

/** Whether an outcome holds a video another can be made from: a link, or a file restored from the cache. */
const madeVideo = (report: Report) => report.outcome === 'completed' && (report.urls.length > 0 || report.file !== undefined)

/** Every video of the plan; outcomes in the plan's order. */
export async function runPlan(plan: StepPlan, run: StepRun, sleep: (ms: number, signal: AbortSignal) => Promise<void>): Promise<VideoOutcome[]> {
  const client = sharedBackoff(run.client, sleep)
  const hold = slots(plan.maxConcurrent)
  const lengths = chainLengths(plan.videos.map(video => ({ id: video.id, from: video.from?.id })))
  const order = new Map(plan.videos.map((video, n) => [video.id, n]))
  const byId = new Map(plan.videos.map(video => [video.id, video]))
  const fingerprint = planFingerprints(plan)
  const pricing = stepPricing(plan, run.log)
  /** The latest outcome of each video: an upstream made again replaces its reused one. */
  const final = new Map<string, VideoOutcome>()
  const started = new Map<string, Promise<VideoOutcome>>()
  const remade = new Map<string, Promise<VideoOutcome>>()

  const produce = async (video: PlannedVideo, fresh = false): Promise<VideoOutcome> => {
    const { id, from } = video
    const settings = plan.manifest ? { ...video.settings, delivery: { ...video.settings.delivery, prComment: false } } : video.settings
    const log = plan.manifest ? entryLog(id, run.log) : run.log
    const upstream = from && { field: from.field, url: () => upstreamUrl(from.id, id) }
    // Once the step is cancelled no video starts (no cache look-up, no upload): it ends cancelled, nothing sent.
    const cancelled = run.signal.aborted && failureReport(run.signal.reason, {}, run.startedAt)
    const { report, failure } = cancelled
      ? { report: cancelled, failure: cancelled.errorMessage }
      : await produceVideo(settings, { ...run, client, log, entry: plan.manifest ? id : undefined, fingerprint: () => fingerprint(id), upstream, fresh, pricing: pricing.open })
    const outcome = { id, settings: video.settings, from: from?.id, report, failure }
    final.set(id, outcome)
    return outcome
  }

  /** The link of an upstream's video. Reused from the cache with its links expired, it is made again, once. */
  const upstreamUrl = async (id: string, forId: string): Promise<string> => {
    let outcome = final.get(id) as VideoOutcome
    if (outcome.report.urls.length === 0) {
      let again = remade.get(id)
      if (!again) {
        again = (async () => {
          const log = plan.manifest ? entryLog(id, run.log) : run.log
          log.info(
            `Making this video again, as a new task that costs credits: '${forId}' is made from it, and the cached one's link expired (EvoLink's files API takes images only, so the restored file cannot be sent instead).`
          )
          return produce(byId.get(id) as PlannedVideo, true)
        })()
        remade.set(id, again)
      }
      outcome = await again
    }
    const url = outcome.report.urls[0]
    if (url === undefined) throw new NotSubmitted(`Not submitted: entry '${id}' (its video-from) was made again and ${describe(outcome.report)}.`, 'upstream_failed')
    return url
  }

  const start = (video: PlannedVideo): Promise<VideoOutcome> => {
    const running = (async () => {
      const upstream = video.from && (await outcomeOf(video.from.id))
      if (upstream && !madeVideo(upstream.report)) {
        const message = `Not submitted: entry '${upstream.id}' (its video-from) ${describe(upstream.report)}.`
        const report: Report = { outcome: 'skipped', status: 'skipped', errorCode: 'upstream_failed', errorMessage: message, urls: [] }
        const outcome = { id: video.id, settings: video.settings, from: upstream.id, report, failure: message }
        final.set(video.id, outcome)
        return outcome
      }
      return hold([-(lengths.get(video.id) ?? 1), order.get(video.id) ?? 0], () => produce(video))
    })()
    started.set(video.id, running)
    return running
  }
  const outcomeOf = (id: string) => started.get(id) ?? start(byId.get(id) as PlannedVideo)

  try {
    await Promise.all(plan.videos.map(video => outcomeOf(video.id)))
  } finally {
    await pricing.close()
  }
  return plan.videos.map(video => final.get(video.id) as VideoOutcome)
}

/** What became of a video that gave none: "failed (content_policy)", "was skipped". */
function describe(report: Report): string {
  if (report.outcome === 'skipped') return 'was not submitted either'
  const code = report.errorCode ? ` (${report.errorCode})` : ''
  return `made no video: it ended ${report.status ?? report.outcome}${code}`
}
