// npm run catalog -- <dir> [--date YYYY-MM-DD]: turns EvoLink's OpenAPI files (one per video model, as in
// docs/evolink-openapi/video-series) into the action's model catalogue, src/evolink/catalog.ts. The catalogue
// is data: validation reads it, and nothing per model is written by hand but the documented cross-field
// rules in src/evolink/model-rules.ts. Running it again on the same files gives the same bytes.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join, relative, sep } from 'node:path'
import { pathToFileURL } from 'node:url'
import type { Catalog, FieldSpec, ModelRule, ModelSpec } from '../src/evolink/catalog-types.js'
import { fieldPaths, fieldSpecAt } from '../src/evolink/check-field.js'
import { HAND_RULES, PROSE_ENUMS } from '../src/evolink/model-rules.js'
import { NOT_VIDEO_MODELS } from '../src/evolink/not-video.js'
import {
  crossFieldRules,
  fileRules,
  mapValuesMedia,
  mediaOf,
  marksTextToVideo,
  mentionsValues,
  modeSectionValues,
  namedFields,
  noRuleReason,
  perValueBullets,
  proseRules,
  requiredForTextToVideo,
  restatesSchema,
  ruleFields,
  sentences
} from './prose-rules.js'

/**
 * A per-value rule names the sibling field whose values are its keys (quality for "`480p`: Supports …"): the
 * rule, or nothing (and the field's values dropped) when no field has those values.
 */
function resolvePerValue(fields: Record<string, FieldSpec>, pending: ModelReading['perValue']): ModelRule[] {
  return pending.flatMap(({ field, allowed, sentence }) => {
    const spec = fields[field]
    const keys = Object.keys(allowed)
    const owner = Object.entries(fields).find(([, other]) => other !== spec && keys.every(key => other.enum?.map(String).includes(key)))
    if (owner) return [{ kind: 'valuesBy' as const, field, other: owner[0], allowed, sentence }]
    if (spec) delete spec.enum
    return []
  })
}

/** The hand-written rules (model-rules.ts) of a model: those naming it, and those for every model with their fields. */
function handRules(model: string, fields: Record<string, FieldSpec>): ModelRule[] {
  const paths = fieldPaths(fields)
  return HAND_RULES.filter(hand => hand.models?.includes(model) || (hand.fields !== undefined && hand.fields.every(field => paths.includes(field)))).map(
    hand => ({ ...hand.rule, sentence: flat(hand.source.sentence) }) as ModelRule
  )
}

/** The date of the documentation the OpenAPI files were taken from (EvoLink's docs source). */
export const DEFAULT_DOCS_DATE = '2026-08-21'

type Json = Record<string, unknown>
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v)

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .flatMap(entry => (entry.isDirectory() ? files(join(dir, entry.name)) : entry.name.endsWith('.json') ? [join(dir, entry.name)] : []))
}

