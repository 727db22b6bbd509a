// Uploads the downloaded video to a release, replacing an asset of the same name from an earlier run.
import { createReadStream } from 'node:fs'
import { context, getOctokit } from '@actions/github'
import type { Dispatcher } from 'undici'
import { ActionFailure } from '../errors.js'
import { cleanText, gitHubUrl } from '../net/untrusted.js'
import { GITHUB_BUDGET_MS, boundedRequest } from './octokit.js'

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
  const status = (error as { status?: number; statusCode?: number }).status ?? (error as { statusCode?: number }).statusCode
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

/** Returns the asset's browser_download_url (undefined when the reply holds none that is usable). */
export async function uploadReleaseAsset(request: UploadRequest): Promise<string | undefined> {
  const octokit = getOctokit(request.token)
  const bounded = boundedRequest(request.signal)
  const { owner, repo } = context.repo
  const fromEvent = context.payload.release as { id?: number; tag_name?: string; upload_url?: string } | undefined
  let release: { id: number; upload_url: string }
  try {
    release = fromEvent?.tag_name === request.tag && fromEvent.id !== undefined && fromEvent.upload_url
      ? { id: fromEvent.id, upload_url: fromEvent.upload_url }
      : (await octokit.rest.repos.getReleaseByTag({ owner, repo, tag: request.tag, request: bounded })).data
  } catch (error) {
    throw failure(`find the release tagged ${request.tag}`, error)
  }
  try {
    const assets = await octokit.paginate(octokit.rest.repos.listReleaseAssets, { owner, repo, release_id: release.id, per_page: 100, request: bounded })
    const previous = assets.find(asset => asset.name === request.assetName)
    if (previous) await octokit.rest.repos.deleteReleaseAsset({ owner, repo, asset_id: previous.id, request: bounded })
  } catch (error) {
    throw failure(`replace the asset ${request.assetName}`, error)
  }

  // Streamed from disk: octokit would buffer the whole video in memory.
  const { request: send } = await import('undici')
  const url = new URL(release.upload_url.replace(/\{[^}]*\}$/, ''))
  const allowed = uploadOriginFor(context.apiUrl)
  if (url.origin !== allowed) {
    throw new ActionFailure(`Refused to upload the release asset to ${url.origin}: release uploads go only to ${allowed}, GitHub's upload host for ${context.apiUrl}.`, 'release_upload_failed')
  }
  url.searchParams.set('name', request.assetName)
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
    signal: AbortSignal.any([request.signal, AbortSignal.timeout(request.totalTimeoutMs)]),
    // The reply may wait until the whole upload is in: headers get the GitHub budget, the upload `timeout`.
    headersTimeout: GITHUB_BUDGET_MS
  })
  const text = await response.body.text()
  if (response.statusCode !== 201) {
    throw failure(`upload ${request.assetName}`, Object.assign(new Error(`HTTP ${response.statusCode} ${text.slice(0, 200)}`), { status: response.statusCode }))
  }
  return gitHubUrl((JSON.parse(text) as { browser_download_url?: unknown }).browser_download_url)
}
