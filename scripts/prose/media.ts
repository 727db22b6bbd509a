// Which fields carry media URLs, and of what kind, read from each field's format and description, never its
// name: a field EvoLink adds tomorrow (first_frame_image, reference_video) gets the https rule, the file rule
// and uploads from the repository as the ones known today do.
import type { MediaKind } from '../../src/evolink/catalog-types.js'
import { sentences } from './sentences.js'

type Json = Record<string, unknown>

/** The kind a sentence names first: "Starting-frame image URL" is an image, "Target audio URL — the person in the video …" audio. */
function kindNamed(sentence: string): MediaKind {
  const noun = /\b(image|picture|photo|face|mask|frame|video|clip|audio|voice|sound)s?\b/i.exec(sentence)?.[1]?.toLowerCase()
  if (noun === undefined) return 'file'
  if (['video', 'clip'].includes(noun)) return 'video'
  if (['audio', 'voice', 'sound'].includes(noun)) return 'audio'
  return 'image'
}

/**
 * What a field of strings (or a list of them) carries: a URL by its format (`uri`) or by its description
 * saying so, of the kind its first sentence names; undefined for anything else, and for a callback
 * (the action's own rule covers callback_url).
 */
export function mediaOf(schema: Json, description: string | undefined): MediaKind | undefined {
  const items = typeof schema.items === 'object' && schema.items !== null ? (schema.items as Json) : undefined
  const strings = schema.type === 'string' || (schema.type === 'array' && items?.type === 'string')
  if (!strings) return undefined
  const said = sentences(description ?? '')
  // What the field is, in its first sentence that is not a heading or a note ("**Applicable models:**",
  // "**[Compatibility field — prefer …]**").
  const first = said.find(sentence => !/:\**$/.test(sentence) && !/^\*\*.*\*\*$/.test(sentence)) ?? ''
  // The first sentence says what the field is ("Reference image URL"); a later one counts when it names a
  // scheme ("HTTP/HTTPS image URL"), not when it only mentions URLs ("the order of the URL array", in a prompt's).
  const url = schema.format === 'uri' || items?.format === 'uri' || /\b(?:URLs?|links?)\b/i.test(first) || said.some(sentence => /\bhttps?\b[^.]*\bURLs?\b/i.test(sentence))
  if (!url || /\bcallback\b/i.test(first)) return undefined
  return kindNamed(first)
}

/** An object whose keys are free and whose every value is a media URL: "Each value is the voice audio URL for that character". */
export function mapValuesMedia(schema: Json, description: string | undefined): MediaKind | undefined {
  if (schema.type !== 'object' || schema.properties !== undefined) return undefined
  const sentence = sentences(description ?? '').find(text => /\beach value is\b[^.]*\bURL\b/i.test(text))
  return sentence === undefined ? undefined : kindNamed(sentence.slice(sentence.search(/\beach value is\b/i)))
}
