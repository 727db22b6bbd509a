// Streams a result video to disk in constant memory: a temporary file renamed when complete, resumed with
// a Range request after a dropped connection (or restarted when the host ignores Range), checked against
// Content-Length and hashed on the way. Never sends an Authorization header: the video host is not EvoLink's API.
import { createHash } from 'node:crypto'
import { once } from 'node:events'
import { createWriteStream, type WriteStream } from 'node:fs'
import { mkdir, rename, rm } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import type { Dispatcher } from 'undici'
import { ActionFailure } from './errors.js'
import { CancelledError } from './http.js'
import { backoffMs } from './retry.js'

export interface DownloadOptions {
  url: string
  /** Absolute path of the file to create. */
  path: string
  maxBytes: number
  attempts: number
  /** Abandon a request that sends nothing for this long. */
  idleTimeoutMs: number
  signal: AbortSignal
  dispatcher: Dispatcher
  sleep: (ms: number, signal: AbortSignal) => Promise<void>
  onRetry?: (message: string) => void
}

export interface Downloaded {
  path: string
  size: number
  sha256: string
}

const MAX_REDIRECTS = 5
const WRITE_BUFFER = 1 << 20

/** A partial file and the hash of what it holds so far. */
class Partial {
  size = 0
  private hash = createHash('sha256')
  private stream: WriteStream

  constructor(readonly path: string) {
    this.stream = createWriteStream(path, { highWaterMark: WRITE_BUFFER })
  }

  async append(chunk: Buffer): Promise<void> {
    this.hash.update(chunk)
    this.size += chunk.length
    if (!this.stream.write(chunk)) await once(this.stream, 'drain')
  }

  /** Starts over (the host ignored Range). */
  async restart(): Promise<void> {
    await this.close()
    this.stream = createWriteStream(this.path, { highWaterMark: WRITE_BUFFER })
    this.hash = createHash('sha256')
    this.size = 0
  }

  async close(): Promise<void> {
    this.stream.end()
    if (!this.stream.closed) await once(this.stream, 'close')
  }

  digest(): string {
    return this.hash.digest('hex')
  }
}

export async function download(o: DownloadOptions): Promise<Downloaded> {
  await mkdir(dirname(o.path), { recursive: true })
  const part = new Partial(join(dirname(o.path), `.${basename(o.path)}.${process.pid}.part`))
  try {
    for (let attempt = 1; ; attempt++) {
      try {
        await fetchInto(part, o)
        break
      } catch (error) {
        if (error instanceof ActionFailure || error instanceof CancelledError || attempt >= o.attempts) throw error
        const delay = 250 + backoffMs(attempt - 1, 500, 8000)
        o.onRetry?.(`Download interrupted at ${part.size} bytes (${(error as Error).message}); attempt ${attempt + 1} of ${o.attempts} in ${delay} ms.`)
        await o.sleep(delay, o.signal)
      }
    }
    await part.close()
    await rename(part.path, o.path)
    return { path: o.path, size: part.size, sha256: part.digest() }
  } catch (error) {
    await part.close().catch(() => undefined)
    await rm(part.path, { force: true })
    if (error instanceof ActionFailure || error instanceof CancelledError) throw error
    throw new ActionFailure(`Downloading the video failed after ${o.attempts} attempt(s): ${(error as Error).message}`, 'download_failed')
  }
}

/** One request: appends what arrives to `part`; throws to ask for another attempt. */
async function fetchInto(part: Partial, o: DownloadOptions): Promise<void> {
  const { request } = await import('undici')
  let url = o.url
  for (let hop = 0; ; hop++) {
    const headers: Record<string, string> = part.size > 0 ? { range: `bytes=${part.size}-` } : {}
    const response = await request(url, { dispatcher: o.dispatcher, method: 'GET', headers, signal: o.signal, bodyTimeout: o.idleTimeoutMs, headersTimeout: o.idleTimeoutMs })
      .catch(error => { throw o.signal.aborted ? o.signal.reason : error })
    const location = response.headers.location
    if (response.statusCode >= 300 && response.statusCode < 400 && typeof location === 'string' && hop < MAX_REDIRECTS) {
      await response.body.dump()
      url = new URL(location, url).href
      continue
    }
    if (response.statusCode === 416 && part.size > 0) {
      await response.body.dump()
      await part.restart()
      throw new Error('the host refused to resume (HTTP 416)')
    }
    if (response.statusCode !== 200 && response.statusCode !== 206) {
      await response.body.dump()
      const message = `the video host answered HTTP ${response.statusCode}`
      if (response.statusCode >= 400 && response.statusCode < 500 && response.statusCode !== 408 && response.statusCode !== 429) {
        throw new ActionFailure(`Downloading the video failed: ${message} (the link may have expired: links last 24 hours).`, 'download_failed')
      }
      throw new Error(message)
    }
    if (response.statusCode === 200 && part.size > 0) await part.restart() // Range ignored: start over
    const total = expectedTotal(response.statusCode, response.headers, part.size)
    if (total !== undefined && total > o.maxBytes) {
      await response.body.destroy()
      throw new ActionFailure(`The video is ${total} bytes, more than max-download-size (${o.maxBytes} bytes).`, 'download_too_large')
    }
    try {
      for await (const chunk of response.body) {
        await part.append(chunk as Buffer)
        if (part.size > o.maxBytes) throw new ActionFailure(`The video is larger than max-download-size (${o.maxBytes} bytes).`, 'download_too_large')
      }
    } catch (error) {
      throw o.signal.aborted ? o.signal.reason : error
    }
    if (total !== undefined && part.size !== total) throw new Error(`got ${part.size} of ${total} bytes`)
    return
  }
}

/** The whole file's size from Content-Length (200) or Content-Range (206); undefined when not sent. */
function expectedTotal(status: number, headers: Record<string, string | string[] | undefined>, offset: number): number | undefined {
  if (status === 206) {
    const match = /^bytes (\d+)-\d+\/(\d+)$/.exec(String(headers['content-range'] ?? ''))
    if (!match || Number(match[1]) !== offset) throw new Error(`unexpected Content-Range ${String(headers['content-range'])}`)
    return Number(match[2])
  }
  const length = Number(headers['content-length'])
  return Number.isFinite(length) && headers['content-length'] !== undefined ? length : undefined
}
