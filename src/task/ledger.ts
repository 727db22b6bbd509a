// Paying once (docs/paying-once.md): what a run paid for is written to GitHub's Actions cache, so a re-run
// of the job resumes the task its earlier attempt submitted, and with `reuse: identical` a later identical
// request reuses the finished video. The fingerprint, the keys and the record checks are plain functions;
// `openLedger` ties them to the cache (github/actions-cache.ts). A record is untrusted input: anything with
// write access to the cache scope can write an entry, so it is checked as strictly as an EvoLink reply.
import { createHash, randomBytes } from 'node:crypto'
import { createReadStream } from 'node:fs'
import { link, copyFile, mkdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { TASK_ID_PATTERN } from '../evolink/contract.js'
import { MAX_RESULT_URLS, checkResultUrl } from '../net/untrusted.js'
import type { PendingUpload } from '../inputs/request-inputs.js'
import { callCache, cacheService, type CacheService } from '../github/actions-cache.js'

/** Bumped when a record's shape changes: older entries are then simply not found. */
const SCHEME = 'evolink-video-v1'
const MAX_RECORD_BYTES = 64 << 10
const RECORD = 'record.json'
const VIDEO = 'video.mp4'

/** JSON with object keys sorted at every depth: the same request always gives the same text. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`
  if (value && typeof value === 'object') {
    return `{${Object.keys(value)
      .sort()
      .map(key => `${JSON.stringify(key)}:${canonicalJson((value as Record<string, unknown>)[key])}`)
      .join(',')}}`
  }
  return JSON.stringify(value) ?? 'null'
}

/**
 * The request's fingerprint: SHA-256 of the canonical body, where each workspace file stands as the
 * SHA-256 of its bytes (its uploaded URL differs on every upload; a changed picture is another request).
 * The key is never part of it.
 */
export function requestFingerprint(body: Record<string, unknown>, uploads: readonly { field: string; index?: number; sha256: string }[]): string {
  const stable: Record<string, unknown> = { ...body }
  for (const upload of uploads) {
    const file = `file:sha256:${upload.sha256}`
    if (upload.index === undefined) stable[upload.field] = file
    else {
      const list = [...(stable[upload.field] as unknown[])]
      list[upload.index] = file
      stable[upload.field] = list
    }
  }
  return createHash('sha256').update(canonicalJson(stable)).digest('hex')
}

/** A key part from the runner's variables: letters, digits, . _ - only (keys hold no commas), capped. */
const part = (value: string | undefined) => (value ?? '').replace(/[^\w.-]+/g, '-').slice(0, 100) || '-'

/** The run's facts a re-run key is made of. */
export interface RunIdentity {
  runId: string
  attempt: number
  job: string
  step: string
}

export function runIdentity(env: NodeJS.ProcessEnv): RunIdentity {
  const attempt = Number(env.GITHUB_RUN_ATTEMPT)
  return { runId: part(env.GITHUB_RUN_ID), attempt: Number.isInteger(attempt) && attempt > 0 ? attempt : 1, job: part(env.GITHUB_JOB), step: part(env.GITHUB_ACTION) }
}

/** Every attempt of this run, job and step, for this request: the prefix a re-run looks up (newest first). */
export const rerunPrefix = (run: RunIdentity, fingerprint: string) => `${SCHEME}-rerun-${run.runId}-${run.job}-${run.step}-${fingerprint}-`
/** One entry per attempt: cache entries are immutable, and a later attempt may have to record a new task. */
export const rerunKey = (run: RunIdentity, fingerprint: string) => `${rerunPrefix(run, fingerprint)}a${run.attempt}`
/** The finished video of a request, whichever run made it. */
export const identicalKey = (fingerprint: string) => `${SCHEME}-identical-${fingerprint}`

/** What a re-run needs: the task an earlier attempt submitted. */
export interface SubmissionRecord {
  kind: 'submission'
  fingerprint: string
  taskId: string
  model: string
  runId: string
  attempt: number
}

/** What an identical request needs: the finished task, its links, and the video file when it was kept. */
export interface ResultRecord {
  kind: 'result'
  fingerprint: string
  taskId: string
  model: string
  runId: string
  urls: string[]
  expiresAt?: string
  creditsReserved?: number
  video?: { size: number; sha256: string }
}

const isText = (value: unknown, max = 200): value is string => typeof value === 'string' && value.length > 0 && value.length <= max
const isCount = (value: unknown): value is number => typeof value === 'number' && Number.isSafeInteger(value) && value >= 0

/** A record restored from the cache, checked as strictly as a reply; undefined when anything is off. */
export function parseRecord(text: string, fingerprint: string): SubmissionRecord | ResultRecord | undefined {
  if (text.length > MAX_RECORD_BYTES) return undefined
  let json: Record<string, unknown>
  try {
    json = JSON.parse(text) as Record<string, unknown>
  } catch {
    return undefined
  }
  if (typeof json !== 'object' || json === null) return undefined
  const { kind, taskId, model, runId } = json
  if (
    json.fingerprint !== fingerprint ||
    !isText(taskId) ||
    !TASK_ID_PATTERN.test(taskId) ||
    !isText(model) ||
    !/^[\w.:-]+$/.test(model) ||
    !isText(runId) ||
    !/^[\w.-]+$/.test(runId)
  )
    return undefined
  if (kind === 'submission') {
    return isCount(json.attempt) ? { kind, fingerprint, taskId, model, runId, attempt: json.attempt } : undefined
  }
  if (kind !== 'result' || !Array.isArray(json.urls) || json.urls.length > MAX_RESULT_URLS) return undefined
  const urls: string[] = []
  for (const url of json.urls) {
    const verdict = typeof url === 'string' ? checkResultUrl(url) : undefined
    if (!verdict?.ok || verdict.url !== url) return undefined
    urls.push(verdict.url)
  }
  const expiresAt = typeof json.expiresAt === 'string' && !Number.isNaN(Date.parse(json.expiresAt)) ? new Date(json.expiresAt).toISOString() : undefined
  const video = json.video as { size?: unknown; sha256?: unknown } | undefined
  const videoOk = video === undefined || (isCount(video.size) && typeof video.sha256 === 'string' && /^[0-9a-f]{64}$/.test(video.sha256))
  if (!videoOk || (json.expiresAt !== undefined && !expiresAt) || (json.creditsReserved !== undefined && typeof json.creditsReserved !== 'number')) return undefined
  return {
    kind,
    fingerprint,
    taskId,
    model,
    runId,
    urls,
    expiresAt,
    creditsReserved: typeof json.creditsReserved === 'number' && Number.isFinite(json.creditsReserved) ? json.creditsReserved : undefined,
    video: video && { size: video.size as number, sha256: video.sha256 as string }
  }
}

/** SHA-256 of a file, streamed. */
export async function fileSha256(path: string): Promise<string> {
  const hash = createHash('sha256')
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer)
  return hash.digest('hex')
}

