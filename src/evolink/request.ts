// Turns validated settings into the JSON body of POST /v1/videos/generations (docs/evolink-api.md).
import type { GenerationRequest } from './contract.js'
import { TEXT_CAP, cleanText } from '../net/untrusted.js'

/** What a request is made of, as the validated settings hold it. */
export interface RequestSettings {
  model: string
  /** The fields after `model`, already checked against the model's catalogue entry. */
  fields: Record<string, unknown>
  callbackUrl?: string
}

export function buildGenerationRequest(settings: RequestSettings): GenerationRequest {
  return {
    model: settings.model,
    ...settings.fields,
    // Optional fields are left out rather than sent as null: the API documents no null.
    ...(settings.callbackUrl ? { callback_url: settings.callbackUrl } : {})
  }
}

/**
 * "duration 5, aspect_ratio 16:9, quality 720p, sound off": the scalar fields but the prompt, for the log.
 * Free text (negative_prompt) is input text: made one inert line like any server text (untrusted.ts).
 */
export function describeFields(fields: Record<string, unknown>): string {
  return Object.entries(fields)
    .filter(([name, value]) => name !== 'prompt' && (typeof value !== 'object' || value === null))
    .map(([name, value]) => `${name} ${cleanText(String(value), TEXT_CAP.word)}`)
    .join(', ')
}
