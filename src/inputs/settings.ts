// Reads every input once, validates all of them, and returns one typed settings object.
// Every problem names the input, the value given and what is allowed; all are reported together.
// The request inputs are checked against the chosen model's entry in the catalogue (request-inputs.ts).
import { InputError } from '../errors.js'
import { resolve } from 'node:path'
import { TASK_ID_PATTERN } from '../evolink/contract.js'
import { MODEL_NAMES, NOT_VIDEO_MODELS, brokenRules, findModel, missingRequired, similarModels } from '../evolink/models.js'
import { baseUrlProblem, callbackUrlProblem, hiddenCharacterProblem } from './url-rules.js'
import { quoteInput } from '../net/untrusted.js'
import { howToGive, inputOfField, readRequestFields, type PendingUpload } from './request-inputs.js'
import { parseSize, readDeliverySettings, type DeliverySettings } from './delivery-settings.js'
import { BOOL_ALLOWED, bool, type Fail, type InputReader, type Parse, type Refuse } from './input-kit.js'
import { readPromptFile } from './prompt-file.js'

export const POLL_STRATEGIES = ['adaptive', 'fixed'] as const
export type PollStrategy = (typeof POLL_STRATEGIES)[number]
/** What an earlier run paid for is reused: docs/paying-once.md. */
export const REUSE_MODES = ['re-run', 'identical', 'off'] as const
export type ReuseMode = (typeof REUSE_MODES)[number]
/** What a broken rule of the model's catalogue entry does: refuse the request, or only warn (a rule misread). */
export const MODEL_CHECKS = ['enforce', 'warn'] as const

export interface Settings {
  apiKey: string
  model: string
  prompt: string
  /** The request's fields after `model` and before `callback_url`, as the model's catalogue entry allows them. */
  fields: Record<string, unknown>
  /** Files of the repository to upload before submitting, each with the position in `fields` its URL goes to. */
  uploads: PendingUpload[]
  /** Origin of EvoLink's files API; the key goes only there and to baseUrl. */
  filesBaseUrl: string
  callbackUrl?: string
  taskId?: string
  wait: boolean
  pollIntervalMs: number
  pollStrategy: PollStrategy
  timeoutMs: number
  requestTimeoutMs: number
  maxConsecutiveErrors: number
  baseUrl: string
  dryRun: boolean
  reuse: ReuseMode
  /** Nothing is submitted when the balance is below this. */
  minCredits?: number
  /** The most credits the step may reserve (task/price.ts): a submission whose estimate would pass it is not sent. */
  maxCredits?: number
  delivery: DeliverySettings
  /** With model-checks: warn, the model's rules this request breaks (it is sent anyway); empty otherwise. */
  brokenRules: string[]
}

/** A broken rule of the model's catalogue entry, sent anyway (model-checks: warn), as the log says it. */
export const brokenRuleWarning = (rule: string) =>
  `model-checks is warn, so this is sent although the catalogue says: ${rule} EvoLink decides; if it accepts the request, the action misread the rule (please report it).`

/** The finite number a string spells, when the string matches `pattern` and the number passes `ok`. */
const numberWhere =
  (pattern: RegExp, ok: (n: number) => boolean): Parse<number> =>
  raw => {
    const n = Number(raw)
    return pattern.test(raw) && Number.isFinite(n) && ok(n) ? n : undefined
  }
/** A whole number from `min` to `max`. */
const wholeNumber = (min: number, max = Number.MAX_SAFE_INTEGER) => numberWhere(/^\d+$/, n => n >= min && n <= max)
/** A number of seconds from `min` to `max`, decimals allowed. */
const seconds = (min: number, max: number) => ({
  parse: numberWhere(/^\d+(\.\d+)?$/, n => n >= min && n <= max),
  allowed: `a number of seconds from ${min} to ${max}`
})
/** The longest wait a timer holds: setTimeout fires at once (after 1 ms) past 2^31-1 ms. */
export const MAX_TIMER_S = Math.floor((2 ** 31 - 1) / 1000)
const oneOf = <T extends readonly string[]>(values: T) => ({
  parse: (raw: string) => values.find((value): value is T[number] => value === raw),
  allowed: `one of: ${values.join(', ')}`
})

