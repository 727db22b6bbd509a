// Streams a result video to disk in constant memory: a temporary file renamed when complete, resumed with
// a Range request after a dropped connection (or restarted when the host ignores Range), checked against
// Content-Length and hashed on the way. Never sends an Authorization header: the video host is not EvoLink's API.
import { createHash, randomBytes } from 'node:crypto'
import { constants } from 'node:fs'
import { mkdir, open, rename, rm, type FileHandle } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import { ActionFailure } from '../errors.js'
import { CancelledError, type Open, type OpenReply } from '../net/http.js'
import { backoffMs } from '../task/retry.js'
import { cleanText } from '../net/untrusted.js'
import { Writable } from 'node:stream'
import { pipeline } from 'node:stream/promises'

export interface DownloadOptions {
  url: string
  /** Absolute path of the file to create. */
  path: string
  maxBytes: number
  attempts: number
  /** Abandon a request that receives nothing for this long (then retry, resuming). */
  idleTimeoutMs: number
  /** The whole download, every attempt and redirect included, ends after this long. */
  totalTimeoutMs: number
  signal: AbortSignal
  open: Open
  sleep: (ms: number, signal: AbortSignal) => Promise<void>
  onRetry?: (message: string) => void
}

export interface Downloaded {
  path: string
  size: number
  sha256: string
  /** From the first request to the last byte written, for the throughput in the log. */
  elapsedMs: number
}

const MAX_REDIRECTS = 5

/**
 * A partial file and the hash of what it holds so far. Each attempt streams the reply into it through
 * `pipeline` (reply → count and hash → file): the socket is read no faster than the disk takes it, each read
 * buffer is written as it is and dies, and memory stays flat whatever the video's size. The file stays
 * open between attempts, so a resumed reply continues where the last one stopped.
 */
class PartFile {
  size = 0
  private hash = createHash('sha256')
  /** The write in flight: awaited before the size is trusted (a resume asks for what the file holds). */
  private writing: Promise<void> = Promise.resolve()

  private constructor(
    public path: string,
    private file: FileHandle
  ) {}

  static async create(target: string): Promise<PartFile> {
    const path = partPath(target)
    return new PartFile(path, await open(path, CREATE_NEW))
  }

  /**
   * Appends one reply's body; throws (the body destroyed) when it fails or passes `maxBytes`. Bytes are
   * counted and hashed once written, so after a cut `size` is what the file holds, and a resume starts there.
   */
  async take(body: AsyncIterable<Buffer>, maxBytes: number): Promise<void> {
    let received = this.size
    const limit = async function* (source: AsyncIterable<Buffer>) {
      for await (const chunk of source) {
        received += chunk.length
        if (received > maxBytes) throw new ActionFailure(`The video is larger than max-download-size (${maxBytes} bytes).`, 'download_too_large')
        yield chunk
      }
    }
    const write = (buffers: Buffer[], done: (error?: Error | null) => void) => {
      this.writing = writeAll(this.file, buffers).then(() => {
        for (const buffer of buffers) {
          this.hash.update(buffer)
          this.size += buffer.length
        }
      })
      this.writing.then(() => done(), done)
    }
    // While a write is in flight the next reads queue (up to 1 MiB), then go down in one writev.
    const sink = new Writable({
      highWaterMark: WRITE_BATCH,
      write: (chunk: Buffer, _encoding, done) => write([chunk], done),
      writev: (chunks, done) =>
        write(
          chunks.map(({ chunk }) => chunk as Buffer),
          done
        )
    })
    try {
      await pipeline(body, limit, sink)
    } finally {
      await this.writing.catch(() => undefined)
    }
  }

  /** Starts over (the host ignored Range), in a new file made the same way. */
  async restart(target: string): Promise<void> {
    await this.close()
    await rm(this.path, { force: true })
    this.path = partPath(target)
    this.file = await open(this.path, CREATE_NEW)
    this.hash = createHash('sha256')
    this.size = 0
  }

