// Paying once: re-runs resume what an earlier attempt submitted, `reuse: identical` reuses a finished video,
// through GitHub's Actions cache (the stand-in of test/simulator/actions-cache.ts, which @actions/cache's own
// save/restore is shown to work against). A cache that fails costs seconds and one warning, never the video.
import { png } from '../harness/images.js'
import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { EvoLinkSimulator } from '../simulator/server.js'
import { ActionsCacheStandIn } from '../simulator/actions-cache.js'
import { runAction, warnings, type ActionRun } from '../harness/run-action.js'

const KEY = 'sk-evo-paying-once-key'
const PNG = png(640, 480, 1500)
let sim: EvoLinkSimulator
let cache: ActionsCacheStandIn
beforeEach(async () => {
  sim = await new EvoLinkSimulator({ taskMs: 400, pendingMs: 50 }).start()
  cache = await new ActionsCacheStandIn().start()
})
afterEach(async () => {
  await sim.stop()
  await cache.stop()
})

/** The entries of videos (re-run and identical records), not of prices. */
const videoEntries = () => cache.entries.filter(e => e.key.startsWith('evolink-video-'))
const runner = (attempt: number, runId = '7001', extra: Record<string, string> = {}) => cache.stepEnv(attempt, runId, extra)
const run = (inputs: Record<string, string>, env: Record<string, string>, workspace?: string): Promise<ActionRun> =>
  runAction(
    { 'api-key': KEY, prompt: 'A lighthouse at dusk', 'base-url': sim.url, 'poll-interval': '0.05', timeout: '30', 'request-timeout': '5', ...inputs },
    { env, workspace, killAfterMs: 60_000 }
  )

describe('re-runs resume what an earlier attempt paid for', () => {
  it('a first attempt that times out, then a re-run that resumes the same task: one submission in all', async () => {
    sim.options.taskMs = 2500
    const first = await run({ timeout: '1' }, runner(1))
    expect(first.code).toBe(1)
    expect(first.outputs.reused).toBe('false')
    const taskId = first.outputs['task-id']
    expect(taskId).toMatch(/^task-unified-/)
    expect(videoEntries().map(e => e.key)).toEqual([expect.stringMatching(/^evolink-video-v2-rerun-7001-[0-9a-f]{64}-a1-[0-9a-f]{8}$/)])

    const rerun = await run({}, runner(2))
    expect(rerun.code).toBe(0)
    expect(rerun.outputs['task-id']).toBe(taskId)
    expect(rerun.outputs.reused).toBe('true')
    expect(rerun.stdout).toContain(`Re-run: resuming task ${taskId}, submitted by attempt 1 of this run (7001) for the same request`)
    expect(rerun.summary).toContain('nothing was submitted by this step')
    expect(sim.creations).toBe(1)
    expect(warnings(rerun)).toEqual([])
  })

  it('attempt 1 looks nothing up before its POST: after it, the task is recorded, and its price is looked up and written once', async () => {
    const first = await run({}, runner(1))
    expect(first.code).toBe(0)
    const posted = sim.requests.find(r => r.method === 'POST')?.at ?? 0
    expect(cache.calls.every(call => call.at >= posted)).toBe(true)
    expect(cache.calls.map(c => c.method).sort()).toEqual([
      'CreateCacheEntry',
      'CreateCacheEntry',
      'FinalizeCacheEntryUpload',
      'FinalizeCacheEntryUpload',
      'GetCacheEntryDownloadURL'
    ])
    expect(cache.entries.filter(e => e.key.startsWith('evolink-price-v1-'))).toHaveLength(1)
    // Another run at the same price finds it and writes no second record.
    await run({}, runner(1, '7002'))
    expect(cache.entries.filter(e => e.key.startsWith('evolink-price-v1-'))).toHaveLength(1)
    expect(videoEntries()).toHaveLength(2)
  })

  it('a re-run after a failed task submits again, and records the new task for the next attempt', async () => {
    // The first attempt's task fails; the re-run sees it failed too, and submits anew.
    sim.inject('poll', { kind: 'patch', fields: { status: 'failed', error: { code: 'service_error', message: 'GPU lost' } } }, 2)
    const first = await run({}, runner(1))
    expect(first.code).toBe(1)
    const rerun = await run({}, runner(2))
    expect(rerun.code).toBe(0)
    expect(rerun.stdout).toMatch(/Re-run: task .* ended failed; submitting the request again/)
    expect(rerun.outputs['task-id']).not.toBe(first.outputs['task-id'])
    expect(rerun.outputs.reused).toBe('false')
    expect(sim.creations).toBe(2)
    // Immutable entries: the new task has an entry of its own (attempt 2), which attempt 3 would find.
    expect(videoEntries().map(e => /-(a\d)-[0-9a-f]{8}$/.exec(e.key)?.[1])).toEqual(['a1', 'a2'])
    const third = await run({}, runner(3))
    expect(third.outputs['task-id']).toBe(rerun.outputs['task-id'])
    expect(sim.creations).toBe(2)
  })

  it('a re-run whose request changed submits it', async () => {
    await run({}, runner(1))
    const rerun = await run({ prompt: 'A lighthouse at dawn' }, runner(2))
    expect(rerun.code).toBe(0)
    expect(rerun.outputs.reused).toBe('false')
    expect(sim.creations).toBe(2)
  })

  it('reuse: off always submits', async () => {
    await run({}, runner(1))
    await run({ reuse: 'off' }, runner(2))
    expect(sim.creations).toBe(2)
  })
})

