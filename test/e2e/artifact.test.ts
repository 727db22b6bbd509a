// The video as a workflow artifact (artifact: true), through dist/index.js against the simulator and the
// results-service stand-in (its artifact half): the artifact is the video itself, its page in artifact-url,
// the summary and the comment link it; a manifest makes one per entry; no artifact service is refused before
// any POST; a service that does not answer fails the step within timeout, the video's outputs set, and a
// re-run resumes the task and keeps or replaces the earlier attempt's artifact.
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { EvoLinkSimulator, videoBytes } from '../simulator/server.js'
import { ActionsCacheStandIn } from '../simulator/actions-cache.js'
import { GitHubStandIn } from '../simulator/github.js'
import { ROOT, runAction, type ActionRun, type RunOptions } from '../harness/run-action.js'
import { png } from '../harness/images.js'
import { parse } from 'yaml'

const KEY = 'sk-evo-artifact-key'
const SIZE = 300_000
let sim: EvoLinkSimulator
let results: ActionsCacheStandIn
beforeEach(async () => {
  sim = await new EvoLinkSimulator({ taskMs: 300, pendingMs: 30, videoBytes: SIZE }).start()
  results = await new ActionsCacheStandIn().start()
})
afterEach(async () => {
  await sim.stop()
  await results.stop()
})

const env = (runId: string, attempt = 1, extra: Record<string, string> = {}) => ({
  ...results.stepEnv(attempt, runId),
  GITHUB_SERVER_URL: 'https://github.com',
  GITHUB_REPOSITORY: 'octo/videos',
  ...extra
})
const run = (inputs: Record<string, string>, options: RunOptions = {}): Promise<ActionRun> =>
  runAction(
    { 'api-key': KEY, 'base-url': sim.url, 'files-base-url': sim.uploadsUrl, 'poll-interval': '0.05', timeout: '30', prompt: 'A lighthouse', artifact: 'true', ...inputs },
    { killAfterMs: 60_000, ...options }
  )
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex')

it('the artifact is the video itself (same SHA-256, not a zip), named evolink-<task id>.mp4, with no download-path; artifact-url names the run and the id', async () => {
  const runnerTemp = mkdtempSync(join(tmpdir(), 'evolink-runner-temp-'))
  const result = await run({}, { env: env('9001', 1, { RUNNER_TEMP: runnerTemp }) })
  expect(result.stdout).not.toMatch(/::(error|warning)::/)
  expect(result.code).toBe(0)
  const [artifact] = results.artifacts
  const taskId = result.outputs['task-id']
  expect(artifact).toMatchObject({ name: `evolink-${taskId}.mp4`, mimeType: 'video/mp4', contentType: 'video/mp4' })
  expect(artifact?.blob?.subarray(0, 2).toString()).not.toBe('PK')
  expect(sha256(artifact?.blob ?? Buffer.alloc(0))).toBe(sha256(videoBytes(0, SIZE)))
  expect(result.outputs['artifact-url']).toBe(`https://github.com/octo/videos/actions/runs/9001/artifacts/${artifact?.id}`)
  // The video was fetched into a folder of its own and removed: no video-path, nothing left in RUNNER_TEMP.
  expect(result.outputs['video-path']).toBeUndefined()
  expect(readdirSync(runnerTemp).filter(name => name.startsWith('evolink-'))).toEqual([])
  expect(result.summary).toContain(`[Download the video](https://github.com/octo/videos/actions/runs/9001/artifacts/${artifact?.id})`)
  expect(result.summary).toContain("kept for the repository's artifact retention, 90 days by default")
  expect(sim.creations).toBe(1)
})

