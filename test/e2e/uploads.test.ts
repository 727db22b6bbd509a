// Images from the repository: checked, uploaded to EvoLink's files API (the simulator's own origin), and
// their URLs sent in the request. Anything wrong stops the run before a credit is spent.
import { createHash } from 'node:crypto'
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { EvoLinkSimulator } from '../simulator/server.js'
import { turnHostile } from '../simulator/hostile.js'
import { runAction } from '../harness/run-action.js'
import { jpeg, png, webp } from '../harness/images.js'

const KEY = 'sk-evo-uploads-key'
const PNG = png(1280, 720, 3008)
let sim: EvoLinkSimulator
beforeEach(async () => {
  sim = await new EvoLinkSimulator({ taskMs: 300, pendingMs: 50 }).start()
})
afterEach(() => sim.stop())

/** A workspace with docs/hero.png (a PNG), notes.png (text under an image name) and a .git folder. */
function workspace(): string {
  const dir = mkdtempSync(join(tmpdir(), 'evolink-ws-'))
  mkdirSync(join(dir, 'docs'))
  writeFileSync(join(dir, 'docs', 'hero.png'), PNG)
  writeFileSync(join(dir, 'notes.png'), 'hello, this is not an image\n')
  mkdirSync(join(dir, '.git'))
  writeFileSync(join(dir, '.git', 'logo.png'), PNG)
  return dir
}
const run = (inputs: Record<string, string>, dir = workspace()) =>
  runAction(
    {
      'api-key': KEY,
      model: 'kling-o3-image-to-video',
      prompt: 'The hero image comes alive',
      'base-url': sim.url,
      'files-base-url': sim.uploadsUrl,
      'poll-interval': '0.05',
      timeout: '30',
      ...inputs
    },
    { workspace: dir }
  )
const sent = () => [...sim.tasks.values()][0]?.body

it('animates a PNG from the workspace: uploaded first, its URL in the request', async () => {
  const result = await run({ 'image-start': 'docs/hero.png' })
  expect(result.stdout).not.toMatch(/::error::/)
  expect(result.code).toBe(0)
  expect(sim.uploads).toEqual([expect.objectContaining({ name: 'hero.png', type: 'image/png', size: PNG.length, sha256: createHash('sha256').update(PNG).digest('hex') })])
  expect(sent()).toMatchObject({ model: 'kling-o3-image-to-video', image_start: sim.uploads[0]?.url })
  expect(JSON.parse(result.outputs['uploaded-urls'] ?? '[]')).toEqual([sim.uploads[0]?.url])
  expect(result.stdout).toContain('for 72 hours')
  // The key went to the API and the files API, and nowhere else.
  expect(sim.requests.filter(r => r.authorization).every(r => r.authorization === `Bearer ${KEY}` && r.origin !== 'files')).toBe(true)
  expect(sim.requests.filter(r => r.origin === 'uploads')).toHaveLength(1)
})

it('keeps the order of image-urls mixing files and URLs', async () => {
  const result = await run({ 'image-urls': 'https://cdn.example.com/a.png\ndocs/hero.png' })
  expect(result.code).toBe(0)
  expect(sent()?.image_urls).toEqual(['https://cdn.example.com/a.png', sim.uploads[0]?.url])
})

it('passes a URL through, uploading nothing', async () => {
  const result = await run({ 'image-start': 'https://cdn.example.com/a.png' })
  expect(result.code).toBe(0)
  expect(sent()).toMatchObject({ image_start: 'https://cdn.example.com/a.png' })
  expect(sim.requests.filter(r => r.origin === 'uploads')).toHaveLength(0)
  expect(result.outputs['uploaded-urls']).toBeUndefined()
})

it('retries an upload after a 503, then submits once', async () => {
  sim.inject('upload', { kind: 'status', status: 503 })
  const result = await run({ 'image-start': 'docs/hero.png' })
  expect(result.code).toBe(0)
  expect(result.stdout).toMatch(/::warning::Upload of "docs\/hero\.png" failed \(HTTP 503\); attempt 2 of 5/)
  expect(sim.uploads).toHaveLength(1)
  expect(sim.creations).toBe(1)
})

it('stops before submitting when the file quota is used up', async () => {
  turnHostile(sim, 'upload-quota')
  const result = await run({ 'image-start': 'docs/hero.png' })
  expect(result.code).toBe(1)
  expect(result.stdout).toMatch(
    /::error::EvoLink's files API refused the upload: the account's file quota is used up \(File quota exceeded: 2000 of 2000 files used\)\. Nothing was submitted\./
  )
  expect(sim.requests.filter(r => r.origin === 'uploads')).toHaveLength(1) // not retried
  expect(sim.requests.filter(r => r.origin === 'api')).toHaveLength(0)
  expect(result.outputs['error-code']).toBe('upload_quota_exceeded')
})

