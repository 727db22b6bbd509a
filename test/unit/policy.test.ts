// Pure policy functions: URL rules, status interpretation, retry decisions, backoff.
import { ApiError, MalformedReplyError } from '../../src/evolink/errors.js'
import { CancelledError, TransportError } from '../../src/net/http.js'
import { BadReplyError, HttpStatusError, backoffMs, isTransient, retry, retryDelayMs, type RetryPolicy } from '../../src/net/retry.js'
import { mayResubmit } from '../../src/task/retry.js'
import { parseRetryAfter } from '../../src/net/http.js'
import { failureAdvice, interpretTask } from '../../src/task/status.js'
import { baseUrlProblem, callbackUrlProblem, isNonPublicHost } from '../../src/inputs/url-rules.js'
import { isLoopbackHost } from '../../src/net/address-guard.js'
import { taskSchema } from '../../src/evolink/schema.js'

const task = (fields: Record<string, unknown>) => taskSchema().parse({ id: 'task-unified-1-a', ...fields })

describe('url rules', () => {
  it.each(['127.0.0.1', '127.8.9.10', '[::1]', 'localhost'])('%s is loopback', host => expect(isLoopbackHost(host)).toBe(true))
  it.each(['128.0.0.1', 'example.com', '[::2]', 'localhost.example.com'])('%s is not loopback', host => expect(isLoopbackHost(host)).toBe(false))
  it.each([
    '10.1.2.3',
    '172.16.0.1',
    '172.31.255.255',
    '192.168.0.1',
    '169.254.1.1',
    '100.64.0.1',
    '0.0.0.0',
    '[fd00::1]',
    '[fe80::1]',
    '[::ffff:a00:1]',
    'printer.local',
    'db.internal',
    'intranet'
  ])('%s is not public', host => expect(isNonPublicHost(host)).toBe(true))
  it.each(['8.8.8.8', '172.32.0.1', 'hooks.example.com', '[2606:4700::1111]'])('%s is public', host => expect(isNonPublicHost(host)).toBe(false))
  it('allows https anywhere and http only to loopback for base-url', () => {
    expect(baseUrlProblem(new URL('https://api.evolink.ai'))).toBeUndefined()
    expect(baseUrlProblem(new URL('http://127.0.0.1:3000'))).toBeUndefined()
    expect(baseUrlProblem(new URL('http://10.0.0.1'))).toContain('https')
    expect(baseUrlProblem(new URL('https://api.evolink.ai/?x=1'))).toContain('query')
  })
  it('normalizes numeric hosts before judging callback URLs', () => {
    expect(callbackUrlProblem(new URL('https://2130706433/hook'))).toContain('127.0.0.1')
    expect(callbackUrlProblem(new URL('https://hooks.example.com/x'))).toBeUndefined()
  })
})