/** "Duration (seconds), default `4`" → 4, typed like the field; undefined when the text names none. */
function defaultInText(description: unknown, type: FieldSpec['type']): FieldSpec['default'] {
  if (typeof description !== 'string') return undefined
  const match = /\bdefaults?(?: to| is|:)?\s*`([^`]+)`/i.exec(description)
  if (!match) return undefined
  const raw = (match[1] ?? '').trim()
  if (type === 'integer' || type === 'number') return /^-?\d+(\.\d+)?$/.test(raw) ? Number(raw) : undefined
  if (type === 'boolean') return raw === 'true' ? true : raw === 'false' ? false : undefined
  return type === 'string' ? raw : undefined
}

const TYPES = new Set(['string', 'integer', 'number', 'boolean', 'array', 'object'])

/** What one build counts across every model: rules read by shape, the sentences accounted for, and the rest. */
interface BuildTally {
  /** Sentences that name values and that nothing explains, as "file field: sentence" (the catalogue test lists them). */
  unread: string[]
  /** Descriptions read without a rule, by reason: "file field" per reason. */
  noRule: Map<string, string[]>
  /** Rules read from prose, by shape of sentence (field rules) or kind (rules across fields, file rules). */
  shapes: Map<string, number>
  /** Sentences that name values, and how many of them a rule (or the schema) accounts for, or a reason. */
  sentences: { sentences: number; ruled: number; reasoned: number }
}

/** One model's file as it is read: its fields with a description worth reading, and mode values until their field is resolved. */
interface ModelReading {
  file: string
  described: Map<string, { description: string; spec: FieldSpec }>
  /** "Text-to-video mode … / Image-to-video mode (when using image_urls)" values. */
  modeValues: { field: string; other: string; values: string[]; sentence: string }[]
  /** Values allowed per value of a sibling field, until that field is found (resolvePerValue). */
  perValue: { field: string; allowed: Record<string, string[]>; sentence: string }[]
  tally: BuildTally
}

const count = (tally: BuildTally, shape: string) => tally.shapes.set(shape, (tally.shapes.get(shape) ?? 0) + 1)

function field(reading: ModelReading, schema: Json, name = ''): FieldSpec {
  const spec: FieldSpec = {}
  if (typeof schema.type === 'string' && TYPES.has(schema.type)) spec.type = schema.type as FieldSpec['type']
  if (Array.isArray(schema.enum)) spec.enum = schema.enum as (string | number | boolean)[]
  for (const key of ['minimum', 'maximum', 'minLength', 'maxLength', 'minItems', 'maxItems'] as const) {
    if (typeof schema[key] === 'number') spec[key] = schema[key] as number
  }
  if (typeof schema.pattern === 'string') spec.pattern = schema.pattern
  if (isObject(schema.items)) spec.items = field(reading, schema.items, `${name}[]`)
  if (isObject(schema.properties)) {
    spec.properties = Object.fromEntries(
      Object.entries(schema.properties)
        .filter(([, v]) => isObject(v))
        .map(([k, v]) => [k, field(reading, v as Json, `${name}.${k}`)])
    )
    if (Array.isArray(schema.required)) spec.required = schema.required.filter((r): r is string => typeof r === 'string')
  }
  if (Array.isArray(schema.oneOf)) spec.oneOf = schema.oneOf.filter(isObject).map(alternative => field(reading, alternative))
  if (schema.default !== undefined) spec.default = schema.default as FieldSpec['default']
  else {
    const documented = defaultInText(schema.description, spec.type)
    if (documented !== undefined) spec.default = documented
  }
  const description = typeof schema.description === 'string' ? schema.description : undefined
  const rules = proseRules(description, spec)
  for (const rule of rules) {
    Object.assign(spec, rule.adds)
    count(reading.tally, `field: ${rule.shape}`)
  }
  if (rules.length > 0) spec.prose = rules.map(rule => rule.sentence)
  const perValue = spec.type === 'string' && spec.enum === undefined ? perValueBullets(description) : undefined
  if (perValue) {
    count(reading.tally, 'field: values per value of another field')
    // The field the keys belong to is found once all fields are read (resolvePerValue).
    reading.perValue.push({ field: name, allowed: perValue.allowed, sentence: perValue.sentence })
    spec.enum = [...new Set(Object.values(perValue.allowed).flat())]
  }
  // Media fields, by format and description: an image field also says what a repository image must be (the
  // action reads those files; a URL's file it never sees).
  const media = mediaOf(schema, description)
  if (media) spec.media = media
  // A list of media URLs says so once, on the list: its items are the strings it describes.
  if (media && spec.items) delete spec.items.media
  const eachValue = mapValuesMedia(schema, description)
  if (eachValue) spec.values = { type: 'string', media: eachValue }
  const file = media === 'image' ? fileRules(description) : undefined
  if (file) {
    spec.file = file
    count(reading.tally, 'image file: type, size, pixels or aspect ratio')
  }
  const byMode = spec.type === 'string' && spec.enum === undefined ? modeSectionValues(description) : undefined
  if (byMode) {
    spec.enum = byMode.all
    reading.modeValues.push({ field: name, other: byMode.other, values: byMode.textToVideo, sentence: byMode.sentence })
  }
  // Booleans and callback_url (the action's own rule: https, public host, 2048 characters) have nothing to read.
  const readable = spec.type !== 'boolean' && name !== 'callback_url'
  if (description && !name.endsWith('[]') && readable) reading.described.set(name, { description, spec })
  return spec
}

/** A sentence as rules store it: backticks as quotes, no emphasis, spaces collapsed. */
const flat = (text: string) => text.replace(/`/g, "'").replace(/\*\*/g, '').replace(/\s+/g, ' ').trim()

