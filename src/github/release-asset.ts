// Uploads the downloaded video to a release, replacing an asset of the same name from an earlier run. The
// new asset is uploaded first under a temporary name, and only then is the old one deleted and the new one
// renamed: a re-run whose upload fails leaves the published asset in place. GitHub's 5xx and dropped
// connections are retried.
import { randomBytes } from 'node:crypto'
import { createReadStream } from 'node:fs'
import { context, getOctokit } from '@actions/github'
import type { Dispatcher } from 'undici'
import { ActionFailure } from '../errors.js'
import { cleanText, gitHubUrl } from '../net/untrusted.js'
import { GITHUB_BUDGET_MS, boundedRequest } from './octokit.js'
import { TransportError } from '../net/http.js'
import { BadReplyError, HttpStatusError, retry, sleep, statusOf } from '../net/retry.js'

const PERMISSION_HINT = 'The job needs `permissions: contents: write` to upload release assets.'

export interface UploadRequest {
  token: string
  tag: string
  assetName: string
  file: { path: string; size: number }
  dispatcher: Dispatcher
  signal: AbortSignal
  /** The upload itself ends after this long, whatever the progress. */
  totalTimeoutMs: number
}

function failure(action: string, error: unknown): ActionFailure {
  const status = statusOf(error)
  const hint = status === 403 || status === 401 ? ` ${PERMISSION_HINT}` : ''
  return new ActionFailure(`Could not ${action}: ${cleanText((error as Error).message)}.${hint}`, 'release_upload_failed')
}

/**
 * The one origin release assets are uploaded to, named by the GitHub API in use: uploads.github.com for
 * github.com, uploads.<name>.ghe.com for GHE.com, the API's own host for GitHub Enterprise Server. The
 * token travels with the upload, so an upload_url elsewhere is refused.
 */
export function uploadOriginFor(apiUrl: string): string {
  const api = new URL(apiUrl)
  if (api.hostname === 'api.github.com') return 'https://uploads.github.com'
  if (/^api\.[^.]+\.ghe\.com$/.test(api.hostname)) return `https://${api.hostname.replace(/^api\./, 'uploads.')}`
  return api.origin
}

/** Attempts per GitHub call (what is worth another try: net/retry.ts's table). */
export const GITHUB_ATTEMPTS = 3

/** Runs a GitHub call with the action's one retry: up to GITHUB_ATTEMPTS tries, ending at once on cancellation. */
export function retryingGitHub<T>(call: (attempt: number) => Promise<T>, signal: AbortSignal, baseMs = 1000): Promise<T> {
  return retry(call, { attempts: GITHUB_ATTEMPTS, baseMs, capMs: 4 * baseMs, minMs: baseMs / 2, signal, sleep })
}

