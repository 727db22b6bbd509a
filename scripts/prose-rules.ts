// Rules EvoLink writes only in prose, read systematically (docs/models.md): one parser per shape of
// sentence, each rule keeping the sentence it came from. A parser only adds what the schema lacks, and
// never a rule a description calls a recommendation. The catalogue test lists every description that
// mentions values and gave no rule (test/unit/catalog-unread.txt), so a new shape is seen.
import type { FieldSpec, FileRule, ModelRule } from '../src/evolink/catalog-types.js'

export interface ProseRule {
  /** What the sentence adds to the field. */
  adds: Partial<Pick<FieldSpec, 'maxItems' | 'minItems' | 'maxLength' | 'minimum' | 'maximum' | 'oneOf' | 'enum' | 'maxProperties' | 'keyPattern'>>
  sentence: string
  /** The shape of sentence that gave it ("item range", "option bullets" …), for the catalogue's tally. */
  shape: string
}

const MEDIA = '(?:images?|videos?|audios?|audio files?|pictures?|clips?|elements?)'
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

/** Sentences (and list items) of a description, markdown emphasis kept: "**1–2 images**" is one. */
export function sentences(description: string): string[] {
  return description
    .split(/\n+|(?<=[.;])(?<!\b(?:e\.g|i\.e)\.)\s+(?=[A-Z*`-])/)
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
          rules.push({ adds: { enum: typed }, sentence: sentence.replace(/`/g, "'"), shape: shape.name })
        }
        continue
      }
      let adds: ProseRule['adds'] = Object.fromEntries(
        Object.entries(shape.adds(match)).filter(([key]) => spec[key as keyof FieldSpec] === undefined && !rules.some(r => key in r.adds))
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

/** A description that names values (in backticks, or a count of media, or a range) but gave no rule. */
export const mentionsValues = (description: string | undefined): boolean =>
  typeof description === 'string' &&
  (/`[^`]+`/.test(description) || new RegExp(`\\d+\\s*[–-]?\\s*\\d*\\s*\\**\\s*${MEDIA}`, 'i').test(description) || /\bbetween\b/i.test(description))

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

/** A field named in a sentence, as a path of the model: a sibling in the same object first, then a top-level field. */
function resolveField(name: string, path: string, paths: readonly string[]): string | undefined {
  const parent = path.includes('.') ? path.slice(0, path.lastIndexOf('.') + 1) : ''
  const inside = paths.filter(candidate => candidate.endsWith(`.${name}`))
  // A key of an object field named from outside it ("`multi_shot=true`" under prompt): when only one object has it.
  return [parent + name, name, `${path}.${name}`].find(candidate => paths.includes(candidate)) ?? (inside.length === 1 ? inside[0] : undefined)
}

/** The model's fields a sentence names in backticks ("`video_urls[0]`", "`multi_shot=true`" included), as paths. */
export function namedFields(sentence: string, path: string, paths: readonly string[]): string[] {
  return [...sentence.matchAll(/`(\w+)(?:\[\d+\]|=[^`]*)?`/g)].flatMap(m => resolveField(m[1] ?? '', path, paths) ?? [])
}

/** Every field a rule across fields involves. */
export function ruleFields(rule: ModelRule): string[] {
  switch (rule.kind) {
    case 'oneNeeded':
    case 'apart':
    case 'totalItems':
      return rule.fields
    case 'byMode':
      return [rule.field, rule.modeField]
    case 'requiredWhen':
      return [rule.field, ...Object.keys(rule.when)]
    case 'needs':
      return [rule.field, ...rule.others]
    default:
      return [rule.field, rule.other]
  }
}

type RuleShape = (m: RegExpExecArray, field: string, named: (name: string | undefined) => string | undefined) => ModelRule | undefined

