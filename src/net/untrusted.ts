// Text and URLs that came from the network are data, never commands or markup. Every string of an API
// reply passes through here once, when the reply is parsed (evolink/schema.ts), so nothing downstream
// (log, annotation, output, summary, comment) can receive it raw. docs/reliability.md lists the attacks.
import { UNSAFE_CHAR, UNSAFE_CLASS } from '../hidden-characters.js'

/** Length caps, in characters: a status or code is a word, a message a few sentences. */
export const TEXT_CAP = { word: 200, message: 2000 } as const
/** A result URL longer than this is refused (signed CDN links are well under 2 KiB). */
export const MAX_URL_CHARS = 4096
/** At most this many result URLs are kept from one reply. */
export const MAX_RESULT_URLS = 32

const UNSAFE_CHARS = new RegExp(`[${UNSAFE_CLASS}]+`, 'g')
/** Unsafe characters and any whitespace: what a URL or an identifier never holds as typed. */
export const UNSAFE_OR_SPACE = new RegExp(`[\\s${UNSAFE_CLASS}]`)

/**
 * One line of plain text, safe to log or show: unsafe characters become spaces, whitespace is folded,
 * `::` (how workflow commands start) is split, and the result is cut to `cap` characters.
 */
export function cleanText(raw: string, cap: number = TEXT_CAP.message): string {
  const flat = raw.replace(UNSAFE_CHARS, ' ').replace(/\s+/g, ' ').trim().replace(/::/g, ': :')
  const chars = Array.from(flat)
  return chars.length > cap ? `${chars.slice(0, cap - 1).join('')}…` : flat
}

/**
 * A workflow input's value inside a message (log, annotation, summary): quoted, with line breaks, controls
 * and invisible characters shown as escapes (\\n, \\u202e) so the reader sees what is wrong, on one line
 * (so it cannot start a workflow command), cut to about `cap` characters. Input text is data as a reply's is.
 */
export function quoteInput(raw: string, cap = 80): string {
  const chars = Array.from(raw)
  const long = chars.length > cap
  const quoted = inertJson(JSON.stringify(long ? chars.slice(0, cap - 20).join('') : raw))
  return long ? `${quoted}… (${chars.length} characters)` : quoted
}

/**
 * JSON text made safe for a log line: what JSON.stringify leaves raw (bidi, U+2028, C1) escaped. A raw line
 * break in JSON text is always structural (JSON.stringify escapes those inside strings), so pretty-printed
 * JSON keeps its lines: each starts with a space, a quote or a bracket and so cannot start a workflow command.
 */
export function inertJson(json: string): string {
  return json.replace(UNSAFE_CHAR, c => (c === '\n' ? c : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`))
}

/** An identifier from a fixed vocabulary (a status, an error code): letters, digits and `_ . : -`, at most 64. */
export function identifier(raw: string | undefined): string | undefined {
  return raw !== undefined && /^[A-Za-z0-9_.:-]{1,64}$/.test(raw) ? raw : undefined
}

// Characters a URL may legally hold that mean something to a shell inside double quotes or in a
// single-quoted string: percent-encoded, which every server decodes back to the same thing.
const SHELL_MEANINGFUL = /[$`"'\\]/g

/** A result URL the action will output and download, or why it is refused. */
export type UrlVerdict = { ok: true; url: string; plainHttp: boolean } | { ok: false; problem: string }

export function checkResultUrl(raw: string): UrlVerdict {
  if (raw.length > MAX_URL_CHARS) return { ok: false, problem: `longer than ${MAX_URL_CHARS} characters` }
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    return { ok: false, problem: 'not an absolute URL' }
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return { ok: false, problem: `scheme ${cleanText(url.protocol, 20)} is not https` }
  if (url.username || url.password) return { ok: false, problem: 'it carries credentials' }
  // The serialized URL has no spaces, quotes or controls left (the URL parser encodes them); the few
  // shell characters it keeps are encoded too, so the output is inert even if pasted into a command.
  const href = url.href.replace(SHELL_MEANINGFUL, c => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)
  if (href.length > MAX_URL_CHARS) return { ok: false, problem: `longer than ${MAX_URL_CHARS} characters` }
  return { ok: true, url: href, plainHttp: url.protocol === 'http:' }
}

/** A URL from a GitHub reply (comment, asset), under the same rule as result URLs; undefined when refused. */
export function gitHubUrl(raw: unknown): string | undefined {
  const verdict = typeof raw === 'string' ? checkResultUrl(raw) : undefined
  return verdict?.ok ? verdict.url : undefined
}
