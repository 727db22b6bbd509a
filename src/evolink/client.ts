// The two EvoLink calls the action makes (docs/evolink-api.md). One HTTP exchange each; no retries here
// (see task/retry.ts).
import { exchange, parseRetryAfter, type Open, type Reply } from '../net/http.js'
import { ApiError, MalformedReplyError } from './errors.js'
import type { GenerationRequest } from './contract.js'
import type { Task } from './schema.js'
import { cleanText } from '../net/untrusted.js'

export interface EvoLinkClient {
  submit(body: GenerationRequest, signal?: AbortSignal): Promise<Task>
  getTask(id: string, signal?: AbortSignal): Promise<Task>
  /** GET /v1/credits: the credits this key may still spend. */
  getCredits(signal?: AbortSignal): Promise<Credits>
}

/** What GET /v1/credits says: the lower of the key's and the user's remaining credits (the user's alone for an unlimited key). */
export interface Credits {
  remaining: number
}

/**
 * Reads a credits reply (docs/evolink-api.md): the token's balance (unless unlimited) and the user's, the
 * lower wins. Every figure EvoLink's schema requires must be there as a number: a reply that can only be
 * half read (a number sent as text, no user figure) is unreadable, since a floor is only as good as its reading.
 */
export function parseCredits(json: unknown): Credits | undefined {
  const data = (json as { data?: { token?: Record<string, unknown>; user?: Record<string, unknown> } } | undefined)?.data
  const finite = (value: unknown) => (typeof value === 'number' && Number.isFinite(value) ? value : undefined)
  const token = finite(data?.token?.remaining_credits)
  const user = finite(data?.user?.remaining_credits)
  const unlimited = data?.token?.unlimited_credits
  if (token === undefined || user === undefined || typeof unlimited !== 'boolean') return undefined
  return { remaining: unlimited ? user : Math.min(token, user) }
}

export interface ClientOptions {
  baseUrl: string
  apiKey: string
  requestTimeoutMs: number
  open: Open
  userAgent?: string
}

/** A task is a few hundred bytes; a reply of this size is not one, and is not read further. */
export const MAX_REPLY_BYTES = 1 << 20
/** Of an error reply, only the start is read: its JSON error or the first words of a proxy's page. */
const MAX_ERROR_REPLY_BYTES = 64 << 10

/** The first words of a body that is not what was expected, tags dropped, safe to show. */
function snippet(text: string): string {
  return cleanText(text.slice(0, 4096).replace(/<[^>]*>/g, ' '), 120)
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    return undefined
  }
}

async function toApiError(reply: Reply): Promise<ApiError> {
  const parsed = (await import('./schema.js')).errorBodySchema().safeParse(parseJson(reply.text))
  const retryAfterMs = parseRetryAfter(reply.header('retry-after'), Date.now())
  if (parsed.success) {
    return new ApiError(reply.status, parsed.data.code, parsed.data.message ?? 'no message', retryAfterMs)
  }
  const body = snippet(reply.text)
  return new ApiError(reply.status, undefined, body ? `non-JSON reply: ${body}` : 'empty reply', retryAfterMs)
}

async function toTask(reply: Reply): Promise<Task> {
  if (reply.status < 200 || reply.status >= 300) throw await toApiError(reply)
  if (reply.truncated) throw new MalformedReplyError(`HTTP ${reply.status} reply is larger than ${MAX_REPLY_BYTES} bytes: not an EvoLink task, not read further`)
  const json = parseJson(reply.text)
  const parsed = (await import('./schema.js')).taskSchema().safeParse(json)
  if (!parsed.success) {
    const why =
      json === undefined || typeof json !== 'object'
        ? ''
        : ` (${cleanText(
            parsed.error.issues
              .map(i => `${i.path.map(String).join('.')} ${i.message}`)
              .slice(0, 3)
              .join('; '),
            200
          )})`
    throw new MalformedReplyError(`HTTP ${reply.status} reply is not an EvoLink task${why}: ${snippet(reply.text) || 'empty body'}`)
  }
  return parsed.data
}

export function createClient(options: ClientOptions): EvoLinkClient {
  // The key goes only into requests built here, and these only ever target base-url.
  const headers = {
    authorization: `Bearer ${options.apiKey}`,
    accept: 'application/json',
    'user-agent': options.userAgent ?? 'evolink-video-action'
  }
  const send = (method: 'GET' | 'POST', path: string, signal?: AbortSignal, body?: string) =>
    exchange(options.open, {
      method,
      url: `${options.baseUrl}${path}`,
      headers: body === undefined ? headers : { ...headers, 'content-type': 'application/json' },
      body,
      timeoutMs: options.requestTimeoutMs,
      maxBytes: status => (status >= 200 && status < 300 ? MAX_REPLY_BYTES : MAX_ERROR_REPLY_BYTES),
      signal
    })
  const call = (method: 'GET' | 'POST', path: string, signal?: AbortSignal, body?: string) => send(method, path, signal, body).then(toTask)

  return {
    submit: (body, signal) => call('POST', '/v1/videos/generations', signal, JSON.stringify(body)),
    getTask: async (id, signal) => {
      const task = await call('GET', `/v1/tasks/${encodeURIComponent(id)}`, signal)
      if (task.id !== id) throw new MalformedReplyError(`the reply describes task ${task.id}, not ${id}`)
      return task
    },
    getCredits: async signal => {
      const reply = await send('GET', '/v1/credits', signal)
      if (reply.status < 200 || reply.status >= 300) throw await toApiError(reply)
      const credits = reply.truncated ? undefined : parseCredits(parseJson(reply.text))
      if (!credits) throw new MalformedReplyError(`HTTP ${reply.status} reply is not EvoLink's credits: ${snippet(reply.text) || 'empty body'}`)
      return credits
    }
  }
}
