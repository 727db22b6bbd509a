// The inputs that fill the request body, checked against the chosen model's catalogue entry: an input the
// model does not take, a value outside its enum or range, a missing required field, are refused here,
// naming the input, the value and what this model allows, before anything is sent. docs/models.md.
import { fieldSpec, type FieldSpec, type ModelSpec } from '../evolink/models.js'
import { allowedText, checkValue, own } from '../evolink/check-field.js'
import { bool, type InputReader } from './input-kit.js'
import { parseJsonData } from './json-data.js'
import { checkedMediaUrl } from './url-rules.js'
import { checkLocalImage, isLocalPath, selectedSizeProblem, type LocalImage } from './local-images.js'

/** Each input that fills a request field, named as the field in kebab-case, so EvoLink's docs apply word for word. */
export const FIELD_OF_INPUT: Readonly<Record<string, string>> = {
  prompt: 'prompt',
  duration: 'duration',
  'aspect-ratio': 'aspect_ratio',
  quality: 'quality',
  sound: 'sound',
  'negative-prompt': 'negative_prompt',
  seed: 'seed',
  'generate-audio': 'generate_audio',
  'image-start': 'image_start',
  'image-end': 'image_end',
  'image-urls': 'image_urls',
  'video-urls': 'video_urls',
  'audio-urls': 'audio_urls',
  'model-params': 'model_params'
}
/** callback-url fills callback_url too, but is read with the other URL inputs (settings.ts) and added last. */
const INPUT_OF_FIELD = new Map<string, string>([...Object.entries(FIELD_OF_INPUT).map(([input, field]): [string, string] => [field, input]), ['callback_url', 'callback-url']])

/** Left empty, these get the model's documented default (so kling-o3-text-to-video's body is as it always was). */
const DOCUMENTED_DEFAULTS = new Set(['duration', 'aspect_ratio', 'quality', 'sound'])

/**
 * A file of the repository to upload, and the one position of the body its URL goes to: the field, and
 * the index in a list. The action records the positions it chose; no text a user types can stand for one.
 */
export interface PendingUpload extends LocalImage {
  field: string
  index?: number
}

/**
 * Models that take one video or one audio URL (video_url, audio_url) get it from video-urls or audio-urls
 * with one line, so no model needs `params` for its media.
 */
const SINGULAR_OF_INPUT: Readonly<Record<string, string>> = { 'video-urls': 'video_url', 'audio-urls': 'audio_url' }

/** The field an input fills for this model: its own, or the singular one the model takes instead. */
export function fieldOfInput(model: ModelSpec, input: string): string | undefined {
  const field = FIELD_OF_INPUT[input]
  if (field === undefined) return undefined
  const singular = SINGULAR_OF_INPUT[input]
  return singular && own(model.fields, field) === undefined && own(model.fields, singular) !== undefined ? singular : field
}

/** The input that carries a field for this model, or undefined when only `params` does. */
export function inputOfField(model: ModelSpec, field: string): string | undefined {
  const named = INPUT_OF_FIELD.get(field)
  if (named) return named
  return Object.keys(SINGULAR_OF_INPUT).find(input => fieldOfInput(model, input) === field)
}

/** How a user gives a field: 'video-urls' (one line), or params: {"x": …} when no input carries it. */
export function howToGive(model: ModelSpec, field: string): string {
  // A key of an object field ("model_params.file_url"): the input that carries the object, with the key.
  const [parent, key] = field.split('.')
  if (parent !== undefined && key !== undefined) {
    const carrier = inputOfField(model, parent)
    return carrier ? `'${carrier}' {"${key}": …}` : `params: {"${parent}": {"${key}": …}}`
  }
  const input = inputOfField(model, field)
  if (input) return `'${input}'${SINGULAR_OF_INPUT[input] === field ? ' (one line)' : ''}`
  return `params: {"${field}": …}`
}

/** The inputs a model takes (params for the fields no input names), for "it takes …" in messages. */
export function inputsOf(model: ModelSpec): string {
  const fields = Object.keys(model.fields)
  const named = [...new Set(fields.map(field => inputOfField(model, field)).filter((input): input is string => input !== undefined))]
  const order = [...INPUT_OF_FIELD.values()]
  named.sort((a, b) => order.indexOf(a) - order.indexOf(b))
  const rest = fields.filter(field => inputOfField(model, field) === undefined)
  return `${named.join(', ')}${rest.length > 0 ? `, and in params: ${rest.join(', ')}` : ''}`
}

