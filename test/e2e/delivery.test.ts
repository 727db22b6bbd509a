// Putting the video where the workflow needs it: a file, a sticky PR comment, a release asset, through proxies.
// GitHub is a loopback stand-in (test/simulator/github.ts); the proxy is a loopback forwarder that counts.
import { posixIt } from '../harness/posix-it.js'
import { createHash } from 'node:crypto'
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { EvoLinkSimulator, videoBytes } from '../simulator/server.js'
import { GitHubStandIn } from '../simulator/github.js'
import { CountingProxy } from '../simulator/proxy.js'
import { FAKE_GITHUB_TOKEN, runAction, signalWhen } from '../harness/run-action.js'

const KEY = 'sk-evo-delivery-key'
let sim: EvoLinkSimulator
beforeEach(async () => {
  sim = await new EvoLinkSimulator({ taskMs: 400, pendingMs: 50, videoBytes: 3 * 1024 * 1024 + 17 }).start()
})
afterEach(() => sim.stop())

const inputs = (extra: Record<string, string> = {}) => ({
  'api-key': KEY,
  prompt: 'A kite over the dunes',
  'base-url': sim.url,
  'poll-interval': '0.1',
  timeout: '30',
  ...extra
})
const sha256 = (data: Buffer) => createHash('sha256').update(data).digest('hex')
const expected = () => videoBytes(0, sim.options.videoBytes)

describe('download', () => {
  it('streams the video into the workspace and reports path, size and sha256', async () => {
    const run = await runAction(inputs({ 'download-path': 'out/videos/preview.mp4' }))
    expect(run.code).toBe(0)
    const path = join(run.workspace, 'out/videos/preview.mp4')
    expect(run.outputs).toMatchObject({ 'video-path': path, 'video-size': String(sim.options.videoBytes), 'video-sha256': sha256(expected()) })
    expect(readFileSync(path).equals(expected())).toBe(true)
    expect(readdirSync(join(run.workspace, 'out/videos'))).toEqual(['preview.mp4'])
    expect(run.summary).toContain(`| SHA\\-256 | ${sha256(expected())} |`)
    expect(sim.requests.filter(r => r.origin === 'files').every(r => r.authorization === undefined)).toBe(true)
  })

  it('resumes a dropped download with a Range request', async () => {
    sim.inject('file', { kind: 'cut' }, 2)
    const run = await runAction(inputs({ 'download-path': 'v.mp4' }))
    expect(run.code).toBe(0)
    expect(readFileSync(join(run.workspace, 'v.mp4')).equals(expected())).toBe(true)
    expect(run.outputs['video-sha256']).toBe(sha256(expected()))
    expect(sim.requests.filter(r => r.origin === 'files')).toHaveLength(3)
    expect(run.stdout).toMatch(/::warning::Download interrupted at \d+ bytes/)
  })

  it('gives up on a stalled transfer after request-timeout and tries again', async () => {
    sim.inject('file', { kind: 'hang' })
    const run = await runAction(inputs({ 'download-path': 'v.mp4', 'request-timeout': '0.5' }))
    expect(run.code).toBe(0)
    expect(run.stdout).toMatch(/::warning::Download interrupted at 0 bytes \(nothing received for 0\.5 s\)/)
    expect(readFileSync(join(run.workspace, 'v.mp4')).equals(expected())).toBe(true)
  })

  it('starts over when the host ignores Range', async () => {
    sim.options.fileRanges = false
    sim.inject('file', { kind: 'cut' })
    const run = await runAction(inputs({ 'download-path': 'v.mp4' }))
    expect(run.code).toBe(0)
    expect(readFileSync(join(run.workspace, 'v.mp4')).equals(expected())).toBe(true)
  })

  it('follows a redirect to another host without an Authorization header', async () => {
    sim.inject('file', { kind: 'redirect', status: 302, location: '/videos/moved.mp4' })
    const run = await runAction(inputs({ 'download-path': 'v.mp4' }))
    expect(run.code).toBe(0)
    const files = sim.requests.filter(r => r.origin === 'files')
    expect(files.map(r => r.path)).toEqual([expect.stringMatching(/^\/videos\/task-unified-/), '/videos/moved.mp4'])
    expect(files.every(r => r.authorization === undefined)).toBe(true)
  })

  it('refuses a video larger than max-download-size and leaves no file', async () => {
    const run = await runAction(inputs({ 'download-path': 'v.mp4', 'max-download-size': '1MiB' }))
    expect(run.code).toBe(1)
    expect(run.stdout).toMatch(/::error::The video is ready .* but was not delivered as asked: The video is 3145745 bytes, more than max-download-size \(1048576 bytes\)/)
    expect(run.outputs['video-url']).toMatch(/^http/)
    expect(readdirSync(run.workspace)).toEqual([])
  })

  it('gives up after bounded attempts and leaves no partial file', async () => {
    sim.inject('file', { kind: 'status', status: 503 }, 10)
    const run = await runAction(inputs({ 'download-path': 'v.mp4' }))
    expect(run.code).toBe(1)
    expect(run.stdout).toContain('Downloading the video failed after 5 attempt(s): the video host answered HTTP 503')
    expect(sim.requests.filter(r => r.origin === 'files')).toHaveLength(5)
    expect(readdirSync(run.workspace)).toEqual([])
  })

  it.each([['../outside.mp4'], ['/etc/evolink.mp4']])('refuses download-path %s outside the workspace before submitting', async path => {
    const run = await runAction(inputs({ 'download-path': path }))
    expect(run.code).toBe(1)
    expect(run.stdout).toMatch(/Input 'download-path' is .*must stay inside the workspace/)
    expect(sim.requests).toHaveLength(0)
  })
})

