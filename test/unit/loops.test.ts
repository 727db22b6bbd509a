// The polling loop and the submission, driven by a virtual clock: no timers, no network.
import { ApiError, MalformedReplyError } from '../../src/evolink/errors.js'
import type { EvoLinkClient } from '../../src/evolink/client.js'
import { taskSchema, type Task } from '../../src/evolink/schema.js'
import { CancelledError, TransportError } from '../../src/net/http.js'
import { adaptiveSchedule, fixedSchedule } from '../../src/task/schedule.js'
import { submitOnce } from '../../src/task/submit.js'
import { waitForTask, type WaitOptions } from '../../src/task/wait.js'

const task = (status: string, fields: Record<string, unknown> = {}): Task => taskSchema().parse({ id: 'task-unified-1-a', status, ...fields })

function virtualClock() {
  const clock = { t: 0, sleeps: [] as number[] }
  return {
    clock,
    now: () => clock.t,
    sleep: async (ms: number, signal: AbortSignal) => {
      if (signal.aborted) throw signal.reason
      clock.sleeps.push(ms)
      clock.t += ms
    }
  }
}

/** A getTask that plays a script: tasks are returned, errors thrown, in order. */
function scripted(steps: (Task | Error)[]) {
  const calls: number[] = []
  return {
    calls,
    getTask: (clockNow: () => number) => async () => {
      calls.push(clockNow())
      const step = steps.shift()
      if (!step) throw new Error('script exhausted')
      if (step instanceof Error) throw step
      return step
    }
  }
}

function options(steps: (Task | Error)[], overrides: Partial<WaitOptions> = {}) {
  const { clock, now, sleep } = virtualClock()
  const script = scripted(steps)
  const opts: WaitOptions = {
    getTask: script.getTask(now),
    schedule: fixedSchedule(1000),
    pollIntervalMs: 1000,
    deadline: 10_000,
    maxConsecutiveErrors: 3,
    signal: new AbortController().signal,
    now,
    sleep,
    random: () => 0.5,
    ...overrides
  }
  return { opts, clock, script }
}