/**
 * The rules across fields of one model, read from every description; then every sentence that names values
 * is accounted for: by a rule (its own field's, a file rule, one across fields, a hand-written one of
 * model-rules.ts), by saying what the schema or a rule already says, or by a reason no rule applies. What
 * none explains is listed as unread.
 */
function readAcrossFields(reading: ModelReading, model: string, fields: Record<string, FieldSpec>, required: readonly string[], found: readonly ModelRule[]): ModelRule[] {
  const { described, modeValues, file: current, tally: build } = reading
  const paths = fieldPaths(fields)
  const enumOf = (path: string) => fieldSpecAt(fields, path)?.enum
  const rules = new Map<string, ModelRule>()
  const used = new Map<string, string[]>()
  for (const [path, { description }] of described) {
    const read = crossFieldRules(path, description, paths, enumOf)
    // The same rule stated under both its fields is kept once.
    for (const rule of read.rules) rules.set(JSON.stringify({ ...rule, sentence: undefined }), rule)
    used.set(path, read.used)
  }
  for (const pending of modeValues) {
    const other = paths.includes(pending.other) ? pending.other : undefined
    if (other) rules.set(`values ${pending.field}`, { kind: 'valuesWithout', field: pending.field, other, values: pending.values, sentence: pending.sentence })
  }
  const handWritten = [...PROSE_ENUMS.filter(rule => rule.models.includes(model)), ...HAND_RULES].map(rule => rule.source).filter(source => source.file === current)
  const read = [...rules.values()]
  // Pairs of fields a rule ties together, so that a sentence restating it from another field is seen as read.
  const ties = [...read, ...found].map(ruleFields)
  const restatesRule = (path: string, sentence: string) => {
    const named = namedFields(sentence, path, paths).filter(field => field !== path)
    return named.length > 0 && named.every(field => ties.some(tie => tie.includes(path) && tie.includes(field)))
  }
  // "Requirement: `video_urls` is required for this model": the schema's required list says so.
  const restatesRequired = (path: string, sentence: string) => {
    const field = /`(\w+)` is required\b/i.exec(sentence)?.[1]
    return field !== undefined && required.includes(field)
  }
  for (const [path, { description, spec }] of described) {
    // What this field's rules were read from: the field's own, its file rule, the rules across fields naming it.
    const naming = [...read, ...found].filter(rule => ruleFields(rule).includes(path)).map(rule => rule.sentence)
    const ruled = [...(spec.prose ?? []), ...(spec.file?.prose ?? []), ...naming].filter((text): text is string => text !== undefined).map(flat)
    const reasons = new Set<string>()
    for (const sentence of sentences(description).filter(mentionsValues)) {
      const text = flat(sentence)
      build.sentences.sentences++
      const accounted =
        used.get(path)?.includes(sentence) ||
        handWritten.some(source => source.field === path && sentence.includes(source.sentence)) ||
        ruled.some(rule => rule.includes(text) || text.includes(rule)) ||
        restatesSchema(sentence, spec) ||
        restatesRule(path, sentence) ||
        restatesRequired(path, sentence)
      if (accounted) {
        build.sentences.ruled++
        continue
      }
      const reason = noRuleReason(sentence, { field: path, type: spec.type, description, fields: paths, media: spec.media !== undefined || spec.values?.media !== undefined })
      if (reason) {
        reasons.add(reason)
        build.sentences.reasoned++
      } else build.unread.push(`${current} ${path}: ${text.slice(0, 160)}`)
    }
    for (const reason of reasons) build.noRule.set(reason, [...(build.noRule.get(reason) ?? []), `${current} ${path}`])
  }
  for (const rule of read) count(build, `across fields: ${rule.kind}`)
  return read
}

