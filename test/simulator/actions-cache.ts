// A loopback stand-in for GitHub's results service, the Actions cache as @actions/cache (v2 protocol) and the
// artifacts as @actions/artifact (v4 protocol) speak to it. The cache: the
// Twirp JSON API under /twirp/github.actions.results.api.v1.CacheService/ (CreateCacheEntry,
// FinalizeCacheEntryUpload, GetCacheEntryDownloadURL) and the signed blob URLs it hands out, served by a
// small Azure block-blob server (Put Blob, Put Block, Put Block List, HEAD, ranged GET). As strict as
// GitHub's: entries are immutable (an existing key is a 409), found by the key exactly, then the key as a
// prefix, then each restore key as a prefix (newest first), only for the same version; a read-only token
// is told "cache write denied". The blob URLs name an Azure-looking host (`*.blob.core.windows.net`) that
// the tests resolve to loopback (env() preloads test/harness/offline.mjs), so the library takes the path it
// takes on GitHub: the Azure SDK's HEAD and ranged GETs, not one plain GET. The blob server answers as
// Azure does: Put Blob needs x-ms-blob-type, an uncommitted blob is not found, a range past the end is a 416.
// test/unit/actions-cache-standin.test.ts runs the library's own saveCache/restoreCache against it, and the
// Azurite leg of CI (test/e2e/azurite.test.ts) runs the library's blob calls against Azure's own emulator.
// The artifacts: /twirp/github.actions.results.api.v1.ArtifactService/ (CreateArtifact, FinalizeArtifact,
// ListArtifacts, DeleteArtifact), the backend ids read from the runtime token, a JWT as GitHub's is, and the
// same blob server for the upload. As strict as GitHub's: names are unique within a run (all its attempts:
// a second CreateArtifact of a name is a 409), the ids must be the token's, version 7, a name without
// " : < > | * ? \ / or line breaks; finalize needs the committed blob of the size it names.
// test/unit/artifact-standin.test.ts runs the library's own uploadArtifact (with and without skipArchive),
// getArtifact and deleteArtifact against it.
import { randomBytes } from 'node:crypto'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { OFFLINE_PRELOAD } from '../harness/run-action.js'

/** The storage account's host in the signed URLs; env() resolves it to 127.0.0.1 for the action. */
export const BLOB_HOST = 'evolinkcache.blob.core.windows.net'

export interface CacheEntry {
  key: string
  version: string
  blob?: Buffer
  finalized: boolean
  createdAt: number
  id: number
}

export type CacheFault = 'down' | 'hang' | 'slow'

/** Where the blobs live when not on the stand-in's own blob server: Azure's emulator, Azurite (test/e2e/azurite.test.ts). */
export interface BlobStore {
  /** The host the signed URLs name (an Azure-looking one the tests resolve to loopback). */
  host: string
  /** A signed URL for entry `id`'s blob, with read, create and write rights. */
  signedUrl(id: number): string
  /** The size of entry `id`'s committed blob; undefined when there is none. */
  size(id: number): Promise<number | undefined>
}

const SERVICE = '/twirp/github.actions.results.api.v1.CacheService/'
const ARTIFACTS = '/twirp/github.actions.results.api.v1.ArtifactService/'

/** An artifact of the run, with its blob on the same blob server (container actions-results). */
export interface ArtifactEntry extends CacheEntry {
  name: string
  runBackendId: string
  jobBackendId: string
  mimeType?: string
  expiresAt?: string
  digest?: string
  /** Content type the blob was committed with (x-ms-blob-content-type). */
  contentType?: string
}

