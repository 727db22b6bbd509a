// Which URLs the action will talk to (base-url, files-base-url) or hand to EvoLink (callback-url, media).
import { isIP } from 'node:net'
import { isLoopbackHost, ruleBroken } from '../net/address-guard.js'
import { MAX_CALLBACK_URL_CHARS } from '../evolink/contract.js'
import { UNSAFE_OR_SPACE, quoteInput } from '../net/untrusted.js'

/**
 * The URL parser drops tabs and line breaks and trims spaces and controls, so the URL it checks is not the
 * text that would be sent: a URL input holding any of them, or a bidi or zero-width character, is refused.
 */
export function hiddenCharacterProblem(raw: string): string | undefined {
  return UNSAFE_OR_SPACE.test(raw) ? 'holds whitespace, a line break, a control, bidi or zero-width character: a URL has none (percent-encode a space as %20)' : undefined
}

/** A media URL input (image, video, audio): the exact text that passed the callback-url rule, or why it is refused. */
export function checkedMediaUrl(raw: string): { url: string } | { problem: string } {
  let parsed: URL
  try {
    parsed = new URL(raw)
  } catch {
    return { problem: `${quoteInput(raw)} is not an https URL (only image-start, image-end and image-urls take files of the repository)` }
  }
  const hidden = hiddenCharacterProblem(raw)
  if (hidden) return { problem: `${quoteInput(raw)} ${hidden}` }
  const problem = callbackUrlProblem(parsed)
  return problem ? { problem: `${quoteInput(raw)} ${problem}` } : { url: parsed.href }
}

const INTERNAL_NAME = /(^|\.)(localhost|local|internal|intranet|lan|home\.arpa)$/i

/** Private, loopback, link-local and other non-public hosts (address-guard.ts has the ranges), or internal names. */
export function isNonPublicHost(hostname: string): boolean {
  const bare = hostname.replace(/^\[|\]$/g, '')
  if (isIP(bare)) return ruleBroken(bare, false) !== undefined
  return INTERNAL_NAME.test(hostname.replace(/\.$/, '')) || !hostname.includes('.')
}

/** Returns why the URL is refused as base-url, or undefined when it is fine. */
export function baseUrlProblem(url: URL): string | undefined {
  if (url.username || url.password) return 'must not contain credentials'
  if (url.search || url.hash) return 'must not have a query or fragment'
  if (url.protocol === 'https:') return undefined
  if (url.protocol === 'http:' && isLoopbackHost(url.hostname)) return undefined
  return 'must use https (http is allowed only for loopback hosts: 127.0.0.0/8, ::1, localhost)'
}

/** Returns why the URL is refused as callback-url, or undefined when it is fine. */
export function callbackUrlProblem(url: URL): string | undefined {
  if (url.href.length > MAX_CALLBACK_URL_CHARS) return `must be at most ${MAX_CALLBACK_URL_CHARS} characters (it has ${url.href.length})`
  if (url.protocol !== 'https:') return 'must use https'
  if (url.username || url.password) return 'must not contain credentials'
  if (isNonPublicHost(url.hostname)) return `must not point at a private, loopback, link-local or internal host (${url.hostname})`
  return undefined
}
