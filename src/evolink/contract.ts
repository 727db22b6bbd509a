// Constants of EvoLink's API (docs/evolink-api.md) that do not depend on the model; what each model accepts
// is in the catalogue (catalog.ts, models.ts).

export const MAX_CALLBACK_URL_CHARS = 2048
export const TASK_ID_PATTERN = /^task-unified-[A-Za-z0-9_-]+$/

/** More credits than this for one video is not a reservation but a broken reply: left unread (unknown). */
export const MAX_CREDITS_RESERVED = 10_000_000

/** The body of POST /v1/videos/generations: `model` and the fields its catalogue entry allows. */
export type GenerationRequest = { model: string } & Record<string, unknown>
