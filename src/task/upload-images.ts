// Uploads the repository's images an input named, before the submission: each streamed from disk, a
// transient failure (429, 5xx, a reset, a timeout) retried with backoff, a quota error or any other refusal
// ending the run before anything is submitted (so no credit is spent on a request without its image).
import { ActionFailure } from '../errors.js'
import { ApiError } from '../evolink/errors.js'
import { UploadQuotaError, uploadImage } from '../evolink/files.js'
import { describeFailure } from '../evolink/explain.js'
import type { LocalImage } from '../inputs/local-images.js'
import { UPLOAD_TOKEN } from '../inputs/request-inputs.js'
import { CancelledError, TransportError, type Open } from '../net/http.js'
import { retryDelayMs } from './retry.js'

export const UPLOAD_ATTEMPTS = 5
const RETRY_CAP_MS = 30_000

export interface UploadAll {
  images: LocalImage[]
  filesBaseUrl: string
  apiKey: string
  open: Open
  timeoutMs: number
  signal: AbortSignal
  sleep: (ms: number, signal: AbortSignal) => Promise<void>
  onRetry?: (message: string) => void
}

const transient = (error: unknown) =>
  error instanceof TransportError || (error instanceof ApiError && (error.status === 408 || error.status === 429 || error.status >= 500))

/** The URL of each image, in order. */
export async function uploadImages(o: UploadAll): Promise<string[]> {
  const urls: string[] = []
  for (const image of o.images) {
    for (let attempt = 1; ; attempt++) {
      try {
        urls.push(await uploadImage({ ...o, image, signal: o.signal }))
        break
      } catch (error) {
        if (error instanceof CancelledError || error instanceof UploadQuotaError) throw error
        if (!transient(error) || attempt >= UPLOAD_ATTEMPTS) {
          const what = error instanceof ApiError ? `HTTP ${error.status}: ${error.apiMessage}` : (error as Error).message
          throw error instanceof ActionFailure
            ? error
            : new ActionFailure(`Uploading ${image.raw} to EvoLink's files API failed after ${attempt} attempt(s) (${what}). Nothing was submitted.`, 'upload_failed')
        }
        const delayMs = Math.max(250, retryDelayMs(error, attempt - 1, 1000, RETRY_CAP_MS))
        o.onRetry?.(`Upload of ${image.raw} failed (${describeFailure(error)}); attempt ${attempt + 1} of ${UPLOAD_ATTEMPTS} in ${delayMs} ms.`)
        await o.sleep(delayMs, o.signal)
      }
    }
  }
  return urls
}

/** The request fields with each `upload:N` placeholder replaced by the Nth uploaded URL. */
export function withUploadedUrls(fields: Record<string, unknown>, urls: readonly string[]): Record<string, unknown> {
  const swap = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(swap)
    const match = typeof value === 'string' ? UPLOAD_TOKEN.exec(value) : null
    return match ? urls[Number(match[1])] : value
  }
  return Object.fromEntries(Object.entries(fields).map(([name, value]) => [name, swap(value)]))
}