/** JSON inputs may give a number where EvoLink wants a string ("duration": 5 for "5"): sent as the string. */
function coerce(spec: FieldSpec | undefined, value: unknown): unknown {
  if (!spec) return value
  if (spec.type === 'string' && typeof value === 'number') return String(value)
  if (Array.isArray(value)) return value.map(item => coerce(spec.items, item))
  if (spec.properties && typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, coerce(own(spec.properties, key), item)]))
  }
  return value
}

type Parsed = { value: unknown } | { problem: string }

/** An input's raw text as the field's type: lists one per line, JSON for objects, YAML booleans. */
function parseRaw(spec: FieldSpec, raw: string, model: ModelSpec): Parsed {
  const allows = `model ${model.model} allows ${allowedText(spec)}`
  if (spec.oneOf) {
    // The first alternative the text fits: "6" as the integer, "auto" as the string.
    for (const alternative of spec.oneOf) {
      const parsed = parseRaw(alternative, raw, model)
      if ('value' in parsed && checkValue(alternative, parsed.value, 'x') === undefined) return parsed
    }
    return { problem: allows }
  }
  switch (spec.type) {
    case 'integer':
    case 'number': {
      const n = Number(raw)
      const pattern = spec.type === 'integer' ? /^-?\d+$/ : /^-?\d+(\.\d+)?$/
      return pattern.test(raw) && Number.isFinite(n) ? { value: n } : { problem: allows }
    }
    case 'boolean': {
      const flag = bool(raw)
      return flag === undefined ? { problem: `${allows} (True, TRUE, False and FALSE too)` } : { value: flag }
    }
    case 'array':
      return {
        value: raw
          .split(/\r?\n/)
          .map(line => line.trim())
          .filter(Boolean)
      }
    case 'object': {
      const parsed = parseJsonData(raw)
      return 'problem' in parsed ? { problem: `must be ${allowedText(spec)} (${parsed.problem})` } : { value: coerce(spec, parsed.value) }
    }
    default: {
      // `sound` is the string "on" or "off" for Kling; true and false are accepted for it, as before.
      if (spec.enum?.includes('on') && spec.enum.includes('off')) {
        const flag = raw === 'on' || raw === 'off' ? raw : bool(raw) === undefined ? raw : bool(raw) ? 'on' : 'off'
        return { value: flag }
      }
      return { value: raw }
    }
  }
}

/**
 * Every media URL in a value, at any depth (the catalogue marks which fields hold media, from EvoLink's format
 * and description: model_params.file_url too): https URLs on public hosts only, the callback-url rule. Each is
 * replaced by the exact text that passed: the body never carries a raw string beside a parsed one.
 */
function checkedMedia(spec: FieldSpec | undefined, value: unknown): { value: unknown } | { problem: string } {
  if (Array.isArray(value)) {
    const items: unknown[] = []
    for (const item of value) {
      // A list of URLs is marked on the list; a list of objects has its fields marked on its items.
      const checked = checkedMedia(spec?.media ? spec : spec?.items, item)
      if ('problem' in checked) return checked
      items.push(checked.value)
    }
    return { value: items }
  }
  if (typeof value === 'object' && value !== null) {
    const entries: [string, unknown][] = []
    for (const [name, item] of Object.entries(value)) {
      // A field of its own, or a value of an object with free keys (voice_bindings: {"image1": "https://…"}).
      const checked = checkedMedia(own(spec?.properties, name) ?? spec?.values, item)
      if ('problem' in checked) return checked
      entries.push([name, checked.value])
    }
    return { value: Object.fromEntries(entries) }
  }
  if (typeof value !== 'string' || !spec?.media) return { value }
  const checked = checkedMediaUrl(value)
  return 'problem' in checked ? checked : { value: checked.url }
}

export interface RequestFields {
  /** The fields of the body after `model`, in a stable order (prompt first). */
  body: Record<string, unknown>
  /** Files of the repository to upload, each with the position in the body its URL goes to. */
  uploads: PendingUpload[]
  problems: string[]
  /** The model's documented rules the fields break (values, ranges, lengths, counts): refused, or only warned of with model-checks: warn. */
  broken: string[]
}

/** Where local image files may come from, and how large they may be. */
export interface UploadRules {
  workspace: string
  maxUploadBytes: number
}

/**
 * Reads every request input for `model`. `prompt` is given already read (prompt or prompt-file);
 * `describe` shows a raw value in a message the way the other inputs' messages do.
 */
