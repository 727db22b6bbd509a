// The child side of the runner's results service (actions-cache.ts starts it): one cache save or restore, or
// one artifact upload, in a process of its own, so a service that is slow or down can be stopped at once (the
// libraries retry for 30 to 40 s and cannot be cancelled), and their log lines come to the parent to judge,
// not to the step's log. Its answer is one line on stdout: RESULT_MARK followed by JSON.
//
// A save is @actions/cache's saveCache. A restore takes the library's own steps (the same Twirp call, the
// same download code, so the same requests GitHub sees) but not its extraction: `tar -P` would let a planted
// archive write outside the staging folder. cache-archive.ts unpacks the named members only. The steps come
// from the library's internal modules, which its package does not export: @actions/cache is pinned to an
// exact version in package.json, and the typecheck fails if these modules change.
import { rm } from 'node:fs/promises'
import { join } from 'node:path'
import { ArchiveRefused, unpackArchive, type AllowedMembers, type Compression, type UnpackedFile } from './cache-archive.js'

export const RESULT_MARK = 'evolink-cache-result:'

export interface CacheJob {
  /** artifact: `paths[0]` (a file of the working directory) uploaded unzipped, as an artifact of its name. */
  op: 'save' | 'restore' | 'artifact'
  /** One folder relative to the working directory (the staging folder), so the cache version is the same on every runner. */
  paths: string[]
  key: string
  restoreKeys?: string[]
  /** restore: only say whether an entry matches, download nothing. */
  lookupOnly?: boolean
  /** restore: the files the entry may hold (path in the archive → most bytes); any other member refuses the entry. */
  members?: AllowedMembers
  /** artifact: days to keep it; undefined = the repository's setting. */
  retentionDays?: number
}

export interface CacheJobResult {
  /** restore: the key that matched; save: the key, when the entry was written. */
  key?: string
  /** restore: the files unpacked into the folder, with what they hold. */
  files?: Record<string, UnpackedFile>
  /** restore: why the entry that matched was not unpacked (nothing was written). */
  refused?: string
  /** artifact: the artifact of this run holding the file; `kept` when an earlier attempt's held the same bytes. */
  artifact?: { id: number; size: number; kept: boolean; replaced: boolean }
  /** The service failed or could not be reached: nothing can be said about the entry. */
  error?: string
}

/**
 * The file as an artifact of this run, unzipped, as @actions/artifact's skipArchive upload makes it (the
 * library's own Twirp client, token parsing and retention; the artifact named after the file, typed
 * video/mp4, its digest the file's SHA-256). The blob goes up with the Azure SDK's uploadFile in 4 MiB blocks,
 * two at a time, read from the file as they go: the library's stream holds 8 MiB chunks five at a time and
 * its process grew past 200 MiB for a 64 MiB video on Node 24. Names are unique within a run across its
 * attempts: an earlier attempt's artifact of this name is kept when it holds the same bytes, else deleted.
 */