/** Each input read by a parser: the parser of its raw string, and the sentence that says what is allowed. */
const INPUT_PARSERS = {
  wait: { parse: bool, allowed: BOOL_ALLOWED },
  'dry-run': { parse: bool, allowed: BOOL_ALLOWED },
  'poll-interval': seconds(0.05, 3600),
  'poll-strategy': oneOf(POLL_STRATEGIES),
  timeout: seconds(1, MAX_TIMER_S),
  'request-timeout': seconds(0.1, 3600),
  'max-consecutive-errors': { parse: wholeNumber(1), allowed: 'a whole number of at least 1' },
  reuse: oneOf(REUSE_MODES),
  'model-checks': oneOf(MODEL_CHECKS),
  'max-credits': { parse: wholeNumber(1), allowed: 'a whole number of credits of at least 1, such as 100 (empty: no cap)' },
  'min-credits': { parse: numberWhere(/^\d+(\.\d+)?$/, n => n <= Number.MAX_SAFE_INTEGER), allowed: 'a number of credits of at least 0, such as 100 or 12.5' },
  'task-id': { parse: (raw: string) => (TASK_ID_PATTERN.test(raw) ? raw : undefined), allowed: 'an EvoLink task id such as task-unified-1757169743-7cvnl5zw' }
} as const
type InputParsers = typeof INPUT_PARSERS

/** An input's value in a message: the key hidden, any other value quoted and made inert (untrusted.ts). */
function describeValue(name: string, raw: string): string {
  return name === 'api-key' ? '(hidden)' : quoteInput(raw)
}

export async function readSettings(read: InputReader, mask: (secret: string) => void, env: NodeJS.ProcessEnv = process.env): Promise<Settings> {
  const workspace = env.GITHUB_WORKSPACE || process.cwd()
  // The key is masked before anything else can be logged, even before it is validated.
  const apiKey = read('api-key')
  if (apiKey) mask(apiKey)

  const problems: string[] = []
  const refuse: Refuse = (name, raw, reason) => problems.push(`Input '${name}' is ${describeValue(name, raw)}: ${reason}.`)
  const fail: Fail = (name, raw, allowed) => refuse(name, raw, `must be ${allowed}`)

  function parsed<K extends keyof InputParsers>(name: K): ReturnType<InputParsers[K]['parse']> {
    const raw = read(name)
    const value = INPUT_PARSERS[name].parse(raw) as ReturnType<InputParsers[K]['parse']>
    if (value === undefined) fail(name, raw, INPUT_PARSERS[name].allowed)
    return value
  }

  const optional = <K extends keyof InputParsers>(name: K) => (read(name) === '' ? undefined : parsed(name))

  const wait = parsed('wait')
  const dryRun = parsed('dry-run')
  const pollInterval = parsed('poll-interval')
  const pollStrategy = parsed('poll-strategy')
  const timeout = parsed('timeout')
  const requestTimeout = parsed('request-timeout')
  const maxConsecutiveErrors = parsed('max-consecutive-errors')
  const taskId = optional('task-id')
  const reuse = parsed('reuse')
  const minCredits = optional('min-credits')
  const maxCredits = optional('max-credits')
  const modelChecks = parsed('model-checks')
  /** The model's documented rules the request breaks (settled below by model-checks). */
  const broken: string[] = []

  const prompt = readPrompt(read, fail, refuse, workspace)
  // base-url is joined with /v1/…, so a trailing slash would double up.
  const baseUrl = readUrl(read('base-url'), 'base-url', baseUrlProblem, refuse)?.href.replace(/\/+$/, '')
  const filesBaseUrl = readUrl(read('files-base-url'), 'files-base-url', baseUrlProblem, refuse)?.href.replace(/\/+$/, '')
  const maxUploadRaw = read('max-upload-size')
  const maxUploadBytes = parseSize(maxUploadRaw)
  if (maxUploadBytes === undefined) fail('max-upload-size', maxUploadRaw, 'a size such as 10MiB, 500KiB or 1048576 (bytes)')
  const callbackRaw = read('callback-url')
  const callbackUrl = callbackRaw === '' ? undefined : readUrl(callbackRaw, 'callback-url', callbackUrlProblem, refuse)?.href
  const delivery = readDeliverySettings(read, { fail, refuse, problem: text => problems.push(text), mask }, env)

  const modelRaw = read('model')
  const model = findModel(modelRaw)
  let fields: Record<string, unknown> = {}
  let uploads: PendingUpload[] = []
  if (!model) {
    const like = similarModels(modelRaw)
    const notVideo = Object.hasOwn(NOT_VIDEO_MODELS, modelRaw) ? NOT_VIDEO_MODELS[modelRaw] : undefined
    if (notVideo) refuse('model', modelRaw, `${notVideo}; this action makes videos: pick one of the ${MODEL_NAMES.length} video models in the README's model table`)
    else if (like.length > 0) fail('model', modelRaw, `one of the ${MODEL_NAMES.length} EvoLink video models in the README's model table: did you mean ${like.join(', or ')}?`)
    else fail('model', modelRaw, `one of the ${MODEL_NAMES.length} EvoLink video models in the README's model table, such as kling-o3-text-to-video`)
  } else if (taskId === undefined) {
    // Resuming sends no request: the request inputs are not checked then.
    const request = readRequestFields(model, read, prompt ?? '', describeValue, {
      workspace: resolve(workspace),
      maxUploadBytes: maxUploadBytes ?? 0
    })
    problems.push(...request.problems)
    fields = request.body
    uploads = request.uploads
    broken.push(...request.broken)
    if (request.problems.length === 0) {
      for (const field of missingRequired(model, fields)) {
        const input = inputOfField(model, field)
        broken.push(
          input
            ? `Input '${input}' is empty: model ${model.model} requires it${field === 'prompt' ? " (give 'prompt' or 'prompt-file')" : input === 'video-urls' || input === 'audio-urls' ? ` (one URL, for ${field})` : ''}.`
            : `Model ${model.model} requires ${field}, which no input of its own carries: give it as ${howToGive(model, field)}.`
        )
      }
      for (const rule of brokenRules(model, fields, field => howToGive(model, field))) broken.push(`Model ${model.model}: ${rule}.`)
    }
  }
  // The model's documented rules: refused, unless model-checks says to send anyway (a rule the action misread).
  if (modelChecks !== 'warn') problems.push(...broken)

  // The key goes into a header: a line break there could add headers of its own, so it is refused unseen.
  if (apiKey && !/^[\x21-\x7e]+$/.test(apiKey)) {
    problems.push(
      "Input 'api-key' holds characters that cannot go into an HTTP header (spaces, line breaks, control or non-ASCII characters); check the secret. The value is not shown."
    )
  }
  // Only a valid dry-run: true may go without a key; an invalid dry-run value does not hide a missing key.
  if (!apiKey && dryRun !== true) {
    problems.push("Input 'api-key' is empty: it is required (pass it from a secret: api-key: ${{ secrets.EVOLINK_API_KEY }}).")
  }
  if (taskId !== undefined && wait === false) {
    problems.push("Inputs 'task-id' and 'wait: false' together would do nothing: resuming a task means waiting for it.")
  }

  if (problems.length > 0) throw new InputError(problems)
  // Each value below was read without a problem (else the throw above): `checked` says so to the compiler, and
  // fails loudly should a parser ever return nothing without reporting why.
  return {
    apiKey,
    model: modelRaw,
    prompt: prompt ?? '',
    fields,
    uploads,
    filesBaseUrl: checked(filesBaseUrl, 'files-base-url'),
    callbackUrl,
    taskId,
    wait: checked(wait, 'wait'),
    pollIntervalMs: checked(pollInterval, 'poll-interval') * 1000,
    pollStrategy: checked(pollStrategy, 'poll-strategy'),
    timeoutMs: checked(timeout, 'timeout') * 1000,
    requestTimeoutMs: checked(requestTimeout, 'request-timeout') * 1000,
    maxConsecutiveErrors: checked(maxConsecutiveErrors, 'max-consecutive-errors'),
    baseUrl: checked(baseUrl, 'base-url'),
    dryRun: checked(dryRun, 'dry-run'),
    reuse: checked(reuse, 'reuse'),
    minCredits,
    maxCredits,
    delivery,
    brokenRules: modelChecks === 'warn' ? broken : []
  }
}

