// The credit cap (max-credits) and learned prices, through dist/index.js against the simulator (its prices
// set per test) and the cache stand-in: a cap that fails closed, prices learned in one run and used by the
// next, a reused video that costs nothing, estimates in the dry-run, totals in the summary and the comment.
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { EvoLinkSimulator } from '../simulator/server.js'
import { ActionsCacheStandIn } from '../simulator/actions-cache.js'
import { GitHubStandIn } from '../simulator/github.js'
import { runAction, type ActionRun, type RunOptions } from '../harness/run-action.js'

const KEY = 'sk-evo-credits-key'
let sim: EvoLinkSimulator
beforeEach(async () => {
  sim = await new EvoLinkSimulator({ taskMs: 300, pendingMs: 30 }).start()
})
afterEach(() => sim.stop())

function workspace(manifest?: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'evolink-credits-'))
  if (manifest) writeFileSync(join(dir, 'videos.yml'), manifest)
  return dir
}
const run = (inputs: Record<string, string>, options: RunOptions = {}): Promise<ActionRun> =>
  runAction(
    { 'api-key': KEY, 'base-url': sim.url, 'files-base-url': sim.uploadsUrl, 'poll-interval': '0.05', timeout: '30', prompt: 'A lighthouse', ...inputs },
    { killAfterMs: 60_000, workspace: options.workspace ?? workspace(), ...options }
  )
const results = (result: ActionRun) => JSON.parse(result.outputs.results ?? '[]') as Record<string, unknown>[]
const FIVE = `videos:\n${['a', 'b', 'c', 'd', 'e'].map(id => `  - id: ${id}\n    prompt: Clip ${id}\n`).join('')}`

it('five like entries at 7 credits under max-credits 20, five at once: exactly two are made (14), three end budget_exceeded; the summary and the comment show the totals', async () => {
  sim.options.priceOf = () => ({ credits: 7, rule: 'per_call' })
  const github = await new GitHubStandIn().start()
  try {
    const dir = workspace(FIVE)
    writeFileSync(join(dir, 'event.json'), JSON.stringify({ pull_request: { number: 3 } }))
    const env = { GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: join(dir, 'event.json'), GITHUB_REPOSITORY: 'o/r', GITHUB_API_URL: github.url }
    const result = await run({ manifest: 'videos.yml', prompt: '', 'max-credits': '20', 'max-concurrent': '5', 'pr-comment': 'true' }, { workspace: dir, env })
    expect(result.code).toBe(1)
    expect(sim.creations).toBe(2)
    expect(result.outputs['credits-reserved']).toBe('14')
    const out = results(result)
    expect(out.filter(r => r.status === 'completed').map(r => r['credits-reserved'])).toEqual([7, 7])
    const refused = out.filter(r => r['error-code'] === 'budget_exceeded')
    expect(refused).toHaveLength(3)
    for (const entry of refused) {
      expect(entry).toMatchObject({ status: 'skipped', 'task-id': null, 'credits-reserved': null })
      expect(entry['error-message']).toContain('Not submitted: max-credits is 20, this step has reserved 14, and this video is estimated at 7 credits (21 > 20).')
    }
    // The first went alone at an unknown price; the second was estimated from it.
    expect(result.stdout).toMatch(/\[a\] Price unknown \(no earlier run of kling-o3-text-to-video with these settings\): submitted alone under max-credits 20/)
    expect(result.stdout).toMatch(/≈ 7 credits, learned from a run of kling-o3-text-to-video at duration 5/)
    expect(result.stdout).toMatch(/^\[c\] Not submitted: max-credits is 20/m)
    expect(result.summary).toContain('Credits reserved by this step: 14 of max-credits 20')
    expect(github.comments[0]?.body).toContain('Credits reserved by this step: 14 of max-credits 20')
  } finally {
    await github.stop()
  }
})

it('a per-second price learned in the step scales to another duration, and a cap below the scaled estimate refuses it', async () => {
  sim.options.priceOf = body => ({ credits: 2 * Number(body.duration), rule: 'per_second' })
  const manifest = 'videos:\n  - id: short\n    duration: 5\n  - id: long\n    duration: 10\n'
  const result = await run({ manifest: 'videos.yml', 'max-credits': '25', 'max-concurrent': '2' }, { workspace: workspace(manifest) })
  expect(result.code).toBe(1)
  expect(sim.creations).toBe(1)
  expect(results(result)[1]?.['error-message']).toContain(
    'this step has reserved 10, and this video is estimated at 20 credits (30 > 25). Estimate: scaled from a run of kling-o3-text-to-video at duration 5'
  )
})

