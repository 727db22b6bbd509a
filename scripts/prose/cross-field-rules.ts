// Rules between fields that EvoLink states in prose ("must be used together with `image_start`", "`first_frame`
// mode: **not allowed**", "Sending `1080p` together with 2 or more images is rejected"): a rule is kept only when
// every field it names is one of the model's.
import type { ModelRule } from '../../src/evolink/catalog-types.js'
import { sentences } from './sentences.js'

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
    case 'emptyWhen':
      return [rule.field, ...Object.keys(rule.when)]
    case 'needs':
      return [rule.field, ...rule.others]
    case 'sumEquals':
      return [rule.list, rule.field, ...Object.keys(rule.when)]
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

/**
 * "**required** when `multi_shot=true` and `shot_type=customize`", and for a required field "Can be empty when
 * …" (one rule per "or" branch); values typed as JSON reads them.
 */
function requiredWhen(field: string, sentence: string, named: (name: string | undefined) => string | undefined): ModelRule[] {
  const match = /\b(required|can be empty)\**\s+when\s+((?:`\w+=\w+`(?:\s*(?:and|or)\s*)?)+)/i.exec(sentence)
  if (!match) return []
  const kind = /required/i.test(match[1] ?? '') ? ('requiredWhen' as const) : ('emptyWhen' as const)
  const typed = (value: string) => (value === 'true' ? true : value === 'false' ? false : /^-?\d+$/.test(value) ? Number(value) : value)
  return (match[2] ?? '').split(/\s+or\s+/).flatMap(branch => {
    const when: Record<string, string | number | boolean> = {}
    for (const [, name, value] of branch.matchAll(/`(\w+)=(\w+)`/g)) {
      const path = named(name)
      if (!path || path === field) return []
      when[path] = typed(value ?? '')
    }
    return Object.keys(when).length > 0 ? [{ kind, field, when, sentence: said(match) }] : []
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