/** Rules across two or more fields, one sentence each; a rule is kept only when every field it names is the model's. */
const CROSS_SHAPES: { pattern: RegExp; rule: RuleShape }[] = [
  // "You cannot provide only `audio_urls`; at least 1 image (`image_urls`) or 1 video (`video_urls`) must be included"
  {
    pattern: /\bcannot provide only `(\w+)`[^`]*((?:`\w+`[^`]*)+)/i,
    rule: (m, _field, named) => {
      const field = named(m[1])
      const others = [...(m[2] ?? '').matchAll(/`(\w+)`/g)].map(name => named(name[1]))
      return field && others.length > 0 && others.every(other => other && other !== field) ? { kind: 'needs', field, others: others as string[], sentence: said(m) } : undefined
    }
  },
  // "`image_start` (first frame) must be provided when using last frame"
  { pattern: /`(\w+)`[^.;`]*\bmust be provided when using\b/i, rule: (m, field, named) => needs(field, named(m[1]), m) },
  // "must be used together with `image_start`"
  { pattern: /\bmust be used together with `(\w+)`/i, rule: (m, field, named) => needs(field, named(m[1]), m) },
  // "Provide at least one of `image_start` and `image_end`", "At least one of `image_urls`, `video_urls`, or `audio_urls`"
  {
    pattern: /\bat least one of ((?:`\w+`\s*(?:,\s*or|,|and|or|\/)?\s*){2,})/i,
    rule: (m, _field, named) => {
      const fields = [...(m[1] ?? '').matchAll(/`(\w+)`/g)].map(name => named(name[1]))
      return fields.every(field => field !== undefined) ? { kind: 'oneNeeded', fields: [...new Set(fields)].sort(), sentence: said(m) } : undefined
    }
  },
  // "**Mutually exclusive with `link_url`**", "Cannot be combined with `audio_urls`"
  {
    pattern: /\b(?:mutually exclusive with|cannot be combined with|cannot be used with)\s*`(\w+)`/i,
    rule: (m, field, named) => both(field, named(m[1]), fields => ({ kind: 'apart', fields, sentence: said(m) }))
  },
  // "`image_urls` + `video_urls` total ≤ 5"
  {
    pattern: /`(\w+)`\s*\+\s*`(\w+)`\s*(?:total\s*)?(?:≤|<=)\s*`?(\d+)`?/,
    rule: (m, _field, named) => both(named(m[1]), named(m[2]), fields => ({ kind: 'totalItems', fields, max: Number(m[3]), sentence: said(m) }))
  },
  // "When using `element_list`, only `video` is supported"
  {
    pattern: /\bwhen using `(\w+)`, only `([^`]+)` is supported/i,
    rule: (m, field, named) => {
      const other = named(m[1])
      return other && other !== field ? { kind: 'valuesWith', field, other, values: [m[2] ?? ''], sentence: said(m) } : undefined
    }
  },
  // "Sending `1080p` together with 2 or more images is rejected"
  {
    pattern: /\bsending `([^`]+)` together with (\d+) or more images is rejected/i,
    rule: (m, field, named) => {
      const images = named('image_urls')
      return images ? { kind: 'whenValue', field, value: m[1] ?? '', other: images, maxItems: Number(m[2]) - 1, sentence: said(m) } : undefined
    }
  },
  // "The three reference types combined must not exceed `12` items (images + videos + audio clips)"
  {
    pattern: /\bcombined must not exceed `?(\d+)`? items\s*\(([^)]+)\)/i,
    rule: (m, _field, named) => {
      const kinds = [...(m[2] ?? '').matchAll(/\b(image|video|audio)/gi)].map(kind => named(`${(kind[1] ?? '').toLowerCase()}_urls`))
      return kinds.length >= 2 && kinds.every(Boolean) ? { kind: 'totalItems', fields: [...new Set(kinds as string[])].sort(), max: Number(m[1]), sentence: said(m) } : undefined
    }
  },
  // "when `video_urls` is provided, `duration` is capped at 10 seconds"
  {
    pattern: /\bwhen `(\w+)` is provided, `(\w+)` is capped at `?(\d+)`?/i,
    rule: (m, _field, named) => {
      const [other, capped] = [named(m[1]), named(m[2])]
      return other && capped ? { kind: 'capWhen', field: capped, other, max: Number(m[3]), sentence: said(m) } : undefined
    }
  }
]

const said = (m: RegExpExecArray) => (m.input ?? '').replace(/`/g, "'").replace(/\*\*/g, '').trim()
const needs = (field: string, other: string | undefined, m: RegExpExecArray): ModelRule | undefined =>
  other && other !== field ? { kind: 'needs', field, others: [other], sentence: said(m) } : undefined
const both = (a: string | undefined, b: string | undefined, make: (fields: string[]) => ModelRule): ModelRule | undefined => (a && b && a !== b ? make([a, b].sort()) : undefined)

/** "**required** when `multi_shot=true` and `shot_type=customize`" (one rule per "or" branch); values typed as JSON reads them. */
function requiredWhen(field: string, sentence: string, named: (name: string | undefined) => string | undefined): ModelRule[] {
  const match = /\brequired\**\s+when\s+((?:`\w+=\w+`(?:\s*(?:and|or)\s*)?)+)/i.exec(sentence)
  if (!match) return []
  const typed = (value: string) => (value === 'true' ? true : value === 'false' ? false : /^-?\d+$/.test(value) ? Number(value) : value)
  return (match[1] ?? '').split(/\s+or\s+/).flatMap(branch => {
    const when: Record<string, string | number | boolean> = {}
    for (const [, name, value] of branch.matchAll(/`(\w+)=(\w+)`/g)) {
      const path = named(name)
      if (!path || path === field) return []
      when[path] = typed(value ?? '')
    }
    return Object.keys(when).length > 0 ? [{ kind: 'requiredWhen' as const, field, when, sentence: said(match) }] : []
  })
}

/**
 * Bullets of a mode field's values that bound other fields: "- `REFERENCE`: Reference image, max 3 images,
 * duration fixed at 8s, aspect ratio fixed at 16:9", "- `FIRST&LAST`: …, supports `1`~`2` images", and
 * "the … `REFERENCE` mode only supports `16:9` aspect ratio".
 */
function valueBullets(field: string, sentence: string, named: (name: string | undefined) => string | undefined): ModelRule[] {
  const rules: ModelRule[] = []
  const only = /`([^`]+)` mode only supports `([^`]+)` aspect ratio/i.exec(sentence)
  const aspect = named('aspect_ratio')
  if (only && aspect) rules.push({ kind: 'whenValue', field, value: only[1] ?? '', other: aspect, values: [only[2] ?? ''], sentence: said(only) })
  const bullet = /^`([^`]+)`\s*:\s*(.+)$/.exec(sentence)
  if (!bullet) return rules
  const [value, text] = [bullet[1] ?? '', bullet[2] ?? '']
  const base = { kind: 'whenValue' as const, field, value, sentence: said(bullet) }
  const images = named('image_urls')
  const range = /`?(\d+)`?\s*(?:~|-|–)\s*`?(\d+)`?\s*images\b/i.exec(text)
  const most = /\b(?:max|supports up to|up to)\s+`?(\d+)`?\s*images\b/i.exec(text)
  if (images && range) rules.push({ ...base, other: images, minItems: Number(range[1]), maxItems: Number(range[2]) })
  else if (images && most) rules.push({ ...base, other: images, maxItems: Number(most[1]) })
  const duration = /\bduration fixed at (\d+)\s*s\b/i.exec(text)
  if (duration && named('duration')) rules.push({ ...base, other: named('duration') ?? '', values: [Number(duration[1])] })
  const ratio = /\baspect ratio fixed at (\d+:\d+)/i.exec(text)
  if (ratio && aspect) rules.push({ ...base, other: aspect, values: [ratio[1] ?? ''] })
  return rules
}

/**
 * "- `first_frame` mode: **required**", "- `first_frame` / `first_last_frame` mode: **not allowed**": the field in
 * each mode of the sibling field whose values the modes are.
 */
function modeRule(field: string, description: string, paths: readonly string[], enumOf: (path: string) => readonly unknown[] | undefined): { rule?: ModelRule; lines: string[] } {
  const required: string[] = []
  const forbidden: string[] = []
  const lines: string[] = []
  for (const line of sentences(description)) {
    const match = /^((?:`\w+`\s*(?:\/|,|and|or)?\s*)+)modes?:\s*\**\s*(required|not allowed)\b/i.exec(line)
    if (!match) continue
    const modes = [...(match[1] ?? '').matchAll(/`(\w+)`/g)].map(m => m[1] ?? '')
    ;(/required/i.test(match[2] ?? '') ? required : forbidden).push(...modes)
    lines.push(line)
  }
  const modes = [...required, ...forbidden]
  const modeField = paths.find(path => path !== field && modes.length > 0 && modes.every(mode => enumOf(path)?.includes(mode)))
  if (!modeField) return { lines: [] }
  return { rule: { kind: 'byMode', field, modeField, required, forbidden, sentence: lines.join(' ').replace(/`/g, "'").replace(/\*\*/g, '') }, lines }
}