describe('waitForTask', () => {
  it('polls at the interval until the task completes', async () => {
    const { opts, clock, script } = options([task('pending'), task('processing', { progress: 50 }), task('completed', { results: ['https://v/1.mp4'] })])
    const result = await waitForTask(opts)
    expect(result).toMatchObject({ outcome: 'final', state: { kind: 'succeeded', urls: ['https://v/1.mp4'] } })
    expect(script.calls).toEqual([0, 1000, 2000])
    expect(clock.sleeps).toEqual([1000, 1000])
  })

  it('returns the failure of a failed task', async () => {
    const { opts } = options([task('failed', { error: { code: 'generation_timeout', message: 'took too long' } })])
    expect(await waitForTask(opts)).toMatchObject({ outcome: 'final', state: { kind: 'failed', code: 'generation_timeout' } })
  })

  it('absorbs transient errors with backoff no shorter than the interval, honouring Retry-After', async () => {
    const { opts, clock } = options(
      [
        new ApiError(503, 'service_unavailable', 'busy'),
        new ApiError(429, 'rate_limit_exceeded', 'slow down', 4000),
        new TransportError('reset', 'maybe', 'ECONNRESET'),
        task('completed', { results: ['https://v/1.mp4'] })
      ],
      { maxConsecutiveErrors: 3, deadline: 60_000 }
    )
    const retries: string[] = []
    const result = await waitForTask({ ...opts, onRetry: (e, ms, n) => retries.push(`${(e as Error).name}:${ms}:${n}`) })
    expect(result.outcome).toBe('final')
    // attempt 0 → max(1000, 0.5·1000)=1000; Retry-After 4000 wins; attempt 2 → 0.5·4000 = 2000
    expect(clock.sleeps).toEqual([1000, 4000, 2000])
    expect(retries).toEqual(['ApiError:1000:1', 'ApiError:4000:2', 'TransportError:2000:3'])
  })

  it('fails with a list of what was seen once the error budget is spent', async () => {
    const { opts } = options(
      [new ApiError(502, undefined, 'bad gateway'), new MalformedReplyError('html'), new ApiError(502, undefined, 'bad gateway'), new ApiError(502, undefined, 'bad gateway')],
      { maxConsecutiveErrors: 3, deadline: 600_000 }
    )
    await expect(waitForTask(opts)).rejects.toThrow('Polling failed 4 times in a row (max-consecutive-errors is 3): HTTP 502 ×3, malformed reply ×1')
  })

  it('resets the error streak after a good reply', async () => {
    const { opts } = options(
      [
        new ApiError(500, 'internal_error', 'x'),
        new ApiError(500, 'internal_error', 'x'),
        task('processing'),
        new ApiError(500, 'internal_error', 'x'),
        new ApiError(500, 'internal_error', 'x'),
        task('completed', { results: ['https://v'] })
      ],
      { maxConsecutiveErrors: 2, deadline: 600_000 }
    )
    expect((await waitForTask(opts)).outcome).toBe('final')
  })

  it.each([400, 401, 403, 404])('stops at once on HTTP %d', async status => {
    const { opts, script } = options([new ApiError(status, 'x', 'no'), task('completed')])
    await expect(waitForTask(opts)).rejects.toBeInstanceOf(ApiError)
    expect(script.calls).toHaveLength(1)
  })

  it('takes a last look at the deadline, then reports a timeout with the last task', async () => {
    const steps = Array.from({ length: 20 }, () => task('processing', { progress: 10 }))
    const { opts, script } = options(steps, { deadline: 3500, schedule: fixedSchedule(2000) })
    const result = await waitForTask(opts)
    expect(result).toMatchObject({ outcome: 'timeout', task: { status: 'processing' } })
    expect(script.calls).toEqual([0, 2000, 3500])
  })

  it('never polls sooner than poll-interval, even for the last look at the deadline', async () => {
    const steps = Array.from({ length: 20 }, () => task('processing', { progress: 10 }))
    const { opts, script } = options(steps, { deadline: 2500 })
    expect(await waitForTask(opts)).toMatchObject({ outcome: 'timeout' })
    expect(script.calls).toEqual([0, 1000, 2000])
    const gaps = script.calls.slice(1).map((at, i) => at - (script.calls[i] ?? 0))
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(1000)
  })

  it('reports cancellation with the last task seen', async () => {
    const controller = new AbortController()
    const { opts } = options([task('processing'), task('processing')], { signal: controller.signal })
    let polls = 0
    const result = await waitForTask({ ...opts, onTask: () => ++polls === 2 && controller.abort(new CancelledError('SIGINT')) })
    expect(result).toMatchObject({ outcome: 'cancelled', task: { status: 'processing' } })
  })
})

describe('submitOnce', () => {
  function client(steps: (Task | Error)[]): EvoLinkClient & { submits: number } {
    const c = {
      submits: 0,
      submit: async () => {
        c.submits++
        const step = steps.shift()
        if (!step || step instanceof Error) throw step ?? new Error('script exhausted')
        return step
      },
      getTask: async () => {
        throw new Error('not used')
      },
      getCredits: async () => {
        throw new Error('not used')
      }
    }
    return c
  }
  const body = { model: 'kling-o3-text-to-video', prompt: 'p', duration: 5, aspect_ratio: '16:9', quality: '720p', sound: 'off' } as const

  function submit(c: EvoLinkClient, maxAttempts = 5) {
    const { clock, now, sleep } = virtualClock()
    return { clock, promise: submitOnce({ client: c, body, maxAttempts, retryBaseMs: 1000, deadline: 600_000, signal: new AbortController().signal, now, sleep }) }
  }

  it('retries a 429 after Retry-After and a refused connection, then succeeds', async () => {
    const c = client([new ApiError(429, 'rate_limit_exceeded', 'wait', 3000), new TransportError('refused', 'no', 'ECONNREFUSED'), task('pending')])
    const { clock, promise } = submit(c)
    expect((await promise).status).toBe('pending')
    expect(c.submits).toBe(3)
    expect(clock.sleeps[0]).toBe(3000)
  })

  it.each([
    ['HTTP 500', new ApiError(500, 'internal_error', 'oops')],
    ['HTTP 502', new ApiError(502, undefined, 'bad gateway')],
    ['a reset after sending', new TransportError('reset', 'maybe', 'ECONNRESET')],
    ['a reply timeout', new TransportError('no reply', 'maybe', 'timeout')],
    ['a malformed reply', new MalformedReplyError('not a task')]
  ])('never resubmits after %s, and says a task may exist', async (_label, error) => {
    const c = client([error, task('pending')])
    await expect(submit(c).promise).rejects.toThrow(/may have been created.*dashboard/)
    expect(c.submits).toBe(1)
  })

  it('explains a refused key without retrying', async () => {
    const c = client([new ApiError(401, 'unauthorized', 'Invalid key')])
    await expect(submit(c).promise).rejects.toThrow(/Check the secret you pass as api-key/)
    expect(c.submits).toBe(1)
  })

  it('gives up after the attempt limit and says nothing was created', async () => {
    const c = client(Array.from({ length: 5 }, () => new ApiError(429, 'rate_limit_exceeded', 'busy')))
    await expect(submit(c, 3).promise).rejects.toThrow(/refused 3 time\(s\).*no task was created/)
    expect(c.submits).toBe(3)
  })

  it('a name that never resolves: the API could not be reached, check base-url, the network or the proxy', async () => {
    const c = client(Array.from({ length: 5 }, () => new TransportError('getaddrinfo ENOTFOUND api.evolink.ai', 'no', 'ENOTFOUND')))
    const failure = submit(c, 3).promise
    await expect(failure).rejects.toThrow(
      /^EvoLink's API could not be reached \(base-url's host name did not resolve\): check base-url, the runner's network, and the proxy settings.*no task was created\.$/
    )
    await expect(failure).rejects.not.toThrow(/refused/)
  })
})

