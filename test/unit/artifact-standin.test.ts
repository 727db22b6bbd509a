// The artifact half of the results-service stand-in is faithful: @actions/artifact's own uploadArtifact (with
// and without skipArchive), getArtifact and deleteArtifact work against it as against GitHub's service, with
// backend ids read from the JWT-shaped runtime token; names are unique within a run; a service that is down
// fails the upload after the library's own retries.
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { createHash } from 'node:crypto'
import { ActionsCacheStandIn } from '../simulator/actions-cache.js'
import { useResultsStandIn } from '../harness/results-standin.js'

const state = useResultsStandIn('artifact')
const artifact = async () => new (await import('@actions/artifact')).DefaultArtifactClient()
const VIDEO = Buffer.concat([Buffer.from('\x00\x00\x00\x18ftypmp42'), Buffer.alloc(70_000, 7)])

it('skipArchive: the artifact is the file itself, named after it, typed video/mp4, its digest the SHA-256 of its bytes', async () => {
  writeFileSync(join(state.dir, 'intro.mp4'), VIDEO)
  const client = await artifact()
  const uploaded = await client.uploadArtifact('ignored-name', [join(state.dir, 'intro.mp4')], state.dir, { skipArchive: true, retentionDays: 5 })
  expect(state.standIn.calls.map(c => c.method)).toEqual(['CreateArtifact', 'FinalizeArtifact'])
  const [stored] = state.standIn.artifacts
  expect(stored).toMatchObject({ name: 'intro.mp4', mimeType: 'video/mp4', finalized: true, contentType: 'video/mp4' })
  expect(stored?.blob?.equals(VIDEO)).toBe(true)
  expect(uploaded).toEqual({ id: stored?.id, size: VIDEO.length, digest: createHash('sha256').update(VIDEO).digest('hex') })
  expect(Date.parse(String(stored?.expiresAt)) - Date.now()).toBeGreaterThan(4 * 86_400_000)
  // The library puts the blob through the Azure SDK: staged blocks, then the list.
  expect(state.standIn.blobRequests.map(r => r.method)).toContain('PUT')
  const found = await client.getArtifact('intro.mp4')
  expect(found.artifact).toMatchObject({ name: 'intro.mp4', id: stored?.id, size: VIDEO.length, digest: `sha256:${uploaded.digest}` })
})

it('without skipArchive the artifact is a zip of the files', async () => {
  writeFileSync(join(state.dir, 'a.txt'), 'hello')
  await (await artifact()).uploadArtifact('bundle', [join(state.dir, 'a.txt')], state.dir)
  const [stored] = state.standIn.artifacts
  expect(stored?.name).toBe('bundle')
  expect(stored?.blob?.subarray(0, 2).toString()).toBe('PK')
})

it('a name is unique within the run: a second upload of it is refused (409) until the first is deleted', async () => {
  writeFileSync(join(state.dir, 'intro.mp4'), VIDEO)
  const client = await artifact()
  await client.uploadArtifact('x', [join(state.dir, 'intro.mp4')], state.dir, { skipArchive: true })
  await expect(client.uploadArtifact('x', [join(state.dir, 'intro.mp4')], state.dir, { skipArchive: true })).rejects.toThrow(/409|Conflict|already exists/i)
  await client.deleteArtifact('intro.mp4')
  expect(state.standIn.artifacts).toHaveLength(0)
  await client.uploadArtifact('x', [join(state.dir, 'intro.mp4')], state.dir, { skipArchive: true })
  expect(state.standIn.artifacts.map(a => a.name)).toEqual(['intro.mp4'])
})

it('a token of another run cannot write: nothing is created', async () => {
  writeFileSync(join(state.dir, 'intro.mp4'), VIDEO)
  const other = await new ActionsCacheStandIn().start()
  try {
    process.env.ACTIONS_RUNTIME_TOKEN = other.token
    await expect((await artifact()).uploadArtifact('x', [join(state.dir, 'intro.mp4')], state.dir, { skipArchive: true })).rejects.toThrow(/401|403|non-retryable/i)
  } finally {
    await other.stop()
  }
  expect(state.standIn.artifacts).toHaveLength(0)
})
