// The blob half against Azure's own emulator: the cache stand-in answers the Twirp calls and hands out SAS
// URLs signed for Azurite (npm `azurite`), under an Azure host name resolved to loopback, so @actions/cache
// takes the path it takes on GitHub (the Azure SDK: Put Blob or blocks, HEAD, ranged GETs) against a server
// that checks signatures, headers and block lists as Azure does. .ci/run starts Azurite and sets
// AZURITE_BLOB_PORT; without it these tests are skipped (say so: `npx jest test/e2e/azurite.test.ts`).
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { BlobSASPermissions, BlobServiceClient, StorageSharedKeyCredential, generateBlobSASQueryParameters } from '@azure/storage-blob'
import { EvoLinkSimulator } from '../simulator/server.js'
import { ActionsCacheStandIn, type BlobStore } from '../simulator/actions-cache.js'
import { OFFLINE_PRELOAD, runAction, warnings, type ActionRun } from '../harness/run-action.js'

const PORT = process.env.AZURITE_BLOB_PORT
const withAzurite = PORT ? describe : describe.skip
/** Azurite's well-known development account. */
const ACCOUNT = 'devstoreaccount1'
const ACCOUNT_KEY = 'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=='
const HOST = `${ACCOUNT}.blob.core.windows.net`
const KEY = 'sk-evo-azurite-key'

/** Blobs in one container of Azurite, reached through signed URLs on an Azure-looking host. */
async function azuriteStore(): Promise<BlobStore> {
  const credential = new StorageSharedKeyCredential(ACCOUNT, ACCOUNT_KEY)
  const container = `cache-${Date.now()}-${Math.floor(Math.random() * 1e6)}`
  const service = new BlobServiceClient(`http://127.0.0.1:${PORT}/${ACCOUNT}`, credential)
  await service.getContainerClient(container).create()
  return {
    host: HOST,
    signedUrl(id) {
      const sas = generateBlobSASQueryParameters(
        { containerName: container, blobName: String(id), permissions: BlobSASPermissions.parse('rcw'), expiresOn: new Date(Date.now() + 3600_000) },
        credential
      )
      return `http://${HOST}:${PORT}/${container}/${id}?${sas.toString()}`
    },
    async size(id) {
      const properties = await service
        .getContainerClient(container)
        .getBlobClient(String(id))
        .getProperties()
        .catch(() => undefined)
      return properties?.contentLength
    }
  }
}

withAzurite('the cache with Azurite holding the blobs', () => {
  let sim: EvoLinkSimulator
  let cache: ActionsCacheStandIn
  beforeAll(async () => {
    // The library's own calls below run in this process: the Azure host resolves to loopback here too.
    process.env.TEST_DNS = JSON.stringify({ [HOST]: '127.0.0.1' })
    await import(OFFLINE_PRELOAD)
  })
  beforeEach(async () => {
    sim = await new EvoLinkSimulator({ taskMs: 300, pendingMs: 40 }).start()
    cache = await new ActionsCacheStandIn(await azuriteStore()).start()
  })
  afterEach(async () => {
    await sim.stop()
    await cache.stop()
  })
  const run = (inputs: Record<string, string>, env: Record<string, string>, workspace?: string): Promise<ActionRun> =>
    runAction(
      { 'api-key': KEY, prompt: 'A lighthouse at dusk', 'base-url': sim.url, 'poll-interval': '0.05', timeout: '30', 'request-timeout': '5', ...inputs },
      { env, workspace, killAfterMs: 60_000 }
    )

  it("@actions/cache's own saveCache and restoreCache round-trip a folder through Azurite", async () => {
    const workspace = mkdtempSync(join(tmpdir(), 'evolink-azurite-'))
    const saved = { ...process.env }
    Object.assign(process.env, cache.env(), { GITHUB_WORKSPACE: workspace, RUNNER_TEMP: mkdtempSync(join(tmpdir(), 'evolink-azurite-tmp-')) })
    const cwd = process.cwd()
    process.chdir(workspace)
    try {
      const { saveCache, restoreCache } = await import('@actions/cache')
      mkdirSync(join(workspace, 'ledger'))
      writeFileSync(join(workspace, 'ledger', 'record.json'), 'through Azurite')
      expect(await saveCache(['ledger'], 'azurite-key-1')).toBeGreaterThan(0)
      writeFileSync(join(workspace, 'ledger', 'record.json'), 'changed')
      expect(await restoreCache(['ledger'], 'azurite-key-')).toBe('azurite-key-1')
      expect(readFileSync(join(workspace, 'ledger', 'record.json'), 'utf8')).toBe('through Azurite')
    } finally {
      process.chdir(cwd)
      process.env = saved
    }
  })

  it('a re-run resumes the task its first attempt recorded', async () => {
    sim.options.taskMs = 2500
    const first = await run({ timeout: '1' }, cache.stepEnv(1, '9101'))
    expect(first.code).toBe(1)
    const rerun = await run({}, cache.stepEnv(2, '9101'))
    expect(rerun.code).toBe(0)
    expect(warnings(rerun)).toEqual([])
    expect(rerun.outputs).toMatchObject({ reused: 'true', 'task-id': first.outputs['task-id'] })
    expect(sim.creations).toBe(1)
  })

  it('an identical request restores the video file, checked, without calling EvoLink', async () => {
    const first = await run({ reuse: 'identical', 'download-path': 'v.mp4' }, cache.stepEnv(1, '9201'))
    expect(first.code).toBe(0)
    const requests = sim.requests.length
    const later = await run({ reuse: 'identical', 'download-path': 'v.mp4' }, cache.stepEnv(1, '9202'))
    expect(later.code).toBe(0)
    expect(warnings(later)).toEqual([])
    expect(later.outputs).toMatchObject({ reused: 'true', 'video-sha256': first.outputs['video-sha256'] })
    expect(sim.requests).toHaveLength(requests)
  })

  it('a manifest run again with one prompt changed submits only that entry', async () => {
    const workspace = mkdtempSync(join(tmpdir(), 'evolink-ws-'))
    const manifest = (outro: string) =>
      `videos:\n  - id: intro\n    prompt: A lighthouse\n    download-path: intro.mp4\n  - id: outro\n    prompt: ${outro}\n    download-path: outro.mp4\n`
    writeFileSync(join(workspace, 'videos.yml'), manifest('A harbour'))
    expect((await run({ manifest: 'videos.yml', reuse: 'identical' }, cache.stepEnv(1, '9301'), workspace)).code).toBe(0)
    writeFileSync(join(workspace, 'videos.yml'), manifest('A ferry'))
    const again = await run({ manifest: 'videos.yml', reuse: 'identical' }, cache.stepEnv(1, '9302'), workspace)
    expect(again.code).toBe(0)
    expect((JSON.parse(again.outputs.results ?? '[]') as { id: string; reused: boolean }[]).map(r => [r.id, r.reused])).toEqual([
      ['intro', true],
      ['outro', false]
    ])
    expect(sim.creations).toBe(3)
  })
})
