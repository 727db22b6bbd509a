// What EvoLink accepts (docs/evolink-api.md), as plain values: the inputs are checked against these before
// the submission, without loading zod (its schemas, in schema.ts, parse replies and model-params only when needed).
import type { KlingO3ModelParams } from './schema.js'

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

export const KLING_O3_PARAM_KEYS = ['multi_shot', 'shot_type', 'multi_prompt', 'element_list', 'watermark_info']

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
