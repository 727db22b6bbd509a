// Rules on one field that EvoLink writes only in its description: one parser per shape of sentence, each
// rule keeping the sentence it came from. A parser only adds what the schema lacks, and never a rule a
// description calls a recommendation.
import type { FieldSpec } from '../../src/evolink/catalog-types.js'
import { MEDIA, sentences } from './sentences.js'

export interface ProseRule {
  /** What the sentence adds to the field. */
  adds: Partial<Pick<FieldSpec, 'maxItems' | 'minItems' | 'maxLength' | 'minimum' | 'maximum' | 'oneOf' | 'enum' | 'maxProperties' | 'keyPattern'>>
  sentence: string
  /** The shape of sentence that gave it ("item range", "option bullets" …), for the catalogue's tally. */
  shape: string
}

const WORD_NUMBERS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5 }

/** One parser per shape: a pattern on one sentence, and what its match adds to a field of a type. */
const SHAPES: { name: string; types: FieldSpec['type'][]; pattern: RegExp; adds: (m: RegExpExecArray) => ProseRule['adds'] }[] = [
  // "**0–3 videos**", "1–30 images when provided": the upper bound only (a lower one may hold only when provided).
  { name: 'item range', types: ['array'], pattern: new RegExp(`\\b(\\d+)\\s*[–-]\\s*(\\d+)\\s*\\**\\s*${MEDIA}\\b`, 'i'), adds: m => ({ maxItems: Number(m[2]) }) },
  // "up to 10 images", "Max 1 image per request", "at most 4 videos"
  {
    name: 'item maximum',
    types: ['array'],
    pattern: new RegExp(`\\b(?:up to|max(?:imum)?|at most|no more than)\\s+\`?(\\d+)\`?\\s*${MEDIA}\\b`, 'i'),
    adds: m => ({ maxItems: Number(m[1]) })
  },
  // "Only `1` video per request", "Single request supports `1` image", "supports input image quantity: `3` images"
  {
    name: 'item count per request',
    types: ['array'],
    pattern: new RegExp(`\\b(?:only|supports|quantity:?)\\s+\`(\\d+)\`\\s*${MEDIA}\\b`, 'i'),
    adds: m => ({ maxItems: Number(m[1]) })
  },
  // "Provide one reference image", "**Only 1 element is supported**", "Currently supports only 1 element"
  {
    name: 'item count in words',
    types: ['array'],
    pattern: new RegExp(`\\b(?:provide|only)\\s+\`?(one|two|three|four|five|\\d+)\`?\\s+(?:reference\\s+)?${MEDIA}\\b`, 'i'),
    adds: m => ({ maxItems: WORD_NUMBERS[(m[1] ?? '').toLowerCase()] ?? Number(m[1]) })
  },
  // "Total bindings ≤ 5": the keys of an object without listed properties.
  { name: 'key count', types: ['object'], pattern: /\btotal \w+\s*(?:≤|<=|at most)\s*`?(\d+)`?/i, adds: m => ({ maxProperties: Number(m[1]) }) },
  // "Keys are of the form `image{N}` or `video{N}` (1-based, no leading zeros …)"
  {
    name: 'key form',
    types: ['object'],
    pattern: /\bkeys are of the form\s+((?:`\w+\{N\}`(?:\s*(?:or|,)\s*)?)+)/i,
    adds: m => ({ keyPattern: `^(?:${[...(m[1] ?? '').matchAll(/`(\w+)\{N\}`/g)].map(k => k[1]).join('|')})[1-9][0-9]*$` })
  },
  // "Maximum length 5000 characters", "Maximum prompt length: 2000 characters", "no more than 800 characters",
  // "Must not exceed `1500` characters"
  {
    name: 'text length',
    types: ['string'],
    pattern:
      /\b(?:maximum(?: \w+)? length:?|max(?:imum)? length of|max|no more than|at most|up to|(?:must|may|cannot|should) not exceed|not exceeding|cannot exceed)\s+`?(\d+)`?\s*characters\b/i,
    adds: m => ({ maxLength: Number(m[1]) })
  },
  // "any integer between `4` and `30`", "any integer value between `4`–`30` seconds"
  {
    name: 'number range',
    types: ['integer', 'number'],
    pattern: /\b(?:between\s+|when set explicitly, range is\s+)`?(-?\d+(?:\.\d+)?)`?\s*(?:and|to|–|-|~)\s*`?(-?\d+(?:\.\d+)?)`?/i,
    adds: m => ({ minimum: Number(m[1]), maximum: Number(m[2]) })
  },
  // "Only supports `4`, `8`, `12` seconds", "Only supports values `5` and `10`"
  {
    name: 'only values',
    types: ['integer', 'number', 'string'],
    pattern: /\bonly supports?(?: values?)?\s+((?:`[^`]+`(?:\s*(?:,|and|or)\s*)?)+)/i,
    adds: m => ({ enum: [...(m[1] ?? '').matchAll(/`([^`]+)`/g)].map(v => v[1] ?? '') })
  }
]

