// A loopback EvoLink simulator that follows docs/evolink-api.md: the generation endpoint with its
// validation (every model of the catalogue, src/evolink/catalog.ts), the task lifecycle (pending → processing → completed/failed) with rising progress,
// result files on a second origin, documented error bodies, and switchable faults.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo, Socket } from 'node:net'
import { createHash } from 'node:crypto'
import { checkBody } from '../../src/evolink/models.js'
import { sniff } from '../../src/inputs/local-images.js'

export type FaultTarget = 'submit' | 'poll' | 'file' | 'upload' | 'credits'

export type Fault =
  /** An HTTP error: JSON error body unless `body` is given (an HTML page from a proxy, say). */
  | { kind: 'status'; status: number; code?: string | number; retryAfter?: string; body?: string; contentType?: string }
  /** The connection is reset after the request was read (for a submission: after the task was created). */
  | { kind: 'reset' }
  /** Headers and half the body, then the connection is dropped (for files: half of what is left). */
  | { kind: 'cut' }
  /** No reply at all until the client gives up. */
  | { kind: 'hang' }
  /** The reply comes, but after `ms`. */
  | { kind: 'slow'; ms: number }
  /** 200 with a body that is not a task (`body`, or JSON without id/status). */
  | { kind: 'malformed'; body?: string }
  /** The task is sent with these fields changed; a field set to undefined is left out. */
  | { kind: 'patch'; fields: Record<string, unknown> }
  /** A redirect to `location` (relative paths go to the results origin). */
  | { kind: 'redirect'; status: number; location: string }
  /**
   * A flood: `status`, an optional (possibly false) Content-Length, then `bytes` of body (endless when not
   * given, until the client hangs up; the simulator stops by itself after FLOOD_MAX_MS all the same).
   * With `paceMs`, 1 KiB every `paceMs` instead of as fast as the client reads.
   */
  | { kind: 'flood'; status: number; contentLength?: string; bytes?: number; paceMs?: number }
  /** No fault: this request is served normally (to aim the next fault at a later request). */
  | { kind: 'none' }

export type Outcome = { status: 'completed' } | { status: 'completed-empty' } | { status: 'failed'; code: string; message: string } | { status: string }

export interface SimulatorOptions {
  /** Milliseconds from creation to the final status. */
  taskMs?: number
  /** Milliseconds spent in `pending` before `processing`. */
  pendingMs?: number
  /** estimated_time reported at submission, in seconds. */
  estimatedTimeS?: number
  /** How tasks end. */
  outcome?: Outcome
  /** What a submission reserves and how it is billed (default: CREDITS_PER_SECOND × duration, per_call). */
  priceOf?: (body: Record<string, unknown>) => { credits: number; rule: 'per_call' | 'per_token' | 'per_second' }
  /** How the task of this request ends, where it differs from `outcome` (undefined: as `outcome` says). */
  outcomeFor?: (body: Record<string, unknown>) => Outcome | undefined
  /** Size of each result file in bytes. */
  videoBytes?: number
  /** Number of result URLs per task. */
  resultCount?: number
  /** Whether the results host honours `Range: bytes=N-` (resumable downloads). */
  fileRanges?: boolean
}

export interface SimTask {
  id: string
  created: number
  createdAtMs: number
  body: Record<string, unknown>
}

export interface RecordedRequest {
  method: string
  path: string
  authorization?: string
  origin: 'api' | 'files' | 'uploads'
  at: number
}

/** Credits the simulator reserves per second of video (the real price list is not public). */
export const CREDITS_PER_SECOND = 2

export class EvoLinkSimulator {
  readonly tasks = new Map<string, SimTask>()
  readonly requests: RecordedRequest[] = []
  /** GET /v1/credits: the key's and the user's balance before any task; each task created spends its credits_reserved. */
  balance = { token: 1000, user: 500, unlimited: false }
  /** Credits reserved by the tasks created so far. */
  spent = 0
  /** performance.now() of the first byte received on each API connection (start-up benchmark). */
  readonly firstBytesAt: number[] = []
  private readonly faults: { target: FaultTarget; fault: Fault }[] = []
  private readonly sockets = new Set<Socket>()
  private api?: Server
  private files?: Server
  /** EvoLink's files API (image uploads), on an origin of its own as in production. */
  private uploadsServer?: Server
  /** Images received by the files API, in order. */
  readonly uploads: { name: string; type: string; size: number; sha256: string; url: string }[] = []
  private apiPort = 0
  private seq = 0
  options: Required<Omit<SimulatorOptions, 'estimatedTimeS' | 'outcomeFor' | 'priceOf'>> & Pick<SimulatorOptions, 'estimatedTimeS' | 'outcomeFor' | 'priceOf'>