describe('adaptiveSchedule', () => {
  const at = (status: string, fields: Record<string, unknown> = {}) => task(status, fields)

  it('waits half the estimated remaining time, never below the interval nor above the cap', () => {
    const s = adaptiveSchedule({ intervalMs: 1000, startedAt: 0 })
    expect(s.next(at('pending', { task_info: { estimated_time: 30 } }), 0)).toBe(10_000) // 15 s, capped at 10 intervals
    expect(s.next(at('processing'), 20_000)).toBe(5000) // the estimate is remembered across polls
    expect(s.next(at('processing'), 29_500)).toBe(1000)
    expect(s.next(at('processing'), 45_000)).toBe(1000) // overdue: poll at the interval
    expect(adaptiveSchedule({ intervalMs: 10_000, startedAt: 0 }).next(at('pending', { task_info: { estimated_time: 600 } }), 0)).toBe(60_000)
    expect(adaptiveSchedule({ intervalMs: 10_000, startedAt: 0 }).next(at('pending', { task_info: { estimated_time: 300 } }), 0)).toBe(60_000)
  })

  it('believes observed progress when it promises an earlier end than the estimate', () => {
    const s = adaptiveSchedule({ intervalMs: 1000, startedAt: 0 })
    s.next(at('pending', { task_info: { estimated_time: 300 } }), 0)
    // 80 % after 20 s: the end looks like 25 s, not 300 s.
    expect(s.next(at('processing', { progress: 80 }), 20_000)).toBe(2500)
  })

  it('falls back to the interval without any estimate', () => {
    expect(adaptiveSchedule({ intervalMs: 2000, startedAt: 0 }).next(at('processing', { progress: 2 }), 5000)).toBe(2000)
    expect(fixedSchedule(2000).next(at('processing', { task_info: { estimated_time: 100 } }), 0)).toBe(2000)
  })

  it('never polls more often than the interval', () => {
    const s = adaptiveSchedule({ intervalMs: 1500, startedAt: 0 })
    for (let t = 0; t < 100_000; t += 700) {
      expect(s.next(at('processing', { progress: Math.min(99, t / 500), task_info: { estimated_time: 40 } }), t)).toBeGreaterThanOrEqual(1500)
    }
  })
})

describe('waitForTask with an initial delay', () => {
  it('sleeps before the first poll, within the deadline', async () => {
    const { opts, clock, script } = options([task('completed', { results: ['https://v'] })], { initialDelayMs: 4000, deadline: 3000 })
    await waitForTask(opts)
    expect(clock.sleeps).toEqual([3000])
    expect(script.calls).toEqual([3000])
  })
})
