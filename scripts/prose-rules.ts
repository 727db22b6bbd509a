// Rules EvoLink writes only in prose, read systematically (docs/models.md): one parser per shape of
// sentence, each rule keeping the sentence it came from. A parser only adds what the schema lacks, and
// never a rule a description calls a recommendation. The catalogue test lists every description that
// mentions values and gave no rule (test/unit/catalog-unread.txt), so a new shape is seen.
import type { FieldSpec } from '../src/evolink/catalog-types.js'

export interface ProseRule {
  /** What the sentence adds to the field. */
  adds: Partial<Pick<FieldSpec, 'maxItems' | 'minItems' | 'maxLength' | 'minimum' | 'maximum' | 'oneOf' | 'enum'>>
  sentence: string
}

const MEDIA = '(?:images?|videos?|audios?|audio files?|pictures?|clips?)'

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
  // "Maximum length 5000 characters", "Maximum prompt length: 2000 characters", "no more than 800 characters"
  {
    name: 'text length',
    types: ['string'],
    pattern: /\b(?:maximum(?: \w+)? length:?|max(?:imum)? length of|max|no more than|at most|up to)\s+`?(\d+)`?\s*characters\b/i,
    adds: m => ({ maxLength: Number(m[1]) })
  },
  // "any integer between `4` and `30`", "any integer value between `4`–`30` seconds"
  {
    name: 'number range',
    types: ['integer', 'number'],
    pattern: /\bbetween\s+`?(-?\d+(?:\.\d+)?)`?\s*(?:and|to|–|-)\s*`?(-?\d+(?:\.\d+)?)`?/i,
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

/** Sentences (and list items) of a description, markdown emphasis kept: "**1–2 images**" is one. */
export function sentences(description: string): string[] {
  return description
    .split(/\n+|(?<=[.;])\s+(?=[A-Z*`-])/)
    .map(s => s.replace(/^\s*[-*]\s+/, '').trim())
    .filter(Boolean)
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
          rules.push({ adds: { enum: typed }, sentence: sentence.replace(/`/g, "'") })
        }
        continue
      }
      let adds: ProseRule['adds'] = Object.fromEntries(
        Object.entries(shape.adds(match)).filter(([key]) => spec[key as keyof FieldSpec] === undefined && !rules.some(r => key in r.adds))
      )
      // "`-1`: smart duration" / "`-1` for automatic" beside a range: the range, or that one value.
      const special = shape.name === 'number range' ? /`(-?\d+)`\s*(?::|for|=)\s*(?:smart|auto|automatic|random|model decides)/i.exec(description) : null
      if (special && adds.minimum !== undefined)
        adds = {
          oneOf: [
            { type: spec.type, minimum: adds.minimum, maximum: adds.maximum },
            { type: spec.type, enum: [Number(special[1])] }
          ]
        }
      if (Object.keys(adds).length > 0) rules.push({ adds, sentence: sentence.replace(/`/g, "'") })
    }
  }
  const bullets = spec.type === 'string' && spec.enum === undefined && !rules.some(r => r.adds.enum) ? optionBullets(description) : undefined
  if (bullets) rules.push({ adds: { enum: bullets.values }, sentence: bullets.sentence.replace(/`/g, "'") })
  return rules
}

/** A description that names values (in backticks, or a count of media, or a range) but gave no rule. */
export const mentionsValues = (description: string | undefined): boolean =>
  typeof description === 'string' &&
  (/`[^`]+`/.test(description) || new RegExp(`\\d+\\s*[–-]?\\s*\\d*\\s*\\**\\s*${MEDIA}`, 'i').test(description) || /\bbetween\b/i.test(description))