/** The rules across fields a field's description states, and the sentences they came from. */
export function crossFieldRules(
  field: string,
  description: string | undefined,
  paths: readonly string[],
  enumOf: (path: string) => readonly unknown[] | undefined
): { rules: ModelRule[]; used: string[] } {
  if (!description) return { rules: [], used: [] }
  const rules: ModelRule[] = []
  const used: string[] = []
  const named = (name: string | undefined) => (name ? resolveField(name, field, paths) : undefined)
  for (const sentence of sentences(description)) {
    const found = [
      ...CROSS_SHAPES.map(shape => {
        const match = shape.pattern.exec(sentence)
        return match ? shape.rule(match, field, named) : undefined
      }),
      ...requiredWhen(field, sentence, named),
      ...valueBullets(field, sentence, named)
    ].filter((rule): rule is ModelRule => rule !== undefined)
    rules.push(...found)
    if (found.length > 0) used.push(sentence)
  }
  const byMode = modeRule(field, description, paths, enumOf)
  if (byMode.rule) rules.push(byMode.rule)
  return { rules, used: [...used, ...byMode.lines] }
}

interface ReasonContext {
  field: string
  type: FieldSpec['type']
  description: string
  fields: readonly string[]
}

/**
 * Shapes of sentence that name values and state no rule the action can check, each with its reason, in the
 * order they are tried. Each is a shape of sentence, never a model.
 */
