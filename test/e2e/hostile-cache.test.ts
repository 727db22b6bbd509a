// The Actions cache is hostile too: every job of the repository can write entries, with or without the
// EvoLink secret (docs/paying-once.md, "What an attacker with cache write access can do"). Each test plays
// such a job against dist/index.js, the EvoLink simulator and the cache stand-in.
import { execFileSync } from 'node:child_process'
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, readlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { EvoLinkSimulator } from '../simulator/server.js'
import { ActionsCacheStandIn } from '../simulator/actions-cache.js'
import { runAction, warnings, type ActionRun } from '../harness/run-action.js'

const KEY = 'sk-evo-the-real-key'
const ATTACKER_KEY = 'sk-evo-someone-elses-key'
let sim: EvoLinkSimulator
let cache: ActionsCacheStandIn
beforeEach(async () => {
  sim = await new EvoLinkSimulator({ taskMs: 300, pendingMs: 40 }).start()
  cache = await new ActionsCacheStandIn().start()
})
afterEach(async () => {
  await sim.stop()
  await cache.stop()
})

const runner = (attempt: number, runId = '4001', extra: Record<string, string> = {}) => cache.stepEnv(attempt, runId, extra)
const run = (inputs: Record<string, string>, env: Record<string, string>, workspace?: string): Promise<ActionRun> =>
  runAction(
    { 'api-key': KEY, prompt: 'A lighthouse at dusk', 'base-url': sim.url, 'poll-interval': '0.05', timeout: '30', 'request-timeout': '5', ...inputs },
    { env, workspace, killAfterMs: 60_000 }
  )

/** A cache archive as @actions/cache would store it (tar --posix, zstd), of `members` taken from `dir` with tar -P. */
function archive(dir: string, members: string[]): Buffer {
  return execFileSync('tar', ['--posix', '-P', '--use-compress-program', 'zstd', '-cf', '-', '-C', dir, ...members], { maxBuffer: 1 << 26 })
}

/**
 * The warnings about the video's own entries. The stand-in's planted archive answers every look-up, the
 * price's after the POST too: that one must be refused as well (checked here), with its own reason.
 */
function videoWarnings(result: ActionRun): string[] {
  const price = warnings(result).filter(line => line.includes('evolink-price-'))
  for (const line of price) expect(line).toMatch(/The Actions cache entry \S+ was not used/)
  return warnings(result).filter(line => !line.includes('evolink-price-'))
}

