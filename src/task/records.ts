// The records of paying once (docs/paying-once.md), as plain functions: the request's fingerprint, the cache
// keys, and a record signed and checked. A record is untrusted input: every job of the repository can write
// cache entries, with or without the EvoLink secret. So keys and records are bound to the API key: a key's
// name holds an HMAC that only a holder of the API key can compute (nobody else can write, or block, the
// entry a step looks up), and a record carries an HMAC over its fields and the video's SHA-256 with a key
// derived from the API key (never the API key itself). ledger.ts ties them to the Actions cache.
import { createHash, createHmac, timingSafeEqual } from 'node:crypto'
import { TASK_ID_PATTERN } from '../evolink/contract.js'
import { MAX_RESULT_URLS, checkResultUrl } from '../net/untrusted.js'

/** Bumped when a record's shape changes: older entries are then simply not found. */
const SCHEME = 'evolink-video-v2'
export const MAX_RECORD_BYTES = 64 << 10
/** The files of a cache entry: the record, and the video with `reuse: identical`. */
export const RECORD = 'record.json'
export const VIDEO = 'video.mp4'

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
export const part = (value: string | undefined) => (value ?? '').replace(/[^\w.-]+/g, '-').slice(0, 100) || '-'

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

/** A re-run of the job: the one question of whether an earlier attempt may have paid for this request. */
export const isRerun = (run: RunIdentity) => run.attempt > 1

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
