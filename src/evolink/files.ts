// One upload to EvoLink's files API (docs/evolink-api.md): POST {files-base-url}/api/v1/files/upload/stream,
// multipart with the field `file`, streamed from disk; the reply's data.file_url goes into the request.
// Retries are the caller's (task/upload-images.ts): this says which failures are worth one.
import { closeSync, createReadStream } from 'node:fs'
import { Readable } from 'node:stream'
import { randomBytes } from 'node:crypto'
import { ActionFailure } from '../errors.js'
import { exchange, parseRetryAfter, type Open } from '../net/http.js'
import { TEXT_CAP, checkResultUrl, cleanText, quoteInput } from '../net/untrusted.js'
import { ApiError } from './errors.js'
import { isLoopbackHost } from '../net/address-guard.js'
import { openRegularFile } from '../open-regular-file.js'

export const UPLOAD_PATH = '/api/v1/files/upload/stream'
/** An upload reply is a few hundred bytes of JSON. */
const MAX_UPLOAD_REPLY_BYTES = 64 << 10

/** The account's file quota is used up: no retry helps, and nothing may be submitted without the image. */
export class UploadQuotaError extends ActionFailure {
  constructor(detail: string) {
    super(
      `EvoLink's files API refused the upload: the account's file quota is used up (${detail}). Nothing was submitted. Free files in the EvoLink dashboard (uploads expire after 72 hours), or pass the image as an https URL.`,
      'upload_quota_exceeded'
    )
    this.name = 'UploadQuotaError'
  }
}

/** A checked file to upload (inputs/local-images.ts makes them). */
export interface UploadFile {
  /** As the workflow wrote it, for messages. */
  raw: string
  path: string
  size: number
  type: string
  name: string
}

export interface UploadOptions {
  filesBaseUrl: string
  apiKey: string
  open: Open
  image: UploadFile
  timeoutMs: number
  signal?: AbortSignal
}

/** The file, opened again the way it was checked (a regular file, no link, the size it had): or a refusal. */
function reopen(image: UploadFile): number {
  const opened = openRegularFile(image.path)
  if (opened.ok && opened.size === image.size) return opened.fd
  if (opened.ok) closeSync(opened.fd)
  throw new ActionFailure(
    `${quoteInput(image.raw)} changed after it was checked (${opened.ok ? `${opened.size} bytes instead of ${image.size}` : opened.problem}). Nothing was submitted.`,
    'upload_failed'
  )
}

/** The multipart body, streamed: headers, the file as it is read, the closing boundary. */
function multipart(image: UploadFile): { body: Readable; type: string; length: number } {
  const fd = reopen(image)
  const boundary = `----evolink-${randomBytes(12).toString('hex')}`
  const head = Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${image.name}"\r\nContent-Type: ${image.type}\r\n\r\n`)
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`)
  async function* parts() {
    yield head
    yield* createReadStream('', { fd, highWaterMark: 64 << 10 }) as AsyncIterable<Buffer>
    yield tail
  }
  return { body: Readable.from(parts(), { objectMode: false }), type: `multipart/form-data; boundary=${boundary}`, length: head.length + image.size + tail.length }
}

/** Uploads one image; returns the URL EvoLink will fetch it from. Throws ApiError for HTTP errors. */
export async function uploadImage(o: UploadOptions): Promise<string> {
  const { body, type, length } = multipart(o.image)
  const reply = await exchange(o.open, {
    method: 'POST',
    url: `${o.filesBaseUrl}${UPLOAD_PATH}`,
    // The key goes to the files API's origin, which the inputs checked like base-url.
    headers: { authorization: `Bearer ${o.apiKey}`, accept: 'application/json', 'content-type': type, 'content-length': String(length), 'user-agent': 'evolink-video-action' },
    body,
    timeoutMs: o.timeoutMs,
    maxBytes: () => MAX_UPLOAD_REPLY_BYTES,
    signal: o.signal
  })
  let json: { success?: unknown; code?: unknown; msg?: unknown; error?: unknown; data?: { file_url?: unknown } } | undefined
  try {
    json = JSON.parse(reply.text) as typeof json
  } catch {
    json = undefined
  }
  const said = cleanText([json?.msg, typeof json?.error === 'object' ? JSON.stringify(json.error) : json?.error].filter(Boolean).join(' ') || reply.text.slice(0, 200), 300)
  // The quota error's shape is not documented: any refusal that speaks of the quota is one.
  if (/quota/i.test(said) && (reply.status >= 400 || json?.success === false)) throw new UploadQuotaError(said)
  if (reply.status < 200 || reply.status >= 300) {
    throw new ApiError(
      reply.status,
      typeof json?.code === 'string' || typeof json?.code === 'number' ? cleanText(String(json.code), TEXT_CAP.word) : undefined,
      said || 'empty reply',
      parseRetryAfter(reply.header('retry-after'), Date.now())
    )
  }
  const url = json?.success === true ? json.data?.file_url : undefined
  const verdict = typeof url === 'string' ? checkResultUrl(url) : undefined
  // https, as every media URL; plain http only from a loopback files API (a local simulator).
  if (!verdict?.ok || (verdict.plainHttp && !isLoopbackHost(new URL(o.filesBaseUrl).hostname))) {
    throw new ActionFailure(
      `EvoLink's files API accepted ${quoteInput(o.image.raw)} but its reply has no usable https file_url (${said || 'no message'}). Nothing was submitted.`,
      'upload_failed'
    )
  }
  return verdict.url
}