const NO_RULE: { reason: string; test: (sentence: string, context: ReasonContext, media: boolean) => boolean }[] = [
  { reason: 'it depends on how EvoLink reads the prompt', test: s => /\b(?:classified|inferred from the prompt)\b/i.test(s) },
  {
    reason: 'advice or an example',
    test: s => /\brecommend|\bsuggest|\bideally\b|\bdiscouraged\b|\bavoid\b|\bprefer\b|\btips?\b|e\.g\.|\bfor example\b|\bexamples?\b/i.test(s)
  },
  { reason: 'a limit in tokens, which only EvoLink can count', test: s => /\btokens?\b/i.test(s) },
  { reason: 'a length EvoLink truncates to, not an error', test: (s, c) => /truncat/i.test(c.description) && /\bcharacters?\b/i.test(s) },
  { reason: 'how EvoLink bills', test: s => /\bbill(?:ing|ed)\b|\bcharge[sd]?\b|\bpric(?:e|ing)\b/i.test(s) },
  // Inputs arrive as environment variables (128 KiB each on Linux), a manifest is at most 64 KiB.
  { reason: "a body size the action's inputs cannot reach", test: s => /\brequest body (?:size )?must not exceed `?\d+ ?MB`?/i.test(s) },
  // Media inputs are https URLs (or repository files the action uploads): url-rules.ts refuses anything else.
  { reason: 'a form of value the action never sends (it sends https URLs)', test: (s, _c, media) => media && /\bbase64\b|\bdata url\b|`\w+:\/\/`/i.test(s) },
  {
    reason: 'a property of a file EvoLink fetches, which the action does not see',
    test: (s, _c, media) =>
      /\binput (?:video|clip) length\b|\breference (?:image|video)\b.*\bmax\b/i.test(s) ||
      (media &&
        /\b(?:formats?|size|dimensions?|resolution|duration|aspect ratio|width|height|pages|MB|px|seconds|accessible|public|transparency|viewable|download|extensions?|fps|frame rate|containers?)\b/i.test(
          s
        ))
  },
  {
    reason: 'about fields the schema already lacks',
    test: (s, c) => /\b(?:does not support|accepts no|not supported)\b/i.test(s) && [...s.matchAll(/`(\w+)`/g)].every(m => !c.fields.includes(m[1] ?? ''))
  },
  { reason: 'one value, which a text field holds by its type', test: (s, c) => c.type === 'string' && /\bat most `?1`?\b|\baccepts one\b/i.test(s) },
  { reason: 'an error message EvoLink returns', test: s => /`[^`]*\b(?:invalid|out of range)\b[^`]*`/i.test(s) },
  { reason: 'other names EvoLink accepts for the field', test: s => /\bcompatible fields\b|\balso accepted\b/i.test(s) },
  { reason: 'a JSON type the action sends as the schema says', test: s => /\baccepts both string\b/i.test(s) },
  {
    reason: 'when it takes effect (ignored otherwise, never an error)',
    test: s => /\bonly (?:effective|takes effect)\b|\bignored\b|\bsilently\b|\bfall back\b|^applies to:|\bonly `\w+` is used\b|^(?:`\w+` )?(?:not )?provided:/i.test(s)
  },
  { reason: 'points to another model', test: s => /\buse `[a-z][\w.]*-[\w.-]*`/i.test(s) },
  {
    reason: 'what each material or count is used for',
    test: s => /^\|/.test(s) || /\bis used as\b|\bare used as\b|\bbound positionally\b|\boriginal audio is used\b|^\d+ images? = |^`\d+`(?:\s*-\s*`\d+`)? images?\b/i.test(s)
  },
  {
    reason: 'how to word the prompt',
    test: (s, c) => /\bprompt\b/i.test(s) || /`(?:@?[a-z]\w*\d|<<<\w+>>>|(?:image|video|audio) \d+)`|"(?:image|video|audio) \d"/i.test(s) || /\bprompt\b/.test(c.field)
  },
  { reason: 'optional, which needs no rule', test: s => (/\bmode\b/i.test(s) && /\boptional\b/i.test(s)) || /\bcan be used on its own\b|^optional:/i.test(s) },
  // "`image_start` only: first-frame image-to-video", "Both fields: …", "`first_frame` / `first_last_frame` modes: total length of …"
  { reason: 'what a combination of fields or a mode makes', test: s => /^(?:`\w+` only|both fields):|^(?:`\w+`\s*(?:\/|,)?\s*)+modes?:/i.test(s) },
  { reason: 'when a required field may be empty (model-rules.ts, promptMayBeEmpty)', test: s => /\bcan be empty when\b/i.test(s) },
  { reason: 'a heading', test: s => /:\**$/.test(s.trim()) }
]

