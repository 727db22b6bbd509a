// Paying once (docs/paying-once.md): what a run paid for is written to GitHub's Actions cache, so a re-run
// of the job resumes the task its earlier attempt submitted, and with `reuse: identical` a later identical
// request reuses the finished video. The fingerprint, the keys and the record checks are plain functions;
// `openLedger` ties them to the cache (github/actions-cache.ts). A record is untrusted input: every job of
// the repository can write cache entries, with or without the EvoLink secret. So keys and records are bound
// to the API key: a key's name holds an HMAC that only a holder of the API key can compute (nobody else can
// write, or block, the entry a step looks up), and a record carries an HMAC over its fields and the video's
// SHA-256 with a key derived from the API key (never the API key itself).
import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto'
import { createReadStream } from 'node:fs'
import { link, copyFile, mkdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { TASK_ID_PATTERN } from '../evolink/contract.js'
import { MAX_RESULT_URLS, checkResultUrl, cleanText } from '../net/untrusted.js'
import type { PendingUpload } from '../inputs/request-inputs.js'
import { callCache, cacheService, type CacheService } from '../github/actions-cache.js'

/** Bumped when a record's shape changes: older entries are then simply not found. */
const SCHEME = 'evolink-video-v2'
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

/** A video made from another entry's video: the field that carries it, and that entry's fingerprint. */
export interface UpstreamStandIn {
  field: string
  fingerprint: string
}

/**
 * The request's fingerprint: SHA-256 of the canonical body, where each workspace file stands as the
 * SHA-256 of its bytes (its uploaded URL differs on every upload; a changed picture is another request),
 * and a video made from another entry's video as that entry's fingerprint (its URL differs on every run; a
 * changed upstream is another request, down the whole chain). The key is never part of it.
 */
export function requestFingerprint(body: Record<string, unknown>, uploads: readonly { field: string; index?: number; sha256: string }[], upstream?: UpstreamStandIn): string {
  const stable: Record<string, unknown> = { ...body }
  if (upstream) stable[upstream.field] = `video-from:${upstream.fingerprint}`
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

/** A secret derived from the API key: it names and signs this account's entries. Never stored, never logged. */
export type AccountKey = Buffer

export const accountKey = (apiKey: string): AccountKey => createHmac('sha256', apiKey).update('evolink-video: Actions cache entries').digest()

export const tag = (account: AccountKey, ...parts: string[]) => createHmac('sha256', account).update(parts.join('\n')).digest('hex')

/**
 * The cache keys of a request. Each save adds a part of its own after the prefix, and a look-up takes the
 * newest entry under the prefix: a save killed before it finished (its key reserved, never written) does not
 * block the next one. The prefix holds an HMAC of the request (and, for re-runs, of the run, job and step)
 * with the account key, so no job without the API key can write under it.
 */
export function cacheKeys(account: AccountKey, run: RunIdentity, fingerprint: string) {
  const rerun = `${SCHEME}-rerun-${run.runId}-${tag(account, 'rerun', run.runId, run.job, run.step, fingerprint)}-`
  const identical = `${SCHEME}-identical-${tag(account, 'identical', fingerprint)}-`
  return {
    /** Every attempt of this run, job and step, for this request (newest first). */
    rerunPrefix: rerun,
    rerunKey: (unique: string) => `${rerun}a${run.attempt}-${unique}`,
    /** The finished video of a request, whichever run made it. */
    identicalPrefix: identical,
    identicalKey: (unique: string) => `${identical}${run.runId}-${run.attempt}-${unique}`
  }
}

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

const recordMac = (account: AccountKey, fields: Record<string, unknown>) => tag(account, 'record', canonicalJson(fields))

/** The record as written to the cache: its fields and their HMAC with the account key. */
export function signRecord(account: AccountKey, record: object): string {
  // Signed as written: JSON leaves out fields that are undefined, and the reader sees only what was written.
  const fields = JSON.parse(JSON.stringify(record)) as Record<string, unknown>
  return JSON.stringify({ ...fields, mac: recordMac(account, fields) })
}

/** Whether `json` was signed with this account key (compared in constant time). */
function signedBy(account: AccountKey, json: Record<string, unknown>): boolean {
  const { mac, ...fields } = json
  if (typeof mac !== 'string' || !/^[0-9a-f]{64}$/.test(mac)) return false
  return timingSafeEqual(Buffer.from(mac, 'hex'), Buffer.from(recordMac(account, fields), 'hex'))
}

/** The fields of a record this account key signed (an object of at most 64 KiB of JSON), or undefined. */
export function signedFields(text: string, account: AccountKey): Record<string, unknown> | undefined {
  if (text.length > MAX_RECORD_BYTES) return undefined
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    return undefined
  }
  return isRecord(json) && signedBy(account, json) ? json : undefined
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value)

/** A record's video: absent, or its size and SHA-256; 'bad' for anything else. */
function recordVideo(value: unknown): { size: number; sha256: string } | undefined | 'bad' {
  if (value === undefined) return undefined
  if (!isRecord(value)) return 'bad'
  const { size, sha256 } = value
  return isCount(size) && typeof sha256 === 'string' && /^[0-9a-f]{64}$/.test(sha256) ? { size, sha256 } : 'bad'
}

/**
 * A record restored from the cache, checked as strictly as a reply; undefined when anything is off, and
 * when another account key (or none) signed it: a video paid for with another key is not this key's video.
 */
export function parseRecord(text: string, fingerprint: string, account: AccountKey): SubmissionRecord | ResultRecord | undefined {
  const json = signedFields(text, account)
  if (!json) return undefined
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
  const video = recordVideo(json.video)
  if (video === 'bad' || (json.expiresAt !== undefined && !expiresAt) || (json.creditsReserved !== undefined && typeof json.creditsReserved !== 'number')) return undefined
  return {
    kind,
    fingerprint,
    taskId,
    model,
    runId,
    urls,
    expiresAt,
    creditsReserved: typeof json.creditsReserved === 'number' && Number.isFinite(json.creditsReserved) ? json.creditsReserved : undefined,
    video
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

/**
 * Whether the cache failed in this process. A process is one step: after one failure the cache is left alone
 * for the rest of the step, by every video of a manifest, so an outage costs one budget and one warning.
 */
const health = { down: false }

export interface Ledger {
  fingerprint: string
  run: RunIdentity
  service: CacheService
  /** The task an earlier attempt of this run submitted for this request (re-runs only). */
  earlierSubmission(): Promise<SubmissionRecord | undefined>
  /**
   * An earlier finished video of this request, signed with this API key; with `video`, its file restored into
   * a staging folder, its size and SHA-256 those the record names (else the entry is not used).
   */
  earlierResult(): Promise<{ record: ResultRecord; videoPath?: string } | undefined>
  recordSubmission(taskId: string, model: string): Promise<void>
  recordResult(result: Omit<ResultRecord, 'kind' | 'fingerprint' | 'runId'>, videoPath?: string): Promise<void>
  /** Removes the staging folders; never throws (a folder left behind never fails a paid video). */
  close(): Promise<void>
}

/** The fingerprint of a request whose workspace files are read (and hashed) now. */
export async function fingerprintOf(body: Record<string, unknown>, uploads: readonly PendingUpload[], upstream?: UpstreamStandIn): Promise<string> {
  const hashed = await Promise.all(uploads.map(async upload => ({ field: upload.field, index: upload.index, sha256: await fileSha256(upload.path) })))
  return requestFingerprint(body, hashed, upstream)
}

export interface LedgerOptions extends StoreOptions {
  /** The request's (fingerprintOf): what the entries are found and signed under. */
  fingerprint: string
  /** A manifest entry's id: two entries with the same request keep a re-run record each. */
  entry?: string
}

/** Where records live: signed small files in the Actions cache, under keys only a holder of the API key can compute. */
export interface RecordStore {
  account: AccountKey
  service: CacheService
  env: NodeJS.ProcessEnv
  /** A part of its own for each save's key. */
  unique(): string
  /**
   * The newest entry under `prefix`, its record parsed by `parse` (undefined: refused with a warning); with
   * `heavy`, its video too. Undefined when there is none or the cache failed (one warning per step).
   */
  restore<T>(
    name: string,
    prefix: string,
    what: string,
    parse: (text: string) => T | undefined,
    heavy?: boolean
  ): Promise<{ record: T; dir: string; video?: { size: number; sha256: string }; key: string } | undefined>
  save(name: string, key: string, record: string, what: string, video?: { path: string; size: number }): Promise<void>
  /** A warning that an entry was not used, and why; returns undefined for the caller's convenience. */
  ignored(key: string, why: string): undefined
  /** Removes the staging folders; never throws (a folder left behind never fails a paid video). */
  close(): Promise<void>
}

export interface StoreOptions {
  /** Names and signs the entries (through a key derived from it); never written anywhere. */
  apiKey: string
  /** The largest video a restored entry may hold (the step's max-download-size). */
  maxVideoBytes: number
  env?: NodeJS.ProcessEnv
  /** One warning per step at most, for a cache that failed (the run goes on). */
  warn: (message: string) => void
  debug: (message: string) => void
}

/** The record store of this step, or undefined when no cache service is there. */
export function openRecordStore(o: StoreOptions): RecordStore | undefined {
  const env = o.env ?? process.env
  const service = cacheService(env)
  if (!service) return undefined
  const account = accountKey(o.apiKey)
  const root = join(env.RUNNER_TEMP || tmpdir(), `evolink-video-cache-${randomBytes(6).toString('hex')}`)
  const trouble = (what: string, why: string): undefined => {
    o.debug(`Actions cache: ${what}: ${why}`)
    if (health.down) return
    health.down = true
    o.warn(`The Actions cache could not ${what} (${cleanText(why, 300)}); the step goes on without it. A re-run may submit again.`)
  }
  /** A staging folder per call: the archive holds the folder `name`, relative to it. */
  const staging = async (name: string) => {
    const cwd = join(root, randomBytes(4).toString('hex'))
    await mkdir(join(cwd, name), { recursive: true })
    return { cwd, dir: join(cwd, name) }
  }
  const onLog = (line: string) => o.debug(`Actions cache: ${line}`)
  const ignored = (key: string, why: string): undefined => {
    o.warn(`The Actions cache entry ${cleanText(key, 200)} was not used (${cleanText(why, 300)}); nothing of it was kept.`)
  }
  return {
    account,
    service,
    env,
    unique: () => randomBytes(4).toString('hex'),
    ignored,
    async restore(name, prefix, what, parse, heavy = false) {
      if (!service.readable || health.down) return undefined
      // An entry that may hold a video is first looked up (seconds when the service is down), then fetched with a budget for its size.
      if (heavy) {
        const { cwd } = await staging(name)
        const found = await callCache({ op: 'restore', paths: [name], key: prefix, cwd, lookupOnly: true, budgetMs: RECORD_BUDGET_MS, onLog })
        if (found.error) return trouble(what, found.error)
        if (!found.key) return undefined
      }
      const { cwd, dir } = await staging(name)
      const members = { [`${name}/${RECORD}`]: MAX_RECORD_BYTES, ...(heavy ? { [`${name}/${VIDEO}`]: o.maxVideoBytes } : {}) }
      const answer = await callCache({ op: 'restore', paths: [name], key: prefix, cwd, onLog, members, budgetMs: heavy ? RESULT_BUDGET_MS : RECORD_BUDGET_MS })
      if (answer.error) return trouble(what, answer.error)
      if (!answer.key) return undefined
      if (answer.refused) return ignored(answer.key, answer.refused)
      const text = await readFile(join(dir, RECORD), 'utf8').catch(() => '')
      const record = text.length > MAX_RECORD_BYTES ? undefined : parse(text)
      if (record === undefined) return ignored(answer.key, 'it is not a record this action wrote with this API key, or it was altered')
      return { record, dir, video: answer.files?.[`${name}/${VIDEO}`], key: answer.key }
    },
    async save(name, key, record, what, video) {
      if (!service.writable || health.down) return
      const { cwd, dir } = await staging(name)
      await writeFile(join(dir, RECORD), record)
      // A hard link costs nothing; another file system needs a copy.
      if (video) await link(video.path, join(dir, VIDEO)).catch(() => copyFile(video.path, join(dir, VIDEO)))
      const budgetMs = RECORD_BUDGET_MS + (video ? Math.ceil(video.size / 1048576) * VIDEO_BUDGET_MS_PER_MIB : 0)
      const answer = await callCache({ op: 'save', paths: [name], key, cwd, budgetMs, onLog })
      if (answer.error) trouble(what, answer.error)
      else o.debug(`Actions cache: saved ${key}`)
    },
    close: () =>
      rm(root, { recursive: true, force: true, maxRetries: 3 }).catch((error: unknown) => o.debug(`Actions cache: staging folder ${root} left behind: ${(error as Error).message}`))
  }
}

/** The ledger of this run, or undefined when no cache service is there (then the run is exactly as without). */
export async function openLedger(o: LedgerOptions): Promise<Ledger | undefined> {
  const store = openRecordStore(o)
  if (!store) return undefined
  const { fingerprint } = o
  const step = runIdentity(store.env)
  const run = o.entry ? { ...step, step: `${step.step}-${part(o.entry)}` } : step
  const { account, ignored, unique } = store
  const keys = cacheKeys(account, run, fingerprint)
  const parse = (text: string) => parseRecord(text, fingerprint, account)
  const restore = (name: string, prefix: string, what: string, heavy = false) => store.restore(name, prefix, what, parse, heavy)
  const save = (name: string, key: string, record: SubmissionRecord | ResultRecord, what: string, video?: { path: string; size: number }) =>
    store.save(name, key, signRecord(account, record), what, video)

  return {
    fingerprint,
    run,
    service: store.service,
    async earlierSubmission() {
      if (run.attempt < 2) return undefined // the first attempt has nothing to resume: no look-up at all
      const found = await restore('submission', keys.rerunPrefix, 'look up an earlier attempt')
      if (!found) return undefined
      const { record } = found
      // Only an earlier attempt of this very run: a record of another run (or a later attempt) is not resumed.
      if (record.kind !== 'submission' || record.runId !== run.runId || record.attempt >= run.attempt) {
        return ignored(found.key, `it names ${record.kind === 'submission' ? `attempt ${record.attempt} of run ${record.runId}` : 'no submission'}`)
      }
      return record
    },
    async earlierResult() {
      const found = await restore('result', keys.identicalPrefix, 'look up an earlier identical video', true)
      if (!found) return undefined
      const { record, dir, video, key } = found
      if (record.kind !== 'result') return ignored(key, 'it holds no result')
      if (!record.video) return { record }
      if (!video || video.size !== record.video.size || video.sha256 !== record.video.sha256) {
        return ignored(
          key,
          video ? `its video has ${video.size} bytes and SHA-256 ${video.sha256}, the record says ${record.video.size} and ${record.video.sha256}` : 'its video is missing'
        )
      }
      return { record, videoPath: join(dir, VIDEO) }
    },
    async recordSubmission(taskId, model) {
      const record: SubmissionRecord = { kind: 'submission', fingerprint, taskId, model, runId: run.runId, attempt: run.attempt }
      await save('submission', keys.rerunKey(unique()), record, 'record the task for a re-run')
    },
    async recordResult(result, videoPath) {
      const record: ResultRecord = { kind: 'result', fingerprint, runId: run.runId, ...result }
      await save(
        'result',
        keys.identicalKey(unique()),
        record,
        'keep the video for identical requests',
        videoPath && result.video ? { path: videoPath, size: result.video.size } : undefined
      )
    },
    close: () => store.close()
  }
}