export function readRequestFields(model: ModelSpec, read: InputReader, prompt: string, describe: (name: string, raw: string) => string, uploadRules: UploadRules): RequestFields {
  const body: Record<string, unknown> = {}
  const uploads: PendingUpload[] = []
  const problems: string[] = []
  const broken: string[] = []
  const spec = (field: string) => fieldSpec(model, field)
  const refuse = (input: string, raw: string, reason: string) => problems.push(`Input '${input}' is ${describe(input, raw)}: ${reason}.`)

  /**
   * A field's value with its media checked: an image field may also name files of the repository (each
   * recorded with its position, uploaded before the submission); every other URL must be https on a public host.
   */
  const withMedia = (field: string, taken: FieldSpec, value: unknown): { value: unknown } | { problem: string } => {
    if (taken.media !== 'image') return checkedMedia(taken, value)
    const list = Array.isArray(value) ? (value as unknown[]) : [value]
    const found: PendingUpload[] = []
    const checked: unknown[] = []
    for (const [i, item] of list.entries()) {
      if (typeof item === 'string' && isLocalPath(item)) {
        const local = checkLocalImage(item, uploadRules.workspace, uploadRules.maxUploadBytes, taken.file && { model: model.model, file: taken.file })
        if (!local.ok) return { problem: `${JSON.stringify(item)} ${local.problem}` }
        found.push({ ...local.image, field, index: Array.isArray(value) ? i : undefined })
        checked.push(item)
      } else {
        const url = checkedMedia(taken, item)
        if ('problem' in url) return url
        checked.push(url.value)
      }
    }
    uploads.push(...found)
    return { value: Array.isArray(value) ? checked : checked[0] }
  }

  const put = (input: string, field: string, raw: string) => {
    const taken = spec(field)
    if (!taken) return refuse(input, raw, `model ${model.model} does not take it; it takes ${inputsOf(model)}`)
    const parsed = parseRaw(taken, raw, model)
    if ('problem' in parsed) return refuse(input, raw, parsed.problem)
    const media = withMedia(field, taken, parsed.value)
    if ('problem' in media) return refuse(input, raw, media.problem)
    const { value } = media
    const problem = checkValue(taken, value, field, `model ${model.model} allows`)
    if (problem) broken.push(`Input '${input}' is ${describe(input, raw)}: ${problem}.`)
    body[field] = value
  }

  for (const input of Object.keys(FIELD_OF_INPUT)) {
    const field = fieldOfInput(model, input) ?? ''
    const raw = input === 'prompt' ? prompt : read(input)
    const lines = raw
      .split(/\r?\n/)
      .map(line => line.trim())
      .filter(Boolean)
    if (raw !== '' && field === SINGULAR_OF_INPUT[input] && lines.length !== 1) refuse(input, raw, `model ${model.model} takes one URL here (${field}): give exactly one line`)
    else if (raw !== '') put(input, field, field === SINGULAR_OF_INPUT[input] ? (lines[0] ?? '') : raw)
    else if (DOCUMENTED_DEFAULTS.has(field) && spec(field)?.default !== undefined) body[field] = spec(field)?.default
  }

  const paramsRaw = read('params')
  if (paramsRaw !== '') {
    const parsed = parseJsonData(paramsRaw)
    if ('problem' in parsed) refuse('params', paramsRaw, `must be a JSON object (${parsed.problem})`)
    const params = 'value' in parsed ? parsed.value : undefined
    if (params !== undefined && (typeof params !== 'object' || params === null || Array.isArray(params))) {
      refuse('params', paramsRaw, 'must be a JSON object of other top-level fields, such as {"n": 2}')
    } else if (params) {
      for (const [field, value] of Object.entries(params as Record<string, unknown>)) {
        const input = INPUT_OF_FIELD.get(field)
        const taken = spec(field)
        if (input || field === 'model') refuse('params', paramsRaw, `"${field}" has an input of its own${input ? ` ('${input}')` : ''}: use it`)
        else if (!taken) refuse('params', paramsRaw, `"${field}" is not a field of model ${model.model}; it takes ${inputsOf(model)}`)
        else {
          const media = withMedia(field, taken, coerce(taken, value))
          if ('problem' in media) refuse('params', paramsRaw, media.problem)
          else {
            const problem = checkValue(taken, media.value, field)
            if (problem) broken.push(`Input 'params' is ${describe('params', paramsRaw)}: ${problem}.`)
            body[field] = media.value
          }
        }
      }
    }
  }
  // An image whose size must be what another field selects (Sora 2: "must exactly match the selected aspect_ratio").
  for (const upload of uploads) {
    const file = spec(upload.field)?.file
    const selected = file?.sizeOf === undefined ? undefined : (own(body, file.sizeOf) ?? spec(file.sizeOf)?.default)
    const problem = file && selectedSizeProblem(model.model, file, upload.pixels, selected)
    if (problem) refuse(inputOfField(model, upload.field) ?? upload.field, upload.raw, `${JSON.stringify(upload.raw)} ${problem}`)
  }
  return { body, uploads, problems, broken }
}