it("named after download-path's file, kept as long as artifact-retention-days says, and linked from the pull request comment", async () => {
  const github = await new GitHubStandIn().start()
  try {
    const workspace = mkdtempSync(join(tmpdir(), 'evolink-ws-'))
    writeFileSync(join(workspace, 'event.json'), JSON.stringify({ pull_request: { number: 5 } }))
    const pr = { GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: join(workspace, 'event.json'), GITHUB_API_URL: github.url }
    const result = await run({ 'download-path': 'out/preview.mp4', 'artifact-retention-days': '7', 'pr-comment': 'true' }, { workspace, env: env('9002', 1, pr) })
    expect(result.code).toBe(0)
    expect(results.artifacts.map(a => a.name)).toEqual(['preview.mp4'])
    expect(Date.parse(String(results.artifacts[0]?.expiresAt)) - Date.now()).toBeGreaterThan(6 * 86_400_000)
    expect(existsSync(join(workspace, 'out', 'preview.mp4'))).toBe(true)
    expect(github.comments[0]?.body).toContain(`(${result.outputs['artifact-url']})`)
    expect(github.comments[0]?.body).toContain('kept 7 days')
  } finally {
    await github.stop()
  }
})

it('a video of several blocks (over 4 MiB) goes up block by block and arrives whole', async () => {
  sim.options.videoBytes = 9 << 20
  const result = await run({}, { env: env('9008') })
  expect(result.code).toBe(0)
  expect(sha256(results.artifacts[0]?.blob ?? Buffer.alloc(0))).toBe(sha256(videoBytes(0, 9 << 20)))
  expect(results.blobRequests.filter(r => r.method === 'PUT').length).toBeGreaterThanOrEqual(4)
})

it('a manifest of two makes two artifacts, <id>.mp4, each in its results item', async () => {
  const workspace = mkdtempSync(join(tmpdir(), 'evolink-ws-'))
  writeFileSync(join(workspace, 'videos.yml'), 'videos:\n  - id: intro\n    prompt: One\n  - id: outro\n    prompt: Two\n')
  const result = await run({ manifest: 'videos.yml', prompt: '' }, { workspace, env: env('9003') })
  expect(result.code).toBe(0)
  expect(results.artifacts.map(a => a.name).sort()).toEqual(['intro.mp4', 'outro.mp4'])
  const items = JSON.parse(result.outputs.results ?? '[]') as Record<string, unknown>[]
  for (const item of items) {
    const artifact = results.artifacts.find(a => a.name === `${String(item.id)}.mp4`)
    expect(item['artifact-url']).toBe(`https://github.com/octo/videos/actions/runs/9003/artifacts/${artifact?.id}`)
  }
  expect(result.summary).toMatch(/\| intro \| One \| [^|]* \| completed \|.*\[Artifact\]\(https:\/\/github\.com\/octo\/videos\/actions\/runs\/9003\/artifacts\/\d+\)/)
})

it('no artifact service on the runner (a local runner) is refused before anything is sent', async () => {
  const result = await run({})
  expect(result.code).toBe(1)
  expect(result.stdout).toContain('Input \'artifact\' is "true" but this runner provides no artifact service (ACTIONS_RESULTS_URL and ACTIONS_RUNTIME_TOKEN are not set')
  expect(sim.requests).toHaveLength(0)
})

it('a service that never answers fails the step within timeout, the video ready and its outputs set; a re-run resumes the task and uploads it', async () => {
  results.artifactFault = 'hang'
  const first = await run({ timeout: '4' }, { env: env('9004', 1) })
  expect(first.code).toBe(1)
  expect(first.elapsedMs).toBeLessThan(15_000)
  expect(first.stdout).toMatch(
    /::error::The video is ready \(http:\/\/127\.0\.0\.1:\d+\/videos\/task-unified-\S+\.mp4\) but was not delivered as asked: the artifact upload failed: no answer within/
  )
  expect(first.outputs['task-id']).toMatch(/^task-unified-/)
  expect(first.outputs['video-url']).toMatch(/^http:/)
  expect(first.outputs['artifact-url']).toBeUndefined()

  results.artifactFault = undefined
  const rerun = await run({}, { env: env('9004', 2) })
  expect(rerun.code).toBe(0)
  expect(rerun.outputs['task-id']).toBe(first.outputs['task-id'])
  expect(sim.creations).toBe(1)
  expect(results.artifacts).toHaveLength(1)

  // Attempt 3 of the same run: the name is taken by attempt 2's artifact with the same bytes: kept, not a 409.
  const third = await run({}, { env: env('9004', 3) })
  expect(third.code).toBe(0)
  expect(third.stdout).toContain('an earlier attempt of this run uploaded the same bytes: kept')
  expect(third.outputs['artifact-url']).toBe(rerun.outputs['artifact-url'])
  expect(sim.creations).toBe(1)
})

