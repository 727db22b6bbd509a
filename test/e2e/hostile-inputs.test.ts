// Trust nothing, round two: the workflow's own inputs, the files API, the disk and GitHub, tried as an
// attacker would. One describe per class of docs/reliability.md ("Hostile inputs, uploads, disk and
// GitHub"); each test runs the bundled action against the simulators and fails on the build before the fix.
import { posixIt } from '../harness/posix-it.js'
import { png } from '../harness/images.js'
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { EvoLinkSimulator } from '../simulator/server.js'
import { GitHubStandIn } from '../simulator/github.js'
import { commands as commandsOf, runAction, type ActionRun, type RunOptions } from '../harness/run-action.js'

const KEY = 'sk-evo-hostile-inputs'
const PNG = png(640, 480, 2000)
let sim: EvoLinkSimulator
beforeEach(async () => {
  sim = await new EvoLinkSimulator({ taskMs: 200, pendingMs: 40 }).start()
})
afterEach(() => sim.stop())

function workspace(): string {
  const dir = mkdtempSync(join(tmpdir(), 'evolink-ws-'))
  mkdirSync(join(dir, 'docs'))
  writeFileSync(join(dir, 'docs', 'hero.png'), PNG)
  writeFileSync(join(dir, 'docs', 'end.png'), PNG)
  return dir
}
const run = (inputs: Record<string, string>, options: RunOptions = {}): Promise<ActionRun> =>
  runAction(
    {
      'api-key': KEY,
      prompt: 'A lighthouse at dusk',
      'base-url': sim.url,
      'files-base-url': sim.uploadsUrl,
      'poll-interval': '0.05',
      timeout: '30',
      'request-timeout': '5',
      ...inputs
    },
    { killAfterMs: 30_000, workspace: workspace(), ...options }
  )
/** Workflow commands in the log other than the two masks and the debug lines the action writes itself (one line each, their text cleaned). */
const commands = (run: ActionRun) => commandsOf(run, KEY)
const sent = () => [...sim.tasks.values()][0]?.body as Record<string, unknown> | undefined
const refusedUnsent = (result: ActionRun, message: RegExp) => {
  expect(result.code).toBe(1)
  expect(result.stdout).toMatch(message)
  expect(sim.requests).toHaveLength(0)
}

