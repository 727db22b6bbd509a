// One HTTP exchange with a time limit, and errors that say whether the request can have reached the server.
// Node's built-in fetch (undici inside Node) costs nothing to load; the npm undici is loaded only when a
// proxy is configured, for its EnvHttpProxyAgent (HTTPS_PROXY / HTTP_PROXY / NO_PROXY).

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

export type Fetch = (url: string, init: RequestInit) => Promise<Response>

export interface HttpTransport {
  fetch: Fetch
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

/** Built-in fetch, or undici's fetch through the proxy-aware dispatcher when a proxy variable is set. */
export async function createTransport(env: NodeJS.ProcessEnv = process.env): Promise<HttpTransport> {
  if (!PROXY_VARIABLES.some(name => env[name])) return { fetch: globalThis.fetch, close: async () => undefined }
  const undici = await import('undici')
  const dispatcher = await proxyAwareDispatcher()
  return {
    fetch: (url, init) => undici.fetch(url, { ...(init as object), dispatcher }) as unknown as Promise<Response>,
    close: () => dispatcher.close()
  }
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

export async function exchange(fetch: Fetch, x: Exchange): Promise<Reply> {
  const timeout = AbortSignal.timeout(x.timeoutMs)
  const signal = x.signal ? AbortSignal.any([x.signal, timeout]) : timeout
  try {
    // Redirects are not followed: the key must not travel to whatever host a Location names.
    const response = await fetch(x.url, { method: x.method, headers: x.headers, body: x.body, signal, redirect: 'manual' })
    const text = await response.text()
    return { status: response.status, header: name => response.headers.get(name) ?? undefined, text }
  } catch (error) {
    if (x.signal?.aborted) throw x.signal.reason instanceof Error ? x.signal.reason : new CancelledError()
    if (timeout.aborted) {
      throw new TransportError(`no complete reply within ${x.timeoutMs / 1000} s (request-timeout)`, 'maybe', 'timeout')
    }
    // fetch throws a TypeError without a cause when it refuses to build the request at all (a blocked port).
    const unsent = error instanceof TypeError && !(error as { cause?: unknown }).cause
    const code = unsent ? 'request_not_sent' : codeOf(error)
    throw new TransportError(`${code}: ${messageOf(error)}`, unsent || NOT_SENT.has(code) ? 'no' : 'maybe', code)
  }
}
