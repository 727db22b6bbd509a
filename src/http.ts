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

/** Sends one request and reads the whole reply; `exchange` adds time limits and error classification. */
export type Send = (x: Exchange, signal: AbortSignal) => Promise<Reply>

export interface HttpTransport {
  send: Send
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

function headerReader(headers: Record<string, string | string[] | undefined>): Reply['header'] {
  return name => {
    const value = headers[name.toLowerCase()]
    return Array.isArray(value) ? value[0] : value
  }
}

const sendDirect: Send = async (x, signal) => {
  const { request } = x.url.startsWith('https:') ? await import('node:https') : await import('node:http')
  return new Promise<Reply>((resolve, reject) => {
    const req = request(x.url, { method: x.method, headers: x.headers, signal }, async response => {
      try {
        const chunks: Buffer[] = []
        for await (const chunk of response) chunks.push(chunk as Buffer)
        if (!response.complete) throw Object.assign(new Error('the reply was cut short'), { code: 'ECONNRESET' })
        resolve({ status: response.statusCode ?? 0, header: headerReader(response.headers), text: Buffer.concat(chunks).toString('utf8') })
      } catch (error) {
        reject(error)
      }
    })
    req.on('error', reject)
    req.end(x.body)
  })
}

/** node:http(s) directly, or undici through the proxy-aware dispatcher when a proxy variable is set. */
export async function createTransport(env: NodeJS.ProcessEnv = process.env): Promise<HttpTransport> {
  if (!PROXY_VARIABLES.some(name => env[name])) return { send: sendDirect, close: async () => undefined }
  const [{ request }, dispatcher] = await Promise.all([import('undici'), proxyAwareDispatcher()])
  const send: Send = async (x, signal) => {
    const response = await request(x.url, { dispatcher, method: x.method, headers: x.headers, body: x.body, signal })
    return { status: response.statusCode, header: headerReader(response.headers), text: await response.body.text() }
  }
  return { send, close: () => dispatcher.close() }
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

export async function exchange(send: Send, x: Exchange): Promise<Reply> {
  const timeout = AbortSignal.timeout(x.timeoutMs)
  const signal = x.signal ? AbortSignal.any([x.signal, timeout]) : timeout
  try {
    // Neither sender follows redirects: the key must not travel to whatever host a Location names.
    return await send(x, signal)
  } catch (error) {
    if (x.signal?.aborted) throw x.signal.reason instanceof Error ? x.signal.reason : new CancelledError()
    if (timeout.aborted) {
      throw new TransportError(`no complete reply within ${x.timeoutMs / 1000} s (request-timeout)`, 'maybe', 'timeout')
    }
    const code = codeOf(error)
    throw new TransportError(`${code}: ${messageOf(error)}`, NOT_SENT.has(code) ? 'no' : 'maybe', code)
  }
}
