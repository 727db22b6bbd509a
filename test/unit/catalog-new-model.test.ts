// A model EvoLink might publish tomorrow, in a copy of its OpenAPI files: what the catalogue makes of a prose
// limit and of media fields it has never seen by name, and what the action then does with them.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { ROOT } from '../harness/run-action.js'
import { png } from '../harness/images.js'
import { buildCatalog } from '../../scripts/catalog.js'
import { readRequestFields } from '../../src/inputs/request-inputs.js'
import type { ModelSpec } from '../../src/evolink/catalog-types.js'

const MODEL = 'acme-1.0-image-to-video'

/** wan2.6-text-to-video's file, renamed, with a prose limit on the prompt and two media fields named as no model names them. */
function inventedModel(): Record<string, unknown> {
  const file = JSON.parse(readFileSync(join(ROOT, 'docs', 'evolink-openapi', 'video-series', 'wan2.6', 'wan2.6-text-to-video.json'), 'utf8'))
  const request = file.components.schemas.Wan26TextToVideoRequest
  request.properties.model = { type: 'string', description: 'Model name', enum: [MODEL] }
  request.properties.prompt = { type: 'string', maxLength: 2500, description: 'What happens in the video.\n\nMust not exceed `1500` characters, longer prompts are rejected.' }
  request.properties.first_frame_image = {
    type: 'string',
    description: 'URL of the first frame image.\n\n- Supported formats: `.jpg`, `.png`\n- Image size: up to `10MB`'
  }
  request.properties.reference_video = { type: 'string', format: 'uri', description: 'Reference video for the motion.\n\n- Duration: up to `10` seconds' }
  file.paths['/v1/videos/generations'].post.requestBody.content['application/json'].examples = { image: { value: { model: MODEL, prompt: 'A cat' } } }
  return file
}

describe('a model the catalogue has never seen', () => {
  let dir: string
  let model: ModelSpec
  let build: ReturnType<typeof buildCatalog>
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'evolink-openapi-'))
    mkdirSync(join(dir, 'acme'))
    writeFileSync(join(dir, 'acme', `${MODEL}.json`), JSON.stringify(inventedModel(), null, 2))
    build = buildCatalog(dir)
    model = build.catalog.find(spec => spec.model === MODEL) as ModelSpec
  })
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  it('reads the prose limit on the prompt, stricter than the schema, and leaves no sentence unread', () => {
    expect(model.fields.prompt?.maxLength).toBe(1500)
    expect(model.fields.prompt?.prose).toEqual(["Must not exceed '1500' characters, longer prompts are rejected."])
    expect(build.unread).toEqual([])
  })

  it('finds the media fields by their description and format, with the image file rule', () => {
    expect(model.fields.first_frame_image).toMatchObject({ media: 'image', file: { types: ['image/jpeg', 'image/png'], maxBytes: 10 * 1024 * 1024 } })
    expect(model.fields.reference_video?.media).toBe('video')
    expect(model.fields.prompt?.media).toBeUndefined()
  })

  describe('and the action with it', () => {
    let workspace: string
    beforeAll(() => {
      workspace = mkdtempSync(join(tmpdir(), 'evolink-ws-'))
      writeFileSync(join(workspace, 'first.png'), png(640, 360))
    })
    afterAll(() => rmSync(workspace, { recursive: true, force: true }))
    const read = (params: Record<string, unknown>, prompt = 'A cat') =>
      readRequestFields(
        model,
        name => (name === 'params' ? JSON.stringify(params) : ''),
        prompt,
        (_name, raw) => JSON.stringify(raw),
        { workspace, maxUploadBytes: 1 << 20 }
      )

    it('uploads a repository image given for the new image field, as for image_start', () => {
      const fields = read({ first_frame_image: 'first.png', reference_video: 'https://cdn.example.com/motion.mp4' })
      expect(fields.problems).toEqual([])
      expect(fields.uploads).toMatchObject([{ field: 'first_frame_image', type: 'image/png' }])
    })

    it('refuses a plain-http or private media URL in either new field', () => {
      expect(read({ reference_video: 'http://cdn.example.com/motion.mp4' }).problems.join()).toMatch(/https/)
      expect(read({ first_frame_image: 'https://10.0.0.7/first.png' }).problems.join()).toMatch(/public|private/)
    })

    it('refuses a prompt past the limit read from prose', () => {
      // A rule of the model's: refused by readSettings, or only warned of with model-checks: warn.
      expect(read({}, 'x'.repeat(1501)).broken.join()).toMatch(/1500/)
      expect(read({}, 'x'.repeat(1500)).broken).toEqual([])
    })
  })
})
