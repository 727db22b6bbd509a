// Zod schemas of what EvoLink returns, and of model_params, transcribed from shared/api/reference.md.
// Loaded on demand (after the submission is out, or when model-params is given): zod costs ~7 ms of
// start-up that the budget in bench/ does not have. zod/mini: the same checks for a fraction of that.
import * as z from 'zod/mini'
import { MAX_PROMPT_CHARS } from './contract.js'

// Parse without generating code at run time: each schema is used a handful of times per run.
z.config({ jitless: true })

/** Builds a schema on first use: schemas for replies are not needed before the submission is out. */
function lazy<T>(make: () => T): () => T {
  let built: T | undefined
  return () => (built ??= make())
}

const klingO3ParamShape = () => ({
  multi_shot: z.boolean(),
  shot_type: z.literal('customize'),
  multi_prompt: z
    .array(
      z.strictObject({
        index: z.int().check(z.nonnegative()),
        prompt: z.string().check(z.maxLength(MAX_PROMPT_CHARS)),
        // The API wants a string such as "5"; a number is accepted here and sent as a string.
        duration: z.pipe(
          z.union([z.string().check(z.regex(/^\d+$/, { error: 'must be whole seconds such as "5"' })), z.int().check(z.positive())]),
          z.transform(String)
        )
      })
    )
    .check(z.minLength(1), z.maxLength(6)),
  element_list: z.array(z.strictObject({ element_id: z.string().check(z.minLength(1)) })).check(z.maxLength(7)),
  watermark_info: z.strictObject({ enabled: z.boolean() })
})

/** model_params of kling-o3-text-to-video. Unknown keys are refused (strict) so typos cost nothing. */
export const klingO3ModelParams = lazy(() => z.partial(z.strictObject(klingO3ParamShape())))
export type KlingO3ModelParams = z.infer<ReturnType<typeof klingO3ModelParams>>

/** An optional field that is dropped, rather than failing the whole reply, when it has the wrong type. */
const tolerant = <T extends z.core.SomeType>(schema: T) => z.catch(z.optional(schema), undefined)

/**
 * A task as POST and GET return it. Loose on purpose: only `id` and `status` are relied on,
 * everything else may be missing or extra without breaking the action.
 */
export const taskSchema = lazy(() => z.looseObject({
  id: z.string().check(z.minLength(1)),
  status: z.string().check(z.minLength(1)),
  created: tolerant(z.number()),
  model: tolerant(z.string()),
  progress: tolerant(z.number().check(z.minimum(0), z.maximum(100))),
  results: tolerant(z.array(z.string())),
  result_data: tolerant(z.array(z.unknown())),
  task_info: tolerant(z.looseObject({ can_cancel: tolerant(z.boolean()), estimated_time: tolerant(z.number().check(z.nonnegative())) })),
  usage: tolerant(z.looseObject({ credits_reserved: tolerant(z.number()) })),
  error: tolerant(z.looseObject({ code: z.optional(z.pipe(z.union([z.string(), z.number()]), z.transform(String))), message: z.optional(z.string()) }))
}))
export type Task = z.infer<ReturnType<typeof taskSchema>>

/** `{ error: { code, message, type } }`; code is a string on newer pages and an integer on older ones. */
export const errorBodySchema = lazy(() => z.looseObject({
  error: z.looseObject({
    code: z.optional(z.pipe(z.union([z.string(), z.number()]), z.transform(String))),
    message: z.optional(z.string()),
    type: z.optional(z.string())
  })
}))
