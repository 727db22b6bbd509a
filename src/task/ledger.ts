// Paying once (docs/paying-once.md): what a run paid for is written to GitHub's Actions cache, so a re-run
// of the job resumes the task its earlier attempt submitted, and with `reuse: identical` a later identical
// request reuses the finished video. The records themselves (fingerprint, keys, signatures, checks) are
// records.ts's plain functions; this module stores and restores them through the cache (github/actions-cache.ts).
import { createHash, randomBytes } from 'node:crypto'
import { createReadStream } from 'node:fs'
import { link, copyFile, mkdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { cleanText } from '../net/untrusted.js'
import type { PendingUpload } from '../inputs/request-inputs.js'
import { callCache, cacheService, type CacheService } from '../github/actions-cache.js'
import {
  MAX_RECORD_BYTES,
  RECORD,
  VIDEO,
  accountKey,
  cacheKeys,
  parseRecord,
  requestFingerprint,
  isRerun,
  runIdentity,
  signRecord,
  part,
  type AccountKey,
  type RunIdentity,
  type ResultRecord,
  type SubmissionRecord,
  type UpstreamStandIn
} from './records.js'

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
      if (!isRerun(run)) return undefined // the first attempt has nothing to resume: no look-up at all
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
