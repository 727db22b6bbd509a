// Many videos from one manifest, through dist/index.js against the simulator (and the cache stand-in).
import { png } from '../harness/images.js'
import { createHash } from 'node:crypto'
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { EvoLinkSimulator } from '../simulator/server.js'
import { ActionsCacheStandIn } from '../simulator/actions-cache.js'
import { GitHubStandIn } from '../simulator/github.js'
import { ROOT, runAction, signalWhen, type ActionRun, type RunOptions } from '../harness/run-action.js'

const KEY = 'sk-evo-manifest-key'
const PNG = png(640, 480, 1200)
let sim: EvoLinkSimulator
beforeEach(async () => {
  sim = await new EvoLinkSimulator({ taskMs: 400, pendingMs: 40 }).start()
})
afterEach(() => sim.stop())

const THREE = `# three videos, typed YAML values
videos:
  - id: intro
    prompt: A lighthouse at dusk
    duration: 10
    download-path: out/intro.mp4
  - id: feature-a
    model: kling-o3-image-to-video
    image-start: docs/hero.png
    prompt: The hero comes alive
    sound: false
    download-path: out/feature-a.mp4
  - id: portrait
    model: kling-v3-text-to-video
    prompt: A portrait cut
    aspect-ratio: "9:16"
    negative-prompt: blur
    model-params: { multi_shot: false }
    download-path: out/portrait.mp4
`
function workspace(manifest = THREE): string {
  const dir = mkdtempSync(join(tmpdir(), 'evolink-ws-'))
  mkdirSync(join(dir, 'docs'))
  writeFileSync(join(dir, 'docs', 'hero.png'), PNG)
  writeFileSync(join(dir, 'videos.yml'), manifest)
  return dir
}
const run = (inputs: Record<string, string>, options: RunOptions = {}): Promise<ActionRun> =>
  runAction(
    { 'api-key': KEY, 'base-url': sim.url, 'files-base-url': sim.uploadsUrl, 'poll-interval': '0.05', timeout: '30', manifest: 'videos.yml', ...inputs },
    { killAfterMs: 60_000, workspace: options.workspace ?? workspace(), ...options }
  )
const results = (result: ActionRun) => JSON.parse(result.outputs.results ?? '[]') as Record<string, unknown>[]
const bodies = () => [...sim.tasks.values()].map(task => task.body)

it('makes three videos with files and typed YAML values: results, files, one summary table; no single-video outputs', async () => {
  const dir = workspace()
  const result = await run({}, { workspace: dir })
  expect(result.stdout).not.toMatch(/::error::/)
  expect(result.code).toBe(0)
  expect(sim.creations).toBe(3)
  expect(bodies()).toEqual(
    expect.arrayContaining([
      expect.objectContaining({ model: 'kling-o3-text-to-video', prompt: 'A lighthouse at dusk', duration: 10 }),
      expect.objectContaining({ model: 'kling-o3-image-to-video', image_start: sim.uploads[0]?.url, sound: 'off' }),
      expect.objectContaining({ model: 'kling-v3-text-to-video', aspect_ratio: '9:16', negative_prompt: 'blur', model_params: { multi_shot: false } })
    ])
  )
  const out = results(result)
  expect(out.map(r => r.id)).toEqual(['intro', 'feature-a', 'portrait'])
  for (const entry of out) {
    expect(entry).toMatchObject({ status: 'completed', reused: false, 'error-code': null })
    expect(
      createHash('sha256')
        .update(readFileSync(String(entry['video-path'])))
        .digest('hex')
    ).toBe(entry['video-sha256'])
  }
  expect(out[0]?.['video-path']).toBe(join(dir, 'out', 'intro.mp4'))
  expect(result.outputs['video-url']).toBeUndefined()
  expect(result.outputs['task-id']).toBeUndefined()
  expect(result.summary.match(/^\| (intro|feature-a|portrait) \| [^|]+ \| [^|]* \| completed \|/gm)).toHaveLength(3)
  // What each video is: its prompt, the settings that set it apart (only portrait is 9:16), when its link expires.
  const row = (id: string) => result.summary.split('\n').find(line => line.startsWith(`| ${id} |`)) ?? ''
  expect(row('portrait')).toMatch(/^\| portrait \| A portrait cut \| [^|]*aspect ratio 9:16[^|]* \|/)
  expect(row('intro')).toMatch(/^\| intro \| A lighthouse at dusk \| [^|]*aspect ratio 16:9[^|]* \|/)
  expect(row('intro')).toMatch(/\[Open\]\(http[^)]+\) \(until \d{4}-\d\d-\d\d \d\d:\d\d UTC\)/)
  expect(result.stdout).toMatch(/^\[feature-a\] Task task-unified-\S+ accepted: kling-o3-image-to-video/m)
  // Every delivery line says which video it is about: which file has which hash.
  for (const entry of out) {
    expect(result.stdout).toContain(`[${String(entry.id)}] Saved ${String(readFileSync(String(entry['video-path'])).length)} bytes`)
    expect(result.stdout).toMatch(new RegExp(`^\\[${String(entry.id)}\\] Saved .* sha256 ${String(entry['video-sha256'])}\\.$`, 'm'))
  }
  expect(result.stdout).not.toMatch(/^(Downloading|Saved) /m)
})

