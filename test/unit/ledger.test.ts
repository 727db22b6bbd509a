// Paying once, the plain parts: the request's fingerprint, the cache keys, the checks a restored record
// must pass (it is untrusted input), and the decisions made on what an earlier run left.
import { accountKey, cacheKeys, canonicalJson, parseRecord, requestFingerprint, runIdentity, signRecord } from '../../src/task/records.js'
import { identicalUsable, liveUrls, rerunDecision } from '../../src/task/reuse.js'
import type { Task } from '../../src/evolink/schema.js'
import { cacheService } from '../../src/github/actions-cache.js'

const body = { model: 'kling-o3-image-to-video', prompt: 'p', image_start: 'docs/a.png', image_urls: ['https://x.example/1.png', 'docs/b.png'] }
const uploads = [
  { field: 'image_start', sha256: 'a'.repeat(64) },
  { field: 'image_urls', index: 1, sha256: 'b'.repeat(64) }
]

describe('fingerprint', () => {
  it('does not depend on key order', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { f: 2, e: 3 }], c: null } })).toBe('{"a":{"c":null,"d":[1,{"e":3,"f":2}]},"b":1}')
    expect(requestFingerprint({ prompt: 'p', model: 'm' }, [])).toBe(requestFingerprint({ model: 'm', prompt: 'p' }, []))
  })
  it('counts a workspace file by its bytes, not its path: a new picture under the same path is another request', () => {
    const same = requestFingerprint({ ...body, image_start: 'elsewhere/a.png' }, uploads)
    expect(requestFingerprint(body, uploads)).toBe(same)
    expect(requestFingerprint(body, [{ ...uploads[0]!, sha256: 'c'.repeat(64) }, uploads[1]!])).not.toBe(same)
  })
  it('changes with any field of the body', () => {
    expect(requestFingerprint({ ...body, prompt: 'q' }, uploads)).not.toBe(requestFingerprint(body, uploads))
  })
})

describe('keys', () => {
  const run = runIdentity({ GITHUB_RUN_ID: '123', GITHUB_RUN_ATTEMPT: '3', GITHUB_JOB: 'make video', GITHUB_ACTION: '__owner_repo,x' })
  const fp = 'f'.repeat(64)
  const keys = cacheKeys(accountKey('sk-one'), run, fp)
  it('name the run and attempt, hold an HMAC of the request, and no character a key may not hold', () => {
    expect(run).toEqual({ runId: '123', attempt: 3, job: 'make-video', step: '__owner_repo-x' })
    expect(keys.rerunKey('u1')).toMatch(/^evolink-video-v2-rerun-123-[0-9a-f]{64}-a3-u1$/)
    expect(keys.identicalKey('u1')).toMatch(/^evolink-video-v2-identical-[0-9a-f]{64}-123-3-u1$/)
    expect(keys.rerunKey('u1').startsWith(keys.rerunPrefix)).toBe(true)
    expect(keys.identicalKey('u2').startsWith(keys.identicalPrefix)).toBe(true)
    expect(`${keys.rerunKey('u')}${keys.identicalKey('u')}`).not.toContain(fp)
  })
  it('differ with the API key, the request, and for re-runs the job and step: nobody without the key can write under them', () => {
    expect(cacheKeys(accountKey('sk-two'), run, fp).identicalPrefix).not.toBe(keys.identicalPrefix)
    expect(cacheKeys(accountKey('sk-one'), run, 'e'.repeat(64)).identicalPrefix).not.toBe(keys.identicalPrefix)
    expect(cacheKeys(accountKey('sk-one'), { ...run, step: 'other' }, fp).rerunPrefix).not.toBe(keys.rerunPrefix)
    expect(cacheKeys(accountKey('sk-one'), { ...run, attempt: 4 }, fp).identicalPrefix).toBe(keys.identicalPrefix)
  })
  it('an attempt that is not a positive whole number counts as the first', () => {
    expect(runIdentity({ GITHUB_RUN_ATTEMPT: 'x' }).attempt).toBe(1)
  })
})

