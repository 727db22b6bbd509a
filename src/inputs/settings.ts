// Reads every input once, validates all of them, and returns one typed settings object.
// Every problem names the input, the value given and what is allowed; all are reported together.
import { InputError } from '../errors.js'
import {
  ASPECT_RATIOS, KLING_O3_PARAM_KEYS, MAX_DURATION, MAX_PROMPT_CHARS, MIN_DURATION,
  MODELS, QUALITIES, TASK_ID_PATTERN, type GenerationRequest, type Model
} from '../evolink/contract.js'
import type { KlingO3ModelParams } from '../evolink/schema.js'
import { baseUrlProblem, callbackUrlProblem } from './url-rules.js'
import { readDeliverySettings, type DeliverySettings } from './delivery-settings.js'
import { BOOL_ALLOWED, bool, type Fail, type InputReader, type Parse, type Refuse } from './input-kit.js'
import { readPromptFile } from './prompt-file.js'

export const POLL_STRATEGIES = ['adaptive', 'fixed'] as const
export type PollStrategy = (typeof POLL_STRATEGIES)[number]

export interface Settings {
  apiKey: string
  model: Model
  prompt: string
  duration: number
  aspectRatio: GenerationRequest['aspect_ratio']
  quality: GenerationRequest['quality']
  sound: GenerationRequest['sound']
  modelParams?: KlingO3ModelParams
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
  delivery: DeliverySettings
}


/** The finite number a string spells, when the string matches `pattern` and the number passes `ok`. */
const numberWhere = (pattern: RegExp, ok: (n: number) => boolean): Parse<number> => raw => {
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

/** Each input: the parser of its raw string, and the sentence that says what is allowed. */
const FIELDS = {
  model: oneOf(MODELS),
  duration: { parse: wholeNumber(MIN_DURATION, MAX_DURATION), allowed: `a whole number of seconds from ${MIN_DURATION} to ${MAX_DURATION}` },
  'aspect-ratio': oneOf(ASPECT_RATIOS),
  quality: oneOf(QUALITIES),
  sound: {
    parse: (raw: string): 'on' | 'off' | undefined => {
      const flag = raw === 'on' ? true : raw === 'off' ? false : bool(raw)
      return flag === undefined ? undefined : flag ? 'on' : 'off'
    },
    allowed: 'on, off, true or false'
  },
  wait: { parse: bool, allowed: BOOL_ALLOWED },
  'dry-run': { parse: bool, allowed: BOOL_ALLOWED },
  'poll-interval': seconds(0.05, 3600),
  'poll-strategy': oneOf(POLL_STRATEGIES),
  timeout: seconds(1, MAX_TIMER_S),
  'request-timeout': seconds(0.1, 3600),
  'max-consecutive-errors': { parse: wholeNumber(1), allowed: 'a whole number of at least 1' },
  'task-id': { parse: (raw: string) => (TASK_ID_PATTERN.test(raw) ? raw : undefined), allowed: 'an EvoLink task id such as task-unified-1757169743-7cvnl5zw' }
} as const
type Fields = typeof FIELDS

function describeValue(name: string, raw: string): string {
  if (name === 'api-key') return '(hidden)'
  return raw.length > 80 ? `${JSON.stringify(raw.slice(0, 60))}… (${raw.length} characters)` : JSON.stringify(raw)
}

function issuesText(error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] }): string {
  return error.issues
    .map(i => (i.path.length ? `${i.path.map(p => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('').replace(/^\./, '')}: ` : '') + i.message)
    .join('; ')
}

const charCount = (text: string): number => Array.from(text).length

