// Videos made from videos (`video-from`), through dist/index.js against the simulator (and the cache
// stand-in): the upstream's URL in the dependent's video field, posted only after the upstream completed;
// failures that skip what hangs below them; refusals before anything is sent; `entry` bringing upstreams;
// graph-aware matrices; reuse through a chain.
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { EvoLinkSimulator, type SimTask } from '../simulator/server.js'
import { ActionsCacheStandIn } from '../simulator/actions-cache.js'
import { CLOCK_PRELOAD, OFFLINE_PRELOAD, runAction, type ActionRun, type RunOptions } from '../harness/run-action.js'

const KEY = 'sk-evo-graph-key'
const TASK_MS = 400
let sim: EvoLinkSimulator
beforeEach(async () => {
  sim = await new EvoLinkSimulator({ taskMs: TASK_MS, pendingMs: 40 }).start()
})
afterEach(() => sim.stop())

/** Two chains and a loner: intro → intro-4k (a list field), feature → feature-edit (a single URL field). */
const CHAINS = `videos:
  - id: intro-4k
    model: topaz-video-upscale
    video-from: intro
  - id: intro
    prompt: A lighthouse at dusk
  - id: feature
    prompt: The hero walks in
  - id: feature-edit
    model: kling-o3-video-edit
    prompt: Make it rain
    video-from: feature
  - id: loner
    prompt: Unrelated
`
function workspace(manifest: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'evolink-graph-'))
  writeFileSync(join(dir, 'videos.yml'), manifest)
  return dir
}
const run = (inputs: Record<string, string>, manifest = CHAINS, options: RunOptions = {}): Promise<ActionRun> =>
  runAction(
    { 'api-key': KEY, 'base-url': sim.url, 'files-base-url': sim.uploadsUrl, 'poll-interval': '0.05', timeout: '30', manifest: 'videos.yml', ...inputs },
    { killAfterMs: 60_000, workspace: workspace(manifest), ...options }
  )
const results = (result: ActionRun) => JSON.parse(result.outputs.results ?? '[]') as Record<string, unknown>[]
const taskOf = (match: (body: Record<string, unknown>) => boolean): SimTask => {
  const found = [...sim.tasks.values()].find(task => match(task.body))
  if (!found) throw new Error('no such task')
  return found
}
const urlOf = (task: SimTask) => `${sim.filesUrl}/videos/${task.id}.mp4`

it("a dependent carries its upstream's URL in the model's video field, posted only after the upstream completed; two chains run in parallel", async () => {
  const result = await run({ 'max-concurrent': '4' })
  expect(result.stdout).not.toMatch(/::error::/)
  expect(result.code).toBe(0)
  expect(sim.creations).toBe(5)
  const intro = taskOf(body => body.prompt === 'A lighthouse at dusk')
  const feature = taskOf(body => body.prompt === 'The hero walks in')
  const intro4k = taskOf(body => body.model === 'topaz-video-upscale')
  const edit = taskOf(body => body.model === 'kling-o3-video-edit')
  expect(intro4k.body).toEqual({ model: 'topaz-video-upscale', video_urls: [urlOf(intro)] })
  expect(edit.body).toMatchObject({ model: 'kling-o3-video-edit', prompt: 'Make it rain', video_url: urlOf(feature) })
  expect(intro4k.createdAtMs).toBeGreaterThanOrEqual(intro.createdAtMs + TASK_MS)
  expect(edit.createdAtMs).toBeGreaterThanOrEqual(feature.createdAtMs + TASK_MS)
  // Both roots start at once, and each dependent as soon as its own upstream is done.
  expect(Math.abs(intro.createdAtMs - feature.createdAtMs)).toBeLessThan(TASK_MS)
  expect(intro4k.createdAtMs - (intro.createdAtMs + TASK_MS)).toBeLessThan(TASK_MS)

  const out = results(result)
  expect(out.map(r => [r.id, r['video-from'], r.status])).toEqual([
    ['intro-4k', 'intro', 'completed'],
    ['intro', null, 'completed'],
    ['feature', null, 'completed'],
    ['feature-edit', 'feature', 'completed'],
    ['loner', null, 'completed']
  ])
  expect(result.summary).toContain('intro → intro-4k')
  expect(result.summary).toContain('feature → feature-edit')
})

