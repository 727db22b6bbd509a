// Text and URLs that came from the network are data, never commands or markup. Every string of an API
// reply passes through here once, when the reply is parsed (evolink/schema.ts), so nothing downstream
// (log, annotation, output, summary, comment) can receive it raw. docs/reliability.md lists the attacks.

/** Length caps, in characters: a status or code is a word, a message a few sentences. */
export const TEXT_CAP = { word: 200, message: 2000 } as const
/** A result URL longer than this is refused (signed CDN links are well under 2 KiB). */
export const MAX_URL_CHARS = 4096
/** At most this many result URLs are kept from one reply. */
export const MAX_RESULT_URLS = 32

// C0 and C1 controls, DEL, line/paragraph separators, bidi overrides and isolates, zero-width and BOM:
// anything that can break a line, hide text or reorder it on screen.
// eslint-disable-next-line no-control-regex
const UNSAFE_CHARS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069\u200b-\u200f\ufeff]+/g

/**
 * One line of plain text, safe to log or show: unsafe characters become spaces, whitespace is folded,
 * `::` (how workflow commands start) is split, and the result is cut to `cap` characters.
 */
export function cleanText(raw: string, cap: number = TEXT_CAP.message): string {
  const flat = raw.replace(UNSAFE_CHARS, ' ').replace(/\s+/g, ' ').trim().replace(/::/g, ': :')
  const chars = Array.from(flat)
  return chars.length > cap ? `${chars.slice(0, cap - 1).join('')}…` : flat
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
