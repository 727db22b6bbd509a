// Every EvoLink video model the action speaks, from the catalogue (catalog.ts, generated from EvoLink's
// OpenAPI files) plus the documented rules of model-rules.ts.
import { CATALOG } from './catalog.js'
export { NOT_VIDEO_MODELS } from './not-video.js'
import type { FieldSpec, ModelRule, ModelSpec } from './catalog-types.js'
import { checkValue, fieldPaths, fieldSpecAt, listOr, own } from './check-field.js'
import { CROSS_RULES, PROSE_ENUMS, promptMayBeEmpty } from './model-rules.js'

export type { FieldSpec, ModelSpec }

const BY_NAME = new Map(CATALOG.map(spec => [spec.model, spec]))

export const MODEL_NAMES: readonly string[] = CATALOG.map(spec => spec.model)

/** Edits (insert, delete, replace) from a to b. */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    const current = [i]
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min((previous[j] as number) + 1, (current[j - 1] as number) + 1, (previous[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1))
    }
    previous = current
  }
  return previous[b.length] as number
}

const bare = (name: string) => name.toLowerCase().replace(/[^a-z0-9]/g, '')

/**
 * Up to three catalogued names `name` was probably meant to be, for "did you mean": the closest by edit
 * distance when a few letters are off (kling-o3-text-to-vdeo), else those it abbreviates (veo3 → the
 * Veo 3.x models), else the same family (the first word).
 */
export function similarModels(name: string): string[] {
  const typed = name.toLowerCase()
  const close = MODEL_NAMES.map(model => ({ model, distance: editDistance(typed, model.toLowerCase()) }))
    .filter(({ distance }) => distance <= Math.max(2, Math.floor(typed.length / 8)))
    .sort((a, b) => a.distance - b.distance)
    .map(({ model }) => model)
  if (close.length > 0) return close.slice(0, 3)
  const short = bare(typed)
  const abbreviated = short.length >= 3 ? MODEL_NAMES.filter(model => bare(model).startsWith(short)) : []
  if (abbreviated.length > 0) return abbreviated.slice(0, 3)
  const family = typed.split(/[-.]/)[0] ?? ''
  return family.length < 2 ? [] : MODEL_NAMES.filter(model => model.toLowerCase().startsWith(family)).slice(0, 3)
}

export function findModel(name: string): ModelSpec | undefined {
  return BY_NAME.get(name)
}

/** A field of a model, with the values documented in prose added where the schema lists none. */
export function fieldSpec(model: ModelSpec, field: string): FieldSpec | undefined {
  const spec = own(model.fields, field)
  if (!spec || spec.enum) return spec
  const prose = PROSE_ENUMS.find(rule => rule.field === field && rule.models.includes(model.model))
  return prose ? { ...spec, enum: prose.values } : spec
}

/** Present and not empty: not missing, not "", not []. */
const given = (value: unknown) => value !== undefined && value !== '' && !(Array.isArray(value) && value.length === 0)

/** Required fields the body lacks (a prompt may be empty in Kling's customized multi-shot mode). */
export function missingRequired(model: ModelSpec, body: Record<string, unknown>): string[] {
  return model.required.filter(field => !given(own(body, field)) && !(field === 'prompt' && promptMayBeEmpty(body)))
}

/** A value at a field path ("model_params.file_url"). */
function valueAt(body: Record<string, unknown>, path: string): unknown {
  const [top, inner] = path.split('.') as [string, string | undefined]
  const value = own(body, top)
  return inner === undefined ? value : typeof value === 'object' && value !== null ? own(value as Record<string, unknown>, inner) : undefined
}

/** What a field is for this request: its value, or else its documented default. */
const currentAt = (model: ModelSpec, body: Record<string, unknown>, path: string): unknown => valueAt(body, path) ?? fieldSpecAt(model.fields, path)?.default

