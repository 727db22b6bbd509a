// Faults the network and the API really produce, injected into the simulator, against the bundled action.
// Every case also checks the count that matters most: EvoLink saw at most one creation.
import { posixIt } from '../harness/posix-it.js'
import { EvoLinkSimulator, type Fault } from '../simulator/server.js'
import { runAction, signalWhen, warnings, type ActionRun } from '../harness/run-action.js'

const KEY = 'sk-evo-faults-SECRET'
let sim: EvoLinkSimulator
beforeEach(async () => {
  sim = await new EvoLinkSimulator({ taskMs: 800, pendingMs: 100 }).start()
})
afterEach(() => sim.stop())

const inputs = (extra: Record<string, string> = {}) => ({
  'api-key': KEY,
  prompt: 'A paper boat on a river',
  'base-url': sim.url,
  'poll-interval': '0.1',
  timeout: '30',
  'request-timeout': '2',
  ...extra
})
const completedOnce = (run: ActionRun) => {
  expect(run.code).toBe(0)
  expect(run.outputs.status).toBe('completed')
  expect(sim.creations).toBe(1)
}

describe('transient faults while polling are absorbed', () => {
  it.each<[string, Fault, RegExp]>([
    ['429 with Retry-After seconds', { kind: 'status', status: 429, code: 'rate_limit_exceeded', retryAfter: '1' }, /HTTP 429 rate_limit_exceeded/],
    ['500', { kind: 'status', status: 500, code: 'internal_error' }, /HTTP 500 internal_error/],
    ['502 with an HTML page', { kind: 'status', status: 502, body: '<html><body><h1>502 Bad Gateway</h1></body></html>' }, /HTTP 502.*non-JSON reply: 502 Bad Gateway/],
    ['503', { kind: 'status', status: 503 }, /HTTP 503/],
    ['504', { kind: 'status', status: 504 }, /HTTP 504/],
    ['a connection reset', { kind: 'reset' }, /Poll failed: (ECONNRESET|UND_ERR_SOCKET)/],
    ['a reply cut short', { kind: 'cut' }, /Poll failed: (UND_ERR_SOCKET|ECONNRESET|UND_ERR_RES_CONTENT_LENGTH_MISMATCH)/],
    ['a 200 with a non-JSON body', { kind: 'malformed', body: '<html>maintenance</html>' }, /HTTP 200 reply is not an EvoLink task: maintenance/],
    ['a request that hangs past request-timeout', { kind: 'hang' }, /no complete reply within 0\.5 s \(request-timeout\)/]
  ])('%s', async (_label, fault, warning) => {
    sim.inject('poll', fault, 2)
    const run = await runAction(inputs({ 'request-timeout': '0.5' }))
    completedOnce(run)
    const seen = warnings(run)
    expect(seen).toHaveLength(2)
    expect(seen[0]).toMatch(warning)
    expect(seen[0]).toMatch(/retrying in .* \(1 of at most 10 in a row\)/)
  })

  it('waits as long as Retry-After says, as an HTTP date too', async () => {
    const retryAt = new Date(Date.now() + 2500)
    sim.inject('poll', { kind: 'status', status: 429, code: 429, retryAfter: retryAt.toUTCString() })
    const run = await runAction(inputs())
    completedOnce(run)
    const polls = sim.requests.filter(r => r.path.startsWith('/v1/tasks/'))
    // HTTP dates have whole seconds: the next poll comes no earlier than the second named.
    expect(polls[1]!.at).toBeGreaterThanOrEqual(Math.floor(retryAt.getTime() / 1000) * 1000 - 50)
  })

  it('rides out refused connections while polling', async () => {
    sim.options.taskMs = 2500
    const running = runAction(inputs({ 'poll-strategy': 'fixed' }))
    while (sim.polls < 1) await new Promise(r => setTimeout(r, 20))
    await sim.refuseConnections(700)
    const run = await running
    completedOnce(run)
    expect(warnings(run).join('\n')).toContain('ECONNREFUSED')
  })

  it('fails after more consecutive errors than max-consecutive-errors, listing what was seen', async () => {
    sim.inject('poll', { kind: 'status', status: 503 }, 3).inject('poll', { kind: 'reset' }, 2)
    const run = await runAction(inputs({ 'max-consecutive-errors': '4' }))
    expect(run.code).toBe(1)
    expect(run.stdout).toMatch(/::error::Polling failed 5 times in a row \(max-consecutive-errors is 4\): HTTP 503 ×3, (ECONNRESET|UND_ERR_SOCKET) ×2/)
    expect(run.stdout).toContain(`task-id: ${run.outputs['task-id']}`)
    expect(run.outputs['error-code']).toBe('poll_error_budget_exhausted')
    expect(sim.creations).toBe(1)
  })
})