  close(): Promise<void> {
    return this.file.close().catch(() => undefined)
  }

  digest(): string {
    return this.hash.digest('hex')
  }
}

/**
 * The temporary file beside the target: a name nobody can guess, created only if nothing has that name
 * (O_EXCL), never through a link (O_NOFOLLOW), so nothing planted in the folder can redirect the write.
 */
const CREATE_NEW = constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | (constants.O_NOFOLLOW ?? 0)
const partPath = (target: string) => join(dirname(target), `.${basename(target)}.${randomBytes(12).toString('hex')}.part`)

/** Windows: an antivirus or indexer holding the new file makes rename fail for a moment with EPERM or EBUSY. */
const RENAME_RETRY_CODES = new Set(['EPERM', 'EBUSY', 'EACCES'])

/** Renames, retrying briefly (about 3 s in all) while the file is held by someone else. */
export async function renameRetrying(from: string, to: string, move = rename, wait = (ms: number) => new Promise(r => setTimeout(r, ms))): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await move(from, to)
    } catch (error) {
      if (attempt >= 8 || !RENAME_RETRY_CODES.has((error as NodeJS.ErrnoException).code ?? '')) throw error
      await wait(50 * 2 ** Math.min(attempt, 4))
    }
  }
}

/** Bytes of reads gathered into one write at most: fewer, larger writes. */
const WRITE_BATCH = 1 << 20

/** A write may take less than asked; the rest is written until nothing is left. */
async function writeAll(file: FileHandle, buffers: Buffer[]): Promise<void> {
  let rest = [...buffers]
  while (rest.length > 0) {
    let written = (await file.writev(rest)).bytesWritten
    while (rest.length > 0 && written >= (rest[0] as Buffer).length) written -= (rest.shift() as Buffer).length
    if (written > 0 && rest[0]) rest = [(rest[0] as Buffer).subarray(written), ...rest.slice(1)]
  }
}

export async function download(options: DownloadOptions): Promise<Downloaded> {
  const total = AbortSignal.timeout(options.totalTimeoutMs)
  const o = { ...options, signal: AbortSignal.any([options.signal, total]) }
  await mkdir(dirname(o.path), { recursive: true })
  const part = await PartFile.create(o.path)
  const started = performance.now()
  try {
    for (let attempt = 1; ; attempt++) {
      try {
        await fetchInto(part, o)
        break
      } catch (error) {
        if (error instanceof ActionFailure || error instanceof CancelledError || o.signal.aborted || attempt >= o.attempts) throw error
        const delay = 250 + backoffMs(attempt - 1, 500, 8000)
        o.onRetry?.(`Download interrupted at ${part.size} bytes (${(error as Error).message}); attempt ${attempt + 1} of ${o.attempts} in ${delay} ms.`)
        await o.sleep(delay, o.signal)
      }
    }
    await part.close()
    await renameRetrying(part.path, o.path)
    return { path: o.path, size: part.size, sha256: part.digest(), elapsedMs: performance.now() - started }
  } catch (error) {
    await part.close()
    await rm(part.path, { force: true })
    if (total.aborted && !options.signal.aborted) {
      throw new ActionFailure(`Downloading the video took longer than ${o.totalTimeoutMs / 1000} s (timeout) and was abandoned at ${part.size} bytes.`, 'download_timeout')
    }
    if (error instanceof ActionFailure || error instanceof CancelledError) throw error
    throw new ActionFailure(`Downloading the video failed after ${o.attempts} attempt(s): ${(error as Error).message}`, 'download_failed')
  }
}