/**
 * "**Options:**" (or "**Description:**", "**Supported values:**") followed by "- `720p`: Standard quality" lines:
 * the values of a string field. Only when each line names one value and nothing else in backticks (a line
 * "- `480p`: Supports `16:9`…" is a rule across two fields), and never in a description split by mode.
 */
function optionBullets(description: string): { values: string[]; sentence: string } | undefined {
  if (/\bmode\b/i.test(description)) return undefined
  const block = /\*\*(?:options|supported values|description|values)[^*\n]*\*\*\s*\n((?:\s*-\s*`[^`]+`[^\n]*\n?)+)/i.exec(description)
  if (!block) return undefined
  const lines = (block[1] ?? '')
    .split('\n')
    .map(line => line.trim())
    .filter(Boolean)
  const values: string[] = []
  for (const line of lines) {
    // "- `16:9` (landscape), `9:16` (portrait), `adaptive`": one line listing several values.
    if (/^-\s*(?:`[^`]+`(?:\s*\([^()`]*\))?\s*(?:,\s*|$))+$/.test(line)) {
      values.push(...[...line.matchAll(/`([^`]+)`/g)].map(m => m[1] ?? ''))
      continue
    }
    const item = /^-\s*`([^`]+)`(.*)$/.exec(line)
    if (!item || /`/.test(item[2] ?? '')) return undefined
    values.push(item[1] ?? '')
  }
  return values.length >= 2 ? { values, sentence: lines.join(' ') } : undefined
}

/**
 * Bullets "- `480p`: Supports `16:9` (landscape), `9:16`…": which values this field takes with each value of
 * another field (named by the keys). The catalogue script finds that field among the model's fields.
 */
export function perValueBullets(description: string | undefined): { allowed: Record<string, string[]>; sentence: string } | undefined {
  if (!description || /\bmode\b/i.test(description)) return undefined
  const lines = description
    .split('\n')
    .map(line => line.trim())
    .filter(line => /^-\s*`[^`]+`\s*:\s*supports?\b/i.test(line))
  if (lines.length < 2) return undefined
  const allowed: Record<string, string[]> = {}
  for (const line of lines) {
    const [key, ...values] = [...line.matchAll(/`([^`]+)`/g)].map(m => m[1] ?? '')
    if (!key || values.length === 0) return undefined
    allowed[key] = values
  }
  return { allowed, sentence: lines.join(' ').replace(/`/g, "'") }
}

/** "Required for T2V, optional for I2V": the sentence, when a field says it is required in text-to-video mode only. */
export function requiredForTextToVideo(description: string | undefined): string | undefined {
  const match = /[^.\n]*\brequired for (?:T2V|text-to-video)\b[^.\n]*/i.exec(description ?? '')
  return match ? match[0].trim().replace(/`/g, "'") : undefined
}

/** "0 images = T2V": the field whose emptiness means text-to-video. */
export const marksTextToVideo = (description: string | undefined): boolean => /\b0 images\s*=\s*T2V\b/i.test(description ?? '')

/** Bounds the prose may tighten: a stricter one than the schema's wins ("Must not exceed `1500` characters" beside maxLength 2500). */
const UPPER = new Set(['maxItems', 'maxLength', 'maximum', 'maxProperties'])
const LOWER = new Set(['minItems', 'minimum'])

/** Whether a value read from prose says more than the schema: a rule it lacks, or a stricter bound. */
function addsToSchema(spec: FieldSpec, key: string, value: unknown): boolean {
  const known = spec[key as keyof FieldSpec]
  if (known === undefined) return true
  if (typeof known !== 'number' || typeof value !== 'number') return false
  return (UPPER.has(key) && value < known) || (LOWER.has(key) && value > known)
}

