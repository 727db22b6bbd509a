// The two EvoLink calls the action makes. One HTTP exchange each; no retries here (see retry.ts).
import { exchange, type Open, type Reply } from '../http.js'
import { ApiError, MalformedReplyError } from './errors.js'
import { parseRetryAfter } from '../retry.js'
import type { GenerationRequest } from './contract.js'
import type { Task } from './schema.js'

// The reply schemas (and zod) load once the first request is out, not before: see schema.ts.
const loadSchemas = () => import('./schema.js')

export interface EvoLinkClient {
  submit(body: GenerationRequest, signal?: AbortSignal): Promise<Task>
  getTask(id: string, signal?: AbortSignal): Promise<Task>
}

export interface ClientOptions {
  baseUrl: string
  apiKey: string
  requestTimeoutMs: number
  open: Open
  userAgent?: string
}

function snippet(text: string): string {
  const flat = text.replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ').trim()
  return flat.length > 120 ? `${flat.slice(0, 120)}…` : flat
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    return undefined
  }
}

async function toApiError(reply: Reply): Promise<ApiError> {
  const parsed = (await loadSchemas()).errorBodySchema().safeParse(parseJson(reply.text))
  const retryAfterMs = parseRetryAfter(reply.header('retry-after'), Date.now())
  if (parsed.success) {
    return new ApiError(reply.status, parsed.data.error.code, parsed.data.error.message ?? 'no message', retryAfterMs)
  }
  const body = snippet(reply.text)
  return new ApiError(reply.status, undefined, body ? `non-JSON reply: ${body}` : 'empty reply', retryAfterMs)
}

async function toTask(reply: Reply): Promise<Task> {
  if (reply.status < 200 || reply.status >= 300) throw await toApiError(reply)
  const parsed = (await loadSchemas()).taskSchema().safeParse(parseJson(reply.text))
  if (!parsed.success) {
    throw new MalformedReplyError(`HTTP ${reply.status} reply is not an EvoLink task: ${snippet(reply.text) || 'empty body'}`)
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
  const call = (method: 'GET' | 'POST', path: string, signal?: AbortSignal, body?: string) =>
    exchange(options.open, {
      method,
      url: `${options.baseUrl}${path}`,
      headers: body === undefined ? headers : { ...headers, 'content-type': 'application/json' },
      body,
      timeoutMs: options.requestTimeoutMs,
      signal
    }).then(toTask)

  return {
    submit: (body, signal) => call('POST', '/v1/videos/generations', signal, JSON.stringify(body)),
    getTask: (id, signal) => call('GET', `/v1/tasks/${encodeURIComponent(id)}`, signal)
  }
}
