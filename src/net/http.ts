// One HTTP exchange with a time limit, and errors that say whether the request can have reached the server.
// Without a proxy, requests go through node:http(s), which costs nothing to load: the start-up budget
// (bench/, README "Performance") has no room for undici (~40 ms) or even fetch's first use (~20 ms).
// With HTTPS_PROXY / HTTP_PROXY set, undici's EnvHttpProxyAgent carries them (and honours NO_PROXY).

import type { AddressGuard } from './address-guard.js'
import { TEXT_CAP, cleanText } from './untrusted.js'

/** Network failure. `reached: 'no'` only when the request provably never left (refused, unresolvable host). */
export class TransportError extends Error {
  constructor(
    message: string,
    readonly reached: 'no' | 'maybe',
    readonly reason: string
  ) {
    super(message)
    this.name = 'TransportError'
  }
}

/** The caller's signal fired (the job was cancelled). */
export class CancelledError extends Error {
  constructor(readonly signalName = 'cancellation') {
    super(`Cancelled by ${signalName}`)
    this.name = 'CancelledError'
  }
}

export interface Reply {
  status: number
  header(name: string): string | undefined
  text: string
  /** The body was longer than `maxBytes`: `text` holds only its start and the rest was never read. */
  truncated: boolean
}

export interface Exchange {
  method: 'GET' | 'POST'
  url: string
  headers: Record<string, string>
  body?: RequestBody
  /** Total time for the exchange, headers and body. */
  timeoutMs: number
  /** Bytes of body read at most, by status; past that the connection is closed (a hostile server may never stop). */
  maxBytes: (status: number) => number
  signal?: AbortSignal
}

/** A reply whose body has not been read yet. Iterating `body` throws when the reply is cut short. */
export interface OpenReply {
  status: number
  header(name: string): string | undefined
  body: AsyncIterable<Buffer>
  /**
   * Closes the connection without reading the rest of the body: a reply the action will not use is never
   * drained, since a hostile server can make it endless.
   */
  destroy(): void
}

/** A request body: text, or a stream made for this one attempt (an upload read from disk as it is sent). */
export type RequestBody = string | import('node:stream').Readable

export interface OpenRequest {
  method: 'GET' | 'POST'
  url: string
  headers: Record<string, string>
  body?: RequestBody
}

/** Sends one request and returns as soon as the status and headers are in. Never follows redirects. */
export type Open = (request: OpenRequest, signal: AbortSignal) => Promise<OpenReply>

export interface HttpTransport {
  open: Open
  close(): Promise<void>
}

const PROXY_VARIABLES = ['HTTPS_PROXY', 'https_proxy', 'HTTP_PROXY', 'http_proxy']

/**
 * undici's dispatcher that honours HTTPS_PROXY / HTTP_PROXY / NO_PROXY (and goes direct without them).
 * Plain-http requests are sent to the proxy as absolute URLs, as curl does, rather than tunnelled.
 */
export async function proxyAwareDispatcher(): Promise<import('undici').Dispatcher> {
  const { EnvHttpProxyAgent } = await import('undici')
  return new EnvHttpProxyAgent({ proxyTunnel: false })
}

function headerReader(headers: Record<string, string | string[] | undefined>): OpenReply['header'] {
  return name => {
    const value = headers[name.toLowerCase()]
    return Array.isArray(value) ? value[0] : value
  }
}

/** node:http(s); with a guard, literal addresses are checked first and names through the guard's lookup. */
const openDirect =
  (guard?: AddressGuard): Open =>
  async (r, signal) => {
    const { request } = r.url.startsWith('https:') ? await import('node:https') : await import('node:http')
    guard?.checkLiteral(new URL(r.url))
    return new Promise<OpenReply>((resolve, reject) => {
      const options = { method: r.method, headers: r.headers, signal, ...(guard ? { lookup: guard.lookup } : {}) }
      const req = request(r.url, options, response => {
        resolve({
          status: response.statusCode ?? 0,
          header: headerReader(response.headers),
          // Iterated as is (a wrapper costs ~5 % of a download's CPU): node:http destroys the reply with
          // ECONNRESET "aborted" when the connection closes before the body is complete, which ends the loop.
          body: response,
          // An error after giving up must not become an unhandled 'error' event.
          destroy: () => void response.on('error', () => undefined).destroy()
        })
      })
      req.on('error', reject)
      if (typeof r.body === 'object') r.body.on('error', error => req.destroy(error)).pipe(req)
      else req.end(r.body)
    })
  }