async function uploadArtifact(job: CacheJob): Promise<CacheJobResult> {
  const [{ internalArtifactTwirpClient }, { getBackendIdsFromToken }, { StringValue }, { getExpiration }, { BlobClient }, { createHash }, { createReadStream }, { stat }] =
    await Promise.all([
      import('../../node_modules/@actions/artifact/lib/internal/shared/artifact-twirp-client.js'),
      import('../../node_modules/@actions/artifact/lib/internal/shared/util.js'),
      import('../../node_modules/@actions/artifact/lib/generated/index.js'),
      import('../../node_modules/@actions/artifact/lib/internal/upload/retention.js'),
      import('@azure/storage-blob'),
      import('node:crypto'),
      import('node:fs'),
      import('node:fs/promises')
    ])
  const name = job.paths[0] ?? ''
  const file = join(process.cwd(), name)
  const hash = createHash('sha256')
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer)
  const sha256 = hash.digest('hex')
  const { size } = await stat(file)
  const ids = getBackendIdsFromToken()
  const client = internalArtifactTwirpClient()
  const earlier = (await client.ListArtifacts({ ...ids, nameFilter: StringValue.create({ value: name }) })).artifacts.sort((a, b) => Number(b.databaseId) - Number(a.databaseId))[0]
  if (earlier && earlier.digest?.value.replace(/^sha256:/, '') === sha256) {
    return { key: name, artifact: { id: Number(earlier.databaseId), size: Number(earlier.size), kept: true, replaced: false } }
  }
  if (earlier) await client.DeleteArtifact({ workflowRunBackendId: earlier.workflowRunBackendId, workflowJobRunBackendId: earlier.workflowJobRunBackendId, name })
  const expiresAt = getExpiration(job.retentionDays)
  const created = await client.CreateArtifact({ ...ids, name, mimeType: StringValue.create({ value: 'video/mp4' }), version: 7, ...(expiresAt ? { expiresAt } : {}) })
  if (!created.ok) return { error: 'the artifact service did not create the artifact' }
  const blocks = 4 << 20
  await new BlobClient(created.signedUploadUrl)
    .getBlockBlobClient()
    .uploadFile(file, { blockSize: blocks, maxSingleShotSize: blocks, concurrency: 2, blobHTTPHeaders: { blobContentType: 'video/mp4' } })
  const finalized = await client.FinalizeArtifact({ ...ids, name, size: String(size), hash: StringValue.create({ value: `sha256:${sha256}` }) })
  if (!finalized.ok) return { error: 'the artifact service did not finalize the artifact' }
  return { key: name, artifact: { id: Number(finalized.artifactId), size, kept: false, replaced: earlier !== undefined } }
}

async function restore(job: CacheJob): Promise<CacheJobResult> {
  const [{ internalCacheTwirpClient }, utils, { downloadCache }] = await Promise.all([
    import('../../node_modules/@actions/cache/lib/internal/shared/cacheTwirpClient.js'),
    import('../../node_modules/@actions/cache/lib/internal/cacheUtils.js'),
    import('../../node_modules/@actions/cache/lib/internal/cacheHttpClient.js')
  ])
  const method = await utils.getCompressionMethod()
  // Errors (a 401, a 403, a service that is down) are thrown here, not turned into a miss as restoreCache does.
  const response = await internalCacheTwirpClient().GetCacheEntryDownloadURL({
    key: job.key,
    restoreKeys: job.restoreKeys ?? [],
    version: utils.getCacheVersion(job.paths, method)
  })
  if (!response.ok) return {}
  if (job.lookupOnly) return { key: response.matchedKey }
  const archive = join(process.cwd(), utils.getCacheFileName(method))
  try {
    // useAzureSdk as restoreCache sets it: on GitHub's blob host, HEAD then ranged GETs.
    await downloadCache(response.signedDownloadUrl, archive, { useAzureSdk: true })
    const compression: Compression = method === 'gzip' ? 'gzip' : 'zstd'
    const files = await unpackArchive(archive, compression, job.members ?? {}, join(process.cwd(), job.paths[0] ?? '.'))
    return { key: response.matchedKey, files }
  } catch (error) {
    if (error instanceof ArchiveRefused) return { key: response.matchedKey, refused: error.message }
    throw error
  } finally {
    await rm(archive, { force: true })
  }
}

/** Why the job failed, never empty: the Azure SDK's error for a HEAD that found nothing has no message, only a status. */
function describe(error: unknown): string {
  const { message, statusCode, name } = (error ?? {}) as { message?: unknown; statusCode?: unknown; name?: unknown }
  const status = typeof statusCode === 'number' ? `HTTP ${statusCode}` : ''
  const text = typeof message === 'string' ? message.trim() : ''
  return [status, text].filter(Boolean).join(': ') || (typeof name === 'string' && name) || 'unknown error'
}

/** Runs the job the parent passed on the command line and prints the result. */
export async function runCacheJob(argument: string | undefined): Promise<void> {
  let result: CacheJobResult
  try {
    const job = JSON.parse(argument ?? '') as CacheJob
    if (job.op === 'save') {
      const cache = await import('@actions/cache')
      const id = await cache.saveCache(job.paths, job.key)
      result = id > 0 ? { key: job.key } : { error: 'the entry was not written' }
    } else if (job.op === 'artifact') {
      result = await uploadArtifact(job)
    } else {
      result = await restore(job)
    }
  } catch (error) {
    result = { error: describe(error) }
  }
  process.stdout.write(`\n${RESULT_MARK}${JSON.stringify(result)}\n`)
}