export interface CatalogBuild {
  catalog: Catalog
  /** Files not turned into a model, and why. */
  skipped: { file: string; why: string }[]
  /** Sentences that name values and that nothing explains (no parser knows their shape yet), as "file field: sentence". */
  unread: string[]
  /** Fields with sentences read without a rule, by reason. */
  noRule: Record<string, string[]>
  /** Sentences naming values: in all, accounted for by a rule or the schema, explained by a reason. */
  tally: { sentences: number; ruled: number; reasoned: number }
  /** Rules read, by shape. */
  shapes: Record<string, number>
}

export function buildCatalog(dir: string, date = DEFAULT_DOCS_DATE): CatalogBuild {
  const models: ModelSpec[] = []
  const skipped: CatalogBuild['skipped'] = []
  const tally: BuildTally = { unread: [], noRule: new Map(), shapes: new Map(), sentences: { sentences: 0, ruled: 0, reasoned: 0 } }
  for (const path of files(dir)) {
    const file = relative(dir, path).split(sep).join('/')
    let doc: Json
    try {
      doc = JSON.parse(readFileSync(path, 'utf8')) as Json
    } catch (error) {
      skipped.push({ file, why: `not JSON: ${(error as Error).message}` })
      continue
    }
    const post = (doc.paths as Json | undefined)?.['/v1/videos/generations'] as Json | undefined
    let schema = ((((post?.post as Json | undefined)?.requestBody as Json | undefined)?.content as Json | undefined)?.['application/json'] as Json | undefined)?.schema as
      Json | undefined
    const ref = typeof schema?.$ref === 'string' ? /^#\/components\/schemas\/(.+)$/.exec(schema.$ref)?.[1] : undefined
    if (ref) schema = ((doc.components as Json | undefined)?.schemas as Json | undefined)?.[ref] as Json | undefined
    if (!isObject(schema) || !isObject(schema.properties)) {
      skipped.push({ file, why: 'no request body for POST /v1/videos/generations' })
      continue
    }
    const modelField = schema.properties.model as Json | undefined
    const names = Array.isArray(modelField?.enum) ? modelField.enum : typeof modelField?.default === 'string' ? [modelField.default] : []
    if (names.length !== 1 || typeof names[0] !== 'string') {
      skipped.push({ file, why: names.length > 1 ? `an overview of ${names.length} models, each of which has its own file` : 'no model name' })
      continue
    }
    const model = names[0]
    if (Object.hasOwn(NOT_VIDEO_MODELS, model)) {
      skipped.push({ file, why: `${model}: its task returns an element, not a video` })
      continue
    }
    const reading: ModelReading = { file, described: new Map(), modeValues: [], perValue: [], tally }
    const fields = Object.fromEntries(
      Object.entries(schema.properties)
        .filter(([name, v]) => name !== 'model' && isObject(v))
        .map(([name, v]) => [name, field(reading, v as Json, name)])
    )
    for (const prose of PROSE_ENUMS.filter(rule => rule.models.includes(model))) {
      const spec = fields[prose.field]
      if (spec && spec.enum === undefined) spec.enum = prose.values
    }
    const found: ModelRule[] = [...resolvePerValue(fields, reading.perValue), ...handRules(model, fields)]
    // "Required for T2V" on one field, "0 images = T2V" on another: required when that other one is empty.
    const t2v = Object.entries(schema.properties).find(([, v]) => isObject(v) && marksTextToVideo((v as Json).description as string))?.[0]
    for (const [name, v] of Object.entries(schema.properties)) {
      const sentence = isObject(v) ? requiredForTextToVideo((v as Json).description as string) : undefined
      if (sentence && t2v && fields[name] && t2v !== name) {
        found.push({ kind: 'requiredWithout', field: name, other: t2v, sentence })
        count(tally, 'across fields: required for text-to-video')
      }
    }
    const required = (Array.isArray(schema.required) ? schema.required : []).filter((r): r is string => typeof r === 'string' && r !== 'model')
    // A rule read from prose and also written by hand is kept once, with the sentence it was read from.
    const rules = [
      ...new Map([...readAcrossFields(reading, model, fields, required, found), ...found].reverse().map(rule => [JSON.stringify({ ...rule, sentence: undefined }), rule])).values()
    ].reverse()
    models.push({ model, source: file, date, required, fields, ...(rules.length > 0 ? { rules } : {}) })
  }
  models.sort((a, b) => (a.model < b.model ? -1 : a.model > b.model ? 1 : 0))
  const seen = new Set<string>()
  const unique = models.filter(m => (seen.has(m.model) ? (skipped.push({ file: m.source, why: `${m.model} is described by another file too` }), false) : seen.add(m.model)))
  return {
    catalog: unique,
    skipped,
    unread: tally.unread,
    noRule: Object.fromEntries([...tally.noRule].sort(([a], [b]) => (a < b ? -1 : 1))),
    tally: tally.sentences,
    shapes: Object.fromEntries([...tally.shapes].sort(([a], [b]) => (a < b ? -1 : 1)))
  }
}