describe('final errors while polling stop at once', () => {
  it.each<[number, string, RegExp]>([
    [400, 'invalid_task_id', /EvoLink refused the request as invalid/],
    [401, 'unauthorized', /Check the secret you pass as api-key: EvoLink does not know this key/],
    [403, 'permission_denied', /may not access this resource/],
    [404, 'task_not_found', /HTTP 404 task_not_found: .*\. The id is wrong, belongs to another key/]
  ])('HTTP %d %s', async (status, code, explanation) => {
    sim.inject('poll', { kind: 'status', status, code })
    const run = await runAction(inputs())
    expect(run.code).toBe(1)
    expect(run.stdout).toMatch(new RegExp(`::error::EvoLink answered HTTP ${status} ${code}`))
    expect(run.stdout).toMatch(explanation)
    expect(warnings(run)).toHaveLength(0)
    expect(sim.polls).toBe(1)
    expect(run.outputs['error-code']).toBe(code)
    expect(sim.creations).toBe(1)
  })

  it('a redirect is not followed, so the key never leaves the API origin', async () => {
    sim.inject('poll', { kind: 'redirect', status: 302, location: '/elsewhere' })
    const run = await runAction(inputs())
    expect(run.code).toBe(1)
    expect(sim.requests.filter(r => r.origin === 'files')).toHaveLength(0)
  })
})

describe('odd task replies are handled, never a stack trace', () => {
  it('an unknown status is a final failure', async () => {
    sim.inject('poll', { kind: 'patch', fields: { status: 'exploded' } })
    const run = await runAction(inputs())
    expect(run.code).toBe(1)
    expect(run.outputs).toMatchObject({ status: 'exploded', 'error-code': 'unexpected_status' })
    expect(run.stdout + run.stderr).not.toMatch(/\n\s+at /)
  })

  it('missing optional fields and progress going backwards are tolerated', async () => {
    sim
      .inject('poll', { kind: 'patch', fields: { progress: undefined, task_info: undefined, created: undefined, model: undefined } })
      .inject('poll', { kind: 'patch', fields: { status: 'processing', progress: 60 } })
      .inject('poll', { kind: 'patch', fields: { status: 'processing', progress: 20 } })
    completedOnce(await runAction(inputs()))
  })

  it('a task reply with neither id nor status counts as a transient malformed reply', async () => {
    sim.inject('poll', { kind: 'malformed' })
    const run = await runAction(inputs())
    completedOnce(run)
    expect(warnings(run)[0]).toContain('is not an EvoLink task')
  })
})

