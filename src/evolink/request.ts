// Turns validated settings into the JSON body of POST /v1/videos/generations.
import type { GenerationRequest } from './contract.js'

/** What a request is made of, as the validated settings hold it. */
export interface RequestFields {
  model: GenerationRequest['model']
  prompt: string
  duration: number
  aspectRatio: GenerationRequest['aspect_ratio']
  quality: GenerationRequest['quality']
  sound: GenerationRequest['sound']
  modelParams?: GenerationRequest['model_params']
  callbackUrl?: string
}

export function buildGenerationRequest(settings: RequestFields): GenerationRequest {
  return {
    model: settings.model,
    prompt: settings.prompt,
    duration: settings.duration,
    aspect_ratio: settings.aspectRatio,
    quality: settings.quality,
    sound: settings.sound,
    // Optional fields are left out rather than sent as null: the API documents no null.
    ...(settings.modelParams ? { model_params: settings.modelParams } : {}),
    ...(settings.callbackUrl ? { callback_url: settings.callbackUrl } : {})
  }
}