const base64url = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url')
const uuid = () => {
  const hex = randomBytes(16).toString('hex')
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`
}

export class ActionsCacheStandIn {
  readonly entries: CacheEntry[] = []
  /** Every Twirp call, in order: method and the parsed request. */
  readonly calls: { method: string; body: Record<string, unknown>; at: number }[] = []
  /** Blob requests (PUT/HEAD/GET), in order. */
  readonly blobRequests: { method: string; path: string }[] = []
  /** 'down': every Twirp call answers 503; 'hang': no answer ever; 'slow': answers after `slowMs`. */
  fault?: CacheFault
  /** The token may read but not write (GitHub: a pull request from a fork, or a read-only scope). */
  writeDenied = false
  /** Every look-up finds an entry holding these bytes, whatever its key: an attacker who guessed the key. */
  planted?: Buffer
  /** Uploads of the entries whose key this picks never finish (a save killed at its budget leaves its key reserved). */
  hangUploads?: (key: string) => boolean
  slowMs = 2000
  /** The tokens issued, each a run's (all its attempts share the run's backend id, as on GitHub) and a job's. */
  private readonly issued = new Map<string, { runBackendId: string; jobBackendId: string }>()
  private readonly runTokens = new Map<string, string>()
  /** The runtime token of the run a test names (ACTIONS_RUNTIME_TOKEN): a JWT whose scp names the backend ids, as GitHub's does. */
  tokenFor(runId: string): string {
    const known = this.runTokens.get(runId)
    if (known) return known
    const ids = { runBackendId: uuid(), jobBackendId: uuid() }
    const token = [
      base64url({ typ: 'JWT', alg: 'RS256' }),
      base64url({ scp: `Actions.ExampleScope Actions.Results:${ids.runBackendId}:${ids.jobBackendId}`, exp: Math.floor(Date.now() / 1000) + 6 * 3600 }),
      randomBytes(32).toString('base64url')
    ].join('.')
    this.issued.set(token, ids)
    this.runTokens.set(runId, token)
    return token
  }
  /** The token of a step that names no run. */
  get token(): string {
    return this.tokenFor('')
  }
  readonly artifacts: ArtifactEntry[] = []
  /** 'down' / 'hang' for the artifact calls alone. */
  artifactFault?: 'down' | 'hang'

  /** `store`: keep the blobs there instead of on the stand-in's own blob server. */
  constructor(private readonly store?: BlobStore) {}
  private api?: Server
  private blobs?: Server
  private readonly staged = new Map<string, Map<string, Buffer>>()
  private nextId = 1
  private readonly sockets = new Set<import('node:net').Socket>()

  get url(): string {
    return `http://127.0.0.1:${(this.api?.address() as AddressInfo).port}/`
  }

  private get blobUrl(): string {
    return `http://${BLOB_HOST}:${(this.blobs?.address() as AddressInfo).port}`
  }

  /**
   * The variables the runner gives a step when the cache service is there (v2), and the preload that resolves
   * the blob host to loopback in the action and its cache process (nothing else changes: offline.mjs).
   */
  env(mode?: string): Record<string, string> {
    return {
      ACTIONS_RESULTS_URL: this.url,
      ACTIONS_RUNTIME_TOKEN: this.token,
      ACTIONS_CACHE_SERVICE_V2: 'true',
      ...(mode ? { ACTIONS_CACHE_MODE: mode } : {}),
      NODE_OPTIONS: `--import=${OFFLINE_PRELOAD}`,
      TEST_DNS: JSON.stringify({ [this.store?.host ?? BLOB_HOST]: '127.0.0.1' })
    }
  }

  /** A step's variables with this service: step `render` of job `video`, attempt `attempt` of run `runId`. */
  stepEnv(attempt: number, runId: string, extra: Record<string, string> = {}): Record<string, string> {
    return {
      ...this.env(),
      ACTIONS_RUNTIME_TOKEN: this.tokenFor(runId),
      GITHUB_RUN_ID: runId,
      GITHUB_RUN_ATTEMPT: String(attempt),
      GITHUB_JOB: 'video',
      GITHUB_ACTION: 'render',
      ...extra
    }
  }

  async start(): Promise<this> {
    this.api = await this.listen((req, res) => void this.handleTwirp(req, res))
    this.blobs = await this.listen((req, res) => void this.handleBlob(req, res))
    return this
  }

  async stop(): Promise<void> {
    for (const socket of this.sockets) socket.destroy()
    await Promise.all([this.api, this.blobs].map(s => new Promise<void>(resolve => (s?.listening ? s.close(() => resolve()) : resolve()))))
  }

  /** Entries whose key starts with `prefix`, finalized, newest first. */
  find(prefix: string): CacheEntry[] {
    return this.entries.filter(e => e.finalized && e.key.startsWith(prefix)).sort((a, b) => b.createdAt - a.createdAt || b.id - a.id)
  }

  private listen(handler: (req: IncomingMessage, res: ServerResponse) => void): Promise<Server> {
    const server = createServer(handler)
    server.on('connection', socket => {
      this.sockets.add(socket)
      socket.on('close', () => this.sockets.delete(socket))
    })
    return new Promise(resolve => server.listen(0, '127.0.0.1', () => resolve(server)))
  }

  private async handleTwirp(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const raw = await read(req)
    const json = (status: number, body: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' })
      res.end(JSON.stringify(body))
    }
    const url = new URL(req.url ?? '/', 'http://x')
    const artifacts = url.pathname.startsWith(ARTIFACTS)
    const service = artifacts ? ARTIFACTS : SERVICE
    const method = url.pathname.startsWith(service) ? url.pathname.slice(service.length) : ''
    let body: Record<string, unknown>
    try {
      body = JSON.parse(raw.toString() || '{}') as Record<string, unknown>
    } catch {
      return json(400, { code: 'malformed', msg: 'body is not JSON' })
    }
    this.calls.push({ method, body, at: Date.now() })
    if (artifacts) return this.handleArtifacts(method, req, body, json)
    if (this.fault === 'hang') return
    if (this.fault === 'slow') await new Promise(resolve => setTimeout(resolve, this.slowMs))
    if (this.fault === 'down') return json(503, { code: 'unavailable', msg: 'cache service unavailable' })
    if (req.method !== 'POST' || !this.issued.has(String(req.headers.authorization).replace(/^Bearer /, ''))) return json(401, { code: 'unauthenticated', msg: 'bad token' })

    const key = String(body.key ?? '')
    const version = String(body.version ?? '')
    if (method === 'CreateCacheEntry') {
      if (this.writeDenied) return json(200, { ok: false, signed_upload_url: '', message: 'cache write denied: the token of this run cannot write to this cache scope' })
      // Immutable: a key and version that exist (or are being written) cannot be created again.
      if (this.entries.some(e => e.key === key && e.version === version)) {
        return json(409, { code: 'already_exists', msg: 'cache entry with the same key, version, and scope already exists' })
      }
      const entry = { key, version, finalized: false, createdAt: Date.now(), id: this.nextId++ }
      this.entries.push(entry)
      return json(200, { ok: true, signed_upload_url: this.signed(entry) })
    }
    if (method === 'FinalizeCacheEntryUpload') {
      const entry = this.entries.find(e => e.key === key && e.version === version && !e.finalized)
      const size = entry && (this.store ? await this.store.size(entry.id) : entry.blob?.length)
      if (!entry || size === undefined || String(size) !== String(body.size_bytes)) return json(200, { ok: false, entry_id: '0', message: 'nothing uploaded for this key' })
      entry.finalized = true
      return json(200, { ok: true, entry_id: String(entry.id) })
    }
    if (method === 'GetCacheEntryDownloadURL') {
      if (this.planted) {
        const entry = { key, version, blob: this.planted, finalized: true, createdAt: Date.now(), id: this.nextId++ }
        this.entries.push(entry)
        return json(200, { ok: true, signed_download_url: this.signed(entry), matched_key: key })
      }
      const restoreKeys = Array.isArray(body.restore_keys) ? body.restore_keys.map(String) : []
      const sameVersion = (e: CacheEntry) => e.finalized && e.version === version
      // GitHub's order: the key exactly, the key as a prefix, then each restore key as a prefix; newest first.
      const hit = this.entries.find(e => sameVersion(e) && e.key === key) ?? [key, ...restoreKeys].map(prefix => this.find(prefix).find(sameVersion)).find(Boolean)
      return hit ? json(200, { ok: true, signed_download_url: this.signed(hit), matched_key: hit.key }) : json(200, { ok: false, signed_download_url: '', matched_key: '' })
    }
    json(404, { code: 'bad_route', msg: `no method ${method}` })
  }

  private handleArtifacts(method: string, req: IncomingMessage, body: Record<string, unknown>, json: (status: number, body: unknown) => void): void {
    if (this.artifactFault === 'hang') return
    if (this.artifactFault === 'down') return json(503, { code: 'unavailable', msg: 'artifact service unavailable' })
    const ids = this.issued.get(String(req.headers.authorization).replace(/^Bearer /, ''))
    if (req.method !== 'POST' || !ids) return json(401, { code: 'unauthenticated', msg: 'bad token' })
    // The ids are the token's: a step cannot write another run's artifacts.
    if (body.workflow_run_backend_id !== ids.runBackendId || body.workflow_job_run_backend_id !== ids.jobBackendId) {
      return json(403, { code: 'permission_denied', msg: 'the backend ids are not those of the token' })
    }
    const name = String(body.name ?? '')
    const ofRun = this.artifacts.filter(a => a.runBackendId === ids.runBackendId)
    const view = (a: ArtifactEntry) => ({
      workflow_run_backend_id: a.runBackendId,
      workflow_job_run_backend_id: a.jobBackendId,
      database_id: String(a.id),
      name: a.name,
      size: String(a.blob?.length ?? 0),
      created_at: new Date(a.createdAt).toISOString(),
      ...(a.digest ? { digest: a.digest } : {})
    })
    if (method === 'CreateArtifact') {
      if (!name || /[":<>|*?\\/\r\n]/.test(name)) return json(400, { code: 'invalid_argument', msg: `invalid artifact name ${JSON.stringify(name)}` })
      if (body.version !== 7) return json(400, { code: 'invalid_argument', msg: 'unsupported version' })
      if (ofRun.some(a => a.name === name)) return json(409, { code: 'already_exists', msg: 'an artifact with this name already exists on the workflow run' })
      const artifact: ArtifactEntry = {
        key: `artifact:${name}`,
        version: ids.runBackendId,
        finalized: false,
        createdAt: Date.now(),
        id: this.nextId++,
        name,
        runBackendId: ids.runBackendId,
        jobBackendId: ids.jobBackendId,
        mimeType: typeof body.mime_type === 'string' ? body.mime_type : undefined,
        expiresAt: typeof body.expires_at === 'string' ? body.expires_at : undefined
      }
      this.artifacts.push(artifact)
      return json(200, { ok: true, signed_upload_url: `${this.blobUrl}/actions-results/${artifact.id}?sv=2025-01-05&sr=b&sp=cw&sig=${randomBytes(8).toString('hex')}` })
    }
    if (method === 'FinalizeArtifact') {
      const artifact = ofRun.find(a => a.name === name && !a.finalized)
      if (!artifact || !artifact.blob || String(artifact.blob.length) !== String(body.size))
        return json(404, { code: 'not_found', msg: 'no upload of this size for this artifact' })
      artifact.finalized = true
      artifact.digest = typeof body.hash === 'string' ? body.hash : undefined
      return json(200, { ok: true, artifact_id: String(artifact.id) })
    }
    if (method === 'ListArtifacts') {
      const byName = typeof body.name_filter === 'string' ? body.name_filter : undefined
      const byId = body.id_filter === undefined ? undefined : String(body.id_filter)
      const found = ofRun.filter(a => a.finalized && (byName === undefined || a.name === byName) && (byId === undefined || String(a.id) === byId))
      return json(200, { artifacts: found.map(view) })
    }
    if (method === 'DeleteArtifact') {
      const artifact = ofRun.find(a => a.name === name && a.finalized)
      if (!artifact) return json(404, { code: 'not_found', msg: 'artifact not found' })
      this.artifacts.splice(this.artifacts.indexOf(artifact), 1)
      return json(200, { ok: true, artifact_id: String(artifact.id) })
    }
    json(404, { code: 'bad_route', msg: `no method ${method}` })
  }

  /** A "signed" URL on the blob server: the account in the host, the container and blob in the path, as Azure's are. */
  private signed(entry: CacheEntry): string {
    if (this.store) return this.store.signedUrl(entry.id)
    return `${this.blobUrl}/actions-cache/${entry.id}?sv=2025-01-05&sr=b&sp=rcw&sig=${randomBytes(8).toString('hex')}`
  }

  private async handleBlob(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://x')
    this.blobRequests.push({ method: req.method ?? '', path: url.pathname })
    const body = await read(req)
    const entry = this.entries.find(e => url.pathname === `/actions-cache/${e.id}`) ?? this.artifacts.find(a => url.pathname === `/actions-results/${a.id}`)
    const headers = { 'x-ms-request-id': randomBytes(8).toString('hex'), 'x-ms-version': '2025-01-05', etag: `"0x${entry?.id ?? 0}"`, 'last-modified': new Date().toUTCString() }
    const error = (status: number, code: string) => {
      res.writeHead(status, { ...headers, 'x-ms-error-code': code, 'content-type': 'application/xml' })
      res.end(`<?xml version="1.0" encoding="utf-8"?><Error><Code>${code}</Code><Message>${code}</Message></Error>`)
    }
    if (!entry || !url.searchParams.get('sig')) return error(404, 'BlobNotFound')
    const comp = url.searchParams.get('comp')
    if (req.method === 'PUT' && this.hangUploads?.(entry.key)) return
    if (req.method === 'PUT') {
      if (entry.finalized) return error(409, 'BlobImmutable')
      const blocks = this.staged.get(entry.key + entry.version) ?? new Map<string, Buffer>()
      this.staged.set(entry.key + entry.version, blocks)
      if (comp === 'block') blocks.set(url.searchParams.get('blockid') ?? '', body)
      else if (comp === 'blocklist') {
        const ids = [...body.toString().matchAll(/<(?:Latest|Uncommitted|Committed)>([^<]*)<\//g)].map(m => m[1] ?? '')
        if (ids.some(id => !blocks.has(id))) return error(400, 'InvalidBlockList')
        entry.blob = Buffer.concat(ids.map(id => blocks.get(id) as Buffer))
        if ('name' in entry) (entry as ArtifactEntry).contentType = String(req.headers['x-ms-blob-content-type'] ?? '')
      } else if (req.headers['x-ms-blob-type'] !== 'BlockBlob') return error(400, 'MissingRequiredHeader')
      else {
        entry.blob = body
        if ('name' in entry) (entry as ArtifactEntry).contentType = String(req.headers['x-ms-blob-content-type'] ?? '')
      }
      res.writeHead(201, { ...headers, 'x-ms-request-server-encrypted': 'true' })
      return void res.end()
    }
    // A blob whose blocks were never committed does not exist yet.
    const blob = entry.blob
    if (!blob) return error(404, 'BlobNotFound')
    const common = { ...headers, 'x-ms-blob-type': 'BlockBlob', 'content-type': 'application/octet-stream', 'accept-ranges': 'bytes' }
    if (req.method === 'HEAD') {
      res.writeHead(200, { ...common, 'content-length': String(blob.length) })
      return void res.end()
    }
    if (req.method === 'GET') {
      const range = /bytes=(\d+)-(\d*)/.exec(String(req.headers['x-ms-range'] ?? req.headers.range ?? ''))
      if (!range) {
        res.writeHead(200, { ...common, 'content-length': String(blob.length) })
        return void res.end(blob)
      }
      const start = Number(range[1])
      if (start >= blob.length) {
        res.writeHead(416, { ...headers, 'x-ms-error-code': 'InvalidRange', 'content-range': `bytes */${blob.length}`, 'content-length': '0' })
        return void res.end()
      }
      const end = range[2] ? Math.min(Number(range[2]), blob.length - 1) : blob.length - 1
      res.writeHead(206, { ...common, 'content-length': String(end - start + 1), 'content-range': `bytes ${start}-${end}/${blob.length}` })
      return void res.end(blob.subarray(start, end + 1))
    }
    error(405, 'UnsupportedHttpVerb')
  }
}

async function read(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = []
  for await (const chunk of req) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks)
}