it('an upstream that fails: its dependent is never submitted (skipped, upstream_failed), the others go on, the step names each', async () => {
  sim.options.outcomeFor = body => (body.prompt === 'A lighthouse at dusk' ? { status: 'failed', code: 'content_policy_violation', message: 'refused' } : undefined)
  const result = await run({ 'max-concurrent': '2' })
  expect(result.code).toBe(1)
  expect(sim.creations).toBe(4)
  expect([...sim.tasks.values()].some(task => task.body.model === 'topaz-video-upscale')).toBe(false)
  const byId = Object.fromEntries(results(result).map(r => [r.id, r]))
  expect(byId['intro-4k']).toMatchObject({ status: 'skipped', 'error-code': 'upstream_failed', 'task-id': null, 'video-from': 'intro' })
  expect(byId['intro-4k']?.['error-message']).toContain("entry 'intro' (its video-from) made no video: it ended failed (content_policy_violation)")
  expect(byId.intro).toMatchObject({ status: 'failed', 'error-code': 'content_policy_violation' })
  expect(byId['feature-edit']).toMatchObject({ status: 'completed' })
  expect(result.stdout).toMatch(/::error::2 of 5 video\(s\) failed:%0A- intro-4k: Not submitted: .*%0A- intro: /)
})

it('a failure skips the whole chain below it, and a skipped entry says so for the next one down', async () => {
  sim.options.outcomeFor = body => (body.prompt === 'root' ? { status: 'failed', code: 'server_error', message: 'x' } : undefined)
  const chain = `videos:
  - id: a
    prompt: root
  - id: b
    model: topaz-video-upscale
    video-from: a
  - id: c
    model: topaz-video-upscale
    video-from: b
`
  const result = await run({}, chain)
  expect(result.code).toBe(1)
  expect(sim.creations).toBe(1)
  expect(results(result).map(r => [r.id, r.status, r['error-code']])).toEqual([
    ['a', 'failed', 'server_error'],
    ['b', 'skipped', 'upstream_failed'],
    ['c', 'skipped', 'upstream_failed']
  ])
  expect(results(result)[2]?.['error-message']).toContain("entry 'b' (its video-from) was not submitted either")
})

it('every graph problem is refused at once, before anything is sent, each naming the entry and its video-from', async () => {
  const bad = `videos:
  - id: orphan
    model: topaz-video-upscale
    video-from: nowhere
  - id: selfish
    model: topaz-video-upscale
    video-from: selfish
  - id: ping
    model: topaz-video-upscale
    video-from: pong
  - id: pong
    model: topaz-video-upscale
    video-from: ping
  - id: src
    prompt: A clip
  - id: no-video-input
    prompt: Continue it
    video-from: src
  - id: both
    model: topaz-video-upscale
    video-from: src
    video-urls: https://example.com/v.mp4
  - id: no-mode
    model: wan2.7-image-to-video
    prompt: Go on
    video-from: src
`
  const result = await run({}, bad)
  expect(result.code).toBe(1)
  expect(sim.requests).toHaveLength(0)
  expect(result.stdout).toContain("Manifest entry 'orphan': video-from is 'nowhere', which is not an id of this manifest.")
  expect(result.stdout).toContain("Manifest entry 'selfish': video-from names the entry itself")
  expect(result.stdout).toMatch(/Manifest entries 'p[io]ng', 'p[io]ng' form a cycle through video-from \(p[io]ng → p[io]ng → p[io]ng\)/)
  expect(result.stdout).toContain("Manifest entry 'no-video-input' (video-from: 'src'): model kling-o3-text-to-video takes no video input")
  expect(result.stdout).toContain("Manifest entry 'both' (video-from: 'src') also sets video-urls")
  expect(result.stdout.match(/::add-mask::sk-evo-graph-key/g)).toHaveLength(1)
  expect(result.stdout).toContain(
    `Manifest entry 'no-mode' (video-from: 'src'): model wan2.7-image-to-video takes a video only with generation_mode "video_continuation", and the action does not guess modes: set params: {"generation_mode": "video_continuation"} in the entry.`
  )
  expect(result.stdout).toContain('6 inputs are invalid')
})

it('wait: false is refused when an entry needs an upstream to finish', async () => {
  const result = await run({ wait: 'false' })
  expect(result.code).toBe(1)
  expect(result.stdout).toContain("Input 'wait' is false: entries with video-from need their upstream's finished video")
  expect(sim.requests).toHaveLength(0)
})

it('entry takes several ids; a selected entry brings its upstream, which runs first in the same step', async () => {
  const result = await run({ entry: 'intro-4k, loner' })
  expect(result.code).toBe(0)
  expect(results(result).map(r => r.id)).toEqual(['intro-4k', 'intro', 'loner'])
  expect(sim.creations).toBe(3)
  expect(taskOf(body => body.model === 'topaz-video-upscale').createdAtMs).toBeGreaterThanOrEqual(taskOf(body => body.prompt === 'A lighthouse at dusk').createdAtMs + TASK_MS)
})