  constructor(options: SimulatorOptions = {}) {
    this.options = {
      taskMs: 1500,
      pendingMs: 200,
      outcome: { status: 'completed' },
      videoBytes: 4096,
      resultCount: 1,
      fileRanges: true,
      ...options
    }
  }

  get url(): string {
    return `http://127.0.0.1:${this.apiPort}`
  }

  get uploadsUrl(): string {
    return `http://127.0.0.1:${(this.uploadsServer?.address() as AddressInfo).port}`
  }

  get filesUrl(): string {
    return `http://127.0.0.1:${(this.files?.address() as AddressInfo).port}`
  }

  /** Tasks created: a resubmission shows up here as a second one. */
  get creations(): number {
    return this.tasks.size
  }

  get polls(): number {
    return this.requests.filter(r => r.origin === 'api' && r.method === 'GET' && r.path.startsWith('/v1/tasks/')).length
  }

  /** Queue `times` copies of a fault for the next requests of that kind. */
  inject(target: FaultTarget, fault: Fault, times = 1): this {
    for (let i = 0; i < times; i++) this.faults.push({ target, fault })
    return this
  }

  async start(port = 0): Promise<this> {
    this.api = await this.listen((req, res) => this.handleApi(req, res), port)
    this.api.on('connection', socket => socket.once('data', () => this.firstBytesAt.push(performance.now())))
    this.apiPort = (this.api.address() as AddressInfo).port
    this.files = await this.listen((req, res) => this.handleFile(req, res), 0)
    this.uploadsServer = await this.listen((req, res) => void this.handleUpload(req, res), 0)
    return this
  }

  /** Refuse connections for `ms` (the port is closed), then accept again on the same port. */
  async refuseConnections(ms: number): Promise<void> {
    await new Promise<void>(resolve => this.api?.close(() => resolve()))
    setTimeout(() => {
      void this.listen((req, res) => this.handleApi(req, res), this.apiPort).then(server => (this.api = server))
    }, ms)
  }

  async stop(): Promise<void> {
    for (const socket of this.sockets) socket.destroy()
    await Promise.all([this.api, this.files, this.uploadsServer].map(s => new Promise<void>(resolve => (s?.listening ? s.close(() => resolve()) : resolve()))))
  }

  private listen(handler: (req: IncomingMessage, res: ServerResponse) => void, port: number): Promise<Server> {
    const server = createServer((req, res) => handler(req, res))
    server.on('connection', socket => {
      this.sockets.add(socket)
      socket.on('close', () => this.sockets.delete(socket))
    })
    return new Promise((resolve, reject) => {
      server.once('error', reject)
      server.listen(port, '127.0.0.1', () => resolve(server))
    })
  }

  private takeFault(target: FaultTarget): Fault | undefined {
    const index = this.faults.findIndex(f => f.target === target)
    return index === -1 ? undefined : this.faults.splice(index, 1)[0]?.fault
  }

  private record(req: IncomingMessage, origin: RecordedRequest['origin']): void {
    const url = new URL(req.url ?? '/', 'http://x')
    this.requests.push({ method: req.method ?? '', path: url.pathname, authorization: req.headers.authorization, origin, at: Date.now() })
  }

