// The only hand-written model knowledge: rules EvoLink documents in prose that a schema cannot express.
// Each cites its source: the OpenAPI file (docs/evolink-openapi/video-series/…), the field, and the
// sentence. test/unit/catalog.test.ts checks that every cited sentence is still in its file.

/** Values documented in prose for a field whose schema lists none. */
export interface ProseEnum {
  models: string[]
  field: string
  values: number[]
  source: { file: string; field: string; sentence: string }
}

export const PROSE_ENUMS: ProseEnum[] = [
  {
    models: ['sora-2-preview'],
    field: 'duration',
    values: [4, 8, 12],
    source: { file: 'sora2/sora-2-preview-video-generate.json', field: 'duration', sentence: 'Only supports `4`, `8`, `12` seconds' }
  },
  {
    models: ['sora-2-pro-preview'],
    field: 'duration',
    values: [4, 8, 12],
    source: { file: 'sora2pro/sora-2-pro-preview-video-generate.json', field: 'duration', sentence: 'supports `4`, `8`, `12` values' }
  },
  {
    models: ['wan2.5-text-to-video'],
    field: 'duration',
    values: [5, 10],
    source: { file: 'wan2.5/wan2.5-text-to-video.json', field: 'duration', sentence: 'Only supports values `5` and `10`' }
  },
  {
    models: ['wan2.5-image-to-video'],
    field: 'duration',
    values: [5, 10],
    source: { file: 'wan2.5/wan2.5-image-to-video.json', field: 'duration', sentence: 'Only supports values `5` and `10`' }
  },
  {
    models: ['kling-o1-image-to-video'],
    field: 'duration',
    values: [5, 10],
    source: { file: 'kling/kling-o1-image-to-video.json', field: 'duration', sentence: 'Only supports `5` or `10` values' }
  }
]

/** A rule across fields: `check` returns why the body breaks it, or undefined. */
export interface CrossRule {
  applies: (model: string, fields: readonly string[]) => boolean
  check: (body: Record<string, unknown>) => string | undefined
  source: { file: string; field: string; sentence: string }
}

type Shot = { duration?: unknown }
const multiShot = (body: Record<string, unknown>) => {
  const params = body.model_params as { multi_shot?: unknown; shot_type?: unknown; multi_prompt?: unknown } | undefined
  return params?.multi_shot === true ? params : undefined
}
/** Kling's multi-shot mode, on every model whose model_params has multi_shot and multi_prompt. */
const hasMultiShot = (_model: string, fields: readonly string[]) => fields.includes('model_params.multi_shot') && fields.includes('model_params.multi_prompt')

export const CROSS_RULES: CrossRule[] = [
  {
    applies: hasMultiShot,
    // Whether multi_prompt is required (with shot_type customize) is read from prose (catalogue rules, requiredWhen).
    check: body => {
      const params = multiShot(body)
      if (!params || !Array.isArray(params.multi_prompt) || params.multi_prompt.length === 0) return undefined
      const sum = (params.multi_prompt as Shot[]).reduce((total, shot) => total + Number(shot.duration), 0)
      const duration = body.duration
      return typeof duration === 'number' && sum !== duration
        ? `model_params: the multi_prompt durations add up to ${sum} s but 'duration' is ${duration} s; they must be equal`
        : undefined
    },
    source: {
      file: 'kling/kling-o3-text-to-video.json',
      field: 'model_params.multi_shot',
      sentence: 'The sum of all shot `duration` values must equal the total video duration'
    }
  },
  {
    applies: model => ['MiniMax-Hailuo-02', 'MiniMax-Hailuo-2.3', 'MiniMax-Hailuo-2.3-Fast'].includes(model),
    check: body =>
      body.quality === '1080p' && body.duration !== undefined && body.duration !== 6 ? "'quality' 1080p is made in 6 s only: set 'duration' to 6, or quality to 768p" : undefined,
    source: { file: 'hailuo/hailuo-02-video-generate.json', field: 'quality', sentence: '1080p: 6s only' }
  },
  {
    applies: model => model === 'kling-o3-image-to-video',
    check: body => {
      const images = (body.image_start !== undefined ? 1 : 0) + (Array.isArray(body.image_urls) ? body.image_urls.length : 0)
      return body.image_end !== undefined && images + 1 > 2
        ? `'image-end' cannot be used with ${images + 1} images in all (first frame, last frame and image-urls): at most 2`
        : undefined
    },
    source: { file: 'kling/kling-o3-image-to-video.json', field: 'image_end', sentence: 'Last frame not supported when total image count exceeds 2' }
  },
  {
    applies: model => model === 'kling-o3-image-to-video',
    check: body => (body.image_end !== undefined && body.image_start === undefined ? "'image-end' (the last frame) needs 'image-start' (a first frame)" : undefined),
    source: { file: 'kling/kling-o3-image-to-video.json', field: 'image_end', sentence: 'Last frame requires a first frame' }
  },
  {
    applies: model => model === 'kling-o3-image-to-video',
    check: body => {
      const elements = elementCount(body)
      return body.image_start !== undefined && elements > 3 ? `model_params: ${elements} elements with a first frame ('image-start'): at most 3` : undefined
    },
    source: { file: 'kling/kling-o3-image-to-video.json', field: 'model_params.element_list', sentence: 'Element count <= 3 when first frame is provided' }
  },
  {
    // This model takes no video, so the rule's "when no video" always holds.
    applies: model => model === 'kling-o3-image-to-video',
    check: body => {
      const images = [body.image_start, body.image_end].filter(image => image !== undefined).length + (Array.isArray(body.image_urls) ? body.image_urls.length : 0)
      const elements = elementCount(body)
      return images + elements > 7 ? `${images} images and ${elements} elements (model_params.element_list) make ${images + elements}: at most 7` : undefined
    },
    source: { file: 'kling/kling-o3-image-to-video.json', field: 'model_params.element_list', sentence: 'Image count + element count <= 7 when no video' }
  }
]

function elementCount(body: Record<string, unknown>): number {
  const list = (body.model_params as { element_list?: unknown } | undefined)?.element_list
  return Array.isArray(list) ? list.length : 0
}

/** A required prompt may be empty in Kling's customized multi-shot mode (the shots carry the prompts). */
export function promptMayBeEmpty(body: Record<string, unknown>): boolean {
  return multiShot(body)?.shot_type === 'customize'
}
