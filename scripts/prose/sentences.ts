// Splitting a field description into sentences, and telling which of them name values: what every
// reader of EvoLink's prose (field rules, rules across fields, file rules, reasons for no rule) starts from.

/** Media words after a count ("0–3 videos", "up to 9 images"). */
export const MEDIA = '(?:images?|videos?|audios?|audio files?|pictures?|clips?|elements?)'

/** Sentences (and list items) of a description, markdown emphasis kept: "**1–2 images**" is one. */
export function sentences(description: string): string[] {
  return description
    .split(/\n+|(?<=[.;])(?<!\b(?:e\.g|i\.e)\.)\s+(?=[A-Z*`-])/)
    .map(s => s.replace(/^\s*[-*]\s+/, '').trim())
    .filter(Boolean)
}

/** A description that names values (in backticks, or a count of media, or a range) but gave no rule. */
export const mentionsValues = (description: string | undefined): boolean =>
  typeof description === 'string' &&
  (/`[^`]+`/.test(description) || new RegExp(`\\d+\\s*[–-]?\\s*\\d*\\s*\\**\\s*${MEDIA}`, 'i').test(description) || /\bbetween\b/i.test(description))