/** A value read without a reported problem; undefined here would be a parser that failed silently. */
function checked<T>(value: T | undefined, input: string): T {
  if (value === undefined) throw new Error(`Input '${input}' was read as nothing without a reason: a bug in the action, please report it.`)
  return value
}

function readPrompt(read: InputReader, fail: Fail, refuse: Refuse, workspace: string): string | undefined {
  const inline = read('prompt')
  const file = read('prompt-file')
  if (inline && file) {
    fail('prompt-file', file, "left empty when 'prompt' is given (use one or the other)")
    return undefined
  }
  let prompt = inline
  if (file) {
    const read = readPromptFile(file, workspace)
    if (!read.ok) {
      refuse('prompt-file', file, read.problem)
      return undefined
    }
    prompt = read.prompt
  }
  // Its length and whether it may be empty depend on the model: checked with the other request fields.
  return prompt
}

function readUrl(raw: string, name: string, problemOf: (url: URL) => string | undefined, refuse: Refuse): URL | undefined {
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    refuse(name, raw, 'must be an absolute URL such as https://example.com/path')
    return undefined
  }
  // Checked on the text: the parser drops tabs and line breaks, so what it checked would not be what is sent.
  const hidden = hiddenCharacterProblem(raw)
  if (hidden) {
    refuse(name, raw, hidden)
    return undefined
  }
  const problem = problemOf(url)
  if (problem) {
    refuse(name, raw, problem)
    return undefined
  }
  return url
}
