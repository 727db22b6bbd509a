// Uploads the repository's images an input named, before the submission: each streamed from disk, a
// transient failure (429, 5xx, a reset, a timeout) retried with backoff, a quota error or any other refusal
// ending the run before anything is submitted (so no credit is spent on a request without its image).
import { ActionFailure } from '../errors.js'
import { ApiError } from '../evolink/errors.js'
import { UploadQuotaError, uploadImage } from '../evolink/files.js'
import { describeFailure } from '../evolink/explain.js'
import { quoteInput } from '../net/untrusted.js'
import type { PendingUpload } from '../inputs/request-inputs.js'
import { CancelledError, TransportError, type Open } from '../net/http.js'
import { retryDelayMs } from './retry.js'

export const UPLOAD_ATTEMPTS = 5
const RETRY_CAP_MS = 30_000

export interface UploadAll {
  images: PendingUpload[]
  filesBaseUrl: string
  apiKey: string
  open: Open
  /** Each attempt ends after this long. */
  timeoutMs: number
  /** The step's deadline (started + timeout): the whole upload phase ends by then. */
  deadline: number
  now: () => number
  /** Filled as each upload succeeds, so a later failure still tells what is already public. */
  published: string[]
  signal: AbortSignal
  sleep: (ms: number, signal: AbortSignal) => Promise<void>
  onRetry?: (message: string) => void
}

const transient = (error: unknown) => error instanceof TransportError || (error instanceof ApiError && (error.status === 408 || error.status === 429 || error.status >= 500))

/** The URL of each image, in order (also in `published`, as they arrive). */
export async function uploadImages(o: UploadAll): Promise<string[]> {
  const urls = o.published
  const outOfTime = () => new ActionFailure("Uploading the workspace's images did not finish within timeout (the step's whole budget). Nothing was submitted.", 'upload_timeout')
  for (const image of o.images) {
    for (let attempt = 1; ; attempt++) {
      const remaining = o.deadline - o.now()
      if (remaining <= 0) throw outOfTime()
      try {
        urls.push(await uploadImage({ ...o, image, timeoutMs: Math.min(o.timeoutMs, remaining), signal: o.signal }))
        break
      } catch (error) {
        if (error instanceof CancelledError || error instanceof UploadQuotaError) throw error
        if (!transient(error) || attempt >= UPLOAD_ATTEMPTS) {
          const what = error instanceof ApiError ? `HTTP ${error.status}: ${error.apiMessage}` : (error as Error).message
          throw error instanceof ActionFailure
            ? error
            : new ActionFailure(`Uploading ${quoteInput(image.raw)} to EvoLink's files API failed after ${attempt} attempt(s) (${what}). Nothing was submitted.`, 'upload_failed')
        }
        const delayMs = Math.max(250, retryDelayMs(error, attempt - 1, 1000, RETRY_CAP_MS))
        if (o.now() + delayMs >= o.deadline) throw outOfTime()
        o.onRetry?.(`Upload of ${quoteInput(image.raw)} failed (${describeFailure(error)}); attempt ${attempt + 1} of ${UPLOAD_ATTEMPTS} in ${delayMs} ms.`)
        await o.sleep(delayMs, o.signal)
      }
    }
  }
  return urls
}

/** The request fields with the Nth upload's URL at exactly the position the Nth upload recorded, nowhere else. */
export function withUploadedUrls(fields: Record<string, unknown>, uploads: readonly PendingUpload[], urls: readonly string[]): Record<string, unknown> {
  const result = { ...fields }
  uploads.forEach((upload, n) => {
    const url = urls[n]
    if (url === undefined) throw new Error(`no URL for upload ${n}`)
    if (upload.index === undefined) result[upload.field] = url
    else {
      const list = [...(result[upload.field] as unknown[])]
      list[upload.index] = url
      result[upload.field] = list
    }
  })
  return result
}
