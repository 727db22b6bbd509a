// The characters that can break a line, hide text or reorder it on screen: C0 and C1 controls, DEL,
// line/paragraph separators, bidi overrides and isolates, zero-width characters and the BOM. Text from the
// network or from inputs has them removed or escaped before any log line, summary or comment (net/untrusted.ts).

export const UNSAFE_CLASS = '\\u0000-\\u001f\\u007f-\\u009f\\u2028\\u2029\\u202a-\\u202e\\u2060-\\u2069\\u200b-\\u200f\\ufeff'
/** One unsafe character (global: for replace). */
export const UNSAFE_CHAR = new RegExp(`[${UNSAFE_CLASS}]`, 'g')

/** Multi-line text (a prompt) for Markdown: line breaks kept for the caller to render, every other unsafe character a space. */
export function withoutHiddenCharacters(text: string): string {
  return text.replace(UNSAFE_CHAR, c => (c === '\n' || c === '\r' ? c : ' '))
}