export async function readSettings(
  read: InputReader,
  mask: (secret: string) => void,
  env: NodeJS.ProcessEnv = process.env
): Promise<Settings> {
  const workspace = env.GITHUB_WORKSPACE || process.cwd()
  // The key is masked before anything else can be logged, even before it is validated.
  const apiKey = read('api-key')
  if (apiKey) mask(apiKey)

  const problems: string[] = []
  const refuse: Refuse = (name, raw, reason) => problems.push(`Input '${name}' is ${describeValue(name, raw)}: ${reason}.`)
  const fail: Fail = (name, raw, allowed) => refuse(name, raw, `must be ${allowed}`)

  function field<K extends keyof Fields>(name: K): ReturnType<Fields[K]['parse']> {
    const raw = read(name)
    const value = FIELDS[name].parse(raw) as ReturnType<Fields[K]['parse']>
    if (value === undefined) fail(name, raw, FIELDS[name].allowed)
    return value
  }

  const optional = <K extends keyof Fields>(name: K) => (read(name) === '' ? undefined : field(name))

  const model = field('model')
  const duration = field('duration')
  const aspectRatio = field('aspect-ratio')
  const quality = field('quality')
  const sound = field('sound')
  const wait = field('wait')
  const dryRun = field('dry-run')
  const pollInterval = field('poll-interval')
  const pollStrategy = field('poll-strategy')
  const timeout = field('timeout')
  const requestTimeout = field('request-timeout')
  const maxConsecutiveErrors = field('max-consecutive-errors')
  const taskId = optional('task-id')

  const modelParams = await readModelParams(read('model-params'), fail)
  const prompt = readPrompt(read, fail, refuse, workspace)
  // base-url is joined with /v1/…, so a trailing slash would double up.
  const baseUrl = readUrl(read('base-url'), 'base-url', baseUrlProblem, refuse)?.href.replace(/\/+$/, '')
  const callbackRaw = read('callback-url')
  const callbackUrl = callbackRaw === '' ? undefined : readUrl(callbackRaw, 'callback-url', callbackUrlProblem, refuse)?.href
  const delivery = readDeliverySettings(read, { fail, refuse, problem: text => problems.push(text), mask }, env)

  // The key goes into a header: a line break there could add headers of its own, so it is refused unseen.
  if (apiKey && !/^[\x21-\x7e]+$/.test(apiKey)) {
    problems.push("Input 'api-key' holds characters that cannot go into an HTTP header (spaces, line breaks, control or non-ASCII characters); check the secret. The value is not shown.")
  }
  // Only a valid dry-run: true may go without a key; an invalid dry-run value does not hide a missing key.
  if (!apiKey && dryRun !== true) {
    problems.push("Input 'api-key' is empty: it is required (pass it from a secret: api-key: ${{ secrets.EVOLINK_API_KEY }}).")
  }
  if (taskId !== undefined && wait === false) {
    problems.push("Inputs 'task-id' and 'wait: false' together would do nothing: resuming a task means waiting for it.")
  }

  const multiShot = modelParams?.multi_shot === true
  if (multiShot && modelParams) {
    if (modelParams.shot_type !== 'customize') {
      problems.push("Input 'model-params': multi_shot true needs shot_type \"customize\" (the only shot type of this model).")
    }
    if (!modelParams.multi_prompt) {
      problems.push("Input 'model-params': multi_shot true needs multi_prompt, a list of 1 to 6 shots { index, prompt, duration }.")
    } else if (duration !== undefined) {
      const sum = modelParams.multi_prompt.reduce((total, shot) => total + Number(shot.duration), 0)
      if (sum !== duration) {
        problems.push(`Input 'model-params': the multi_prompt durations add up to ${sum} s but 'duration' is ${duration} s; they must be equal.`)
      }
    }
  }
  const promptMayBeEmpty = multiShot && modelParams?.shot_type === 'customize'
  if (prompt === '' && !promptMayBeEmpty && taskId === undefined) {
    problems.push("Input 'prompt' is empty: give 'prompt' or 'prompt-file' (only a multi-shot request with shot_type customize may leave it empty).")
  }

  if (problems.length > 0) throw new InputError(problems)
  // Every value below was checked above; the assertions only tell the compiler so.
  return {
    apiKey,
    model: model!,
    prompt: prompt ?? '',
    duration: duration!,
    aspectRatio: aspectRatio!,
    quality: quality!,
    sound: sound!,
    modelParams,
    callbackUrl,
    taskId,
    wait: wait!,
    pollIntervalMs: pollInterval! * 1000,
    pollStrategy: pollStrategy!,
    timeoutMs: timeout! * 1000,
    requestTimeoutMs: requestTimeout! * 1000,
    maxConsecutiveErrors: maxConsecutiveErrors!,
    baseUrl: baseUrl!,
    dryRun: dryRun!,
    delivery
  }
}


/** The one input with structure: checked by its zod schema, loaded only when the input is given. */
async function readModelParams(raw: string, fail: Fail): Promise<KlingO3ModelParams | undefined> {
  if (raw === '') return undefined
  const allowed = `a JSON object with the keys ${KLING_O3_PARAM_KEYS.join(', ')}`
  let json: unknown
  try {
    json = JSON.parse(raw)
  } catch (error) {
    fail('model-params', raw, `${allowed} (it is not valid JSON: ${(error as Error).message})`)
    return undefined
  }
  const { klingO3ModelParams } = await import('../evolink/schema.js')
  const result = klingO3ModelParams().safeParse(json)
  if (result.success) return result.data
  fail('model-params', raw, `${allowed} (${issuesText(result.error)})`)
  return undefined
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
  const length = charCount(prompt)
  if (length > MAX_PROMPT_CHARS) {
    fail(file ? 'prompt-file' : 'prompt', file || prompt, `at most ${MAX_PROMPT_CHARS} characters (it has ${length})`)
    return undefined
  }
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
  const problem = problemOf(url)
  if (problem) {
    refuse(name, raw, problem)
    return undefined
  }
  return url
}
