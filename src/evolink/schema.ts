// Zod schemas of what EvoLink returns (docs/evolink-api.md); docs/reliability.md says how replies are trusted.
// Request fields are checked against the model catalogue instead (models.ts).
// zod/mini: the same checks as zod's full API for about half its load time. Loaded with the first reply
// (client.ts): before the submission it would cost a third of the start-up budget (docs/performance.md).
import * as z from 'zod/mini'
import { MAX_CREDITS_RESERVED, TASK_ID_PATTERN } from './contract.js'
import { MAX_RESULT_URLS, TEXT_CAP, checkResultUrl, cleanText } from '../net/untrusted.js'

// Parse without generating code at run time: each schema is used a handful of times per run.
z.config({ jitless: true })

/** Builds a schema once, on first use. */
function lazy<T>(make: () => T): () => T {
  let built: T | undefined
  return () => (built ??= make())
}

/** An optional field that is dropped, rather than failing the whole reply, when it has the wrong type. */
const tolerant = <T extends z.core.SomeType>(schema: T) => z.catch(z.optional(schema), undefined)
const code = () => z.optional(z.pipe(z.union([z.string(), z.number()]), z.transform(String)))

/** A task as the action uses it: every string cleaned, every URL checked (untrusted.ts), odd numbers dropped. */
export interface Task {
  /** Always matches TASK_ID_PATTERN: a reply with any other id is malformed. */
  id: string
  status: string
  /** Unix seconds (a value in milliseconds is converted). */
  created?: number
  model?: string
  progress?: number
  /** Result URLs that passed checkResultUrl, from `results` then `result_data[].video_url`; at most MAX_RESULT_URLS. */
  results: string[]
  /** One line per result URL that was refused, saying why. */
  refusedResults: string[]
  task_info?: { can_cancel?: boolean; estimated_time?: number }
  /** What the submission reserved, and how EvoLink bills it (a price learned: task/price.ts). */
  usage?: { credits_reserved?: number; billing_rule?: 'per_call' | 'per_token' | 'per_second' }
  error?: { code?: string; message?: string }
}

/** Longest estimate taken seriously: EvoLink's are minutes; a larger one says nothing. */
const MAX_ESTIMATE_S = 7 * 24 * 3600
/** A `created` above this cannot be seconds (year 5138): it is read as milliseconds. */
const SECONDS_CEILING = 1e11

const wireTask = () =>
  z.looseObject({
    id: z.string().check(z.maxLength(200), z.regex(TASK_ID_PATTERN, { error: 'is not an EvoLink task id (task-unified-…)' })),
    status: z.string().check(z.minLength(1)),
    created: tolerant(z.number().check(z.positive())),
    model: tolerant(z.string()),
    progress: tolerant(z.number().check(z.minimum(0), z.maximum(100))),
    results: tolerant(z.array(z.unknown())),
    result_data: tolerant(z.array(z.unknown())),
    task_info: tolerant(
      z.looseObject({
        can_cancel: tolerant(z.boolean()),
        estimated_time: tolerant(z.number().check(z.positive(), z.maximum(MAX_ESTIMATE_S)))
      })
    ),
    usage: tolerant(
      z.looseObject({
        credits_reserved: tolerant(z.number().check(z.nonnegative(), z.maximum(MAX_CREDITS_RESERVED))),
        billing_rule: tolerant(z.enum(['per_call', 'per_token', 'per_second']))
      })
    ),
    error: tolerant(z.looseObject({ code: code(), message: tolerant(z.string()) }))
  })

function cleanTask(wire: z.infer<ReturnType<typeof wireTask>>): Task {
  const candidates = [...(wire.results ?? []), ...(wire.result_data ?? []).map(item => (item as { video_url?: unknown } | null)?.video_url)].filter(
    url => url !== undefined && url !== null
  )
  const results: string[] = []
  const refusedResults: string[] = []
  for (const candidate of candidates.slice(0, MAX_RESULT_URLS)) {
    const verdict = typeof candidate === 'string' ? checkResultUrl(candidate) : { ok: false as const, problem: 'not a string' }
    if (verdict.ok) results.push(verdict.url)
    else refusedResults.push(`${cleanText(String(candidate), 80)}: ${verdict.problem}`)
  }
  if (candidates.length > MAX_RESULT_URLS) refusedResults.push(`${candidates.length - MAX_RESULT_URLS} more URLs: only the first ${MAX_RESULT_URLS} are read`)
  const { created, task_info: info, error } = wire
  return {
    id: wire.id,
    status: cleanText(wire.status, TEXT_CAP.word),
    created: created === undefined ? undefined : created > SECONDS_CEILING ? created / 1000 : created,
    model: wire.model === undefined ? undefined : cleanText(wire.model, TEXT_CAP.word),
    progress: wire.progress,
    results,
    refusedResults,
    task_info: info && { can_cancel: info.can_cancel, estimated_time: info.estimated_time },
    usage: wire.usage && { credits_reserved: wire.usage.credits_reserved, billing_rule: wire.usage.billing_rule },
    error: error && {
      code: error.code === undefined ? undefined : cleanText(error.code, TEXT_CAP.word),
      message: error.message === undefined ? undefined : cleanText(error.message, TEXT_CAP.message)
    }
  }
}

/**
 * A task as POST and GET return it. Loose on purpose: only `id` and `status` are required, everything
 * else may be missing, extra or of the wrong type without breaking the action.
 */
export const taskSchema = lazy(() => z.pipe(wireTask(), z.transform(cleanTask)))

/** `{ error: { code, message, type } }`; code is a string on newer pages and an integer on older ones. Cleaned. */
export const errorBodySchema = lazy(() =>
  z.pipe(
    z.looseObject({ error: z.looseObject({ code: code(), message: tolerant(z.string()) }) }),
    z.transform(({ error }) => ({
      code: error.code === undefined ? undefined : cleanText(error.code, TEXT_CAP.word),
      message: error.message === undefined ? undefined : cleanText(error.message, TEXT_CAP.message)
    }))
  )
)