it('with reuse identical, a video reused from the cache is uploaded again for this run (artifacts belong to a run), with no POST', async () => {
  const workspace = mkdtempSync(join(tmpdir(), 'evolink-ws-'))
  const first = await run({ reuse: 'identical', 'download-path': 'v.mp4' }, { workspace, env: env('9006') })
  expect(first.code).toBe(0)
  const again = await run({ reuse: 'identical', 'download-path': 'v.mp4' }, { workspace, env: env('9007') })
  expect(again.code).toBe(0)
  expect(again.outputs.reused).toBe('true')
  expect(sim.creations).toBe(1)
  expect(results.artifacts).toHaveLength(2)
  expect(again.outputs['artifact-url']).toMatch(/\/actions\/runs\/9007\/artifacts\/\d+$/)
})

it('the API key is in no artifact name, file or log line', async () => {
  const result = await run({}, { env: env('9005') })
  expect(result.code).toBe(0)
  for (const artifact of results.artifacts) {
    expect(artifact.name).not.toContain(KEY)
    expect(artifact.blob?.includes(KEY)).toBe(false)
  }
  // The one line that names it is the runner's instruction to mask it.
  expect(result.stdout.split('\n').filter(line => line.includes(KEY))).toEqual([`::add-mask::${KEY}`])
  expect(JSON.stringify(results.calls)).not.toContain(KEY)
})

it("the matrix example's collect job, as a user copies it: with everything in the cache, every video of the manifest becomes an artifact of the run, and nothing is paid", async () => {
  const example = parse(readFileSync(join(ROOT, 'docs', 'examples', 'manifest-matrix.yml'), 'utf8')) as {
    jobs: Record<string, { steps: { uses?: string; with?: Record<string, string> }[] }>
  }
  const step = example.jobs.collect?.steps.find(s => s.uses?.startsWith('evolink-ai/evolink-video-action@'))
  // Its inputs as written, but the key: the secret expression is the test's key here.
  const collect = Object.fromEntries(Object.entries(step?.with ?? {}).filter(([name]) => name !== 'api-key'))
  const workspace = mkdtempSync(join(tmpdir(), 'evolink-ws-'))
  mkdirSync(join(workspace, 'videos'))
  mkdirSync(join(workspace, 'docs'))
  writeFileSync(join(workspace, 'videos', 'videos.yaml'), readFileSync(join(ROOT, 'docs', 'examples', 'videos.yaml')))
  writeFileSync(join(workspace, 'docs', 'hero.png'), png(1280, 720))
  // An earlier push rendered everything (its legs put each video in the cache).
  const rendered = await run({ manifest: 'videos/videos.yaml', prompt: '', reuse: 'identical', 'max-concurrent': '5' }, { workspace, env: env('9100') })
  expect(rendered.code).toBe(0)
  const made = sim.creations
  expect(made).toBe(5)
  // This push: the plan finds everything cached, no leg runs; collect still publishes them all.
  const collected = await run({ ...collect, prompt: '' }, { workspace, env: env('9101') })
  expect(collected.stdout).not.toMatch(/::error::/)
  expect(collected.code).toBe(0)
  expect(sim.creations).toBe(made)
  const names = results.artifacts.filter(a => a.runBackendId === results.artifacts.at(-1)?.runBackendId).map(a => a.name)
  expect(names.sort()).toEqual(['feature-upload.mp4', 'intro-4k.mp4', 'intro-more.mp4', 'intro.mp4', 'social-portrait.mp4'])
  const items = JSON.parse(collected.outputs.results ?? '[]') as Record<string, unknown>[]
  expect(items.every(item => item.reused === true && String(item['artifact-url']).includes('/actions/runs/9101/artifacts/'))).toBe(true)
})