/**
 * node:http(s) directly, or undici through the proxy-aware dispatcher when a proxy variable is set.
 * `guard` (downloads) decides which addresses may be reached; API calls go to base-url, which the user chose.
 */
export async function createTransport(env: NodeJS.ProcessEnv = process.env, guard?: AddressGuard): Promise<HttpTransport> {
  if (!PROXY_VARIABLES.some(name => env[name])) return { open: openDirect(guard), close: async () => undefined }
  const [{ request }, dispatcher] = await Promise.all([import('undici'), proxyAwareDispatcher()])
  const open: Open = async (r, signal) => {
    await guard?.checkBeforeProxy(new URL(r.url))
    const response = await request(r.url, { dispatcher, method: r.method, headers: r.headers, body: r.body, signal })
    return {
      status: response.statusCode,
      header: headerReader(response.headers),
      body: response.body as AsyncIterable<Buffer>,
      destroy: () => void response.body.on('error', () => undefined).destroy()
    }
  }
  return { open, close: () => dispatcher.close() }
}

// Errors raised before a single byte of the request was written.
const NOT_SENT = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH', 'UND_ERR_CONNECT_TIMEOUT'])

function codeOf(error: unknown): string {
  const e = error as { code?: unknown; cause?: { code?: unknown; errors?: { code?: unknown }[] } } | undefined
  return String(e?.cause?.code ?? e?.cause?.errors?.[0]?.code ?? e?.code ?? (error as Error | undefined)?.name ?? 'unknown')
}

function messageOf(error: unknown): string {
  const cause = (error as { cause?: unknown }).cause
  return cause instanceof Error && cause.message ? cause.message : (error as Error).message
}

export async function exchange(open: Open, x: Exchange): Promise<Reply> {
  const timeout = AbortSignal.timeout(x.timeoutMs)
  const signal = x.signal ? AbortSignal.any([x.signal, timeout]) : timeout
  try {
    // Redirects are not followed: the key must not travel to whatever host a Location names.
    const reply = await open(x, signal)
    const maxBytes = x.maxBytes(reply.status)
    if (Number(reply.header('content-length')) > maxBytes) {
      reply.destroy()
      return { status: reply.status, header: reply.header, text: '', truncated: true }
    }
    const chunks: Buffer[] = []
    let size = 0
    for await (const chunk of reply.body) {
      chunks.push(chunk)
      size += chunk.length
      if (size > maxBytes) break // leaving the loop destroys the body
    }
    const text = Buffer.concat(chunks).subarray(0, maxBytes).toString('utf8')
    return { status: reply.status, header: reply.header, text, truncated: size > maxBytes }
  } catch (error) {
    throw classify(error, x.signal, timeout, `no complete reply within ${x.timeoutMs / 1000} s (request-timeout)`)
  }
}

/** Turns a failure of `open` or of reading a body into CancelledError or TransportError. */
function classify(error: unknown, cancel: AbortSignal | undefined, timeout: AbortSignal | undefined, timeoutMessage: string): Error {
  if (cancel?.aborted) return cancel.reason instanceof Error ? cancel.reason : new CancelledError()
  if (timeout?.aborted) return new TransportError(timeoutMessage, 'maybe', 'timeout')
  const code = codeOf(error)
  const message = cleanText(messageOf(error), TEXT_CAP.word)
  // "connect ECONNREFUSED 127.0.0.1:443" names its code already: said once.
  const text = message.includes(code) ? message : `${cleanText(code, TEXT_CAP.word)}: ${message}`
  return new TransportError(text, NOT_SENT.has(code) ? 'no' : 'maybe', code)
}

/** Retry-After as delta-seconds or an HTTP date; undefined when absent or unreadable. */
export function parseRetryAfter(value: string | undefined, nowMs: number): number | undefined {
  if (!value) return undefined
  const trimmed = value.trim()
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000
  const date = Date.parse(trimmed)
  return Number.isNaN(date) ? undefined : Math.max(0, date - nowMs)
}