describe('input text is text', () => {
  it('a line break in negative-prompt starts no workflow command, in the log or anywhere', async () => {
    const result = await run({ model: 'kling-v3-text-to-video', 'negative-prompt': 'blur\n::warning::pwned\n::add-mask::x\u202eevil' })
    expect(result.code).toBe(0)
    expect(commands(result)).toEqual([])
    expect(result.stdout).toContain('negative_prompt blur : :warning: :pwned : :add-mask: :x evil')
    // What is sent is the user's text, unchanged: only what is shown is made inert.
    expect(sent()?.negative_prompt).toBe('blur\n::warning::pwned\n::add-mask::x\u202eevil')
    expect(result.summary).not.toMatch(/\u202e|\n::/)
  })

  it('an invalid value is shown with its line breaks and bidi characters escaped, on the error line', async () => {
    const result = await run({ 'poll-interval': '1\n::warning::pwned\u202e', 'pr-comment-key': 'k\n::notice::x' })
    refusedUnsent(result, /Input 'poll-interval' is "1\\n: ?:warning: ?:pwned\\u202e"/)
    expect(commands(result).map(line => /^::(\w+)/.exec(line)?.[1])).toEqual(['error'])
  })

  it('a release-tag with a line break is refused before anything is sent', async () => {
    const result = await run({ 'release-asset': 'true', 'release-tag': 'v1\n::warning::pwned' })
    refusedUnsent(result, /Input 'release-tag' is "v1\\n.*without spaces, line breaks or control characters/)
    expect(commands(result).filter(line => !line.startsWith('::error::'))).toEqual([])
  })
})

describe('what is validated is what is sent', () => {
  it.each([
    [
      'a tab inside image-start',
      { model: 'kling-o3-image-to-video', 'image-start': 'https://cdn.example.com/a\t.png' },
      /Input 'image-start' is "https:\/\/cdn\.example\.com\/a\\t\.png": .*holds whitespace/
    ],
    [
      'a control character at the end of a video URL (the parser trims it)',
      { model: 'kling-v3-motion-control', 'image-urls': 'https://cdn.example.com/a.png', 'video-urls': 'https://cdn.example.com/v.mp4\u0001' },
      /Input 'video-urls' .*\\u0001.*holds whitespace/
    ],
    ['a bidi override in callback-url', { 'callback-url': 'https://hooks.example.com/\u202egpj.exe' }, /Input 'callback-url' .*\\u202e.*holds whitespace/],
    ['a line break in callback-url', { 'callback-url': 'https://hooks.example.com/a\nb' }, /Input 'callback-url' is "https:\/\/hooks\.example\.com\/a\\nb".*holds whitespace/],
    [
      'a line break in a URL inside model-params',
      { model: 'wan3.0-reference-video', 'model-params': '{"file_url": "https://cdn.example.com/f\\r\\n.mp4"}' },
      /Input 'model-params' .*holds whitespace/
    ],
    [
      'a voice binding (a URL under a key such as image1) on a private host',
      { model: 'wan2.7-reference-video', 'image-urls': 'https://cdn.example.com/a.png', 'model-params': '{"voice_bindings": {"image1": "https://10.0.0.7/voice.mp3"}}' },
      /Input 'model-params' .*must not point at a private, loopback, link-local or internal host/
    ]
  ])('%s is refused, nothing sent', async (_label, inputs, message) => {
    refusedUnsent(await run(inputs), message)
  })

  it('the body carries the URL exactly as it was checked', async () => {
    const result = await run({ model: 'kling-o3-image-to-video', 'image-start': 'HTTPS://CDN.Example.com/a.png', 'callback-url': 'https://hooks.example.com/done' })
    expect(result.code).toBe(0)
    expect(sent()).toMatchObject({ image_start: 'https://cdn.example.com/a.png', callback_url: 'https://hooks.example.com/done' })
  })
})

describe('outputs with a fixed vocabulary keep it', () => {
  it('a failed task with a sentence for a code: error-code is "unknown", the sentence is in error-message', async () => {
    sim.inject('poll', { kind: 'patch', fields: { status: 'failed', error: { code: 'content blocked; see https://evil.example', message: 'Refused' } } })
    const result = await run({})
    expect(result.code).toBe(1)
    expect(result.outputs.status).toBe('failed')
    expect(result.outputs['error-code']).toBe('unknown')
    expect(result.outputs['error-message']).toContain('error code was "content blocked; see https://evil.example"')
  })
})

describe('internal markers cannot be forged', () => {
  it('"upload:0" typed into image-urls is refused, not swapped for an uploaded file\'s URL', async () => {
    const result = await run({ model: 'kling-o3-image-to-video', 'image-start': 'docs/hero.png', 'image-urls': 'upload:0' })
    refusedUnsent(result, /Input 'image-urls' is "upload:0": "upload:0" must use https/)
  })

  it('files go to exactly the positions the action recorded, in order', async () => {
    const result = await run({ model: 'kling-o3-image-to-video', 'image-start': 'docs/hero.png', 'image-end': 'docs/end.png' })
    expect(result.code).toBe(0)
    expect(sent()).toMatchObject({ image_start: sim.uploads[0]?.url, image_end: sim.uploads[1]?.url })
    expect(sim.uploads.map(u => u.name)).toEqual(['hero.png', 'end.png'])
  })
})

describe('JSON inputs are plain data', () => {
  it.each([
    ['params with "constructor"', { params: '{"constructor": 1}' }, /Input 'params' .*the key "constructor", which is refused/],
    ['params with "__proto__"', { params: '{"__proto__": {"duration": 99}}' }, /Input 'params' .*the key "__proto__", which is refused/],
    [
      'model-params with a nested "prototype"',
      { model: 'kling-v3-text-to-video', 'model-params': '{"multi_shot": true, "x": {"prototype": 1}}' },
      /Input 'model-params' .*the key "prototype"/
    ],
    [
      'model-params with an inherited name as a key',
      { model: 'kling-v3-text-to-video', 'model-params': '{"toString": "x"}' },
      /Input 'model-params' .*"toString", which this model does not take/
    ]
  ])('%s is refused, nothing sent', async (_label, inputs, message) => {
    refusedUnsent(await run(inputs), message)
  })
})

describe("uploads obey the step's clock", () => {
  it('a Retry-After of an hour from the files API does not outlive timeout', async () => {
    sim.inject('upload', { kind: 'status', status: 429, retryAfter: '3600' }, 5)
    const result = await run({ model: 'kling-o3-image-to-video', 'image-start': 'docs/hero.png', timeout: '3' })
    expect(result.signal).toBeNull()
    expect(result.code).toBe(1)
    expect(result.elapsedMs).toBeLessThan(10_000)
    expect(result.outputs['error-code']).toBe('upload_timeout')
    expect(sim.creations).toBe(0)
  })

  it('a files API that hangs is abandoned at timeout, not after five request-timeouts', async () => {
    sim.inject('upload', { kind: 'hang' }, 5)
    const result = await run({ model: 'kling-o3-image-to-video', 'image-start': 'docs/hero.png', timeout: '2', 'request-timeout': '30' })
    expect(result.signal).toBeNull()
    expect(result.code).toBe(1)
    expect(result.elapsedMs).toBeLessThan(8_000)
    expect(sim.creations).toBe(0)
  })

  it('a code and message of the files API are cleaned before they reach a message (the retry warning too)', async () => {
    const reply = JSON.stringify({ success: false, code: 'busy\n::warning::pwned', msg: 'later\n::notice::pwned' })
    sim.inject('upload', { kind: 'status', status: 503, body: reply, contentType: 'application/json' })
    sim.inject('upload', { kind: 'status', status: 400, body: reply, contentType: 'application/json' })
    const result = await run({ model: 'kling-o3-image-to-video', 'image-start': 'docs/hero.png' })
    expect(result.code).toBe(1)
    expect(result.stdout).toMatch(/::warning::Upload of "docs\/hero\.png" failed \(HTTP 503 busy : :warning: :pwned\)/)
    expect(commands(result).map(line => /^::(\w+)/.exec(line)?.[1])).toEqual(['warning', 'error'])
    expect(sim.creations).toBe(0)
  })

  it('when a later upload fails, the URLs already public are still reported', async () => {
    sim.inject('upload', { kind: 'none' })
    sim.inject('upload', { kind: 'status', status: 400, body: JSON.stringify({ success: false, code: 400, msg: 'Unsupported image' }), contentType: 'application/json' })
    const result = await run({ model: 'kling-o3-image-to-video', 'image-start': 'docs/hero.png', 'image-end': 'docs/end.png' })
    expect(result.code).toBe(1)
    expect(sim.uploads).toHaveLength(1)
    expect(JSON.parse(result.outputs['uploaded-urls'] ?? '[]')).toEqual([sim.uploads[0]?.url])
    expect(result.stdout).toContain(`Uploaded 1 of 2 image(s) from the workspace to EvoLink's files API: ${sim.uploads[0]?.url}`)
    expect(sim.creations).toBe(0)
  })
})

describe('files are checked where they are opened', () => {
  const fifoIn = (dir: string, name: string) => execFileSync('mkfifo', [join(dir, name)])

  posixIt.each<[string, Record<string, string>]>([
    ['image-start', { model: 'kling-o3-image-to-video', 'image-start': 'docs/pipe.png' }],
    ['prompt-file', { prompt: '', 'prompt-file': 'docs/pipe.png' }]
  ])('a FIFO named by %s is refused at once, not waited on', async (input, inputs) => {
    const dir = workspace()
    fifoIn(dir, 'docs/pipe.png')
    const result = await run(inputs, { workspace: dir, killAfterMs: 10_000 })
    expect(result.signal).toBeNull()
    refusedUnsent(result, new RegExp(`Input '${input}' .*must be a regular file, but it is a named pipe \\(FIFO\\)`))
  })

  posixIt('a download-path that is a symlink out of the workspace is refused before submitting', async () => {
    const dir = workspace()
    const outside = mkdtempSync(join(tmpdir(), 'victim-'))
    writeFileSync(join(outside, 'keep.txt'), 'precious')
    symlinkSync(join(outside, 'keep.txt'), join(dir, 'video.mp4'))
    const result = await run({ 'download-path': 'video.mp4' }, { workspace: dir })
    refusedUnsent(result, /Input 'download-path' .*must stay inside the workspace/)
    expect(readFileSync(join(outside, 'keep.txt'), 'utf8')).toBe('precious')
  })
})

describe('addresses hidden in IPv6 forms are unwrapped', () => {
  it.each([
    ['6to4 of 10.0.0.5', 'http://[2002:a00:5::1]/v.mp4', /\[?2002:a00:5::1\]?.*a private address.*carrying the IPv4 address 10\.0\.0\.5/],
    ['Teredo whose client is 169.254.169.254', 'http://[2001:0:4136:e378:8000:63bf:5601:5601]/v.mp4', /link-local address.*169\.254\.169\.254/],
    ['IPv4-compatible 169.254.169.254', 'http://[::a9fe:a9fe]/v.mp4', /link-local address/],
    ['site-local fec0::1', 'http://[fec0::1]/v.mp4', /a site-local address \(fec0::\/10\)/]
  ])('a result URL on %s is refused before any connection', async (_label, url, message) => {
    sim.inject('poll', { kind: 'patch', fields: { status: 'completed', progress: 100, results: [url] } }, 100)
    const result = await run({ 'download-path': 'v.mp4' }, { offline: {} })
    expect(result.code).toBe(1)
    expect(result.stdout).toMatch(message)
    // offline.mjs would have refused a real connection with its own message: none was attempted.
    expect(result.stdout + result.stderr).not.toContain('offline.mjs')
  })

  it.each(['https://[64:ff9b::a9fe:a9fe]/hook', 'https://[2002:c0a8:101::1]/hook', 'https://[::ffff:0:a00:5]/hook'])('callback-url %s is refused', async url => {
    refusedUnsent(await run({ 'callback-url': url }), /Input 'callback-url' .*must not point at a private, loopback, link-local or internal host/)
  })
})

describe('a re-run never loses a published asset', () => {
  let github: GitHubStandIn
  beforeEach(async () => (github = await new GitHubStandIn().start()))
  afterEach(() => github.stop())
  const env = () => {
    const dir = mkdtempSync(join(tmpdir(), 'event-'))
    writeFileSync(join(dir, 'event.json'), JSON.stringify({}))
    return { GITHUB_EVENT_NAME: 'workflow_dispatch', GITHUB_EVENT_PATH: join(dir, 'event.json'), GITHUB_REPOSITORY: 'o/r', GITHUB_API_URL: github.url }
  }
  const release = { 'release-asset': 'true', 'release-tag': 'v1.2.3', 'asset-name': 'launch.mp4' }

  it('an upload that keeps failing leaves the previous asset in place', async () => {
    expect((await run(release, { env: env() })).code).toBe(0)
    const published = github.assets.map(a => ({ ...a }))
    github.uploadFaults.push('502', 'reset', '502')
    const rerun = await run(release, { env: env() })
    expect(rerun.code).toBe(1)
    expect(rerun.stdout).toMatch(/asset already published, if any, is left as it was/)
    expect(github.assets).toEqual(published)
    expect(github.requests.filter(r => r.method === 'DELETE' && r.path.endsWith(`/${published[0]?.id}`))).toHaveLength(0)
  })

  it("a 502 and a dropped connection are retried, then the new asset takes the old one's name", async () => {
    expect((await run(release, { env: env() })).code).toBe(0)
    const old = github.assets[0]
    github.uploadFaults.push('502', 'reset')
    const rerun = await run(release, { env: env() })
    expect(rerun.code).toBe(0)
    expect(github.assets.map(a => a.name)).toEqual(['launch.mp4'])
    expect(github.assets[0]?.id).not.toBe(old?.id)
    expect(rerun.outputs['asset-url']).toBe('https://github.com/o/r/releases/download/v1.2.3/launch.mp4')
  })
})

describe('comments link only where the action means to', () => {
  it('www. and bare https:// text from the server makes no link in the PR comment', async () => {
    const github = await new GitHubStandIn().start()
    try {
      const dir = mkdtempSync(join(tmpdir(), 'event-'))
      writeFileSync(join(dir, 'event.json'), JSON.stringify({ pull_request: { number: 7 } }))
      sim.inject('poll', {
        kind: 'patch',
        fields: { status: 'failed', error: { code: 'content_policy', message: 'Appeal at www.evil.example or https://evil.example/claim, mail help@evil.example' } }
      })
      const result = await run(
        { 'pr-comment': 'true' },
        {
          env: { GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: join(dir, 'event.json'), GITHUB_REPOSITORY: 'o/r', GITHUB_API_URL: github.url }
        }
      )
      expect(result.code).toBe(1)
      const body = github.comments[0]?.body ?? ''
      expect(body).toContain('Appeal at www&#8203;')
      expect(body).not.toMatch(/www\.evil|https:(\\?\/){2}evil|help@evil/)
    } finally {
      await github.stop()
    }
  })
})