/** Why the body breaks a rule read from prose across fields, or undefined. `name` says how the user gives a field. */
function brokenModelRule(model: ModelSpec, rule: ModelRule, body: Record<string, unknown>, name: (field: string) => string): string | undefined {
  const has = (field: string) => given(valueAt(body, field))
  switch (rule.kind) {
    case 'needs':
      return has(rule.field) && !rule.others.some(has) ? `${name(rule.field)} needs ${listOr(rule.others.map(name))} too` : undefined
    case 'oneNeeded':
      return rule.fields.some(has) ? undefined : `give at least one of ${listOr(rule.fields.map(name))}`
    case 'apart':
      return rule.fields.every(has) ? `${rule.fields.map(name).join(' and ')} cannot be used together` : undefined
    case 'totalItems': {
      const total = rule.fields.map(field => valueAt(body, field)).reduce((sum: number, list) => sum + (Array.isArray(list) ? list.length : 0), 0)
      return total > rule.max ? `${rule.fields.map(name).join(' and ')} have ${total} items together: at most ${rule.max}` : undefined
    }
    case 'capWhen': {
      const value = currentAt(model, body, rule.field)
      return has(rule.other) && typeof value === 'number' && value > rule.max ? `${name(rule.field)} is at most ${rule.max} with ${name(rule.other)} (it is ${value})` : undefined
    }
    case 'byMode': {
      const mode = currentAt(model, body, rule.modeField)
      if (typeof mode !== 'string') return undefined
      if (rule.required.includes(mode) && !has(rule.field)) return `${rule.modeField} ${mode} needs ${name(rule.field)}`
      return rule.forbidden.includes(mode) && has(rule.field) ? `${name(rule.field)} cannot be used in ${rule.modeField} ${mode}` : undefined
    }
    case 'valuesWith': {
      const value = valueAt(body, rule.field)
      return value !== undefined && has(rule.other) && !rule.values.includes(String(value))
        ? `${name(rule.field)} ${String(value)} cannot be used with ${name(rule.other)}, which allows ${listOr(rule.values)}`
        : undefined
    }
    case 'requiredWhen': {
      const holds = Object.entries(rule.when).every(([field, value]) => currentAt(model, body, field) === value)
      const condition = Object.entries(rule.when)
        .map(([field, value]) => `${field.split('.').pop()} ${String(value)}`)
        .join(' and ')
      return holds && !has(rule.field) ? `${name(rule.field)} is required with ${condition}` : undefined
    }
    case 'whenValue': {
      if (valueAt(body, rule.field) !== rule.value) return undefined
      const other = valueAt(body, rule.other)
      const count = Array.isArray(other) ? other.length : 0
      const said = `with ${rule.field} ${rule.value}`
      if (rule.maxItems !== undefined && count > rule.maxItems) return `${name(rule.other)} has ${count} items; at most ${rule.maxItems} ${said}`
      if (rule.minItems !== undefined && count < rule.minItems) return `${name(rule.other)} has ${count} items; at least ${rule.minItems} ${said}`
      return rule.values && other !== undefined && !rule.values.includes(other as string | number)
        ? `${name(rule.other)} ${String(other)} cannot be used ${said}, which allows ${listOr(rule.values)}`
        : undefined
    }
    case 'valuesWithout': {
      const value = valueAt(body, rule.field)
      return value !== undefined && !has(rule.other) && !rule.values.includes(String(value))
        ? `${name(rule.field)} ${String(value)} needs ${name(rule.other)} (image-to-video); without it: ${listOr(rule.values)}`
        : undefined
    }
  }
}

/** The documented cross-field rules this body breaks, each with EvoLink's sentence; `name` says how a field is given. */
export function brokenRules(
  model: ModelSpec,
  body: Record<string, unknown>,
  name: (field: string) => string = field => (field.includes('.') ? field : `'${field.replace(/_/g, '-')}'`)
): string[] {
  const paths = fieldPaths(model.fields)
  const written = CROSS_RULES.filter(rule => rule.applies(model.model, paths)).flatMap(rule => {
    const problem = rule.check(body)
    return problem ? [`${problem} (EvoLink: "${rule.source.sentence}")`] : []
  })
  // Rules read from prose: a value allowed only with some values of another field (catalogue `byField`).
  const perValue = Object.entries(model.fields).flatMap(([field, spec]) => {
    const rule = spec.byField
    const value = own(body, field)
    const other = rule ? currentAt(model, body, rule.field) : undefined
    const allowed = rule && other !== undefined ? rule.allowed[String(other)] : undefined
    if (!rule || value === undefined || !allowed || allowed.includes(value as string)) return []
    return [`${name(field)} ${String(value)} is not made with ${rule.field} ${String(other)}, which allows ${listOr(allowed)} (EvoLink: "${rule.sentence}")`]
  })
  // "Required for T2V": required when the field that selects image-to-video is empty.
  const textToVideo = Object.entries(model.fields).flatMap(([field, spec]) => {
    const rule = spec.requiredWithout
    if (!rule || model.required.includes(field)) return []
    return !given(own(body, field)) && !given(own(body, rule.field))
      ? [`${name(field)} is required for text-to-video: give it, or ${name(rule.field)} for image-to-video (EvoLink: "${rule.sentence}")`]
      : []
  })
  const acrossFields = (model.rules ?? []).flatMap(rule => {
    const problem = brokenModelRule(model, rule, body, name)
    return problem ? [`${problem} (EvoLink: "${rule.sentence}")`] : []
  })
  return [...written, ...perValue, ...textToVideo, ...acrossFields]
}

/** Everything wrong with a request body for its model, as the API would see it; [] when it is fine. */
export function checkBody(body: Record<string, unknown>): string[] {
  const model = typeof body.model === 'string' ? findModel(body.model) : undefined
  if (!model) return [`model must be one of the ${MODEL_NAMES.length} catalogued models`]
  const problems: string[] = []
  for (const [field, value] of Object.entries(body)) {
    if (field === 'model') continue
    const spec = fieldSpec(model, field)
    if (!spec) problems.push(`${field} is not a field of ${model.model}`)
    else {
      const problem = checkValue(spec, value, field)
      if (problem) problems.push(problem)
    }
  }
  for (const field of missingRequired(model, body)) problems.push(`${field} is required`)
  return [...problems, ...brokenRules(model, body)]
}