/**
 * Why a sentence that names values gives no rule the action can check, or undefined when no known shape
 * explains it (the catalogue test lists those).
 */
export function noRuleReason(sentence: string, context: ReasonContext): string | undefined {
  const media = /(?:^|[._])(?:\w+_urls?|image_start|image_end|voice_bindings)$/.test(context.field)
  const plain = sentence.replace(/\*\*/g, '').trim()
  return NO_RULE.find(shape => shape.test(plain, context, media))?.reason
}

const IMAGE_TYPES: Record<string, string> = {
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
  gif: 'image/gif',
  bmp: 'image/bmp',
  heic: 'image/heic',
  heif: 'image/heic'
}
/** "1:2.5" → 0.4, "`0.4`" → 0.4 */
const ratio = (text: string) => {
  const [a, b] = text.replace(/`/g, '').split(':').map(Number)
  return b === undefined ? a : a !== undefined && b > 0 ? a / b : undefined
}

/**
 * An image field's file requirements, one shape per sentence: size ("Image size: up to `10MB`", "Max size
 * per image: `30MB`"), formats ("Supported formats: `.jpg`, `.jpeg`, `.png`"), pixel sides ("width and height
 * >= `300px`", "Width and height: each from `256` to `5760` px", "Short edge > 300px") and aspect ratio
 * ("between `1:2.5` and `2.5:1`", "(width/height): `0.4` ~ `2.5`", "1:8 ~ 8:1"). Recommendations add nothing.
 */
export function fileRules(description: string | undefined): FileRule | undefined {
  const rule: FileRule = { prose: [] }
  for (const sentence of sentences(description ?? '')) {
    if (/recommend|request body|\bvideos?\b|\baudio\b/i.test(sentence)) continue
    const before = JSON.stringify(rule)
    const size = /\b(?:size|max)\b[^.;\d]{0,40}?`?(\d+(?:\.\d+)?)\s*MB\b/i.exec(sentence)
    if (size) rule.maxBytes = Math.round(Number(size[1]) * 1024 * 1024)
    if (/\bformats?\b/i.test(sentence)) {
      const types = [...sentence.matchAll(/\b(jpe?g|png|webp|gif|bmp|heic|heif)\b/gi)].map(m => IMAGE_TYPES[(m[1] ?? '').toLowerCase()] ?? '')
      if (types.length > 0) rule.types = [...new Set(types)]
    }
    const least = /\b(?:width and height(?: both)?|short edge)\s*(>=|≥|>)\s*`?(\d+)\s*`?\s*px/i.exec(sentence)
    if (least) rule.minSide = Number(least[2]) + (least[1] === '>' ? 1 : 0)
    const range = /\bwidth\s*(?:and|\/)\s*height[^\d\n]{0,30}?`?\[?(\d+)`?\s*(?:,|~|to)\s*`?(\d+)\]?`?\s*(?:px|pixels)/i.exec(sentence)
    if (range) {
      rule.minSide = Number(range[1])
      rule.maxSide = Number(range[2])
    }
    const aspect = /\baspect ratio\b[^:\d`]*(?:\(width\/height\))?\s*:?\s*(?:between\s*)?(`?[\d.]+(?::[\d.]+)?`?)\s*(?:~|–|-|to|and)\s*(`?[\d.]+(?::[\d.]+)?`?)/i.exec(sentence)
    const [low, high] = aspect ? [ratio(aspect[1] ?? ''), ratio(aspect[2] ?? '')] : []
    if (low !== undefined && high !== undefined && low > 0 && low < high) {
      rule.minRatio = low
      rule.maxRatio = high
    }
    if (JSON.stringify(rule) !== before) rule.prose.push(sentence.replace(/`/g, "'"))
  }
  return rule.prose.length > 0 ? rule : undefined
}

