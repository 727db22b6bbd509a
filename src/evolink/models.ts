// Every EvoLink video model the action speaks, from the catalogue (catalog.ts, generated from EvoLink's
// OpenAPI files) plus the documented rules of model-rules.ts.
import { CATALOG } from './catalog.js'
export { NOT_VIDEO_MODELS } from './not-video.js'
import type { FieldSpec, ModelRule, ModelSpec } from './catalog-types.js'
import { checkValue, fieldSpecAt, listOr, own } from './check-field.js'

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
  return own(model.fields, field)
}

/** "a, b and c". */
const listAnd = (items: string[]) => (items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`)

/** Present and not empty: not missing, not "", not []. */
const given = (value: unknown) => value !== undefined && value !== '' && !(Array.isArray(value) && value.length === 0)

/** Required fields the body lacks (a prompt may be empty in Kling's customized multi-shot mode). */
export function missingRequired(model: ModelSpec, body: Record<string, unknown>): string[] {
  // A rule may let a required field be empty while others hold some values (Kling's customized shots carry the prompts).
  const mayBeEmpty = (field: string) =>
    (model.rules ?? []).some(rule => rule.kind === 'emptyWhen' && rule.field === field && Object.entries(rule.when).every(([path, value]) => valueAt(body, path) === value))
  return model.required.filter(field => !given(own(body, field)) && !mayBeEmpty(field))
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
      if (rule.when !== undefined && !has(rule.when)) return undefined
      // A list counts its items, a single value one.
      const total = rule.fields.map(field => valueAt(body, field)).reduce((sum: number, value) => sum + (Array.isArray(value) ? value.length : given(value) ? 1 : 0), 0)
      const when = rule.when === undefined ? '' : ` with ${name(rule.when)}`
      return total > rule.max ? `${listAnd(rule.fields.map(name))} have ${total} items together${when}: at most ${rule.max}` : undefined
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
    case 'emptyWhen':
      return undefined // it lifts a requirement (missingRequired) and breaks nothing
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
    case 'valuesBy': {
      const value = valueAt(body, rule.field)
      const other = currentAt(model, body, rule.other)
      const allowed = other === undefined ? undefined : rule.allowed[String(other)]
      return value !== undefined && allowed && !allowed.includes(value as string)
        ? `${name(rule.field)} ${String(value)} is not made with ${rule.other} ${String(other)}, which allows ${listOr(allowed)}`
        : undefined
    }
    case 'requiredWithout':
      return !model.required.includes(rule.field) && !has(rule.field) && !has(rule.other)
        ? `${name(rule.field)} is required for text-to-video: give it, or ${name(rule.other)} for image-to-video`
        : undefined
    case 'sumEquals': {
      if (!Object.entries(rule.when).every(([field, value]) => valueAt(body, field) === value)) return undefined
      const list = valueAt(body, rule.list)
      const total = valueAt(body, rule.field)
      if (!Array.isArray(list) || list.length === 0 || typeof total !== 'number') return undefined
      const sum = list.reduce((acc: number, entry) => acc + Number((entry as Record<string, unknown> | null)?.[rule.item]), 0)
      return sum !== total ? `the ${rule.item}s of ${name(rule.list)} add up to ${sum} but ${name(rule.field)} is ${total}; they must be equal` : undefined
    }
    case 'valuesWithout': {
      const value = valueAt(body, rule.field)
      return value !== undefined && !has(rule.other) && !rule.values.includes(String(value))
        ? `${name(rule.field)} ${String(value)} needs ${name(rule.other)} (image-to-video); without it: ${listOr(rule.values)}`
        : undefined
    }
  }
}

/** The documented rules across fields this body breaks (one list per model, read from prose or written by hand), each with EvoLink's sentence; `name` says how a field is given. */
export function brokenRules(
  model: ModelSpec,
  body: Record<string, unknown>,
  name: (field: string) => string = field => (field.includes('.') ? field : `'${field.replace(/_/g, '-')}'`)
): string[] {
  return (model.rules ?? []).flatMap(rule => {
    const problem = brokenModelRule(model, rule, body, name)
    return problem ? [`${problem} (EvoLink: "${rule.sentence}")`] : []
  })
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