it('max-concurrent bounds the tasks in flight: with 1, each is submitted after the one before ended', async () => {
  const result = await run({ 'max-concurrent': '1' })
  expect(result.code).toBe(0)
  const created = [...sim.tasks.values()].map(task => task.createdAtMs).sort((a, b) => a - b)
  for (let i = 1; i < created.length; i++) expect((created[i] as number) - (created[i - 1] as number)).toBeGreaterThanOrEqual(400)
})

it('with max-concurrent 3 the three tasks run at once', async () => {
  const result = await run({ 'max-concurrent': '3' })
  expect(result.code).toBe(0)
  const created = [...sim.tasks.values()].map(task => task.createdAtMs)
  expect(Math.max(...created) - Math.min(...created)).toBeLessThan(400)
})

it('an invalid entry stops everything before any request, and every problem names its entry and input', async () => {
  const manifest = `videos:
  - id: good
    prompt: Fine
  - id: bad-duration
    prompt: Too long
    duration: 99
  - id: bad-key
    prompt: x
    promt: typo
`
  const result = await run({}, { workspace: workspace(manifest) })
  expect(result.code).toBe(1)
  expect(result.stdout).toMatch(/Manifest entry 'bad-duration': Input 'duration' is "99": model kling-o3-text-to-video allows/)
  expect(result.stdout).toMatch(/Manifest entry 'bad-key': "promt" is not an input an entry may set; it may set model, prompt, prompt-file/)
  expect(sim.requests).toHaveLength(0)
  expect(sim.uploads).toHaveLength(0)
})

it('duplicate ids are refused', async () => {
  const result = await run({}, { workspace: workspace('videos:\n  - id: a\n    prompt: x\n  - id: a\n    prompt: y\n') })
  expect(result.code).toBe(1)
  expect(result.stdout).toContain("Manifest entry 'a': the id is used by an earlier entry")
  expect(sim.requests).toHaveLength(0)
})

it('a manifest outside the workspace, or a symlink out of it, is refused', async () => {
  const dir = workspace()
  symlinkSync('/etc/hostname', join(dir, 'out.yml'))
  for (const manifest of ['../../etc/hostname', 'out.yml']) {
    const result = await run({ manifest }, { workspace: dir })
    expect(result.code).toBe(1)
    expect(result.stdout).toMatch(/Input 'manifest' is .*must be a file inside the workspace/)
  }
  expect(sim.requests).toHaveLength(0)
})

it('one failed entry among completed ones: the others are delivered, the step fails naming it', async () => {
  sim.inject('poll', { kind: 'patch', fields: { status: 'failed', error: { code: 'content_policy_violation', message: 'Refused' } } })
  const result = await run({ 'max-concurrent': '1' })
  expect(result.code).toBe(1)
  const out = results(result)
  expect(out.filter(r => r.status === 'completed')).toHaveLength(2)
  expect(out[0]).toMatchObject({ id: 'intro', status: 'failed', 'error-code': 'content_policy_violation' })
  expect(result.stdout).toMatch(/::error::1 of 3 video\(s\) failed:%0A- intro: Task task-unified-\S+ failed: content_policy_violation/)
  expect(sim.creations).toBe(3)
})