/** The catalogue as a readable, multi-line string literal (a raw template), or a quoted one if it cannot be. */
function jsonText(catalog: Catalog): string {
  const text = JSON.stringify(catalog, null, 1)
  return /[`]|\$\{/.test(text) ? JSON.stringify(text) : `String.raw\`${text}\``
}

/** The TypeScript module committed as src/evolink/catalog.ts. */
export function renderCatalog(build: CatalogBuild): string {
  return [
    "// Generated by `npm run catalog -- docs/evolink-openapi/video-series` from EvoLink's OpenAPI files: do not edit.",
    '// One entry per video model: its request fields (type, enum, range, length, items, default), required fields',
    "// and provenance. Validation and the README's model table read it; docs/models.md says how.",
    "import type { Catalog } from './catalog-types.js'",
    '',
    '// JSON text parsed at load: V8 reads a string and JSON.parse much faster than an object literal this size,',
    '// and the catalogue is loaded before every submission (docs/performance.md, start-up).',
    `export const CATALOG: Catalog = JSON.parse(${jsonText(build.catalog)})`,
    ''
  ].join('\n')
}

/** The list of descriptions no parser read, committed so that the catalogue test shows a new shape as a diff. */
export function renderUnread(build: CatalogBuild): string {
  return [
    '# Sentences of the field descriptions that name values and no shape explains (scripts/prose-rules.ts). Generated by npm run catalog.',
    `# ${build.tally.sentences} sentences name values: ${build.tally.ruled} became a rule or say what the schema or a rule says, ${build.tally.reasoned} name no rule (by reason below), ${build.unread.length} unread:`,
    ...build.unread,
    '',
    '# Rules read from prose, by shape:',
    ...Object.entries(build.shapes).map(([shape, n]) => `${shape}: ${n}`),
    '',
    '# Read, and no rule to check, by reason (scripts/prose-rules.ts noRuleReason):',
    ...Object.entries(build.noRule).flatMap(([reason, where]) => [`## ${reason} (${where.length})`, ...where]),
    ''
  ].join('\n')
}

async function main(): Promise<void> {
  const args = process.argv.slice(2)
  const dateAt = args.indexOf('--date')
  const date = dateAt >= 0 ? args.splice(dateAt, 2)[1] : DEFAULT_DOCS_DATE
  const dir = args[0]
  if (!dir) throw new Error('usage: npm run catalog -- <folder of OpenAPI files> [--date YYYY-MM-DD]')
  const build = buildCatalog(dir, date)
  writeFileSync(new URL('../../src/evolink/catalog.ts', import.meta.url), renderCatalog(build))
  writeFileSync(new URL('../../test/unit/catalog-unread.txt', import.meta.url), renderUnread(build))
  const rules = build.catalog.reduce((n, model) => n + (model.rules?.length ?? 0), 0)
  console.log(`${build.catalog.length} models written to src/evolink/catalog.ts, with ${rules} rules across fields read from prose`)
  console.log(
    `${build.tally.sentences} sentences name values: ${build.tally.ruled} ruled, ${build.tally.reasoned} no rule by reason, ${build.unread.length} unread (test/unit/catalog-unread.txt)`
  )
  for (const { file, why } of build.skipped) console.log(`skipped ${file}: ${why}`)
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main()