  private async handleApi(req: IncomingMessage, res: ServerResponse): Promise<void> {
    this.record(req, 'api')
    const body = await readBody(req)
    const path = new URL(req.url ?? '/', 'http://x').pathname
    const isSubmit = req.method === 'POST' && path === '/v1/videos/generations'
    const isPoll = req.method === 'GET' && path.startsWith('/v1/tasks/')
    const fault = isSubmit ? this.takeFault('submit') : isPoll ? this.takeFault('poll') : undefined

    if (fault?.kind === 'slow') await delay(fault.ms)
    if (fault && this.answeredByFault(res, fault)) return
    if (fault?.kind === 'malformed') return send(res, 200, fault.body ?? JSON.stringify({ object: 'video.generation.task' }), 'application/json')

    if (!/^Bearer sk-evo-\S+$/.test(req.headers.authorization ?? '')) {
      return sendError(res, 401, 'unauthorized', 'Invalid or expired API key')
    }
    if (isSubmit) {
      let parsed: unknown
      try {
        parsed = JSON.parse(body)
      } catch {
        return sendError(res, 400, 'invalid_request', 'Body is not valid JSON')
      }
      const problem = validateGeneration(parsed)
      if (problem) return sendError(res, 400, 'invalid_request', problem)
      const task = this.createTask(parsed as Record<string, unknown>)
      const price = this.options.priceOf?.(task.body) ?? { credits: CREDITS_PER_SECOND * Number(task.body.duration ?? 5), rule: 'per_call' }
      const usage = { billing_rule: price.rule, credits_reserved: price.credits, user_group: 'default' }
      this.spent += usage.credits_reserved
      return this.reply(res, fault, { ...this.taskView(task, fault), usage })
    }
    if (isPoll) {
      const id = decodeURIComponent(path.slice('/v1/tasks/'.length))
      if (!id.startsWith('task-unified-')) return sendError(res, 400, 'invalid_task_id', `Invalid task id: ${id}`)
      const task = this.tasks.get(id)
      if (!task) return sendError(res, 404, 'task_not_found', `Task ${id} not found`)
      return this.reply(res, fault, this.taskView(task, fault))
    }
    if (req.method === 'GET' && path === '/v1/credits') {
      const fault = this.takeFault('credits')
      if (fault?.kind === 'status') return sendFault(res, fault)
      if (fault?.kind === 'hang') return
      if (fault?.kind === 'malformed') return send(res, 200, fault.body ?? '{"success":true}', 'application/json')
      const { token, user, unlimited } = this.balance
      return send(
        res,
        200,
        JSON.stringify({
          success: true,
          message: '',
          data: {
            token: { remaining_credits: token - this.spent, unlimited_credits: unlimited, used_credits: this.spent },
            user: { remaining_credits: user - this.spent, used_credits: this.spent }
          }
        }),
        'application/json'
      )
    }
    sendError(res, 404, 'not_found', `No route ${req.method} ${path}`)
  }

  /** Sends a task, or breaks the connection as the fault says (after the work was done). */
  private reply(res: ServerResponse, fault: Fault | undefined, view: object): void {
    const json = JSON.stringify(view)
    if (fault?.kind === 'reset') {
      res.socket?.destroy()
      return
    }
    if (fault?.kind === 'cut') {
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': String(json.length) })
      res.write(json.slice(0, Math.floor(json.length / 2)), () => res.socket?.destroy())
      return
    }
    send(res, 200, json, 'application/json')
  }

  private createTask(body: Record<string, unknown>): SimTask {
    const createdAtMs = Date.now()
    const created = Math.floor(createdAtMs / 1000)
    const id = `task-unified-${created}-${(++this.seq).toString(36).padStart(8, '0')}`
    const task = { id, created, createdAtMs, body }
    this.tasks.set(id, task)
    return task
  }

  taskView(task: SimTask, fault?: Fault): Record<string, unknown> {
    const { taskMs, pendingMs, resultCount } = this.options
    const outcome = this.options.outcomeFor?.(task.body) ?? this.options.outcome
    const elapsed = Date.now() - task.createdAtMs
    const duration = typeof task.body.duration === 'number' ? task.body.duration : 5
    const common = { created: task.created, id: task.id, model: task.body.model, object: 'video.generation.task', type: 'video' }
    let view: Record<string, unknown>
    if (elapsed < taskMs) {
      const status = elapsed < pendingMs ? 'pending' : 'processing'
      const progress = status === 'pending' ? 0 : Math.min(99, Math.floor((100 * (elapsed - pendingMs)) / Math.max(1, taskMs - pendingMs)))
      view = {
        ...common,
        progress,
        status,
        task_info: { can_cancel: status === 'pending', estimated_time: this.options.estimatedTimeS ?? Math.ceil(taskMs / 1000), video_duration: duration }
      }
    } else if (outcome.status === 'completed') {
      // Veo's `n` asks for several videos.
      const count = typeof task.body.n === 'number' ? task.body.n : resultCount
      const results = Array.from({ length: count }, (_, i) => `${this.filesUrl}/videos/${task.id}${i ? `-${i}` : ''}.mp4`)
      view = { ...common, progress: 100, results, status: 'completed', task_info: { can_cancel: false } }
    } else if (outcome.status === 'completed-empty') {
      view = { ...common, progress: 100, results: [], status: 'completed', task_info: { can_cancel: false } }
    } else if ('code' in outcome) {
      view = { ...common, progress: 100, status: outcome.status, error: { code: outcome.code, message: outcome.message, type: 'task_error' }, task_info: { can_cancel: false } }
    } else {
      view = { ...common, progress: 100, status: outcome.status, task_info: { can_cancel: false } }
    }
    return fault?.kind === 'patch' ? { ...view, ...fault.fields } : view
  }

