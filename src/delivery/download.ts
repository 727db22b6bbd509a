// Streams a result video to disk in constant memory: a temporary file renamed when complete, resumed with
// a Range request after a dropped connection (or restarted when the host ignores Range), checked against
// Content-Length and hashed on the way. Never sends an Authorization header: the video host is not EvoLink's API.
import { mkdir } from 'node:fs/promises'
import { dirname } from 'node:path'
import { ActionFailure } from '../errors.js'
import { CancelledError, TransportError, type Open, type OpenReply } from '../net/http.js'
import { BadReplyError, HttpStatusError, isTransient, retry } from '../net/retry.js'
import { cleanText } from '../net/untrusted.js'
import { PartFile } from './part-file.js'

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

export async function download(options: DownloadOptions): Promise<Downloaded> {
  const total = AbortSignal.timeout(options.totalTimeoutMs)
  const o = { ...options, signal: AbortSignal.any([options.signal, total]) }
  await mkdir(dirname(o.path), { recursive: true })
  const part = await PartFile.create(o.path)
  const started = performance.now()
  try {
    await retry(() => fetchInto(part, o), {
      attempts: o.attempts,
      baseMs: 500,
      capMs: 8000,
      minMs: 250,
      signal: o.signal,
      sleep: o.sleep,
      onRetry: (error, attempt, delayMs) =>
        o.onRetry?.(`Download interrupted at ${part.size} bytes (${(error as Error).message}); attempt ${attempt + 1} of ${o.attempts} in ${delayMs} ms.`)
    })
    await part.commit(o.path)
    return { path: o.path, size: part.size, sha256: part.digest(), elapsedMs: performance.now() - started }
  } catch (error) {
    await part.discard()
    if (total.aborted && !options.signal.aborted) {
      throw new ActionFailure(`Downloading the video took longer than ${o.totalTimeoutMs / 1000} s (timeout) and was abandoned at ${part.size} bytes.`, 'download_timeout')
    }
    if (error instanceof ActionFailure || error instanceof CancelledError) throw error
    if (!isTransient(error)) {
      throw new ActionFailure(`Downloading the video failed: ${(error as Error).message} (the link may have expired: links last 24 hours).`, 'download_failed')
    }
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
    if (part.size === seen) stall.abort(new TransportError(`nothing received for ${o.idleTimeoutMs / 1000} s`, 'maybe', 'stall'))
    seen = part.size
  }, o.idleTimeoutMs)
  const signal = AbortSignal.any([o.signal, stall.signal])
  // A failure the transfer did not type (the body's stream broke off) is one on the way: the next attempt resumes.
  const reason = (error: unknown) =>
    o.signal.aborted
      ? o.signal.reason
      : stall.signal.aborted
        ? stall.signal.reason
        : error instanceof ActionFailure || error instanceof HttpStatusError || error instanceof BadReplyError || error instanceof TransportError
          ? error
          : new TransportError((error as Error).message, 'maybe', (error as NodeJS.ErrnoException).code ?? 'stream')
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
      throw new BadReplyError('the host refused to resume (HTTP 416)')
    }
    if (response.status !== 200 && response.status !== 206) {
      // Never drained: the body of a reply we do not use may be endless.
      response.destroy()
      throw new HttpStatusError(response.status, `the video host answered HTTP ${response.status}`)
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
    await part.take(response.body, o.maxBytes, () => new ActionFailure(`The video is larger than max-download-size (${o.maxBytes} bytes).`, 'download_too_large'))
    if (total !== undefined && part.size !== total) throw new BadReplyError(`got ${part.size} of ${total} bytes`)
    return
  }
}

/** The whole file's size from Content-Length (200) or Content-Range (206); undefined when not sent. */
function expectedTotal(response: OpenReply, offset: number): number | undefined {
  if (response.status === 206) {
    const range = response.header('content-range') ?? ''
    const match = /^bytes (\d+)-\d+\/(\d+)$/.exec(range)
    if (!match || Number(match[1]) !== offset) throw new BadReplyError(`unexpected Content-Range ${cleanText(range, 100)}`)
    return Number(match[2])
  }
  const length = response.header('content-length')
  return length !== undefined && /^\d+$/.test(length) ? Number(length) : undefined
}