describe('prices learned across runs (the Actions cache)', () => {
  let cache: ActionsCacheStandIn
  beforeEach(async () => {
    cache = await new ActionsCacheStandIn().start()
    sim.options.priceOf = () => ({ credits: 12, rule: 'per_call' })
  })
  afterEach(() => cache.stop())

  it('a price learned in one run stops a later single run whose max-credits is below it, before any POST', async () => {
    const first = await run({}, { env: cache.stepEnv(1, '801') })
    expect(first.code).toBe(0)
    expect(sim.creations).toBe(1)
    const capped = await run({ 'max-credits': '10' }, { env: cache.stepEnv(1, '802') })
    expect(capped.code).toBe(1)
    expect(sim.creations).toBe(1)
    expect(capped.outputs).toMatchObject({ status: 'skipped', 'error-code': 'budget_exceeded' })
    expect(capped.stdout).toContain(
      '::error::Not submitted: max-credits is 10, this step has reserved 0, and this video is estimated at 12 credits (12 > 10). Estimate: learned from a run of kling-o3-text-to-video at duration 5'
    )
  })

  it('dry-run estimates a known price and says when one is unknown (credits-estimate empty then)', async () => {
    const unknown = await run({ 'dry-run': 'true' }, { env: cache.stepEnv(1, '811') })
    expect(unknown.stdout).toContain('Dry run: price unknown: no earlier run of kling-o3-text-to-video with these settings.')
    expect(unknown.outputs['credits-estimate']).toBeUndefined()
    await run({}, { env: cache.stepEnv(1, '812') })
    const known = await run({ 'dry-run': 'true' }, { env: cache.stepEnv(1, '813') })
    expect(known.stdout).toContain('Dry run: ≈ 12 credits, learned from a run of kling-o3-text-to-video at duration 5')
    expect(known.outputs['credits-estimate']).toBe('12')
    // A pull request's plan job: the estimate in its comment, like a cost report for an infrastructure change.
    const github = await new GitHubStandIn().start()
    try {
      const dir = workspace(FIVE)
      writeFileSync(join(dir, 'event.json'), JSON.stringify({ pull_request: { number: 3 } }))
      const env = {
        ...cache.stepEnv(1, '814'),
        GITHUB_EVENT_NAME: 'pull_request',
        GITHUB_EVENT_PATH: join(dir, 'event.json'),
        GITHUB_REPOSITORY: 'o/r',
        GITHUB_API_URL: github.url
      }
      const plan = await run({ 'dry-run': 'true', manifest: 'videos.yml', prompt: '', 'pr-comment': 'true' }, { workspace: dir, env })
      expect(plan.outputs['credits-estimate']).toBe('60')
      expect(plan.stdout).toContain('estimate: ≈ 60 credits')
      expect(github.comments).toHaveLength(1)
      expect(github.comments[0]?.body).toContain('## 🧪 Plan: 5 video(s), 5 to make, ≈ 60 credits')
      expect(github.comments[0]?.body.match(/^\| [a-e] \| kling-o3-text-to-video \| 5 \| ≈ 12 credits, learned from a run of kling-o3-text-to-video at duration 5/gm)).toHaveLength(
        5
      )
      expect(github.comments[0]?.body).toContain(plan.summary.trim())
    } finally {
      await github.stop()
    }
    expect(sim.creations).toBe(1)
  })

  it('a reused video costs nothing: it passes under a cap of 1, and credits-reserved is 0', async () => {
    const dir = workspace()
    await run({ reuse: 'identical', 'download-path': 'v.mp4' }, { workspace: dir, env: cache.stepEnv(1, '821') })
    const reused = await run({ reuse: 'identical', 'download-path': 'v.mp4', 'max-credits': '1' }, { workspace: dir, env: cache.stepEnv(1, '822') })
    expect(reused.code).toBe(0)
    expect(sim.creations).toBe(1)
    expect(reused.outputs).toMatchObject({ reused: 'true', 'credits-reserved': '0' })
  })
})

it.each(['0', '-1', '1.5', 'ten', '1e3'])('max-credits %p is refused naming the input, before anything is sent', async cap => {
  const result = await run({ 'max-credits': cap })
  expect(result.code).toBe(1)
  expect(result.stdout).toContain(`Input 'max-credits' is "${cap}": must be a whole number of credits of at least 1, such as 100 (empty: no cap).`)
  expect(sim.requests).toHaveLength(0)
})
