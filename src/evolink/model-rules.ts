// The only hand-written model knowledge: rules EvoLink documents in prose that a schema cannot express.
// Each cites its source: the OpenAPI file (docs/evolink-openapi/video-series/…), the field, and the
// sentence, and is data the catalogue script bakes into the catalogue (one shape of rule, checked in one
// pass by models.ts). test/unit/catalog.test.ts checks that every cited sentence is still in its file.
import type { ModelRule } from './catalog-types.js'

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

/**
 * A rule across fields that no parser reads (its sentence names no field in backticks), written as a rule of
 * the catalogue: the catalogue script adds it to the models it names, or to every model with all of `fields`.
 */
export interface HandRule {
  models?: string[]
  fields?: string[]
  rule: DistributiveOmit<ModelRule, 'sentence'>
  source: { file: string; field: string; sentence: string }
}

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never

export const HAND_RULES: HandRule[] = [
  {
    // Kling's multi-shot mode, on every model whose model_params has multi_shot and multi_prompt. Whether
    // multi_prompt is required (with shot_type customize) is read from prose (requiredWhen).
    fields: ['model_params.multi_shot', 'model_params.multi_prompt'],
    rule: { kind: 'sumEquals', list: 'model_params.multi_prompt', item: 'duration', field: 'duration', when: { 'model_params.multi_shot': true } },
    source: {
      file: 'kling/kling-o3-text-to-video.json',
      field: 'model_params.multi_shot',
      sentence: 'The sum of all shot `duration` values must equal the total video duration'
    }
  },
  {
    // Said on three Kling models' prompt (and read from there); kling-o3-image-to-video's own example sends
    // multi-shot customize with no prompt, so every model with the mode has it.
    fields: ['model_params.multi_shot', 'model_params.shot_type'],
    rule: { kind: 'emptyWhen', field: 'prompt', when: { 'model_params.multi_shot': true, 'model_params.shot_type': 'customize' } },
    source: { file: 'kling/kling-o3-text-to-video.json', field: 'prompt', sentence: 'Can be empty when `multi_shot=true` and `shot_type=customize`' }
  },
  {
    models: ['MiniMax-Hailuo-02', 'MiniMax-Hailuo-2.3', 'MiniMax-Hailuo-2.3-Fast'],
    rule: { kind: 'whenValue', field: 'quality', value: '1080p', other: 'duration', values: [6] },
    source: { file: 'hailuo/hailuo-02-video-generate.json', field: 'quality', sentence: '1080p: 6s only' }
  },
  {
    models: ['kling-o3-image-to-video'],
    rule: { kind: 'totalItems', fields: ['image_start', 'image_end', 'image_urls'], max: 2, when: 'image_end' },
    source: { file: 'kling/kling-o3-image-to-video.json', field: 'image_end', sentence: 'Last frame not supported when total image count exceeds 2' }
  },
  {
    models: ['kling-o3-image-to-video'],
    rule: { kind: 'needs', field: 'image_end', others: ['image_start'] },
    source: { file: 'kling/kling-o3-image-to-video.json', field: 'image_end', sentence: 'Last frame requires a first frame' }
  },
  {
    models: ['kling-o3-image-to-video'],
    rule: { kind: 'totalItems', fields: ['model_params.element_list'], max: 3, when: 'image_start' },
    source: { file: 'kling/kling-o3-image-to-video.json', field: 'model_params.element_list', sentence: 'Element count <= 3 when first frame is provided' }
  },
  {
    // This model takes no video, so the rule's "when no video" always holds.
    models: ['kling-o3-image-to-video'],
    rule: { kind: 'totalItems', fields: ['image_start', 'image_end', 'image_urls', 'model_params.element_list'], max: 7 },
    source: { file: 'kling/kling-o3-image-to-video.json', field: 'model_params.element_list', sentence: 'Image count + element count <= 7 when no video' }
  }
]
