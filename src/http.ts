// One HTTP exchange with a time limit, and errors that say whether the request can have reached the server.
// Without a proxy, requests go through node:http(s), which costs nothing to load: the start-up budget
// (bench/, README "Performance") has no room for undici (~40 ms) or even fetch's first use (~20 ms).
// With HTTPS_PROXY / HTTP_PROXY set, undici's EnvHttpProxyAgent carries them (and honours NO_PROXY).

/** Network failure. `reached: 'no'` only when the request provably never left (refused, unresolvable host). */
export class TransportError extends Error {
  constructor(message: string, readonly reached: 'no' | 'maybe', readonly reason: string) {
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
}

export interface Exchange {
  method: 'GET' | 'POST'
  url: string
  headers: Record<string, string>
  body?: string
  timeoutMs: number
  signal?: AbortSignal
}

/** A reply whose body has not been read yet. Iterating `body` throws when the reply is cut short. */
export interface OpenReply {
  status: number
  header(name: string): string | undefined
  body: AsyncIterable<Buffer>
  /** Reads and drops the rest of the body (to reuse the connection) or gives up on it. */
  discard(): Promise<void>
}

export interface OpenRequest {
  method: 'GET' | 'POST'
  url: string
  headers: Record<string, string>
  body?: string
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

const openDirect: Open = async (r, signal) => {
  const { request } = r.url.startsWith('https:') ? await import('node:https') : await import('node:http')
  return new Promise<OpenReply>((resolve, reject) => {
    const req = request(r.url, { method: r.method, headers: r.headers, signal }, response => {
      resolve({
        status: response.statusCode ?? 0,
        header: headerReader(response.headers),
        // Iterated as is (a wrapper costs ~5 % of a download's CPU): node:http destroys the reply with
        // ECONNRESET "aborted" when the connection closes before the body is complete, which ends the loop.
        body: response,
        // A reset while draining must not become an unhandled 'error' event.
        discard: async () => void response.on('error', () => undefined).resume()
      })
    })
    req.on('error', reject)
    req.end(r.body)
  })
}

/** node:http(s) directly, or undici through the proxy-aware dispatcher when a proxy variable is set. */
export async function createTransport(env: NodeJS.ProcessEnv = process.env): Promise<HttpTransport> {
  if (!PROXY_VARIABLES.some(name => env[name])) return { open: openDirect, close: async () => undefined }
  const [{ request }, dispatcher] = await Promise.all([import('undici'), proxyAwareDispatcher()])
  const open: Open = async (r, signal) => {
    const response = await request(r.url, { dispatcher, method: r.method, headers: r.headers, body: r.body, signal })
    return {
      status: response.statusCode,
      header: headerReader(response.headers),
      body: response.body as AsyncIterable<Buffer>,
      discard: () => response.body.dump()
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
    const chunks: Buffer[] = []
    for await (const chunk of reply.body) chunks.push(chunk)
    return { status: reply.status, header: reply.header, text: Buffer.concat(chunks).toString('utf8') }
  } catch (error) {
    throw classify(error, x.signal, timeout, `no complete reply within ${x.timeoutMs / 1000} s (request-timeout)`)
  }
}

/** Turns a failure of `open` or of reading a body into CancelledError or TransportError. */
function classify(error: unknown, cancel: AbortSignal | undefined, timeout: AbortSignal | undefined, timeoutMessage: string): Error {
  if (cancel?.aborted) return cancel.reason instanceof Error ? cancel.reason : new CancelledError()
  if (timeout?.aborted) return new TransportError(timeoutMessage, 'maybe', 'timeout')
  const code = codeOf(error)
  return new TransportError(`${code}: ${messageOf(error)}`, NOT_SENT.has(code) ? 'no' : 'maybe', code)
}