  /** POST /api/v1/files/upload/stream: one image in the multipart field `file`; its URL in data.file_url. */
  private async handleUpload(req: IncomingMessage, res: ServerResponse): Promise<void> {
    this.record(req, 'uploads')
    const fault = this.takeFault('upload')
    if (fault?.kind === 'hang') return
    if (fault?.kind === 'status') return sendFault(res, fault)
    if (fault?.kind === 'reset') return void req.socket.destroy()
    const reply = (status: number, body: object) => send(res, status, JSON.stringify(body), 'application/json')
    if (req.method !== 'POST' || new URL(req.url ?? '/', 'http://x').pathname !== '/api/v1/files/upload/stream') {
      return reply(404, { success: false, code: 404, msg: 'Not found' })
    }
    if (!/^Bearer sk-evo-\S+$/.test(req.headers.authorization ?? '')) return reply(401, { success: false, code: 401, msg: 'Invalid API key' })
    const boundary = /boundary=(?:"([^"]+)"|([^;]+))/.exec(req.headers['content-type'] ?? '')
    const body = Buffer.from(await readBody(req, 'latin1'), 'latin1')
    const delimiter = `--${boundary?.[1] ?? boundary?.[2] ?? ''}`
    const start = body.indexOf('\r\n\r\n', body.indexOf('name="file"'))
    const end = body.indexOf(`\r\n${delimiter}`, start)
    if (!boundary || body.indexOf('name="file"') < 0 || start < 0 || end < 0) return reply(400, { success: false, code: 400, msg: 'No file in the form' })
    const file = body.subarray(start + 4, end)
    const kind = sniff(file.subarray(0, 32))
    if (!('type' in kind)) return reply(400, { success: false, code: 400, msg: 'Only image/jpeg, image/png, image/gif and image/webp are supported' })
    const name = /filename="([^"]*)"/.exec(body.subarray(0, start).toString('latin1'))?.[1] ?? 'upload'
    const url = `${this.filesUrl}/uploads/${this.uploads.length + 1}-${name}`
    this.uploads.push({ name, type: kind.type, size: file.length, sha256: createHash('sha256').update(file).digest('hex'), url })
    reply(200, {
      success: true,
      code: 200,
      msg: 'File uploaded successfully',
      data: {
        file_id: `file_${this.uploads.length}`,
        file_name: name,
        original_name: name,
        file_size: file.length,
        mime_type: kind.type,
        upload_path: 'images',
        file_url: url,
        download_url: url,
        upload_time: new Date().toISOString(),
        expires_at: new Date(Date.now() + 72 * 3600_000).toISOString()
      }
    })
  }

  /** Faults that answer (or never answer) a request whatever it asked: true when this one did. */
  private answeredByFault(res: ServerResponse, fault: Fault): boolean {
    if (fault.kind === 'hang') return true
    if (fault.kind === 'flood') flood(res, fault)
    else if (fault.kind === 'status') sendFault(res, fault)
    else if (fault.kind === 'redirect') {
      res.writeHead(fault.status, { location: fault.location.startsWith('/') ? `${this.filesUrl}${fault.location}` : fault.location })
      res.end()
    } else return false
    return true
  }

  private handleFile(req: IncomingMessage, res: ServerResponse): void {
    this.record(req, 'files')
    const fault = this.takeFault('file')
    if (fault && this.answeredByFault(res, fault)) return
    const size = this.options.videoBytes
    const range = this.options.fileRanges ? /^bytes=(\d+)-$/.exec(req.headers.range ?? '') : null
    const start = range ? Number(range[1]) : 0
    if (start >= size && size > 0) {
      res.writeHead(416, { 'content-range': `bytes */${size}` })
      return void res.end()
    }
    const headers: Record<string, string> = { 'content-type': 'video/mp4', 'content-length': String(size - start) }
    if (this.options.fileRanges) headers['accept-ranges'] = 'bytes'
    if (range) headers['content-range'] = `bytes ${start}-${size - 1}/${size}`
    res.writeHead(range ? 206 : 200, headers)
    if (req.method === 'HEAD') return void res.end()
    // A cut sends about half of what is left, then drops the connection.
    const end = fault?.kind === 'cut' ? start + Math.floor((size - start) / 2) : size
    streamVideo(res, start, end, () => (fault?.kind === 'cut' ? res.socket?.destroy() : res.end()))
  }
}

