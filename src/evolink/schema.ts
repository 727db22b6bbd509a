// Zod schemas of what EvoLink accepts and returns, transcribed from shared/api/reference.md.
import { z } from 'zod'

/** The one place that lists the models this action speaks; add EvoLink's other video models here. */
export const MODELS = ['kling-o3-text-to-video'] as const
export type Model = (typeof MODELS)[number]

export const ASPECT_RATIOS = ['16:9', '9:16', '1:1'] as const
export const QUALITIES = ['720p', '1080p', '4k'] as const
export const MIN_DURATION = 3
export const MAX_DURATION = 15
export const MAX_PROMPT_CHARS = 2500
export const MAX_CALLBACK_URL_CHARS = 2048
export const TASK_ID_PATTERN = /^task-unified-[A-Za-z0-9_-]+$/

/** model_params of kling-o3-text-to-video. Unknown keys are refused (strict) so typos cost nothing. */
export const klingO3ModelParams = z.strictObject({
  multi_shot: z.boolean().optional(),
  shot_type: z.literal('customize').optional(),
  multi_prompt: z
    .array(
      z.strictObject({
        index: z.number().int().nonnegative(),
        prompt: z.string().max(MAX_PROMPT_CHARS),
        // The API wants a string such as "5"; a number is accepted here and sent as a string.
        duration: z.union([z.string().regex(/^\d+$/, { error: 'must be whole seconds such as "5"' }), z.number().int().positive()])
          .transform(String)
      })
    )
    .min(1)
    .max(6),
  element_list: z.array(z.strictObject({ element_id: z.string().min(1) })).max(7),
  watermark_info: z.strictObject({ enabled: z.boolean() })
}).partial()
export type KlingO3ModelParams = z.infer<typeof klingO3ModelParams>
export const KLING_O3_PARAM_KEYS = Object.keys(klingO3ModelParams.shape)

/** The body of POST /v1/videos/generations. */
export interface GenerationRequest {
  model: Model
  prompt: string
  duration: number
  aspect_ratio: (typeof ASPECT_RATIOS)[number]
  quality: (typeof QUALITIES)[number]
  sound: 'on' | 'off'
  model_params?: KlingO3ModelParams
  callback_url?: string
}

/**
 * A task as POST and GET return it. Loose on purpose: only `id` and `status` are relied on,
 * everything else may be missing or extra without breaking the action.
 */
export const taskSchema = z.looseObject({
  id: z.string().min(1),
  status: z.string().min(1),
  created: z.number().optional().catch(undefined),
  model: z.string().optional().catch(undefined),
  progress: z.number().min(0).max(100).optional().catch(undefined),
  results: z.array(z.string()).optional().catch(undefined),
  result_data: z.array(z.unknown()).optional().catch(undefined),
  task_info: z
    .looseObject({
      can_cancel: z.boolean().optional().catch(undefined),
      estimated_time: z.number().nonnegative().optional().catch(undefined)
    })
    .optional()
    .catch(undefined),
  usage: z
    .looseObject({ credits_reserved: z.number().optional().catch(undefined) })
    .optional()
    .catch(undefined),
  error: z
    .looseObject({ code: z.union([z.string(), z.number()]).transform(String).optional(), message: z.string().optional() })
    .optional()
    .catch(undefined)
})
export type Task = z.infer<typeof taskSchema>

/** `{ error: { code, message, type } }`; code is a string on newer pages and an integer on older ones. */
export const errorBodySchema = z.looseObject({
  error: z.looseObject({
    code: z.union([z.string(), z.number()]).transform(String).optional(),
    message: z.string().optional(),
    type: z.string().optional()
  })
})