/** Every value a field's schema (or a rule already read) states: enum values, bounds, counts, lengths, default. */
function knownValues(spec: FieldSpec): Set<string> {
  // 0 as a lower bound ("0–3 videos") and [] as a default say nothing the schema lacks.
  const values = new Set<string>(['0', '[]'])
  const add = (part: FieldSpec | undefined) => {
    if (!part) return
    for (const value of [part.minimum, part.maximum, part.minItems, part.maxItems, part.minLength, part.maxLength, part.maxProperties, ...(part.enum ?? [])]) {
      if (value !== undefined) values.add(String(value))
    }
    if (part.default !== undefined && typeof part.default !== 'object') values.add(String(part.default))
    for (const alternative of part.oneOf ?? []) add(alternative)
    // An object's description may restate its keys' limits ("Maximum 7 elements" under model_params).
    for (const [key, child] of Object.entries(part.properties ?? {})) {
      values.add(key)
      add(child)
    }
    add(part.items)
  }
  add(spec)
  return values
}

/**
 * Whether a sentence only says what the field's schema already holds: every value it names ("`720p`", "`4` ~
 * `15`", "Maximum 7 elements") is one of the schema's values or bounds.
 */
export function restatesSchema(sentence: string, spec: FieldSpec): boolean {
  const known = knownValues(spec)
  // "`8` or more are rejected" under a list of at most 7.
  const beyond = /`?(\d+)`? or more (?:are|is) rejected/i.exec(sentence)
  if (beyond && spec.maxItems !== undefined && Number(beyond[1]) === spec.maxItems + 1) return true
  // "`1080p`: …, coming soon", "Fixed ratios such as `16:9` … are rejected": values the schema's list leaves out.
  const quoted = [...sentence.matchAll(/`([^`]+)`/g)].map(m => (m[1] ?? '').trim().replace(/^(?:\w+=)?"?|"$/g, ''))
  // "`image_start` (starting frame) does not accept voice bindings": a key the key form already refuses.
  const keys = spec.keyPattern === undefined ? undefined : new RegExp(spec.keyPattern)
  if (keys && /\bdoes not accept\b/i.test(sentence) && quoted.length > 0 && quoted.every(value => !keys.test(value))) return true
  if (spec.enum && quoted.length > 0 && /coming soon|rejected|cannot be specified|not supported/i.test(sentence) && quoted.every(value => !spec.enum?.map(String).includes(value)))
    return true
  const parts = quoted.flatMap(value => (known.has(value) ? [value] : value.split(/\s*(?:~|–|\bto\b|,)\s*/).filter(Boolean)))
  // Numbers in the text, but not those of a parenthesis ("(1 image for first-frame video generation)").
  const bare = [
    ...sentence
      .replace(/`[^`]*`/g, ' ')
      .replace(/\([^()]*\)/g, ' ')
      .matchAll(/(?<![\w.:])(\d+(?:\.\d+)?)(?![\w.:])/g)
  ].map(m => m[1] ?? '')
  const values = [...parts, ...bare]
  return values.length > 0 && values.every(value => known.has(value))
}
