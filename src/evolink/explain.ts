// Turns failures into sentences a workflow author can act on.
import { ApiError, MalformedReplyError } from './errors.js'
import { TransportError } from '../net/http.js'

/** A short label for logs and error-budget summaries: "HTTP 503 service_unavailable", "ECONNRESET". */
export function describeFailure(error: unknown): string {
  if (error instanceof ApiError) return `HTTP ${error.status}${error.code ? ` ${error.code}` : ''}`
  if (error instanceof TransportError) return error.reason === 'timeout' ? 'request timeout' : error.reason
  if (error instanceof MalformedReplyError) return 'malformed reply'
  return error instanceof Error ? error.name : String(error)
}

/** What to do about an HTTP error from the API, beyond what the API said. */
function adviceFor(error: ApiError, context: { model?: string; taskId?: string }): string {
  switch (error.status) {
    case 401:
      return 'Check the secret you pass as api-key: EvoLink does not know this key, or it was revoked.'
    case 402:
      return 'The EvoLink account is out of credits. Top it up in the EvoLink dashboard, then re-run.'
    case 403:
      return error.code === 'model_access_denied'
        ? `This API key may not use the model ${context.model ?? ''}. Enable the model for the key or pick another model.`
        : 'This API key may not access this resource (a task created with another key?).'
    case 404:
      return context.taskId ? 'The id is wrong, belongs to another key, or the task record has expired.' : 'The API endpoint was not found: check base-url.'
    case 400:
      return 'EvoLink refused the request as invalid; fix the inputs named in the message.'
    case 429:
      return 'EvoLink kept rate-limiting the requests; try again later or run fewer generations at once.'
    default:
      return error.status >= 500 ? 'EvoLink had a server error.' : ''
  }
}

export function explainApiError(error: ApiError, context: { model?: string; taskId?: string }): string {
  const advice = adviceFor(error, context)
  return `EvoLink answered ${error.message}.${advice ? ` ${advice}` : ''}`
}

/** What a DNS failure or a refused connection means to the person reading the log. */
export function unreachable(error: unknown): string {
  const reason = error instanceof TransportError ? error.reason : ''
  const what = /^(ENOTFOUND|EAI_AGAIN)$/.test(reason) ? "base-url's host name did not resolve" : 'the connection was refused or the host unreachable'
  return `EvoLink's API could not be reached (${what}): check base-url, the runner's network, and the proxy settings (HTTPS_PROXY, NO_PROXY)`
}
