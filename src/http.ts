// One HTTP exchange with a time limit, and errors that say whether the request can have reached the server.
import type { IncomingHttpHeaders } from 'node:http'
import { request, type Dispatcher } from 'undici'

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
  headers: IncomingHttpHeaders
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

// Errors raised before a single byte of the request was written.
const NOT_SENT = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH', 'UND_ERR_CONNECT_TIMEOUT'])

function codeOf(error: unknown): string {
  const e = error as { code?: unknown; cause?: { code?: unknown } } | undefined
  return String(e?.code ?? e?.cause?.code ?? (error as Error | undefined)?.name ?? 'unknown')
}

export async function exchange(dispatcher: Dispatcher, x: Exchange): Promise<Reply> {
  const timeout = AbortSignal.timeout(x.timeoutMs)
  const signal = x.signal ? AbortSignal.any([x.signal, timeout]) : timeout
  try {
    const response = await request(x.url, { dispatcher, method: x.method, headers: x.headers, body: x.body, signal })
    return { status: response.statusCode, headers: response.headers, text: await response.body.text() }
  } catch (error) {
    if (x.signal?.aborted) throw x.signal.reason instanceof Error ? x.signal.reason : new CancelledError()
    if (timeout.aborted) {
      throw new TransportError(`no complete reply within ${x.timeoutMs / 1000} s (request-timeout)`, 'maybe', 'timeout')
    }
    const code = codeOf(error)
    const reached = NOT_SENT.has(code) ? 'no' : 'maybe'
    throw new TransportError(`${code}: ${(error as Error).message}`, reached, code)
  }
}
