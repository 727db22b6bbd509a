// Many videos from one manifest (docs/manifests.md): every entry checked before anything is sent, then at
// most max-concurrent videos in flight, each through the one-video pipeline (produce.ts) with its lines
// prefixed by its id. The polls of all tasks share one back-off: a 429 holds every poll until its
// Retry-After. A failed video does not stop the others; the step fails at the end, naming each.
import { InputError } from '../errors.js'
import type { EvoLinkClient } from '../evolink/client.js'
import { ApiError } from '../evolink/errors.js'
import type { InputReader } from '../inputs/input-kit.js'
import type { ManifestEntry } from '../inputs/manifest.js'
import { readSettings, type Settings } from '../inputs/settings.js'
import { quoteInput } from '../net/untrusted.js'
import type { Report } from '../report-model.js'
import { produceVideo, type VideoLog, type VideoRun } from './produce.js'
import { failureReport } from '../report/failure.js'

export interface EntryRun {
  id: string
  settings: Settings
}

export interface EntryResult extends EntryRun {
  report: Report
  failure?: string
}

/** The inputs of one entry: its own values, then what it takes from the entry itself, then the step's. */
export function entryReader(entry: ManifestEntry, step: InputReader, count: number): InputReader {
  const own = new Map(Object.entries(entry.values))
  // An entry that sets either prompt input replaces both of the step's: they exclude each other.
  const setsPrompt = own.has('prompt') || own.has('prompt-file')
  return name => {
    const value = own.get(name)
    if (value !== undefined) return value
    if (setsPrompt && (name === 'prompt' || name === 'prompt-file')) return ''
    // Each release asset is named after its entry. pr-comment is the step's, checked with every entry like
    // any input; the batch posts the one comment (runEntries keeps the entries from posting their own).
    if (name === 'asset-name') return `${entry.id}.mp4`
    if (name === 'download-path' && count > 1) return ''
    return step(name)
  }
}

/** Every entry's settings, or one InputError naming every problem of every entry. */
export async function readEntries(entries: ManifestEntry[], step: InputReader, mask: (secret: string) => void): Promise<EntryRun[]> {
  const problems: string[] = []
  if (step('task-id')) problems.push("Input 'task-id' resumes one task: it cannot be used with 'manifest' (a re-run resumes each entry's task by itself).")
  if (step('download-path') && entries.length > 1) {
    problems.push("Input 'download-path' would write every video of the manifest to one file: set 'download-path' in each entry instead.")
  }
  const runs: EntryRun[] = []
  for (const entry of entries) {
    try {
      runs.push({ id: entry.id, settings: await readSettings(entryReader(entry, step, entries.length), mask) })
    } catch (error) {
      if (!(error instanceof InputError)) throw error
      problems.push(...error.problems.map(problem => `Manifest entry '${entry.id}': ${problem}`))
    }
  }
  // Two entries may not write one file: paths compared once resolved (and case-folded where the file system folds case).
  const writers = new Map<string, string>()
  for (const { id, settings } of runs) {
    const path = settings.delivery.download?.path
    if (!path) continue
    const key = process.platform === 'win32' || process.platform === 'darwin' ? path.toLowerCase() : path
    const earlier = writers.get(key)
    if (earlier) problems.push(`Manifest entry '${id}': download-path is ${quoteInput(path)}, the file entry '${earlier}' writes; each entry needs a file of its own.`)
    else writers.set(key, id)
  }
  if (problems.length > 0) throw new InputError(problems)
  return runs
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

/** Runs `work` over `items` with at most `limit` at once, in order of start; results keep the items' order. */
export async function pool<T, R>(items: T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array<R>(items.length)
  let next = 0
  const worker = async () => {
    while (next < items.length) {
      const index = next++
      results[index] = await work(items[index] as T)
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker))
  return results
}

/** Lines of an entry carry its id; its outputs are kept back (the batch sets `results`). */
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

/** Every entry, at most `maxConcurrent` at once, on one client whose polls share a back-off. */
export async function runEntries(runs: EntryRun[], maxConcurrent: number, run: VideoRun, sleep: (ms: number, signal: AbortSignal) => Promise<void>): Promise<EntryResult[]> {
  const client = sharedBackoff(run.client, sleep)
  return pool(runs, maxConcurrent, async entry => {
    // Once the step is cancelled no entry starts (no cache look-up, no upload): it ends cancelled, nothing sent.
    if (run.signal.aborted) {
      const report = failureReport(run.signal.reason, {}, run.startedAt)
      return { ...entry, report, failure: report.errorMessage }
    }
    const log = async () => entryLog(entry.id, await run.log())
    const settings = { ...entry.settings, delivery: { ...entry.settings.delivery, prComment: false } }
    const { report, failure } = await produceVideo(settings, { ...run, client, log, entry: entry.id })
    return { ...entry, report, failure }
  })
}