/** One request: appends what arrives to `part`; throws to ask for another attempt. */
async function fetchInto(part: PartFile, o: DownloadOptions): Promise<void> {
  // A stalled transfer is noticed by a watchdog that compares progress between ticks: a socket timeout
  // re-armed on every chunk costs a third of the throughput at loopback speed.
  const stall = new AbortController()
  let seen = -1
  const watchdog = setInterval(() => {
    if (part.size === seen) stall.abort(new Error(`nothing received for ${o.idleTimeoutMs / 1000} s`))
    seen = part.size
  }, o.idleTimeoutMs)
  const signal = AbortSignal.any([o.signal, stall.signal])
  const reason = (error: unknown) => (o.signal.aborted ? o.signal.reason : stall.signal.aborted ? stall.signal.reason : error)
  try {
    await transfer(part, o, signal)
  } catch (error) {
    throw reason(error)
  } finally {
    clearInterval(watchdog)
  }
}

/** The next hop of a redirect, or why it is refused: a link that started on https never drops to http. */
function redirectTarget(location: string, from: string): string {
  let next: URL
  try {
    next = new URL(location, from)
  } catch {
    throw new ActionFailure(`The video host redirected to something that is not a URL (${cleanText(location, 200)}).`, 'download_failed')
  }
  if (next.protocol !== 'https:' && next.protocol !== 'http:') {
    throw new ActionFailure(`The video host redirected to a ${cleanText(next.protocol, 20)} URL; only https is followed.`, 'download_failed')
  }
  if (from.startsWith('https:') && next.protocol === 'http:') {
    throw new ActionFailure(
      `The video host redirected from https to plain http (${cleanText(next.host, 200)}); that would drop the protection in transit, so it is refused.`,
      'download_failed'
    )
  }
  return next.href
}

async function transfer(part: PartFile, o: DownloadOptions, signal: AbortSignal): Promise<void> {
  let url = o.url
  for (let hop = 0; ; hop++) {
    const headers: Record<string, string> = part.size > 0 ? { range: `bytes=${part.size}-` } : {}
    // Every hop goes through `open`, whose address guard checks where it connects.
    const response = await o.open({ method: 'GET', url, headers }, signal)
    const location = response.header('location')
    if (response.status >= 300 && response.status < 400 && location && hop < MAX_REDIRECTS) {
      response.destroy()
      url = redirectTarget(location, url)
      continue
    }
    if (response.status === 416 && part.size > 0) {
      response.destroy()
      await part.restart(o.path)
      throw new Error('the host refused to resume (HTTP 416)')
    }
    if (response.status !== 200 && response.status !== 206) {
      // Never drained: the body of a reply we do not use may be endless.
      response.destroy()
      const message = `the video host answered HTTP ${response.status}`
      if (response.status >= 400 && response.status < 500 && response.status !== 408 && response.status !== 429) {
        throw new ActionFailure(`Downloading the video failed: ${message} (the link may have expired: links last 24 hours).`, 'download_failed')
      }
      throw new Error(message)
    }
    if (response.status === 200 && part.size > 0) await part.restart(o.path) // Range ignored: start over
    let total: number | undefined
    try {
      total = expectedTotal(response, part.size)
    } catch (error) {
      response.destroy()
      throw error
    }
    if (total !== undefined && total > o.maxBytes) {
      response.destroy()
      throw new ActionFailure(`The video is ${total} bytes, more than max-download-size (${o.maxBytes} bytes).`, 'download_too_large')
    }
    // A failure destroys the body (pipeline does).
    await part.take(response.body, o.maxBytes)
    if (total !== undefined && part.size !== total) throw new Error(`got ${part.size} of ${total} bytes`)
    return
  }
}

/** The whole file's size from Content-Length (200) or Content-Range (206); undefined when not sent. */
function expectedTotal(response: OpenReply, offset: number): number | undefined {
  if (response.status === 206) {
    const range = response.header('content-range') ?? ''
    const match = /^bytes (\d+)-\d+\/(\d+)$/.exec(range)
    if (!match || Number(match[1]) !== offset) throw new Error(`unexpected Content-Range ${cleanText(range, 100)}`)
    return Number(match[2])
  }
  const length = response.header('content-length')
  return length !== undefined && /^\d+$/.test(length) ? Number(length) : undefined
}