describe('interpretTask', () => {
  it('keeps waiting on pending and processing', () => {
    expect(interpretTask(task({ status: 'pending' }))).toEqual({ kind: 'running' })
    expect(interpretTask(task({ status: 'processing', progress: 40 }))).toEqual({ kind: 'running' })
  })
  it('succeeds only on completed with a URL, from results or result_data', () => {
    expect(interpretTask(task({ status: 'completed', results: ['https://cdn/v.mp4'] }))).toEqual({ kind: 'succeeded', urls: ['https://cdn/v.mp4'] })
    expect(interpretTask(task({ status: 'completed', result_data: [{ video_url: 'https://cdn/w.mp4' }] }))).toEqual({ kind: 'succeeded', urls: ['https://cdn/w.mp4'] })
    expect(interpretTask(task({ status: 'completed', results: [] }))).toMatchObject({ kind: 'failed', code: 'no_results' })
    expect(interpretTask(task({ status: 'completed', results: ['javascript:alert(1)'] }))).toMatchObject({ kind: 'failed', code: 'no_results' })
  })
  it('reports the API error of a failed task, and treats unknown statuses as final failures', () => {
    expect(interpretTask(task({ status: 'failed', error: { code: 'content_policy_violation', message: 'no' } }))).toEqual({
      kind: 'failed',
      code: 'content_policy_violation',
      message: 'no'
    })
    expect(interpretTask(task({ status: 'failed' }))).toMatchObject({ code: 'unknown_error' })
    expect(interpretTask(task({ status: 'cancelled' }))).toMatchObject({ kind: 'failed', code: 'unexpected_status', message: expect.stringContaining('cancelled') })
  })
  it('tolerates malformed optional fields instead of crashing', () => {
    const odd = task({ status: 'processing', progress: 'half', results: 'nope', task_info: 7, error: null })
    expect(odd.progress).toBeUndefined()
    expect(interpretTask(odd)).toEqual({ kind: 'running' })
  })
  it('tells server-side failures from request problems', () => {
    expect(failureAdvice('generation_timeout')).toContain('may succeed')
    expect(failureAdvice('content_policy_violation')).toContain('Change the prompt')
    expect(failureAdvice('invalid_parameters')).toContain('Change the request')
  })
})

describe('retry policy', () => {
  const api = (status: number, retryAfterMs?: number) => new ApiError(status, 'x', 'm', retryAfterMs)
  it.each([429, 500, 502, 503, 504, 408])('retries HTTP %d, from EvoLink, GitHub or the video host alike', status => {
    expect(isTransient(api(status))).toBe(true)
    expect(isTransient(new HttpStatusError(status, 'video host'))).toBe(true)
    expect(isTransient(Object.assign(new Error('octokit'), { status }))).toBe(true)
  })
  it.each([400, 401, 403, 404, 416, 501])('stops at once on HTTP %d', status => {
    expect(isTransient(api(status))).toBe(false)
    expect(isTransient(new HttpStatusError(status, 'video host'))).toBe(false)
  })
  it('retries failures on the way and bad replies, never a bug or a cancellation', () => {
    expect(isTransient(new TransportError('reset', 'maybe', 'ECONNRESET'))).toBe(true)
    expect(isTransient(new MalformedReplyError('html'))).toBe(true)
    expect(isTransient(new BadReplyError('got 5 of 9 bytes'))).toBe(true)
    expect(isTransient(new Error('bug'))).toBe(false)
    expect(isTransient(new CancelledError('SIGINT'))).toBe(false)
  })
  it('resubmits only what provably created nothing', () => {
    expect(mayResubmit(api(429))).toBe(true)
    expect(mayResubmit(new TransportError('refused', 'no', 'ECONNREFUSED'))).toBe(true)
    for (const error of [
      api(500),
      api(502),
      api(503),
      new TransportError('reset', 'maybe', 'ECONNRESET'),
      new TransportError('t', 'maybe', 'timeout'),
      new MalformedReplyError('x')
    ]) {
      expect(mayResubmit(error)).toBe(false)
    }
  })
  it('backs off exponentially with full jitter under a cap', () => {
    expect(backoffMs(0, 1000, 30_000, () => 0.999)).toBe(999)
    expect(backoffMs(3, 1000, 30_000, () => 0.5)).toBe(4000)
    expect(backoffMs(10, 1000, 30_000, () => 0.999)).toBe(29_970)
    expect(backoffMs(4, 1000, 30_000, () => 0)).toBe(0)
  })
  it('reads Retry-After as seconds or an HTTP date, and lets it win', () => {
    const now = Date.parse('2026-11-26T12:00:00Z')
    expect(parseRetryAfter('7', now)).toBe(7000)
    expect(parseRetryAfter('Thu, 26 Nov 2026 12:00:05 GMT', now)).toBe(5000)
    expect(parseRetryAfter('Thu, 26 Nov 2026 11:00:00 GMT', now)).toBe(0)
    expect(parseRetryAfter('soon', now)).toBeUndefined()
    expect(parseRetryAfter(undefined, now)).toBeUndefined()
    expect(retryDelayMs(api(429, 3000), 5, 1000, 60_000, () => 0.9)).toBe(3000)
    expect(retryDelayMs(api(503), 1, 1000, 60_000, () => 0.5)).toBe(1000)
  })
})