it('entry runs a single entry, with the single-video outputs set', async () => {
  const result = await run({ entry: 'portrait' })
  expect(result.code).toBe(0)
  expect(sim.creations).toBe(1)
  expect(results(result).map(r => r.id)).toEqual(['portrait'])
  expect(result.outputs['task-id']).toMatch(/^task-unified-/)
  expect(result.outputs['video-url']).toBe(results(result)[0]?.['video-url'])
  const unknown = await run({ entry: 'nope' })
  expect(unknown.code).toBe(1)
  expect(unknown.stdout).toContain('Input \'entry\' is "nope": it must be one or more ids of the manifest, separated by commas: intro, feature-a, portrait; "nope" is not one.')
})

it('dry-run sends nothing and sets matrix for the plan job', async () => {
  const result = await run({ 'dry-run': 'true' })
  expect(result.code).toBe(0)
  expect(JSON.parse(result.outputs.matrix ?? '{}')).toEqual({ include: [{ entry: 'intro' }, { entry: 'feature-a' }, { entry: 'portrait' }] })
  expect(result.stdout).toContain('"image_start": "<docs/hero.png: image/png')
  expect(sim.requests).toHaveLength(0)
})

it("cancellation names every task submitted and how to resume it, within the runner's 7.5 s", async () => {
  sim.options.taskMs = 60_000
  const sent: { at?: number } = {}
  const result = await run({ 'max-concurrent': '3' }, { onStart: signalWhen(() => sim.creations === 3, 'SIGINT', sent) })
  expect(result.code).toBe(1)
  expect(Date.now() - (sent.at ?? 0)).toBeLessThan(7500)
  for (const task of sim.tasks.keys()) expect(result.stdout).toContain(`task-id: ${task}`)
})

it('after a cancellation no further entry starts: nothing is looked up, uploaded or sent for it', async () => {
  sim.options.taskMs = 60_000
  const cache = await new ActionsCacheStandIn().start()
  try {
    const result = await run({ 'max-concurrent': '1', reuse: 'identical' }, { env: cache.stepEnv(1, '77'), onStart: signalWhen(() => sim.creations === 1, 'SIGINT') })
    expect(result.code).toBe(1)
    expect(sim.creations).toBe(1)
    expect(sim.uploads).toHaveLength(0) // feature-a's image is never uploaded
    expect(results(result).map(r => r['error-code'])).toEqual(['cancelled', 'cancelled', 'cancelled'])
    // One look-up, the first entry's (a lookup then nothing to fetch); none for the entries that never started.
    expect(cache.calls.filter(c => c.method === 'GetCacheEntryDownloadURL' && String(c.body.key).startsWith('evolink-video-'))).toHaveLength(1)
  } finally {
    await cache.stop()
  }
})

it('one PR comment for all entries, and one release asset per entry named from its id', async () => {
  const github = await new GitHubStandIn().start()
  try {
    const dir = mkdtempSync(join(tmpdir(), 'event-'))
    writeFileSync(join(dir, 'event.json'), JSON.stringify({ pull_request: { number: 3 } }))
    const env = { GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: join(dir, 'event.json'), GITHUB_REPOSITORY: 'o/r', GITHUB_API_URL: github.url }
    const result = await run({ 'pr-comment': 'true', 'release-asset': 'true', 'release-tag': 'v1.2.3' }, { env })
    expect(result.code).toBe(0)
    expect(github.comments).toHaveLength(1)
    expect(github.comments[0]?.body.match(/^\| (intro|feature-a|portrait) \|/gm)).toHaveLength(3)
    expect(github.assets.map(a => a.name).sort()).toEqual(['feature-a.mp4', 'intro.mp4', 'portrait.mp4'])
  } finally {
    await github.stop()
  }
})

