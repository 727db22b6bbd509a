// Models of EvoLink's docs whose task returns no video, and what they make instead: left out of the catalogue
// (scripts/catalog.ts) and named when a workflow asks for one.
export const NOT_VIDEO_MODELS: Readonly<Record<string, string>> = {
  'kling-custom-element': 'it makes reusable elements (a character or an object to put in later videos), not a video'
}