/** Environment of a workflow run as the runner sets it, with GitHub at `apiUrl`. */
function githubEnv(apiUrl: string, event: string, payload: object): Record<string, string> {
  const dir = mkdtempSync(join(tmpdir(), 'event-'))
  writeFileSync(join(dir, 'event.json'), JSON.stringify(payload))
  return {
    GITHUB_EVENT_NAME: event,
    GITHUB_EVENT_PATH: join(dir, 'event.json'),
    GITHUB_REPOSITORY: 'o/r',
    GITHUB_API_URL: apiUrl,
    GITHUB_WORKFLOW: 'Preview',
    GITHUB_JOB: 'video',
    GITHUB_SERVER_URL: 'https://github.com'
  }
}

describe('pull request comment', () => {
  let github: GitHubStandIn
  beforeEach(async () => (github = await new GitHubStandIn().start()))
  afterEach(() => github.stop())
  const prEnv = () => githubEnv(github.url, 'pull_request', { pull_request: { number: 7 } })

  it('posts one sticky comment and updates it on the next run', async () => {
    const first = await runAction(inputs({ 'pr-comment': 'true' }), { env: prEnv() })
    expect(first.code).toBe(0)
    expect(github.comments).toHaveLength(1)
    expect(github.comments[0]?.body).toContain('<!-- evolink-video-action:Preview:video -->')
    expect(github.comments[0]?.body).toContain(`[Open the video](${first.outputs['video-url']})`)
    expect(first.outputs['comment-url']).toBe(github.comments[0]?.html_url)

    const second = await runAction(inputs({ 'pr-comment': 'true', prompt: 'A second kite' }), { env: prEnv() })
    expect(second.code).toBe(0)
    expect(github.comments).toHaveLength(1)
    expect(github.comments[0]?.body).toContain('A second kite')
    expect(github.requests.filter(r => r.method === 'PATCH')).toHaveLength(1)
    expect(github.requests.every(r => r.authorization === `token ${FAKE_GITHUB_TOKEN}`)).toBe(true)
    expect(github.requests.some(r => r.authorization?.includes(KEY))).toBe(false)
  })

  it('warns, naming pull-requests: write, when the token may not comment', async () => {
    github.denyWith = 403
    const run = await runAction(inputs({ 'pr-comment': 'true' }), { env: prEnv() })
    expect(run.code).toBe(0)
    expect(run.stdout).toMatch(/::warning::Could not comment on pull request #7: .*permissions: pull-requests: write/)
  })

  it('is ignored with a notice on other events', async () => {
    const run = await runAction(inputs({ 'pr-comment': 'true' }), { env: githubEnv(github.url, 'push', {}) })
    expect(run.code).toBe(0)
    expect(run.stdout).toContain('::notice::pr-comment is ignored on push events')
    expect(github.requests).toHaveLength(0)
  })
})

describe('release asset', () => {
  let github: GitHubStandIn
  beforeEach(async () => (github = await new GitHubStandIn().start()))
  afterEach(() => github.stop())

  it('uploads the video to the release of a release event, and replaces it on a re-run', async () => {
    const env = githubEnv(github.url, 'release', {
      release: { id: 42, tag_name: 'v1.2.3', upload_url: `${github.url}/upload/repos/o/r/releases/42/assets{?name,label}` }
    })
    const first = await runAction(inputs({ 'release-asset': 'true' }), { env })
    expect(first.code).toBe(0)
    expect(github.assets).toEqual([expect.objectContaining({ name: 'evolink-video-v1.2.3.mp4', size: sim.options.videoBytes })])
    expect(first.outputs['asset-url']).toBe(github.assets[0]?.browser_download_url)
    expect(first.outputs['video-path']).toMatch(/evolink-video[/\\]evolink-video-v1\.2\.3\.mp4$/)

    const second = await runAction(inputs({ 'release-asset': 'true' }), { env })
    expect(second.code).toBe(0)
    expect(github.assets).toHaveLength(1)
    expect(github.requests.filter(r => r.method === 'DELETE')).toHaveLength(1)
  })

  it('uploads to release-tag on other events, under asset-name', async () => {
    const run = await runAction(inputs({ 'release-asset': 'true', 'release-tag': 'v1.2.3', 'asset-name': 'launch.mp4' }), { env: githubEnv(github.url, 'workflow_dispatch', {}) })
    expect(run.code).toBe(0)
    expect(github.assets.map(a => a.name)).toEqual(['launch.mp4'])
  })

  it('fails clearly, naming contents: write, when the token may not upload', async () => {
    github.denyWith = 403
    const run = await runAction(inputs({ 'release-asset': 'true', 'release-tag': 'v1.2.3' }), { env: githubEnv(github.url, 'push', {}) })
    expect(run.code).toBe(1)
    expect(run.stdout).toMatch(/::error::.*permissions: contents: write/)
  })

  it('refuses release-asset without a release before submitting', async () => {
    const run = await runAction(inputs({ 'release-asset': 'true' }), { env: githubEnv(github.url, 'push', {}) })
    expect(run.code).toBe(1)
    expect(run.stdout).toContain("set 'release-tag'")
    expect(sim.requests).toHaveLength(0)
  })
})

describe('proxies', () => {
  let proxy: CountingProxy
  let github: GitHubStandIn
  beforeEach(async () => {
    proxy = await new CountingProxy().start()
    github = await new GitHubStandIn().start()
  })
  afterEach(async () => {
    await proxy.stop()
    await github.stop()
  })

  it('carries the API calls, the download and the GitHub calls through HTTP_PROXY', async () => {
    // A name only the proxy "resolves": @actions/github never proxies loopback addresses.
    const githubByName = github.url.replace('127.0.0.1', 'github.proxy.test')
    const env = { ...githubEnv(githubByName, 'pull_request', { pull_request: { number: 3 } }), HTTP_PROXY: proxy.url, http_proxy: proxy.url }
    const run = await runAction(inputs({ 'download-path': 'v.mp4', 'pr-comment': 'true' }), { env })
    expect(run.code).toBe(0)
    const carried = proxy.carried.map(c => `${c.method} ${new URL(c.url).pathname}`)
    expect(carried).toContain('POST /v1/videos/generations')
    expect(carried.filter(c => c.startsWith('GET /v1/tasks/')).length).toBe(sim.polls)
    expect(carried).toContain(`GET ${new URL(run.outputs['video-url'] ?? '').pathname}`)
    // @actions/github tunnels even plain http through the proxy (CONNECT to the name, then its calls).
    const tunnels = proxy.carried.filter(c => c.method === 'CONNECT').map(c => c.url)
    expect(tunnels.length).toBeGreaterThanOrEqual(1)
    expect(tunnels.every(url => url.startsWith('tunnel://github.proxy.test:'))).toBe(true)
    expect(github.requests.map(r => `${r.method} ${r.path}`)).toContain('POST /repos/o/r/issues/3/comments')
    expect(proxy.carried.filter(c => c.method !== 'CONNECT')).toHaveLength(sim.requests.length)
  })

  it('goes direct for hosts in NO_PROXY', async () => {
    const run = await runAction(inputs(), { env: { HTTP_PROXY: proxy.url, NO_PROXY: '127.0.0.1' } })
    expect(run.code).toBe(0)
    expect(proxy.carried).toHaveLength(0)
  })
})

// Windows has no signals to send a child: kill() ends it at once (SIGBREAK is unit-tested).

describe('leftovers', () => {
  posixIt('no partial file remains when the step is cancelled mid-download', async () => {
    sim.options.videoBytes = 512 * 1024 * 1024
    const run = await runAction(inputs({ 'download-path': 'big.mp4' }), {
      killAfterMs: 20_000,
      onStart: signalWhen(() => sim.requests.some(r => r.origin === 'files'), 'SIGTERM')
    })
    expect(run.code).toBe(1)
    expect(existsSync(join(run.workspace, 'big.mp4'))).toBe(false)
    expect(readdirSync(run.workspace)).toEqual([])
    // The verdict is a cancellation: headline, outputs, the task to resume, and no file claimed.
    expect(run.summary).toContain('## 🛑 Cancelled before the video was delivered')
    expect(run.summary).not.toContain('✅')
    expect(run.outputs).toMatchObject({ status: 'completed', 'error-code': 'cancelled' })
    expect(run.outputs['task-id']).toMatch(/^task-unified-/)
    expect(run.outputs['video-path']).toBeUndefined()
    expect(run.stdout).toMatch(new RegExp(`::error::Cancelled \\(SIGTERM\\) while delivering the video of task ${run.outputs['task-id']}.*task-id: ${run.outputs['task-id']}`))
  })
})