const PATTERN_PERIOD = 251
/** One block of the repeating pattern, long enough to slice any 1 MiB window from. */
const PATTERN_BLOCK = videoBytes(0, PATTERN_PERIOD * 4200)

/** Writes bytes [start, end) of the pattern with back-pressure, in 1 MiB slices. */
function streamVideo(res: ServerResponse, start: number, end: number, done: () => void): void {
  let offset = start
  const pump = (): void => {
    while (offset < end) {
      const length = Math.min(1 << 20, end - offset)
      const from = offset % PATTERN_PERIOD
      const chunk = PATTERN_BLOCK.subarray(from, from + length)
      offset += length
      if (!res.write(chunk)) return void res.once('drain', pump)
    }
    done()
  }
  pump()
}

/** Deterministic file content, so a download can be checked byte for byte. */
export function videoBytes(start: number, end: number): Buffer {
  const buffer = Buffer.alloc(end - start)
  for (let i = 0; i < buffer.length; i++) buffer[i] = (start + i) % PATTERN_PERIOD
  return buffer
}

/**
 * The API's documented checks on a generation request, from the same catalogue the action validates
 * against (every catalogued model is served); returns the message of a 400, if any.
 */
export function validateGeneration(input: unknown): string | undefined {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return 'Body must be a JSON object'
  const body = input as Record<string, unknown>
  const callback = body.callback_url
  if (callback !== undefined && (typeof callback !== 'string' || !callback.startsWith('https://') || callback.length > 2048)) {
    return 'callback_url must be an HTTPS URL of at most 2048 characters'
  }
  return checkBody(body)[0]
}

function readBody(req: IncomingMessage, encoding: BufferEncoding = 'utf8'): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => resolve(Buffer.concat(chunks).toString(encoding)))
    req.on('error', reject)
  })
}

function send(res: ServerResponse, status: number, body: string, contentType: string, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': contentType, 'content-length': String(Buffer.byteLength(body)), ...headers })
  res.end(body)
}

function sendError(res: ServerResponse, status: number, code: string | number | undefined, message: string, headers: Record<string, string> = {}): void {
  send(res, status, JSON.stringify({ error: { code, message, type: 'invalid_request_error' } }), 'application/json', headers)
}

function sendFault(res: ServerResponse, fault: Extract<Fault, { kind: 'status' }>): void {
  const headers: Record<string, string> = fault.retryAfter ? { 'retry-after': fault.retryAfter } : {}
  if (fault.body !== undefined) return send(res, fault.status, fault.body, fault.contentType ?? 'text/html', headers)
  sendError(res, fault.status, fault.code, `Simulated HTTP ${fault.status}`, headers)
}

/** A flood stops by itself after this long even if nobody hangs up (tests must not leave load behind). */
const FLOOD_MAX_MS = 60_000
const FLOOD_CHUNK = Buffer.alloc(1 << 16, '{"a":"')

/** Streams the flood with back-pressure until `bytes` are out, the client hangs up, or FLOOD_MAX_MS. */
function flood(res: ServerResponse, fault: Extract<Fault, { kind: 'flood' }>): void {
  const headers: Record<string, string> = { 'content-type': 'application/json' }
  if (fault.contentLength !== undefined) headers['content-length'] = fault.contentLength
  res.writeHead(fault.status, headers)
  const until = Date.now() + FLOOD_MAX_MS
  let left = fault.bytes ?? Infinity
  const size = fault.paceMs ? 1024 : FLOOD_CHUNK.length
  const pump = (): void => {
    while (left > 0 && !res.destroyed) {
      if (Date.now() > until) return void res.destroy()
      const chunk = FLOOD_CHUNK.subarray(0, Math.min(size, left))
      left -= chunk.length
      if (!res.write(chunk)) return void res.once('drain', pump)
      if (fault.paceMs) return void setTimeout(pump, fault.paceMs)
    }
    if (res.destroyed) return
    if (fault.contentLength === undefined) res.end()
    else res.destroy()
  }
  res.on('error', () => undefined)
  pump()
}

const delay = (ms: number) => new Promise(resolve => setTimeout(resolve, ms))
