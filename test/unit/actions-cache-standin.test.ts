// The cache stand-in is faithful: @actions/cache's own saveCache and restoreCache (v2 protocol) work
// against it as they do against GitHub's service: save, restore by exact key and by restore-key prefix,
// immutable keys, a version mismatch as a miss, lookupOnly, and a service that is down costing a miss.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { BLOB_HOST } from '../simulator/actions-cache.js'
import { useResultsStandIn } from '../harness/results-standin.js'

const state = useResultsStandIn('cache-ws', () => ({ RUNNER_TEMP: mkdtempSync(join(tmpdir(), 'evolink-cache-tmp-')), GITHUB_SERVER_URL: 'https://github.com' }))
const cache = () => import('@actions/cache')

/** A folder with one file in the state.dir, as the library wants paths. */
function folder(name: string, content: string): string {
  mkdirSync(join(state.dir, name), { recursive: true })
  writeFileSync(join(state.dir, name, 'record.json'), content)
  return name
}

it('saves with the library, and the library restores the same bytes by exact key', async () => {
  const { saveCache, restoreCache } = await cache()
  const path = folder('ledger', '{"task":"task-unified-1"}')
  const id = await saveCache([path], 'evolink-run-1-a1')
  expect(id).toBeGreaterThan(0)
  expect(state.standIn.calls.map(c => c.method)).toEqual(['CreateCacheEntry', 'FinalizeCacheEntryUpload'])
  expect(state.standIn.blobRequests.some(r => r.method === 'PUT')).toBe(true)

  rmSync(join(state.dir, path), { recursive: true })
  const before = state.standIn.blobRequests.length
  expect(await restoreCache([path], 'evolink-run-1-a1')).toBe('evolink-run-1-a1')
  expect(readFileSync(join(state.dir, path, 'record.json'), 'utf8')).toBe('{"task":"task-unified-1"}')
  // GitHub's path: the blob host is Azure's, so the library asks the Azure SDK (HEAD, then ranged GETs).
  expect(state.standIn.blobRequests.slice(before).map(r => r.method)).toEqual(['HEAD', 'GET'])
})

it('finds the key as a prefix when no entry has it exactly (newest first), as GitHub does', async () => {
  const { saveCache, restoreCache } = await cache()
  const path = folder('ledger', 'older')
  await saveCache([path], 'evolink-x-1')
  writeFileSync(join(state.dir, path, 'record.json'), 'newer')
  await new Promise(resolve => setTimeout(resolve, 5))
  await saveCache([path], 'evolink-x-2')
  rmSync(join(state.dir, path), { recursive: true })
  expect(await restoreCache([path], 'evolink-x-')).toBe('evolink-x-2')
  expect(readFileSync(join(state.dir, path, 'record.json'), 'utf8')).toBe('newer')
})

it('a token that may not write is told "cache write denied", and nothing is written', async () => {
  const { saveCache } = await cache()
  state.standIn.writeDenied = true
  expect(await saveCache([folder('ledger', 'x')], 'k')).toBe(-1)
  expect(state.standIn.entries).toHaveLength(0)
})

describe('the blob server answers as Azure does', () => {
  /** An entry created through the Twirp API, its blob not yet written: its signed upload URL. */
  async function created(): Promise<string> {
    const response = await fetch(`${state.standIn.url}twirp/github.actions.results.api.v1.CacheService/CreateCacheEntry`, {
      method: 'POST',
      headers: { authorization: `Bearer ${state.standIn.token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ key: 'k', version: 'v' })
    })
    return ((await response.json()) as { signed_upload_url: string }).signed_upload_url
  }
  it('Put Blob without x-ms-blob-type is a 400; an uncommitted blob is not found; a range past the end is a 416', async () => {
    const url = await created()
    expect(new URL(url).hostname).toBe(BLOB_HOST)
    const put = (headers: Record<string, string>) => fetch(url, { method: 'PUT', headers, body: 'abc' })
    expect((await put({})).status).toBe(400)
    expect((await fetch(url, { method: 'HEAD' })).status).toBe(404)
    expect((await put({ 'x-ms-blob-type': 'BlockBlob' })).status).toBe(201)
    const ranged = (range: string) => fetch(url, { headers: { 'x-ms-range': range } })
    const inside = await ranged('bytes=1-9')
    expect([inside.status, inside.headers.get('content-range'), await inside.text()]).toEqual([206, 'bytes 1-2/3', 'bc'])
    const past = await ranged('bytes=3-9')
    expect([past.status, past.headers.get('content-range')]).toEqual([416, 'bytes */3'])
  })
})

it('restores the newest entry matching a restore-key prefix', async () => {
  const { saveCache, restoreCache } = await cache()
  const path = folder('ledger', 'attempt 1')
  await saveCache([path], 'evolink-run-1-a1')
  writeFileSync(join(state.dir, path, 'record.json'), 'attempt 2')
  await new Promise(resolve => setTimeout(resolve, 5))
  await saveCache([path], 'evolink-run-1-a2')
  rmSync(join(state.dir, path), { recursive: true })
  expect(await restoreCache([path], 'evolink-run-1-a3', ['evolink-run-1-'])).toBe('evolink-run-1-a2')
  expect(readFileSync(join(state.dir, path, 'record.json'), 'utf8')).toBe('attempt 2')
})

it('keys are immutable: a second save under the same key is refused and the first entry stays', async () => {
  const { saveCache, restoreCache } = await cache()
  const path = folder('ledger', 'first')
  await saveCache([path], 'same-key')
  writeFileSync(join(state.dir, path, 'record.json'), 'second')
  expect(await saveCache([path], 'same-key')).toBe(-1)
  rmSync(join(state.dir, path), { recursive: true })
  await restoreCache([path], 'same-key')
  expect(readFileSync(join(state.dir, path, 'record.json'), 'utf8')).toBe('first')
})

it('another path set is another version: a miss', async () => {
  const { saveCache, restoreCache } = await cache()
  await saveCache([folder('ledger', 'x')], 'k')
  expect(await restoreCache([folder('other', 'y')], 'k')).toBeUndefined()
})

it('lookupOnly finds without downloading', async () => {
  const { saveCache, restoreCache } = await cache()
  await saveCache([folder('ledger', 'x')], 'k')
  const gets = state.standIn.blobRequests.length
  expect(await restoreCache(['ledger'], 'k', [], { lookupOnly: true })).toBe('k')
  expect(state.standIn.blobRequests).toHaveLength(gets)
})

it('a service that is down keeps the library retrying for longer than a step can wait, then is a miss', async () => {
  const { restoreCache } = await cache()
  state.standIn.fault = 'down'
  folder('ledger', 'x')
  let settled = false
  const restoring = restoreCache(['ledger'], 'k').finally(() => (settled = true))
  // The library retries 5 times with backoff (3 s × 1.5^n, about 40 s in all): the action bounds it itself.
  await new Promise(resolve => setTimeout(resolve, 6000))
  expect(settled).toBe(false)
  expect(state.standIn.calls.length).toBeGreaterThanOrEqual(2)
  state.standIn.fault = undefined
  expect(await restoring).toBeUndefined()
}, 60_000)