/** How long a record save or look-up may take, and a video save per MiB on top: a cache outage costs seconds. */
export const RECORD_BUDGET_MS = 5000
const VIDEO_BUDGET_MS_PER_MIB = 100
/** Fetching an entry that is known to exist and may hold a video. */
const RESULT_BUDGET_MS = 60_000

export interface Ledger {
  fingerprint: string
  run: RunIdentity
  service: CacheService
  /** The task an earlier attempt of this run submitted for this request (re-runs only). */
  earlierSubmission(): Promise<SubmissionRecord | undefined>
  /** An earlier finished video of this request; with `video`, its file restored into a staging folder. */
  earlierResult(): Promise<{ record: ResultRecord; videoPath?: string } | undefined>
  /** Whether an earlier identical result exists (looked up only, nothing downloaded). */
  hasEarlierResult(): Promise<boolean>
  recordSubmission(taskId: string, model: string): Promise<void>
  recordResult(result: Omit<ResultRecord, 'kind' | 'fingerprint' | 'runId'>, videoPath?: string): Promise<void>
  /** Removes the staging folders. */
  close(): Promise<void>
}

export interface LedgerOptions {
  body: Record<string, unknown>
  uploads: readonly PendingUpload[]
  env?: NodeJS.ProcessEnv
  /** A manifest entry's id: two entries with the same request keep a re-run record each. */
  entry?: string
  /** One warning per run at most, for a cache that failed (the run goes on). */
  warn: (message: string) => void
  debug: (message: string) => void
}