describe('reuse: identical', () => {
  it('a later identical request calls neither EvoLink nor the video host: the file is restored, checked, and delivered', async () => {
    const first = await run({ reuse: 'identical', 'download-path': 'out/video.mp4' }, runner(1, '8001'))
    expect(first.code).toBe(0)
    const sha = first.outputs['video-sha256']
    const apiBefore = sim.requests.length
    const workspace = mkdtempSync(join(tmpdir(), 'evolink-ws-'))
    const later = await run({ reuse: 'identical', 'download-path': 'elsewhere/clip.mp4' }, runner(1, '8002'), workspace)
    expect(later.code).toBe(0)
    expect(sim.requests.length).toBe(apiBefore) // no API call, no video host call
    expect(later.outputs.reused).toBe('true')
    expect(later.outputs['task-id']).toBe(first.outputs['task-id'])
    expect(later.outputs['video-sha256']).toBe(sha)
    expect(
      createHash('sha256')
        .update(readFileSync(join(workspace, 'elsewhere', 'clip.mp4')))
        .digest('hex')
    ).toBe(sha)
    expect(later.outputs['video-url']).toBe(first.outputs['video-url'])
    expect(later.stdout).toContain(`reusing the video of task ${first.outputs['task-id']} of run 8001, the same request`)
    expect(later.summary).toContain(`Reused task ${first.outputs['task-id']} of run 8001`)
  })

  it('a new picture under the same path is another request: it is submitted', async () => {
    const workspace = mkdtempSync(join(tmpdir(), 'evolink-ws-'))
    mkdirSync(join(workspace, 'docs'))
    writeFileSync(join(workspace, 'docs', 'hero.png'), PNG)
    const inputs = { reuse: 'identical', model: 'kling-o3-image-to-video', 'image-start': 'docs/hero.png', 'files-base-url': sim.uploadsUrl }
    expect((await run(inputs, runner(1, '9001'), workspace)).code).toBe(0)
    expect((await run(inputs, runner(1, '9002'), workspace)).outputs.reused).toBe('true')
    expect(sim.creations).toBe(1)
    writeFileSync(join(workspace, 'docs', 'hero.png'), Buffer.concat([PNG, Buffer.from([1])]))
    const changed = await run(inputs, runner(1, '9003'), workspace)
    expect(changed.outputs.reused).toBe('false')
    expect(sim.creations).toBe(2)
  })

  it('a cache entry that was altered is ignored: the video is generated', async () => {
    await run({ reuse: 'identical', 'download-path': 'v.mp4' }, runner(1, '8101'))
    // Someone with write access to the cache scope replaces the video's bytes in the stored archive.
    const entry = cache.entries.find(e => e.key.includes('-identical-'))
    if (!entry?.blob) throw new Error('no entry')
    entry.blob = alterVideoInArchive(entry.blob)
    const later = await run({ reuse: 'identical', 'download-path': 'v.mp4' }, runner(1, '8102'))
    expect(later.code).toBe(0)
    expect(later.outputs.reused).toBe('false')
    expect(later.stdout).toMatch(/::warning::The Actions cache entry \S+ was not used \(its video has \d+ bytes and SHA-256 [0-9a-f]{64}, the record says/)
    expect(sim.creations).toBe(2)
  })
})

describe('the cache is optional', () => {
  it('without a cache service the run is exactly as before: no warning, no cache call', async () => {
    const result = await run({}, { GITHUB_RUN_ID: '1', GITHUB_RUN_ATTEMPT: '2' })
    expect(result.code).toBe(0)
    expect(warnings(result)).toEqual([])
    expect(cache.calls).toHaveLength(0)
  })

  it.each([
    ['answers 503', 'down'],
    ['never answers', 'hang']
  ] as const)(
    'a cache that %s costs seconds and one warning, never the video',
    async (_label, fault) => {
      cache.fault = fault
      const result = await run({ reuse: 'identical', 'download-path': 'v.mp4' }, runner(2, '5001'))
      expect(result.code).toBe(0)
      expect(warnings(result)).toEqual([expect.stringMatching(/The Actions cache could not .*; the step goes on without it/)])
      expect(sim.creations).toBe(1)
      // The first call fails within its 5 s budget; the cache is then left alone for the rest of the run.
      expect(cache.calls.length).toBeLessThanOrEqual(2)
      expect(result.elapsedMs).toBeLessThan(8_000)
    },
    40_000
  )

  it('ACTIONS_CACHE_MODE=read looks up but never writes; none skips the cache', async () => {
    const read = await run({}, { ...runner(2), ACTIONS_CACHE_MODE: 'read' })
    expect(read.code).toBe(0)
    expect(cache.calls.map(c => c.method)).toEqual(['GetCacheEntryDownloadURL'])
    expect(warnings(read)).toEqual([])
    const none = await run({}, { ...runner(2), ACTIONS_CACHE_MODE: 'none' })
    expect(none.code).toBe(0)
    expect(cache.calls).toHaveLength(1)
  })

  it('the API key is never in any cache entry', async () => {
    await run({ reuse: 'identical', 'download-path': 'v.mp4' }, runner(1, '6001'))
    expect(cache.entries.length).toBeGreaterThanOrEqual(2)
    for (const entry of cache.entries) {
      const tar = unpack(entry.blob ?? Buffer.alloc(0))
      expect(tar.length).toBeGreaterThan(0)
      expect(tar.includes(KEY)).toBe(false)
    }
  })
})

/** The tar inside a cache archive (zstd or gzip, as @actions/cache chose on this machine). */
function unpack(blob: Buffer): Buffer {
  const zstd = blob.subarray(0, 4).equals(Buffer.from([0x28, 0xb5, 0x2f, 0xfd]))
  return execFileSync(zstd ? 'zstd' : 'gzip', ['-dc'], { input: blob, maxBuffer: 1 << 28 })
}

/** The archive with one byte of video.mp4 changed, recompressed the same way. */
function alterVideoInArchive(blob: Buffer): Buffer {
  const zstd = blob.subarray(0, 4).equals(Buffer.from([0x28, 0xb5, 0x2f, 0xfd]))
  const dir = mkdtempSync(join(tmpdir(), 'evolink-alter-'))
  execFileSync('tar', ['-xf', '-', '-C', dir], { input: unpack(blob) })
  const video = join(dir, 'result', 'video.mp4')
  const bytes = readFileSync(video)
  bytes[0] = (bytes[0] ?? 0) ^ 0xff
  writeFileSync(video, bytes)
  const tar = execFileSync('tar', ['-cf', '-', '-C', dir, 'result'])
  return execFileSync(zstd ? 'zstd' : 'gzip', ['-c'], { input: tar, maxBuffer: 1 << 28 })
}