describe('retry()', () => {
  /** A call that fails with each error in turn, then answers 'ok'; waits are recorded, not slept. */
  function scripted(errors: unknown[], overrides: Partial<RetryPolicy> = {}) {
    const waits: number[] = []
    const told: string[] = []
    let calls = 0
    const policy: RetryPolicy = {
      attempts: 4,
      baseMs: 1000,
      capMs: 8000,
      signal: new AbortController().signal,
      sleep: async ms => void waits.push(ms),
      onRetry: (error, attempt, delayMs) => void told.push(`${(error as Error).message} #${attempt} ${delayMs}`),
      random: () => 0.5,
      ...overrides
    }
    const run = () =>
      retry(async attempt => {
        calls = attempt
        const error = errors.shift()
        if (error) throw error
        return 'ok'
      }, policy)
    return { run, waits, told, calls: () => calls }
  }

  it('tries again after transient failures, backing off, and returns the answer', async () => {
    const { run, waits, told } = scripted([api503(), new TransportError('reset', 'maybe', 'ECONNRESET')])
    await expect(run()).resolves.toBe('ok')
    expect(waits).toEqual([500, 1000])
    expect(told).toEqual(['HTTP 503 x: m #1 500', 'reset #2 1000'])
  })

  it('throws a final failure at once, as it is', async () => {
    const refused = new ApiError(403, 'x', 'forbidden')
    const { run, waits, calls } = scripted([refused])
    await expect(run()).rejects.toBe(refused)
    expect(waits).toEqual([])
    expect(calls()).toBe(1)
  })

  it('stops after the attempts, throwing the last failure', async () => {
    const { run, calls } = scripted([api503(), api503(), api503(), new BadReplyError('last')])
    await expect(run()).rejects.toThrow('last')
    expect(calls()).toBe(4)
  })

  it("waits as long as the server's Retry-After says, up to the cap, and at least minMs", async () => {
    const { run, waits } = scripted([new ApiError(429, 'x', 'm', 5000), new ApiError(429, 'x', 'm', 60_000), api503()], { minMs: 900, random: () => 0 })
    await run()
    expect(waits).toEqual([5000, 8000, 900])
  })

  it('throws instead of a wait that would pass the deadline', async () => {
    const { run, waits } = scripted([api503(), api503()], { deadline: 1200, now: () => 0, random: () => 0.99 })
    await expect(run()).rejects.toThrow('HTTP 503')
    expect(waits).toEqual([990])
  })

  it('ends on cancellation: an aborted signal stops the tries, and the wait itself rejects', async () => {
    const controller = new AbortController()
    controller.abort(new CancelledError('SIGINT'))
    const stopped = scripted([api503()], { signal: controller.signal })
    await expect(stopped.run()).rejects.toThrow('HTTP 503')
    expect(stopped.waits).toEqual([])
    const { sleep } = await import('../../src/net/retry.js')
    const waiting = new AbortController()
    const slept = sleep(60_000, waiting.signal)
    waiting.abort(new CancelledError('SIGTERM'))
    await expect(slept).rejects.toThrow('SIGTERM')
  })

  it('repeats only what the caller allows: a POST that may have created a task is not repeated', async () => {
    const { run, calls } = scripted([new TransportError('reset', 'maybe', 'ECONNRESET')], { retryable: mayResubmit })
    await expect(run()).rejects.toThrow('reset')
    expect(calls()).toBe(1)
  })
})

function api503(): ApiError {
  return new ApiError(503, 'x', 'm')
}