/** The rules a field's description states that its schema does not, each with its sentence. */
export function proseRules(description: string | undefined, spec: FieldSpec): ProseRule[] {
  if (!description) return []
  const rules: ProseRule[] = []
  for (const sentence of sentences(description)) {
    // A recommendation, or a rule about another model or mode (an overview's "Image-to-Video: …"), is not this field's rule.
    if (/recommend|suggest|\bfor (?:chinese|english)\b|^(?:non-)?(?:chinese|english)\b|:\s*not supported|applicable models/i.test(sentence)) continue
    for (const shape of SHAPES) {
      if (!shape.types.includes(spec.type)) continue
      // Text EvoLink truncates by itself is not refused: a length is a rule only when going past it is an error.
      if (shape.name === 'text length' && /truncat/i.test(description)) continue
      const match = shape.pattern.exec(sentence)
      if (!match) continue
      if (shape.name === 'only values') {
        const values = shape.adds(match).enum ?? []
        const typed = spec.type === 'string' ? values : values.map(Number)
        if (spec.enum === undefined && typed.length > 0 && typed.every(v => typeof v === 'string' || Number.isFinite(v)) && !rules.some(r => r.adds.enum)) {
          rules.push({ adds: { enum: typed }, sentence: sentence.replace(/`/g, "'"), shape: shape.name })
        }
        continue
      }
      let adds: ProseRule['adds'] = Object.fromEntries(
        Object.entries(shape.adds(match)).filter(([key, value]) => !rules.some(r => key in r.adds) && addsToSchema(spec, key, value))
      )
      // "`-1`: smart duration" / "`-1` for automatic" beside a range: the range, or that one value.
      const special = shape.name === 'number range' ? /`(-?\d+)`\s*(?::|for|=)\s*(?:smart|auto|automatic|random|model decides)/i.exec(description) : null
      // "Default `0`: keep the input … When set explicitly, range is `2 ~ 10`": the default stays allowed beside the range.
      const [low, high] = shape.name === 'number range' ? [Number(match[1]), Number(match[2])] : []
      const outside = typeof spec.default === 'number' && low !== undefined && high !== undefined && (spec.default < low || spec.default > high) && /\bexplicitly\b/i.test(sentence)
      const alone = special ? Number(special[1]) : outside ? (spec.default as number) : undefined
      if (alone !== undefined && low !== undefined && high !== undefined)
        adds = {
          oneOf: [
            { type: spec.type, minimum: low, maximum: high },
            { type: spec.type, enum: [alone] }
          ]
        }
      if (Object.keys(adds).length > 0) rules.push({ adds, sentence: sentence.replace(/`/g, "'"), shape: shape.name })
    }
  }
  const bullets = spec.type === 'string' && spec.enum === undefined && !rules.some(r => r.adds.enum) ? optionBullets(description) : undefined
  if (bullets) rules.push({ adds: { enum: bullets.values }, sentence: bullets.sentence.replace(/`/g, "'"), shape: 'option bullets' })
  return rules
}

/**
 * "**Text-to-video mode:** … Supported values: `16:9`, …" then "**Image-to-video mode (when using image_urls):**
 * … In addition to the above 6 ratios, also supports `keep_ratio` …": every value of either mode, and the
 * text-to-video ones, which alone are allowed without the field that selects image-to-video.
 */
export function modeSectionValues(description: string | undefined): { all: string[]; textToVideo: string[]; other: string; sentence: string } | undefined {
  const t2v = /\*\*Text-to-video mode:\*\*([\s\S]*?)(?=\*\*Image-to-video mode|$)/i.exec(description ?? '')
  const i2v = /\*\*Image-to-video mode \(when using `?(\w+)`?\):\*\*([\s\S]*)$/i.exec(description ?? '')
  const supported = (section: string | undefined) => {
    const line = /supported values:([^\n]*)/i.exec(section ?? '')?.[1] ?? ''
    return [...line.matchAll(/`([^`]+)`/g)].map(m => m[1] ?? '')
  }
  const textToVideo = supported(t2v?.[1])
  const imageToVideo = supported(i2v?.[2])
  if (!i2v?.[1] || textToVideo.length < 2 || imageToVideo.length === 0) return undefined
  const all = /in addition to the above/i.test(i2v[2] ?? '') ? [...new Set([...textToVideo, ...imageToVideo])] : imageToVideo
  const sentence = [/supported values:[^\n]*/i.exec(t2v?.[1] ?? '')?.[0], /supported values:[^\n]*/i.exec(i2v[2] ?? '')?.[0]].join(' / ').replace(/`/g, "'")
  return { all, textToVideo, other: i2v[1], sentence: `Text-to-video ${sentence}` }
}