describe('the submission is never duplicated', () => {
  it.each<[string, Fault]>([
    ['HTTP 500', { kind: 'status', status: 500, code: 'internal_error' }],
    ['HTTP 502', { kind: 'status', status: 502, body: '<html>Bad Gateway</html>' }],
    ['HTTP 503', { kind: 'status', status: 503 }],
    ['a reset after the task was created', { kind: 'reset' }],
    ['a reply cut short', { kind: 'cut' }],
    ['no reply within request-timeout', { kind: 'hang' }],
    ['a malformed 200 reply', { kind: 'malformed', body: 'OK' }]
  ])('after %s it stops and says a task may exist', async (_label, fault) => {
    sim.inject('submit', fault)
    const run = await runAction(inputs({ 'request-timeout': '0.5' }))
    expect(run.code).toBe(1)
    expect(run.stdout).toMatch(/::error::The submission failed with .*may have been created.*EvoLink dashboard/)
    expect(sim.requests.filter(r => r.method === 'POST')).toHaveLength(1)
    expect(sim.creations).toBeLessThanOrEqual(1)
    expect(sim.polls).toBe(0)
  })

  it('a 429 is retried after Retry-After: one creation', async () => {
    sim.inject('submit', { kind: 'status', status: 429, code: 'rate_limit_exceeded', retryAfter: '1' }, 2)
    const run = await runAction(inputs())
    completedOnce(run)
    expect(sim.requests.filter(r => r.method === 'POST')).toHaveLength(3)
    expect(warnings(run)[0]).toMatch(/Submission not accepted \(HTTP 429 rate_limit_exceeded: Simulated HTTP 429\); nothing was created, retrying in 1s \(attempt 2 of 5\)/)
  })

  it('a refused connection is retried: one creation', async () => {
    await sim.refuseConnections(400)
    const run = await runAction(inputs({ 'poll-interval': '0.5' }))
    completedOnce(run)
    expect(warnings(run)[0]).toContain('ECONNREFUSED')
  })

  it('a host that refuses every time fails saying nothing was created', async () => {
    const port = new URL(sim.url).port
    await sim.stop()
    const run = await runAction(inputs({ 'base-url': `http://127.0.0.1:${port}`, 'poll-interval': '0.05' }))
    expect(run.code).toBe(1)
    expect(run.stdout).toMatch(
      /::error::EvoLink's API could not be reached \(the connection was refused or the host unreachable\): check base-url, the runner's network, and the proxy settings \(HTTPS_PROXY, NO_PROXY\) \(5 attempt\(s\), last: connect ECONNREFUSED 127\.0\.0\.1:\d+\); no task was created/
    )
    // Said once: not "ECONNREFUSED: ECONNREFUSED: connect ECONNREFUSED".
    expect(run.stdout).not.toMatch(/ECONNREFUSED[^\n]*ECONNREFUSED[^\n]*ECONNREFUSED/)
    expect(run.stdout).not.toContain('refused 5 time')
  })
})

// Windows has no signals to send a child: kill() ends it at once, so these run on Linux and macOS (SIGBREAK is unit-tested).

describe('cancellation keeps the task', () => {
  posixIt.each(['SIGINT', 'SIGTERM'] as const)('%s while polling: exits within 2 s with the task id and a resume hint', async signal => {
    sim.options.taskMs = 30_000
    const sent: { at?: number } = {}
    const run = await runAction(inputs({ 'poll-strategy': 'fixed' }), { killAfterMs: 20_000, onStart: signalWhen(() => sim.polls >= 2, signal, sent) })
    const exitMs = Date.now() - (sent.at ?? 0)
    expect(run.signal).toBeNull()
    expect(run.code).toBe(1)
    expect(exitMs).toBeLessThan(2000)
    const taskId = run.outputs['task-id']
    expect(taskId).toMatch(/^task-unified-/)
    expect(run.stdout).toContain(`::error::Cancelled while waiting for task ${taskId}`)
    expect(run.stdout).toContain(`task-id: ${taskId}`)
    expect(run.summary).toContain('🛑')
    expect(run.summary).toContain(`task\\-id: ${taskId}`.replace(/\\-/g, '-'))
    expect(sim.creations).toBe(1)
  })

  posixIt('SIGTERM during the submission says a task may have been created', async () => {
    sim.inject('submit', { kind: 'hang' })
    const run = await runAction(inputs({ 'request-timeout': '20' }), {
      killAfterMs: 20_000,
      onStart: signalWhen(() => sim.requests.some(r => r.method === 'POST'), 'SIGTERM')
    })
    expect(run.code).toBe(1)
    expect(run.stdout).toMatch(/Cancelled \(SIGTERM\) before EvoLink returned a task id.*dashboard/)
  })
})

describe('the key stays secret', () => {
  it('never appears in logs, outputs or the summary, even when requests fail', async () => {
    sim.inject('poll', { kind: 'status', status: 503 }).inject('poll', { kind: 'status', status: 401, code: 'unauthorized' })
    const run = await runAction(inputs())
    const everything = [run.stdout.replace(`::add-mask::${KEY}`, ''), run.stderr, run.summary, JSON.stringify(run.outputs)].join('\n')
    expect(everything).not.toContain(KEY)
    expect(everything).not.toContain('SECRET')
  })

  it('goes only to the API origin', async () => {
    const run = await runAction(inputs())
    completedOnce(run)
    const api = sim.requests.filter(r => r.origin === 'api')
    expect(api.length).toBeGreaterThan(1)
    expect(api.every(r => r.authorization === `Bearer ${KEY}`)).toBe(true)
    expect(sim.requests.filter(r => r.origin === 'files' && r.authorization)).toHaveLength(0)
  })
})