describe('a planted archive', () => {
  it.each([
    ['an absolute path', (target: string) => target],
    ["a '../' path", (target: string) => `result/${'../'.repeat(12)}${target.slice(1)}`]
  ])('with %s writes nothing anywhere, on a re-run and with reuse: identical; the video is made', async (_label, memberOf) => {
    const outside = mkdtempSync(join(tmpdir(), 'evolink-outside-'))
    const target = join(outside, 'index.js')
    const source = mkdtempSync(join(tmpdir(), 'evolink-plant-'))
    mkdirSync(join(source, 'result'))
    writeFileSync(join(source, 'result', 'record.json'), '{}')
    // The member's name is the path; tar -P keeps it as given (GNU tar reads the file under the same name).
    const member = memberOf(target)
    const file = member.startsWith('/') ? member : join(source, member)
    writeFileSync(file, 'planted code')
    cache.planted = archive(source, ['result', member])
    execFileSync('rm', ['-f', target]) // only the archive holds it now

    const rerun = await run({ 'download-path': 'v.mp4' }, runner(2))
    const identical = await run({ reuse: 'identical', 'download-path': 'v.mp4' }, runner(1, '4002'))
    expect(existsSync(target)).toBe(false)
    for (const result of [rerun, identical]) {
      expect(result.code).toBe(0)
      expect(videoWarnings(result)).toEqual([expect.stringMatching(/::warning::The Actions cache entry \S+ was not used \(member .* is not a (file|folder) this action writes/)])
      expect(result.outputs.reused).toBe('false')
    }
    expect(sim.creations).toBe(2)
  })

  it('holding a link, or a record with no valid signature, is not used either', async () => {
    const source = mkdtempSync(join(tmpdir(), 'evolink-plant-'))
    mkdirSync(join(source, 'result'))
    execFileSync('ln', ['-s', '/etc/passwd', join(source, 'result', 'video.mp4')])
    writeFileSync(join(source, 'result', 'record.json'), '{}')
    cache.planted = archive(source, ['result'])
    const linked = await run({ reuse: 'identical', 'download-path': 'v.mp4' }, runner(1, '4003'))
    expect(videoWarnings(linked)).toEqual([expect.stringMatching(/member "result\/video.mp4" is a link/)])
    execFileSync('rm', [join(source, 'result', 'video.mp4')])
    cache.planted = archive(source, ['result'])
    const unsigned = await run({ reuse: 'identical', 'download-path': 'v.mp4' }, runner(1, '4004'))
    expect(videoWarnings(unsigned)).toEqual([expect.stringMatching(/not a record this action wrote with this API key/)])
    expect(sim.creations).toBe(2)
  })
})

describe('entries are bound to the API key that paid for them', () => {
  it('a video another key made for the same request (a job without the secret, against its own server) is not reused', async () => {
    const planted = await run({ 'api-key': ATTACKER_KEY, reuse: 'identical', 'download-path': 'v.mp4' }, runner(1, '4101'))
    expect(planted.code).toBe(0)
    expect(cache.entries.some(e => e.key.includes('-identical-'))).toBe(true)
    const release = await run({ reuse: 'identical', 'download-path': 'v.mp4' }, runner(1, '4102'))
    expect(release.code).toBe(0)
    expect(release.outputs.reused).toBe('false')
    expect(sim.creations).toBe(2)
    // The account's own entry is found by the next identical run.
    const again = await run({ reuse: 'identical', 'download-path': 'v.mp4' }, runner(1, '4103'))
    expect(again.outputs.reused).toBe('true')
    expect(again.outputs['task-id']).toBe(release.outputs['task-id'])
  })

  it('a re-run does not resume a task that another key recorded first for this run', async () => {
    const planted = await run({ 'api-key': ATTACKER_KEY, wait: 'false' }, runner(1))
    expect(planted.code).toBe(0)
    const rerun = await run({}, runner(2))
    expect(rerun.code).toBe(0)
    expect(rerun.outputs.reused).toBe('false')
    expect(rerun.outputs['task-id']).not.toBe(planted.outputs['task-id'])
    expect(sim.creations).toBe(2)
  })
})

describe('the cache never costs more than its budget', () => {
  it('a save killed at its budget does not block the next one: the third identical run reuses the video', async () => {
    cache.hangUploads = key => key.includes('-identical-')
    const first = await run({ reuse: 'identical', 'download-path': 'v.mp4' }, runner(1, '4201'))
    expect(first.code).toBe(0)
    expect(warnings(first)).toEqual([expect.stringMatching(/could not keep the video for identical requests \(no answer within/)])
    cache.hangUploads = undefined
    const second = await run({ reuse: 'identical', 'download-path': 'v.mp4' }, runner(1, '4202'))
    expect(second.outputs.reused).toBe('false')
    const third = await run({ reuse: 'identical', 'download-path': 'v.mp4' }, runner(1, '4203'))
    expect(third.outputs.reused).toBe('true')
    expect(sim.creations).toBe(2)
  }, 40_000)

  it('a save whose tar outlives its budget is killed with it: no process of the step is left when the step ends', async () => {
    // A tar that hangs (a slow disk, a huge file), found first on PATH: the library runs it for every save.
    const bin = mkdtempSync(join(tmpdir(), 'evolink-bin-'))
    const pids = join(bin, 'pids')
    writeFileSync(join(bin, 'tar'), `#!/bin/sh\necho $$ >> ${pids}\nexec sleep 30\n`)
    chmodSync(join(bin, 'tar'), 0o755)
    const result = await run({}, runner(1, '4301', { PATH: `${bin}:${process.env.PATH ?? ''}` }))
    expect(result.code).toBe(0)
    // The first save to fail warns (the task's record or its price, which run side by side); one warning per step.
    expect(warnings(result)).toEqual([expect.stringMatching(/could not (record the task for a re-run|record a price) \(no answer within 5 s\)/)])
    const started = readFileSync(pids, 'utf8').trim().split('\n').map(Number)
    expect(started.length).toBeGreaterThan(0)
    const alive = started.filter(pid => existsSync(`/proc/${pid}`) && !readFileSync(`/proc/${pid}/stat`, 'utf8').includes(') Z '))
    expect(alive).toEqual([])
    // Nor any other process working in the step's folders.
    const inRunnerDir = readdirSync('/proc')
      .filter(pid => /^\d+$/.test(pid))
      .filter(pid => {
        try {
          return readlinkSync(`/proc/${pid}/cwd`).startsWith(result.runnerDir)
        } catch {
          return false
        }
      })
    expect(inRunnerDir).toEqual([])
  }, 40_000)
})

describe('a restore that fails says so', () => {
  it('a token the service refuses (401) is a warning, not a silent miss', async () => {
    const result = await run({ reuse: 'identical' }, runner(1, '4401', { ACTIONS_RUNTIME_TOKEN: 'expired' }))
    expect(result.code).toBe(0)
    expect(warnings(result)).toEqual([expect.stringMatching(/The Actions cache could not look up an earlier identical video \(.*401/)])
  })

  it('an entry whose blob is gone is a warning, not a silent miss', async () => {
    await run({ reuse: 'identical', 'download-path': 'v.mp4' }, runner(1, '4501'))
    const entry = cache.entries.find(e => e.key.includes('-identical-'))
    if (!entry) throw new Error('no entry')
    entry.blob = undefined
    const later = await run({ reuse: 'identical', 'download-path': 'v.mp4' }, runner(1, '4502'))
    expect(later.code).toBe(0)
    expect(warnings(later)).toEqual([expect.stringMatching(/The Actions cache could not look up an earlier identical video \(.*404/)])
    expect(sim.creations).toBe(2)
  })
})

describe("the dry-run's plan judges an entry as the render does", () => {
  it('an entry that matches a key but would be refused when restored stays in the matrix', async () => {
    const workspace = mkdtempSync(join(tmpdir(), 'evolink-ws-'))
    writeFileSync(join(workspace, 'videos.yml'), 'videos:\n  - id: intro\n    prompt: A lighthouse at dusk\n  - id: outro\n    prompt: A harbour at night\n')
    const source = mkdtempSync(join(tmpdir(), 'evolink-plant-'))
    mkdirSync(join(source, 'result'))
    writeFileSync(join(source, 'result', 'record.json'), JSON.stringify({ kind: 'result', taskId: 'task-unified-1', urls: [] }))
    cache.planted = archive(source, ['result'])
    const plan = await run({ manifest: 'videos.yml', reuse: 'identical', 'dry-run': 'true' }, runner(1, '4601'), workspace)
    expect(plan.code).toBe(0)
    expect(JSON.parse(plan.outputs.matrix ?? '{}')).toEqual({ include: [{ entry: 'intro' }, { entry: 'outro' }] })
    expect(sim.requests).toHaveLength(0)
  })

  it('an entry this key made, with its video, is left out of the matrix', async () => {
    const workspace = mkdtempSync(join(tmpdir(), 'evolink-ws-'))
    writeFileSync(join(workspace, 'videos.yml'), 'videos:\n  - id: intro\n    prompt: A lighthouse at dusk\n    download-path: intro.mp4\n')
    const made = await run({ manifest: 'videos.yml', reuse: 'identical' }, runner(1, '4701'), workspace)
    expect(made.code).toBe(0)
    const plan = await run({ manifest: 'videos.yml', reuse: 'identical', 'dry-run': 'true' }, runner(1, '4702'), workspace)
    expect(JSON.parse(plan.outputs.matrix ?? '{}')).toEqual({ include: [] })
    // Without the API key the plan cannot read this account's entries: it says so and plans every entry.
    const keyless = await run({ manifest: 'videos.yml', reuse: 'identical', 'dry-run': 'true', 'api-key': '' }, runner(1, '4703'), workspace)
    expect(JSON.parse(keyless.outputs.matrix ?? '{}')).toEqual({ include: [{ entry: 'intro' }] })
    expect(keyless.stdout).toContain('without api-key the cache cannot be read')
  })
})