describe('refused before anything is sent', () => {
  it.each<[string, Record<string, string>, RegExp, (dir: string) => void]>([
    [
      'a text file named .png',
      { 'image-start': 'notes.png' },
      /Input 'image-start' is "notes\.png": "notes\.png" must be a JPEG, PNG, GIF or WebP image, but it is text \(it starts "hello, this is not an im"\)/,
      () => undefined
    ],
    ['a path outside the workspace', { 'image-start': '../../etc/hostname' }, /must be an https URL or a file inside the workspace/, () => undefined],
    [
      'a symlink out of the workspace',
      { 'image-start': 'out.png' },
      /must be an https URL or a file inside the workspace/,
      dir => symlinkSync('/etc/hostname', join(dir, 'out.png'))
    ],
    ['an image under .git/', { 'image-urls': '.git/logo.png' }, /must not be inside \.git\//, () => undefined],
    ['a folder', { 'image-start': 'docs' }, /must be a regular file/, () => undefined],
    ['a missing file', { 'image-start': 'docs/nope.png' }, /must be a readable file \(ENOENT\)/, () => undefined],
    ['a file over max-upload-size', { 'image-start': 'docs/hero.png', 'max-upload-size': '1KiB' }, /is 3008 bytes, more than max-upload-size \(1024 bytes\)/, () => undefined],
    [
      'a files API over plain http',
      { 'image-start': 'docs/hero.png', 'files-base-url': 'http://files.example.com' },
      /Input 'files-base-url' is .*must use https/,
      () => undefined
    ],
    // What the model documents for its image files, read from prose (catalogue `file`), on bytes the action holds.
    [
      'an image type the model does not take',
      { model: 'kling-v3-image-to-video', 'image-start': 'docs/hero.webp' },
      /Input 'image-start' is "docs\/hero\.webp": "docs\/hero\.webp" is a WebP image; model kling-v3-image-to-video takes JPEG or PNG \(EvoLink: "Supported formats: '\.jpg', '\.jpeg', '\.png'"\)/,
      dir => writeFileSync(join(dir, 'docs', 'hero.webp'), webp(1280, 720))
    ],
    [
      'an image smaller than the model takes',
      { 'image-start': 'docs/icon.jpg' },
      /"docs\/icon\.jpg" is 200×200 pixels; model kling-o3-image-to-video takes a width and height of at least 300 each \(EvoLink: "Dimensions: width and height >= 300px/,
      dir => writeFileSync(join(dir, 'docs', 'icon.jpg'), jpeg(200, 200))
    ],
    [
      'an image whose size is not the one aspect-ratio selects',
      { model: 'sora-2-preview', 'image-urls': 'docs/hero.png', 'aspect-ratio': '720x1280' },
      /Input 'image-urls' is "docs\/hero\.png": "docs\/hero\.png" is 1280×720 pixels; model sora-2-preview takes exactly 720×1280 pixels with aspect_ratio 720x1280 \(EvoLink: "Image pixel dimensions must exactly match/,
      () => undefined
    ],
    [
      'an image wider than the model takes',
      { model: 'seedance-1.5-pro', 'image-urls': 'docs/hero.png\ndocs/banner.png' },
      /"docs\/banner\.png" is 3000×600 pixels \(width\/height 5\.00\); model seedance-1\.5-pro takes a width\/height from 0\.4 to 2\.5/,
      dir => writeFileSync(join(dir, 'docs', 'banner.png'), png(3000, 600))
    ]
  ])('%s', async (_label, inputs, message, prepare) => {
    const dir = workspace()
    prepare(dir)
    const result = await run(inputs, dir)
    expect(result.code).toBe(1)
    expect(result.stdout).toMatch(message)
    expect(sim.requests).toHaveLength(0)
  })
})

it('takes an image whose size is the one aspect-ratio selects', async () => {
  const result = await run({ model: 'sora-2-preview', 'image-urls': 'docs/hero.png', 'aspect-ratio': '1280x720' })
  expect(result.code).toBe(0)
  expect(sent()).toMatchObject({ aspect_ratio: '1280x720', image_urls: [sim.uploads[0]?.url] })
})

it('dry-run checks the files and uploads nothing', async () => {
  const result = await run({ 'image-start': 'docs/hero.png', 'dry-run': 'true' })
  expect(result.code).toBe(0)
  expect(result.stdout).toContain('"image_start": "<docs/hero.png: image/png, 3008 bytes, uploaded to the files API first>"')
  expect(sim.requests).toHaveLength(0)
})