it('with reuse identical and the cache, a second run after changing one prompt submits only that entry and restores the others', async () => {
  const cache = await new ActionsCacheStandIn().start()
  try {
    const dir = workspace()
    const env = (runId: string) => ({ ...cache.env(), GITHUB_RUN_ID: runId, GITHUB_RUN_ATTEMPT: '1', GITHUB_JOB: 'videos', GITHUB_ACTION: 'render' })
    const first = await run({ reuse: 'identical' }, { workspace: dir, env: env('1') })
    expect(first.code).toBe(0)
    expect(sim.creations).toBe(3)
    writeFileSync(join(dir, 'videos.yml'), THREE.replace('A portrait cut', 'A new portrait cut'))
    const plan = await run({ reuse: 'identical', 'dry-run': 'true' }, { workspace: dir, env: env('2') })
    expect(JSON.parse(plan.outputs.matrix ?? '{}')).toEqual({ include: [{ entry: 'portrait' }] })
    const second = await run({ reuse: 'identical' }, { workspace: dir, env: env('3') })
    expect(second.code).toBe(0)
    expect(sim.creations).toBe(4)
    expect(results(second).map(r => [r.id, r.reused])).toEqual([
      ['intro', true],
      ['feature-a', true],
      ['portrait', false]
    ])
    expect(readFileSync(join(dir, 'out', 'intro.mp4')).length).toBe(sim.options.videoBytes)
  } finally {
    await cache.stop()
  }
}, 60_000)

it('the example manifest (docs/examples/videos.yaml) passes every check, and its plan lists every entry', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'evolink-ws-'))
  mkdirSync(join(dir, 'videos'))
  mkdirSync(join(dir, 'docs'))
  writeFileSync(join(dir, 'videos', 'videos.yaml'), readFileSync(join(ROOT, 'docs', 'examples', 'videos.yaml')))
  writeFileSync(join(dir, 'docs', 'hero.png'), PNG) // the picture the user adds, as the example says
  const result = await run({ manifest: 'videos/videos.yaml', 'dry-run': 'true' }, { workspace: dir })
  expect(result.stdout).not.toMatch(/::error::/)
  expect(JSON.parse(result.outputs.matrix ?? '{}')).toEqual({ include: [{ entry: 'intro,intro-more,intro-4k' }, { entry: 'feature-upload' }, { entry: 'social-portrait' }] })
  // And made: the chain's continuation carries the clip's URL and its mode, the upscale the continuation's.
  const made = await run({ manifest: 'videos/videos.yaml', 'max-concurrent': '5' }, { workspace: dir })
  expect(made.code).toBe(0)
  expect(results(made).map(r => [r.id, r.status, r['video-from']])).toEqual([
    ['intro', 'completed', null],
    ['intro-more', 'completed', 'intro'],
    ['intro-4k', 'completed', 'intro-more'],
    ['feature-upload', 'completed', null],
    ['social-portrait', 'completed', null]
  ])
  const [intro, more, upscale] = ['intro', 'intro-more', 'intro-4k'].map(id => results(made).find(r => r.id === id))
  const body = (taskId: unknown) => sim.tasks.get(String(taskId))?.body
  expect(body(more?.['task-id'])).toMatchObject({ model: 'wan2.7-image-to-video', generation_mode: 'video_continuation', video_urls: [intro?.['video-url']] })
  expect(body(upscale?.['task-id'])).toEqual({ model: 'topaz-video-upscale', video_urls: [more?.['video-url']] })
  expect(made.summary).toContain('intro → intro-more → intro-4k')
})

it("a re-run resumes each entry's task, even two entries with the same request", async () => {
  const cache = await new ActionsCacheStandIn().start()
  try {
    const twins = 'videos:\n  - id: one\n    prompt: Same\n  - id: two\n    prompt: Same\n  - id: three\n    prompt: Other\n'
    const dir = workspace(twins)
    const env = (attempt: number) => ({ ...cache.env(), GITHUB_RUN_ID: '42', GITHUB_RUN_ATTEMPT: String(attempt), GITHUB_JOB: 'videos', GITHUB_ACTION: 'render' })
    sim.options.taskMs = 2500
    const first = await run({ timeout: '1', 'max-concurrent': '3' }, { workspace: dir, env: env(1) })
    expect(first.code).toBe(1)
    expect(sim.creations).toBe(3)
    expect(first.stdout).not.toMatch(/::warning::/)
    const rerun = await run({ 'max-concurrent': '3' }, { workspace: dir, env: env(2) })
    expect(rerun.code).toBe(0)
    expect(sim.creations).toBe(3)
    const out = results(rerun)
    expect(out.map(r => [r.id, r['task-id'], r.reused])).toEqual(results(first).map(r => [r.id, r['task-id'], true]))
  } finally {
    await cache.stop()
  }
}, 60_000)

