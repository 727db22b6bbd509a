// The artifact half of the results-service stand-in is faithful: @actions/artifact's own uploadArtifact (with
// and without skipArchive), getArtifact and deleteArtifact work against it as against GitHub's service, with
// backend ids read from the JWT-shaped runtime token; names are unique within a run; a service that is down
// fails the upload after the library's own retries.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createHash } from 'node:crypto'
import { ActionsCacheStandIn, BLOB_HOST } from '../simulator/actions-cache.js'
import { OFFLINE_PRELOAD } from '../harness/run-action.js'

let standIn: ActionsCacheStandIn
let dir: string
const saved = { ...process.env }
beforeAll(async () => {
  process.env.TEST_DNS = JSON.stringify({ [BLOB_HOST]: '127.0.0.1' })
  await import(OFFLINE_PRELOAD)
})
beforeEach(async () => {
  standIn = await new ActionsCacheStandIn().start()
  dir = mkdtempSync(join(tmpdir(), 'evolink-artifact-'))
  Object.assign(process.env, standIn.env(), { GITHUB_WORKSPACE: dir, RUNNER_TEMP: dir })
})
afterEach(async () => {
  process.env = { ...saved }
  await standIn.stop()
  rmSync(dir, { recursive: true, force: true })
})
const artifact = async () => new (await import('@actions/artifact')).DefaultArtifactClient()
const VIDEO = Buffer.concat([Buffer.from('\x00\x00\x00\x18ftypmp42'), Buffer.alloc(70_000, 7)])

it('skipArchive: the artifact is the file itself, named after it, typed video/mp4, its digest the SHA-256 of its bytes', async () => {
  writeFileSync(join(dir, 'intro.mp4'), VIDEO)
  const client = await artifact()
  const uploaded = await client.uploadArtifact('ignored-name', [join(dir, 'intro.mp4')], dir, { skipArchive: true, retentionDays: 5 })
  expect(standIn.calls.map(c => c.method)).toEqual(['CreateArtifact', 'FinalizeArtifact'])
  const [stored] = standIn.artifacts
  expect(stored).toMatchObject({ name: 'intro.mp4', mimeType: 'video/mp4', finalized: true, contentType: 'video/mp4' })
  expect(stored?.blob?.equals(VIDEO)).toBe(true)
  expect(uploaded).toEqual({ id: stored?.id, size: VIDEO.length, digest: createHash('sha256').update(VIDEO).digest('hex') })
  expect(Date.parse(String(stored?.expiresAt)) - Date.now()).toBeGreaterThan(4 * 86_400_000)
  // The library puts the blob through the Azure SDK: staged blocks, then the list.
  expect(standIn.blobRequests.map(r => r.method)).toContain('PUT')
  const found = await client.getArtifact('intro.mp4')
  expect(found.artifact).toMatchObject({ name: 'intro.mp4', id: stored?.id, size: VIDEO.length, digest: `sha256:${uploaded.digest}` })
})

it('without skipArchive the artifact is a zip of the files', async () => {
  writeFileSync(join(dir, 'a.txt'), 'hello')
  await (await artifact()).uploadArtifact('bundle', [join(dir, 'a.txt')], dir)
  const [stored] = standIn.artifacts
  expect(stored?.name).toBe('bundle')
  expect(stored?.blob?.subarray(0, 2).toString()).toBe('PK')
})

it('a name is unique within the run: a second upload of it is refused (409) until the first is deleted', async () => {
  writeFileSync(join(dir, 'intro.mp4'), VIDEO)
  const client = await artifact()
  await client.uploadArtifact('x', [join(dir, 'intro.mp4')], dir, { skipArchive: true })
  await expect(client.uploadArtifact('x', [join(dir, 'intro.mp4')], dir, { skipArchive: true })).rejects.toThrow(/409|Conflict|already exists/i)
  await client.deleteArtifact('intro.mp4')
  expect(standIn.artifacts).toHaveLength(0)
  await client.uploadArtifact('x', [join(dir, 'intro.mp4')], dir, { skipArchive: true })
  expect(standIn.artifacts.map(a => a.name)).toEqual(['intro.mp4'])
})

it('a token of another run cannot write: nothing is created', async () => {
  writeFileSync(join(dir, 'intro.mp4'), VIDEO)
  const other = await new ActionsCacheStandIn().start()
  try {
    process.env.ACTIONS_RUNTIME_TOKEN = other.token
    await expect((await artifact()).uploadArtifact('x', [join(dir, 'intro.mp4')], dir, { skipArchive: true })).rejects.toThrow(/401|403|non-retryable/i)
  } finally {
    await other.stop()
  }
  expect(standIn.artifacts).toHaveLength(0)
})