/** The ledger of this run, or undefined when no cache service is there (then the run is exactly as without). */
export async function openLedger(o: LedgerOptions): Promise<Ledger | undefined> {
  const env = o.env ?? process.env
  const service = cacheService(env)
  if (!service) return undefined
  const hashed = await Promise.all(o.uploads.map(async upload => ({ field: upload.field, index: upload.index, sha256: await fileSha256(upload.path) })))
  const fingerprint = requestFingerprint(o.body, hashed)
  const step = runIdentity(env)
  const run = o.entry ? { ...step, step: `${step.step}-${part(o.entry)}` } : step
  const root = join(env.RUNNER_TEMP || tmpdir(), `evolink-video-cache-${randomBytes(6).toString('hex')}`)
  // After one failure the cache is left alone for the rest of the run: an outage costs one budget, once.
  let down = false
  const trouble = (what: string, why: string) => {
    o.debug(`Actions cache: ${what}: ${why}`)
    if (down) return
    down = true
    o.warn(`The Actions cache could not ${what} (${why}); the run goes on without it. A re-run may submit again.`)
  }
  /** A staging folder per call: the library archives and restores the folder `name` relative to it. */
  const staging = async (name: string) => {
    const cwd = join(root, randomBytes(4).toString('hex'))
    await mkdir(join(cwd, name), { recursive: true })
    return { cwd, dir: join(cwd, name) }
  }
  const onLog = (line: string) => o.debug(`Actions cache: ${line}`)
  /** Whether an entry matches, nothing downloaded: seconds at most when the service is down. */
  const lookup = async (name: string, key: string, what: string) => {
    if (!service.readable || down) return false
    const { cwd } = await staging(name)
    const found = await callCache({ op: 'restore', paths: [name], key, cwd, lookupOnly: true, budgetMs: RECORD_BUDGET_MS, onLog })
    if (found.error) trouble(what, found.error)
    return Boolean(found.key)
  }
  const restore = async (name: string, key: string, restoreKeys: string[], what: string, heavy = false) => {
    if (!service.readable || down) return undefined
    // An entry that may hold a video is first looked up, then fetched with a budget for its size.
    if (heavy && !(await lookup(name, key, what))) return undefined
    const { cwd, dir } = await staging(name)
    const answer = await callCache({ op: 'restore', paths: [name], key, restoreKeys, cwd, onLog, budgetMs: heavy ? RESULT_BUDGET_MS : RECORD_BUDGET_MS })
    if (answer.error) return trouble(what, answer.error)
    if (!answer.key) return undefined
    const text = await readFile(join(dir, RECORD), 'utf8').catch(() => '')
    const record = parseRecord(text.slice(0, MAX_RECORD_BYTES + 1), fingerprint)
    if (!record) o.warn(`The Actions cache entry ${answer.key} is not a record this action wrote (or it was altered): it is ignored, and the video is generated.`)
    return record && { record, dir }
  }
  const save = async (name: string, key: string, record: object, what: string, video?: { path: string; size: number }) => {
    if (!service.writable || down) return
    const { cwd, dir } = await staging(name)
    await writeFile(join(dir, RECORD), JSON.stringify(record))
    // A hard link costs nothing; another file system needs a copy.
    if (video) await link(video.path, join(dir, VIDEO)).catch(() => copyFile(video.path, join(dir, VIDEO)))
    const budgetMs = RECORD_BUDGET_MS + (video ? Math.ceil(video.size / 1048576) * VIDEO_BUDGET_MS_PER_MIB : 0)
    const answer = await callCache({ op: 'save', paths: [name], key, cwd, budgetMs, onLog })
    if (answer.error) trouble(what, answer.error)
    else o.debug(`Actions cache: saved ${key}`)
  }

  return {
    fingerprint,
    run,
    service,
    async earlierSubmission() {
      if (run.attempt < 2) return undefined // the first attempt has nothing to resume: no look-up at all
      const found = await restore('submission', rerunKey(run, fingerprint), [rerunPrefix(run, fingerprint)], 'look up an earlier attempt')
      return found?.record.kind === 'submission' ? found.record : undefined
    },
    async earlierResult() {
      const found = await restore('result', identicalKey(fingerprint), [], 'look up an earlier identical video', true)
      if (found?.record.kind !== 'result') return undefined
      return { record: found.record, videoPath: found.record.video ? join(found.dir, VIDEO) : undefined }
    },
    hasEarlierResult: () => lookup('result', identicalKey(fingerprint), 'look up an earlier identical video'),
    async recordSubmission(taskId, model) {
      const record: SubmissionRecord = { kind: 'submission', fingerprint, taskId, model, runId: run.runId, attempt: run.attempt }
      await save('submission', rerunKey(run, fingerprint), record, 'record the task for a re-run')
    },
    async recordResult(result, videoPath) {
      const record: ResultRecord = { kind: 'result', fingerprint, runId: run.runId, ...result }
      await save(
        'result',
        identicalKey(fingerprint),
        record,
        'keep the video for identical requests',
        videoPath && result.video ? { path: videoPath, size: result.video.size } : undefined
      )
    },
    close: () => rm(root, { recursive: true, force: true })
  }
}