describe('a restored record is untrusted input', () => {
  const fp = 'e'.repeat(64)
  const account = accountKey('sk-mine')
  const result = {
    kind: 'result' as const,
    fingerprint: fp,
    taskId: 'task-unified-1-a',
    model: 'veo-3.1',
    runId: '9',
    urls: ['https://cdn.example/v.mp4'],
    expiresAt: '2026-11-30T00:00:00.000Z',
    video: { size: 10, sha256: 'd'.repeat(64) }
  }
  /** A record with `change` applied, signed as a writer with this account key would sign it. */
  const signed = (change: object = {}) => signRecord(account, { ...result, ...change } as typeof result)
  it('is taken when it is signed with this API key and every field checks out', () => {
    expect(parseRecord(signed(), fp, account)).toMatchObject({ kind: 'result', taskId: 'task-unified-1-a', urls: ['https://cdn.example/v.mp4'] })
    const submission = signRecord(account, { kind: 'submission', fingerprint: fp, taskId: 'task-unified-2', model: 'm', runId: '9', attempt: 1 })
    expect(parseRecord(submission, fp, account)).toMatchObject({ kind: 'submission' })
    // Fields left undefined are not written, and the signature covers what is written.
    expect(parseRecord(signed({ video: undefined, expiresAt: undefined }), fp, account)).toMatchObject({ kind: 'result', video: undefined })
  })
  it('is refused unsigned, signed with another API key, or altered after signing', () => {
    expect(parseRecord(JSON.stringify(result), fp, account)).toBeUndefined()
    expect(parseRecord(signRecord(accountKey('sk-other'), result), fp, account)).toBeUndefined()
    const altered = JSON.parse(signed()) as Record<string, unknown>
    expect(parseRecord(JSON.stringify({ ...altered, video: { size: 10, sha256: 'c'.repeat(64) } }), fp, account)).toBeUndefined()
    expect(parseRecord(JSON.stringify({ ...altered, mac: 'not hex' }), fp, account)).toBeUndefined()
  })
  it.each([
    ['another fingerprint', { fingerprint: 'f'.repeat(64) }],
    ['a task id that is not an EvoLink id', { taskId: 'task-unified-1; rm -rf /' }],
    ['a model with spaces', { model: 'veo 3' }],
    ['a run id with a line break', { runId: '9\n::warning::x' }],
    ['a javascript: URL', { urls: ['javascript:alert(1)'] }],
    ['a URL with shell characters', { urls: ['https://cdn.example/v.mp4";$(id)'] }],
    ['33 URLs', { urls: Array(33).fill('https://cdn.example/v.mp4') }],
    ['a SHA-256 that is not one', { video: { size: 10, sha256: 'zz' } }],
    ['a negative size', { video: { size: -1, sha256: 'd'.repeat(64) } }],
    ['an unreadable expiry', { expiresAt: 'soon' }],
    ['an unknown kind', { kind: 'other' }]
  ])('is refused with %s, even when signed', (_label, change) => {
    expect(parseRecord(signed(change), fp, account)).toBeUndefined()
  })
  it('is refused when it is not JSON, or too large', () => {
    expect(parseRecord('not json', fp, account)).toBeUndefined()
    expect(parseRecord(signed({ padding: 'x'.repeat(70_000) }), fp, account)).toBeUndefined()
  })
})

describe('decisions', () => {
  const task = (status: string, results: string[] = []): Task => ({ id: 'task-unified-1', status, results, refusedResults: [] })
  it.each([
    [task('pending'), 'resume'],
    [task('processing'), 'resume'],
    [task('completed', ['https://v']), 'resume'],
    [task('failed'), 'submit'],
    [task('cancelled'), 'submit'],
    [task('completed'), 'submit'],
    ['not-found', 'submit'],
    ['unreadable', 'resume']
  ] as const)('an earlier task %j: %s', (seen, decision) => expect(rerunDecision(seen)).toBe(decision))

  it('an identical result without its file is used only while its links work', () => {
    const record = { kind: 'result' as const, fingerprint: 'f', taskId: 't', model: 'm', runId: 'r', urls: ['https://v'], expiresAt: '2026-01-02T00:00:00Z' }
    expect(liveUrls(record, Date.parse('2026-01-01T00:00:00Z'))).toEqual(['https://v'])
    expect(identicalUsable(record, false, Date.parse('2026-01-03T00:00:00Z'))).toBe(false)
    expect(identicalUsable(record, true, Date.parse('2026-01-03T00:00:00Z'))).toBe(true)
    expect(liveUrls({ ...record, expiresAt: undefined }, 0)).toEqual([])
  })
})

describe('cacheService', () => {
  const service = { ACTIONS_RESULTS_URL: 'https://results.example/', ACTIONS_RUNTIME_TOKEN: 't' }
  it.each([
    [{}, undefined],
    [{ ACTIONS_RESULTS_URL: 'https://results.example/' }, undefined],
    [service, { readable: true, writable: true }],
    [
      { ...service, ACTIONS_CACHE_MODE: 'read' },
      { readable: true, writable: false }
    ],
    [
      { ...service, ACTIONS_CACHE_MODE: 'write-only' },
      { readable: false, writable: true }
    ],
    [{ ...service, ACTIONS_CACHE_MODE: 'none' }, undefined],
    [
      { ...service, ACTIONS_CACHE_MODE: 'surprise' },
      { readable: true, writable: true }
    ]
  ])('%j → %j', (env, expected) => expect(cacheService(env)).toEqual(expected))
})