it('dry-run plans one leg per connected set of entries', async () => {
  const result = await run({ 'dry-run': 'true' })
  expect(result.code).toBe(0)
  expect(JSON.parse(result.outputs.matrix ?? '')).toEqual({ include: [{ entry: 'intro-4k,intro' }, { entry: 'feature,feature-edit' }, { entry: 'loner' }] })
  expect(result.stdout).toContain("[intro-4k] video_urls: the video of entry 'intro', once it is made")
  expect(sim.requests).toHaveLength(0)
})

it('dry-run of 300 independent entries: at most 256 legs, each id in exactly one', async () => {
  const manifest = `videos:\n${Array.from({ length: 300 }, (_, i) => `  - id: e${i}\n`).join('')}`
  const result = await run({ 'dry-run': 'true', prompt: 'One of many' }, manifest)
  expect(result.code).toBe(0)
  const legs = (JSON.parse(result.outputs.matrix ?? '') as { include: { entry: string }[] }).include.map(leg => leg.entry.split(','))
  expect(legs).toHaveLength(256)
  const ids = legs.flat()
  expect(ids).toHaveLength(300)
  expect(new Set(ids).size).toBe(300)
  expect(Math.max(...legs.map(leg => leg.length))).toBe(2)
  expect(sim.requests).toHaveLength(0)
})

describe('reuse identical through a chain', () => {
  let cache: ActionsCacheStandIn
  beforeEach(async () => {
    cache = await new ActionsCacheStandIn().start()
  })
  afterEach(() => cache.stop())
  const chain = (prompt: string) => `videos:
  - id: intro
    prompt: ${prompt}
  - id: intro-4k
    model: topaz-video-upscale
    video-from: intro
`

  it('a second run of an unchanged manifest submits nothing; a changed upstream prompt makes the upstream and its dependent again', async () => {
    const first = await run({ reuse: 'identical' }, chain('A lighthouse'), { env: cache.stepEnv(1, '501') })
    expect(first.code).toBe(0)
    expect(sim.creations).toBe(2)

    const second = await run({ reuse: 'identical' }, chain('A lighthouse'), { env: cache.stepEnv(1, '502') })
    expect(second.stdout).not.toMatch(/::(error|warning)::/)
    expect(second.code).toBe(0)
    expect(sim.creations).toBe(2)
    expect(results(second).map(r => [r.id, r.reused, r['video-url']])).toEqual(results(first).map(r => [r.id, true, r['video-url']]))

    const changed = await run({ reuse: 'identical' }, chain('A lighthouse at night'), { env: cache.stepEnv(1, '503') })
    expect(changed.code).toBe(0)
    expect(sim.creations).toBe(4)
    expect(results(changed).map(r => r.reused)).toEqual([false, false])
  })

  it('an upstream restored from the cache whose link expired is made again when its dependent must be made (the files API takes images only)', async () => {
    const manifest = `videos:
  - id: intro
    prompt: A lighthouse
    download-path: out/intro.mp4
  - id: intro-4k
    model: topaz-video-upscale
    video-from: intro
`
    const first = await run({ reuse: 'identical' }, manifest, { env: cache.stepEnv(1, '601') })
    expect(first.code).toBe(0)
    expect(sim.creations).toBe(2)

    // A day and an hour later: both recorded links have expired; intro's file is in the cache, intro-4k's is not.
    const later = { NODE_OPTIONS: `--import=${OFFLINE_PRELOAD} --import=${CLOCK_PRELOAD}`, TEST_CLOCK_OFFSET_MS: String(25 * 3600_000) }
    const second = await run({ reuse: 'identical' }, manifest, { env: cache.stepEnv(1, '602', later) })
    expect(second.code).toBe(0)
    expect(second.stdout).toContain("[intro] Making this video again, as a new task that costs credits: 'intro-4k' is made from it, and the cached one's link expired")
    expect(sim.creations).toBe(4)
    const [intro, upscale] = [...sim.tasks.values()].slice(2)
    expect(upscale?.body).toEqual({ model: 'topaz-video-upscale', video_urls: [urlOf(intro as SimTask)] })
    expect(results(second).map(r => [r.id, r.reused, r['task-id']])).toEqual([
      ['intro', false, intro?.id],
      ['intro-4k', false, upscale?.id]
    ])
  })
})
