// Errors of the EvoLink API itself, as opposed to the network (http.ts).
import { BadReplyError } from '../net/retry.js'

/** The API answered with an HTTP error. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string | undefined,
    readonly apiMessage: string,
    readonly retryAfterMs?: number
  ) {
    super(`HTTP ${status}${code ? ` ${code}` : ''}: ${apiMessage}`)
    this.name = 'ApiError'
  }
}

/** A 2xx reply that is not the JSON task the API documents (a proxy's HTML page, a cut-off body…). */
export class MalformedReplyError extends BadReplyError {
  constructor(message: string) {
    super(message)
    this.name = 'MalformedReplyError'
  }
}
