// Uploads the repository's images an input named, before the submission: each streamed from disk, a
// transient failure (429, 5xx, a reset, a timeout) retried with backoff, a quota error or any other refusal
// ending the run before anything is submitted (so no credit is spent on a request without its image).
import { ActionFailure } from '../errors.js'
import { ApiError } from '../evolink/errors.js'
import { UploadQuotaError, uploadImage } from '../evolink/files.js'
import { describeFailure } from '../evolink/explain.js'
import { quoteInput } from '../net/untrusted.js'
import type { PendingUpload } from '../inputs/request-inputs.js'
import { CancelledError, type Open } from '../net/http.js'
import { isTransient, retry } from '../net/retry.js'

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

/** The URL of each image, in order (also in `published`, as they arrive). */
export async function uploadImages(o: UploadAll): Promise<string[]> {
  const urls = o.published
  const outOfTime = () => new ActionFailure("Uploading the workspace's images did not finish within timeout (the step's whole budget). Nothing was submitted.", 'upload_timeout')
  for (const image of o.images) {
    let attempts = 0
    try {
      const url = await retry(
        attempt => {
          attempts = attempt
          const remaining = o.deadline - o.now()
          if (remaining <= 0) throw outOfTime()
          return uploadImage({ ...o, image, timeoutMs: Math.min(o.timeoutMs, remaining), signal: o.signal })
        },
        {
          attempts: UPLOAD_ATTEMPTS,
          baseMs: 1000,
          capMs: RETRY_CAP_MS,
          minMs: 250,
          deadline: o.deadline,
          now: o.now,
          signal: o.signal,
          sleep: o.sleep,
          onRetry: (error, attempt, delayMs) =>
            o.onRetry?.(`Upload of ${quoteInput(image.raw)} failed (${describeFailure(error)}); attempt ${attempt + 1} of ${UPLOAD_ATTEMPTS} in ${delayMs} ms.`)
        }
      )
      urls.push(url)
    } catch (error) {
      if (error instanceof CancelledError || error instanceof UploadQuotaError || error instanceof ActionFailure) throw error
      // A wait that would have passed the deadline ends the phase as out of time, whatever the last failure.
      if (o.now() >= o.deadline || (attempts < UPLOAD_ATTEMPTS && isTransient(error))) throw outOfTime()
      const what = error instanceof ApiError ? `HTTP ${error.status}: ${error.apiMessage}` : (error as Error).message
      throw new ActionFailure(`Uploading ${quoteInput(image.raw)} to EvoLink's files API failed after ${attempts} attempt(s) (${what}). Nothing was submitted.`, 'upload_failed')
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