describe('a manifest keeps the promises of a single video', () => {
  const TWO = 'videos:\n  - id: a\n    prompt: A lighthouse at dusk\n  - id: b\n    prompt: A harbour at night\n  - id: c\n    prompt: A ferry at dawn\n'

  it('every step input is checked as for a single video: pr-comment "yes" is refused before anything is sent', async () => {
    const result = await run({ 'pr-comment': 'yes' })
    expect(result.code).toBe(1)
    expect(result.stdout).toMatch(/::error::.*Input 'pr-comment' is "yes"/)
    expect(sim.requests).toHaveLength(0)
  })

  it('two entries may not write one file, however the paths are spelled', async () => {
    const manifest = 'videos:\n  - id: a\n    prompt: A\n    download-path: out/a.mp4\n  - id: b\n    prompt: B\n    download-path: out/../out/./a.mp4\n'
    const result = await run({}, { workspace: workspace(manifest) })
    expect(result.code).toBe(1)
    expect(result.stdout).toMatch(/Manifest entry 'b': download-path is ".*out\/a\.mp4", the file entry 'a' writes/)
    expect(sim.requests).toHaveLength(0)
  })

  it('nothing is submitted after the step timeout has passed', async () => {
    sim.options.taskMs = 3000
    const result = await run({ 'max-concurrent': '1', timeout: '1' }, { workspace: workspace(TWO) })
    expect(result.code).toBe(1)
    expect(sim.creations).toBe(1)
    expect(results(result).map(r => [r.status, r['error-code']])).toEqual([
      [expect.stringMatching(/pending|processing/), 'timeout'],
      [null, 'deadline_passed'],
      [null, 'deadline_passed']
    ])
  })

  it('min-credits holds for every submission of concurrent entries', async () => {
    sim.balance = { token: 10_000, user: 1000, unlimited: false }
    // Each task reserves 10 credits: the first leaves 990, below a floor of 991.
    const result = await run({ 'max-concurrent': '3', 'min-credits': '991' }, { workspace: workspace(TWO) })
    expect(result.code).toBe(1)
    expect(sim.creations).toBe(1)
    expect(results(result).filter(r => r['error-code'] === 'below_min_credits')).toHaveLength(2)
  })

  it('a cache that never answers costs one budget and one warning for the whole manifest', async () => {
    const cache = await new ActionsCacheStandIn().start()
    try {
      cache.fault = 'hang'
      const env = { ...cache.env(), GITHUB_RUN_ID: '1', GITHUB_RUN_ATTEMPT: '1', GITHUB_JOB: 'videos', GITHUB_ACTION: 'render' }
      const result = await run({ reuse: 'identical', 'max-concurrent': '1' }, { workspace: workspace(TWO), env })
      expect(result.code).toBe(0)
      expect(result.stdout.split('\n').filter(line => line.startsWith('::warning::'))).toEqual([expect.stringMatching(/The Actions cache could not/)])
      expect(result.elapsedMs).toBeLessThan(9_000)
    } finally {
      await cache.stop()
    }
  }, 40_000)
})

describe('advice that can be followed in a manifest', () => {
  it("a submission in doubt says how to resume that entry in the manifest, and names EvoLink's status once", async () => {
    sim.inject('submit', { kind: 'status', status: 502, code: 'internal_error' })
    const result = await run({ entry: 'intro' })
    expect(result.code).toBe(1)
    const message = String(results(result)[0]?.['error-message'])
    expect(message).toContain(`set "task-id: <its id>" on entry 'intro' of the manifest`)
    expect(message.match(/HTTP 502 internal_error/g)).toHaveLength(1)
  })

  it('an entry may set task-id: it resumes that task instead of submitting', async () => {
    const first = await run({ entry: 'intro', wait: 'false' })
    const taskId = String(results(first)[0]?.['task-id'])
    expect(taskId).toMatch(/^task-unified-/)
    expect(first.stdout).toContain(`set "task-id: ${taskId}" on entry 'intro' of the manifest`)
    const resumed = await run({ entry: 'intro' }, { workspace: workspace(THREE.replace('    duration: 10\n', `    duration: 10\n    task-id: ${taskId}\n`)) })
    expect(resumed.code).toBe(0)
    expect(sim.creations).toBe(1)
    expect(results(resumed)[0]).toMatchObject({ id: 'intro', 'task-id': taskId, status: 'completed' })
  })
})