/** Returns the asset's browser_download_url (undefined when the reply holds none that is usable). */
export async function uploadReleaseAsset(request: UploadRequest): Promise<string | undefined> {
  const octokit = getOctokit(request.token)
  const bounded = boundedRequest(request.signal)
  const { owner, repo } = context.repo
  const fromEvent = context.payload.release as { id?: number; tag_name?: string; upload_url?: string } | undefined
  const retrying = <T>(call: () => Promise<T>) => retryingGitHub(call, request.signal)
  let release: { id: number; upload_url: string }
  try {
    release =
      fromEvent?.tag_name === request.tag && fromEvent.id !== undefined && fromEvent.upload_url
        ? { id: fromEvent.id, upload_url: fromEvent.upload_url }
        : (await retrying(() => octokit.rest.repos.getReleaseByTag({ owner, repo, tag: request.tag, request: bounded }))).data
  } catch (error) {
    throw failure(`find the release tagged ${cleanText(request.tag, 100)}`, error)
  }
  const url = new URL(release.upload_url.replace(/\{[^}]*\}$/, ''))
  const allowed = uploadOriginFor(context.apiUrl)
  if (url.origin !== allowed) {
    throw new ActionFailure(
      `Refused to upload the release asset to ${cleanText(url.origin, 200)}: release uploads go only to ${allowed}, GitHub's upload host for ${context.apiUrl}.`,
      'release_upload_failed'
    )
  }

  // 1. The new asset, under a name of its own: a fresh one per attempt (a failed upload may leave a stub).
  let uploaded: { id: number; name: string; browser_download_url?: unknown }
  const stubs: string[] = []
  // The upload phase as a whole, every attempt included, ends after `timeout`.
  const uploadSignal = AbortSignal.any([request.signal, AbortSignal.timeout(request.totalTimeoutMs)])
  try {
    uploaded = await retryingGitHub(() => {
      const temporary = `${request.assetName}.${randomBytes(6).toString('hex')}.uploading`
      stubs.push(temporary)
      return sendAsset(request, url, temporary, uploadSignal)
    }, uploadSignal)
  } catch (error) {
    await removeStubs(octokit, release.id, stubs, bounded)
    throw failure(`upload ${request.assetName} (the asset already published, if any, is left as it was)`, error)
  }
  // 2. The old asset goes only now, and 3. the new one takes its name.
  try {
    const assets = await retrying(() => octokit.paginate(octokit.rest.repos.listReleaseAssets, { owner, repo, release_id: release.id, per_page: 100, request: bounded }))
    for (const asset of assets) {
      const leftover = stubs.includes(asset.name) && asset.id !== uploaded.id
      if (asset.name === request.assetName || leftover) await retrying(() => octokit.rest.repos.deleteReleaseAsset({ owner, repo, asset_id: asset.id, request: bounded }))
    }
    const renamed = await retrying(() => octokit.rest.repos.updateReleaseAsset({ owner, repo, asset_id: uploaded.id, name: request.assetName, request: bounded }))
    return gitHubUrl(renamed.data.browser_download_url)
  } catch (error) {
    throw failure(`replace the asset ${request.assetName} (the new video is on the release as ${uploaded.name})`, error)
  }
}

/** Removes what failed attempts may have left (best effort: a stub is named so it is never mistaken for the asset). */
async function removeStubs(octokit: ReturnType<typeof getOctokit>, releaseId: number, names: string[], bounded: { signal: AbortSignal }): Promise<void> {
  const { owner, repo } = context.repo
  try {
    const assets = await octokit.paginate(octokit.rest.repos.listReleaseAssets, { owner, repo, release_id: releaseId, per_page: 100, request: bounded })
    for (const asset of assets.filter(a => names.includes(a.name))) await octokit.rest.repos.deleteReleaseAsset({ owner, repo, asset_id: asset.id, request: bounded })
  } catch {
    // Nothing more to do: the failure being reported matters more.
  }
}

/** One upload, streamed from disk (octokit would buffer the whole video in memory). */
async function sendAsset(request: UploadRequest, uploadUrl: URL, name: string, signal: AbortSignal): Promise<{ id: number; name: string; browser_download_url?: unknown }> {
  const { request: send } = await import('undici')
  const url = new URL(uploadUrl)
  url.searchParams.set('name', name)
  // A connection dropped on the way (undici's own errors) is a failure on the way: the one retry tries again.
  let reply: { statusCode: number; text: string }
  try {
    const response = await send(url, {
      dispatcher: request.dispatcher,
      method: 'POST',
      headers: {
        authorization: `Bearer ${request.token}`,
        accept: 'application/vnd.github+json',
        'content-type': 'video/mp4',
        'content-length': String(request.file.size),
        'user-agent': 'evolink-video-action'
      },
      body: createReadStream(request.file.path),
      signal,
      // The reply may wait until the whole upload is in: headers get the GitHub budget, the upload `timeout`.
      headersTimeout: GITHUB_BUDGET_MS
    })
    reply = { statusCode: response.statusCode, text: await response.body.text() }
  } catch (error) {
    if (signal.aborted) throw error
    throw new TransportError((error as Error).message, 'maybe', (error as { code?: string }).code ?? 'upload')
  }
  const text = reply.text
  if (reply.statusCode !== 201) {
    throw new HttpStatusError(reply.statusCode, `HTTP ${reply.statusCode} ${text.slice(0, 200)}`)
  }
  const asset = JSON.parse(text) as { id?: unknown; name?: unknown; browser_download_url?: unknown }
  if (typeof asset.id !== 'number') throw new BadReplyError('the upload reply names no asset id')
  return { id: asset.id, name, browser_download_url: asset.browser_download_url }
}
