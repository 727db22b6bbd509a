// Turns validated settings into the JSON body of POST /v1/videos/generations.
import type { Settings } from '../settings.js'
import type { GenerationRequest } from './contract.js'

export function buildGenerationRequest(settings: Settings): GenerationRequest {
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
