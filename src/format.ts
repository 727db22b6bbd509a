// Pure text helpers for logs and the job summary.
import { withoutHiddenCharacters } from './hidden-characters.js'

/**
 * Escapes text from inputs or the API so it renders literally in GitHub Markdown: no HTML, links, tables
 * or line structure (CR, LF and CRLF all become <br>; bidi, zero-width and other controls a space), no @user or @org/team mention that would notify
 * anyone (a zero-width space after the @, as Renovate does), and no autolink: GitHub turns bare `www.`,
 * `http(s)://` and `mailto:` text into links, so a zero-width space breaks each. Links are the action's own
 * (markdownLink), never made from text.
 */
export function escapeMarkdown(text: string): string {
  return withoutHiddenCharacters(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/([\\`*_{}[\]()#+!|~/])/g, '\\$1')
    .replace(/\r\n|\r|\n/g, '<br>')
    .replace(/@(?=[A-Za-z0-9])/g, '@&#8203;')
    .replace(/\b(www)(?=\.)|\b(https?|ftp|mailto|xmpp)(?=:)/gi, '$1$2&#8203;')
}

/** Cuts Markdown at `maxChars` (at a line end when there is one) and says so. */
export function capMarkdown(markdown: string, maxChars: number): string {
  if (markdown.length <= maxChars) return markdown
  const cut = markdown.slice(0, maxChars)
  const lineEnd = cut.lastIndexOf('\n')
  return `${lineEnd > 0 ? cut.slice(0, lineEnd) : cut}\n\n*(cut: longer than ${maxChars} characters)*\n`
}

/** A Markdown link, or escaped text when the URL is not plain http(s). Parentheses and spaces are encoded. */
export function markdownLink(label: string, url: string): string {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return escapeMarkdown(url)
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return escapeMarkdown(url)
  const href = parsed.href.replace(/[()<> "'`]/g, c => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)
  return `[${escapeMarkdown(label)}](${href})`
}

/** 75_000 → "1m 15s"; 1_500 → "1.5s" (short waits in tests and retries need the decimal). */
export function formatDuration(ms: number): string {
  if (ms > 0 && ms < 10_000 && ms % 1000 !== 0) return `${(ms / 1000).toFixed(1)}s`
  const total = Math.max(0, Math.round(ms / 1000))
  const h = Math.floor(total / 3600)
  const m = Math.floor((total % 3600) / 60)
  const s = total % 60
  if (h > 0) return `${h}h ${String(m).padStart(2, '0')}m`
  return m > 0 ? `${m}m ${String(s).padStart(2, '0')}s` : `${s}s`
}

/** The YAML a user adds to resume a task. */
export function resumeHint(taskId: string, entry?: string): string {
  if (entry) {
    return `To pick the task up again, set "task-id: ${taskId}" on entry '${entry}' of the manifest and re-run (nothing is submitted for it, no credits are spent).`
  }
  return `To pick the task up again, re-run this step with "task-id: ${taskId}" (nothing is submitted, no credits are spent).`
}
