// Checks one value against a field of the model catalogue (catalog.ts): type, enum, range, length, items,
// nested properties; and finds a field by its path. The same checks serve the inputs (before anything is sent) and the simulator.
import type { FieldSpec } from './catalog-types.js'

/** A record's own entry: never one inherited from Object.prototype ("constructor", "toString" …). */
export function own<T>(record: Readonly<Record<string, T>> | undefined, key: string): T | undefined {
  return record !== undefined && Object.hasOwn(record, key) ? record[key] : undefined
}

/** Field paths of a model, top level and one level into objects ("model_params.multi_shot"). */
export function fieldPaths(fields: Readonly<Record<string, FieldSpec>>): string[] {
  return Object.entries(fields).flatMap(([name, spec]) => [name, ...Object.keys(spec.properties ?? {}).map(key => `${name}.${key}`)])
}

/** The field at a path ("duration", "model_params.file_url"). */
export function fieldSpecAt(fields: Readonly<Record<string, FieldSpec>>, path: string): FieldSpec | undefined {
  const [top, inner] = path.split('.') as [string, string | undefined]
  const spec = own(fields, top)
  return inner === undefined ? spec : own(spec?.properties, inner)
}

/** "4, 6 or 8"; "16:9, 9:16 or 1:1". */
export function listOr(values: readonly unknown[]): string {
  const items = values.map(v => String(v))
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} or ${items.at(-1)}`
}

/** What a field allows, in words: "4, 6 or 8", "a whole number from 3 to 15", "text of at most 2500 characters". */
export function allowedText(spec: FieldSpec): string {
  if (spec.oneOf) return spec.oneOf.map(allowedText).join(', or ')
  if (spec.enum) return listOr(spec.enum)
  const range =
    spec.minimum !== undefined && spec.maximum !== undefined
      ? ` from ${spec.minimum} to ${spec.maximum}`
      : spec.minimum !== undefined
        ? ` of at least ${spec.minimum}`
        : spec.maximum !== undefined
          ? ` of at most ${spec.maximum}`
          : ''
  switch (spec.type) {
    case 'integer':
      return `a whole number${range}`
    case 'number':
      return `a number${range}`
    case 'boolean':
      return 'true or false'
    case 'string':
      return spec.maxLength !== undefined ? `text of at most ${spec.maxLength} characters` : 'text'
    case 'array': {
      const count =
        spec.minItems !== undefined && spec.maxItems !== undefined
          ? spec.minItems === spec.maxItems
            ? `exactly ${spec.maxItems}`
            : `${spec.minItems} to ${spec.maxItems}`
          : spec.maxItems !== undefined
            ? `at most ${spec.maxItems}`
            : spec.minItems !== undefined
              ? `at least ${spec.minItems}`
              : 'any number of'
      return `a list of ${count} item${spec.maxItems === 1 ? '' : 's'}`
    }
    case 'object':
      return spec.properties ? `an object with the keys ${Object.keys(spec.properties).join(', ')}` : 'an object'
    default:
      return 'a value'
  }
}

const typeOk = (spec: FieldSpec, value: unknown): boolean => {
  switch (spec.type) {
    case 'string':
      return typeof value === 'string'
    case 'integer':
      return typeof value === 'number' && Number.isInteger(value)
    case 'number':
      return typeof value === 'number' && Number.isFinite(value)
    case 'boolean':
      return typeof value === 'boolean'
    case 'array':
      return Array.isArray(value)
    case 'object':
      return typeof value === 'object' && value !== null && !Array.isArray(value)
    default:
      return true
  }
}

/**
 * Why `value` does not fit `spec`, or undefined when it does. `path` names the value in the message
 * (model_params.multi_prompt[1].duration). Objects with listed properties refuse unknown keys, so a
 * typo costs nothing.
 */
export function checkValue(spec: FieldSpec, value: unknown, path: string, mustBe = `${path} must be`): string | undefined {
  const must = `${mustBe} ${allowedText(spec)}`
  if (spec.oneOf) return spec.oneOf.some(alternative => checkValue(alternative, value, path) === undefined) ? undefined : must
  if (!typeOk(spec, value)) return must
  if (spec.enum && !spec.enum.some(option => option === value)) return must
  if (typeof value === 'number' && ((spec.minimum !== undefined && value < spec.minimum) || (spec.maximum !== undefined && value > spec.maximum))) return must
  if (typeof value === 'string') {
    const length = Array.from(value).length
    if (spec.maxLength !== undefined && length > spec.maxLength) return `${mustBe} at most ${spec.maxLength} characters (it has ${length})`
    if (spec.minLength !== undefined && length < spec.minLength) return `${mustBe} at least ${spec.minLength} characters`
  }
  if (Array.isArray(value)) {
    if ((spec.maxItems !== undefined && value.length > spec.maxItems) || (spec.minItems !== undefined && value.length < spec.minItems)) {
      return `${mustBe} ${allowedText(spec)} (it has ${value.length})`
    }
    if (spec.items) {
      for (const [i, item] of value.entries()) {
        const problem = checkValue(spec.items, item, `${path}[${i}]`)
        if (problem) return problem
      }
    }
  }
  if (!spec.properties && typeOk({ type: 'object' }, value)) {
    const keys = Object.keys(value as object)
    if (spec.maxProperties !== undefined && keys.length > spec.maxProperties) return `${path} has ${keys.length} keys: at most ${spec.maxProperties}`
    const pattern = spec.keyPattern === undefined ? undefined : new RegExp(spec.keyPattern)
    const odd = pattern ? keys.find(key => !pattern.test(key)) : undefined
    // The catalogue writes key forms as ^(?:image|video)[1-9][0-9]*$ (scripts/prose-rules.ts, 'key form').
    const words = /^\^\(\?:([\w|]+)\)/.exec(spec.keyPattern ?? '')?.[1]?.split('|')
    if (pattern && odd !== undefined)
      return `${path} has the key ${JSON.stringify(odd)}: keys must be ${words ? `${listOr(words)} followed by 1, 2, 3 … (no leading zero)` : `of the form ${spec.keyPattern}`}`
  }
  if (spec.properties && typeOk({ type: 'object' }, value)) {
    const object = value as Record<string, unknown>
    const unknown = Object.keys(object).filter(key => own(spec.properties, key) === undefined)
    if (unknown.length > 0) return `${path} has ${unknown.map(k => `"${k}"`).join(', ')}, which this model does not take (it takes ${Object.keys(spec.properties).join(', ')})`
    for (const key of spec.required ?? []) if (own(object, key) === undefined) return `${path}.${key} is required`
    for (const [key, item] of Object.entries(object)) {
      const problem = checkValue(own(spec.properties, key) as FieldSpec, item, `${path}.${key}`)
      if (problem) return problem
    }
  }
  return undefined
}
