// Sentences that name values but give no rule to check: those that say what the schema already says, and
// the shapes of sentence that state none (advice, billing, a property of a file EvoLink fetches …), each
// with its reason. What neither explains is listed as unread (test/unit/catalog-unread.txt).
import type { FieldSpec } from '../../src/evolink/catalog-types.js'

interface ReasonContext {
  field: string
  type: FieldSpec['type']
  description: string
  fields: readonly string[]
  /** The field holds media URLs (the catalogue read it from the format and description, never from the name). */
  media: boolean
}

/**
 * Shapes of sentence that name values and state no rule the action can check, each with its reason, in the
 * order they are tried. Each is a shape of sentence, never a model.
 */
const NO_RULE: { reason: string; test: (sentence: string, context: ReasonContext, media: boolean) => boolean; limits?: true }[] = [
  { reason: 'it depends on how EvoLink reads the prompt', test: s => /\b(?:classified|inferred from the prompt)\b/i.test(s) },
  {
    reason: 'advice or an example',
    test: s => /\brecommend|\bsuggest|\bideally\b|\bdiscouraged\b|\bavoid\b|\bprefer\b|\btips?\b|e\.g\.|\bfor example\b|\bexamples?\b/i.test(s)
  },
  { reason: 'a limit in tokens, which only EvoLink can count', test: s => /\btokens?\b/i.test(s), limits: true },
  { reason: 'a length EvoLink truncates to, not an error', test: (s, c) => /truncat/i.test(c.description) && /\bcharacters?\b/i.test(s), limits: true },
  { reason: 'how EvoLink bills', test: s => /\bbill(?:ing|ed)\b|\bcharge[sd]?\b|\bpric(?:e|ing)\b/i.test(s), limits: true },
  // Inputs arrive as environment variables (128 KiB each on Linux), a manifest is at most 64 KiB.
  { reason: "a body size the action's inputs cannot reach", test: s => /\brequest body (?:size )?must not exceed `?\d+ ?MB`?/i.test(s), limits: true },
  // Media inputs are https URLs (or repository files the action uploads): url-rules.ts refuses anything else.
  { reason: 'a form of value the action never sends (it sends https URLs)', test: (s, _c, media) => media && /\bbase64\b|\bdata url\b|`\w+:\/\/`/i.test(s) },
  {
    reason: 'a property of a file EvoLink fetches, which the action does not see',
    test: (s, _c, media) =>
      /\binput (?:video|clip) length\b|\breference (?:image|video)\b.*\b(?:max|at most)\b/i.test(s) ||
      (media &&
        /\b(?:formats?|size|dimensions?|resolution|duration|aspect ratio|width|height|pages|MB|px|seconds|accessible|public|transparency|viewable|download|extensions?|fps|frame rate|containers?)\b/i.test(
          s
        )),
    limits: true
  },
  {
    reason: 'about fields the schema already lacks',
    test: (s, c) => /\b(?:does not support|accepts no|not supported)\b/i.test(s) && [...s.matchAll(/`(\w+)`/g)].every(m => !c.fields.includes(m[1] ?? ''))
  },
  { reason: 'one value, which a text field holds by its type', test: (s, c) => c.type === 'string' && /\bat most `?1`?\b|\baccepts one\b/i.test(s), limits: true },
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
    test: s =>
      /\bprompt\b/i.test(s) ||
      /`(?:@?[a-z]\w*\d|<<<\w+>>>|(?:image|video|audio) \d+)`|"(?:image|video|audio) \d"/i.test(s) ||
      // camera commands ("`[Pan left]`"), tags and numbering of materials, "图1 / 视频1", "use it to describe …"
      /`\[[^`\]]+\]`|<<<\w+>>>|\b(?:tags?|numbering|material numbers?)\b|[图视频]+\d|\bdescribe\b/i.test(s)
  },
  {
    reason: "a count inside the prompt's own syntax (shots), which only EvoLink parses",
    test: s => /\bin the `?prompt`? to\b|\bwithin the `?prompt`?\b/i.test(s),
    limits: true
  },
  { reason: 'a recommended limit, not an error', test: s => /\brecommend(?:ed|s)?\b/i.test(s), limits: true },
  { reason: 'points to the fields that carry it', test: s => /^use `\w+`(?: (?:and\/or|or|and) `\w+`)? to provide\b/i.test(s) },
  { reason: 'optional, which needs no rule', test: s => (/\bmode\b/i.test(s) && /\boptional\b/i.test(s)) || /\bcan be used on its own\b|^optional:/i.test(s) },
  // "`image_start` only: first-frame image-to-video", "Both fields: …", "`first_frame` / `first_last_frame` modes: total length of …"
  { reason: 'what a combination of fields or a mode makes', test: s => /^(?:`\w+` only|both fields):|^(?:`\w+`\s*(?:\/|,)?\s*)+modes?:/i.test(s) },
  { reason: 'a heading', test: s => /:\**$/.test(s.trim()) }
]

/** A number and a verb of limit: "Must not exceed `1500` characters", "at most 4", "up to 10 MB", "≤ 5". */
const statesLimit = (sentence: string) =>
  /\d/.test(sentence) &&
  /\b(?:must not|may not|cannot|can't|not exceed|exceed(?:s|ing)?|at most|up to|no more than|max(?:imum)?|min(?:imum)?|at least|limit(?:ed)?|reject(?:ed|s)?)\b|[≤≥]|[<>]=|\s[<>]\s*`?\d/i.test(
    sentence
  )

/**
 * Why a sentence that names values gives no rule the action can check, or undefined when no known shape
 * explains it (the catalogue test lists those). A sentence that states a limit is explained only by a
 * reason about limits the action cannot check (tokens, a fetched file's properties …): one that only
 * mentions the prompt is a rule misread, and listed unread instead.
 */
export function noRuleReason(sentence: string, context: ReasonContext): string | undefined {
  const plain = sentence.replace(/\*\*/g, '').trim()
  const limit = statesLimit(plain)
  return NO_RULE.find(shape => (!limit || shape.limits) && shape.test(plain, context, context.media))?.reason
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
