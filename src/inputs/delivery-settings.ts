// Inputs that say where the video goes once it exists: a file, a pull request comment, a release asset, a
// workflow artifact.
// Checked with the rest, before anything is submitted, so a bad path or a missing tag costs no credits.
import { accessSync, constants, readFileSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, dirname, join, resolve } from 'node:path'
import { BOOL_ALLOWED, bool, type Fail, type InputReader, type Refuse } from './input-kit.js'
import { nearestExisting, underGit, within } from './workspace-paths.js'
import { UNSAFE_OR_SPACE } from '../net/untrusted.js'

export interface DeliverySettings {
  download?: { path: string; maxBytes: number }
  /** max-download-size, with or without a download: also the largest video taken from the Actions cache. */
  maxDownloadBytes: number
  prComment: boolean
  /** Tells this step's comment apart from others on the same pull request; undefined = workflow and job. */
  prCommentKey?: string
  release?: { tag: string; assetName: string }
  /** artifact: the video uploaded as a workflow artifact, unzipped; named after download-path's file when one is set. */
  artifact?: { retentionDays?: number; fileName?: string }
  githubToken: string
}

/** How delivery problems are told to readSettings, which reports them with the others. */
interface ProblemSink {
  fail: Fail
  refuse: Refuse
  problem: (text: string) => void
  mask: (secret: string) => void
}

/** Characters GitHub refuses in artifact names (an artifact is named after its file). */
const ARTIFACT_NAME_REFUSED = /[":<>|*?\\/\r\n]/

const UNITS: Record<string, number> = { b: 1, kb: 1e3, mb: 1e6, gb: 1e9, kib: 1024, mib: 1024 ** 2, gib: 1024 ** 3 }

/** "2GiB" → 2147483648; undefined when unreadable. */
export function parseSize(raw: string): number | undefined {
  const match = /^(\d+(?:\.\d+)?)\s*([kmg]i?b|b)?$/i.exec(raw)
  if (!match) return undefined
  const bytes = Math.floor(Number(match[1]) * (UNITS[(match[2] ?? 'b').toLowerCase()] ?? NaN))
  return bytes > 0 ? bytes : undefined
}

const inside = (root: string, path: string) => within(root, path) !== undefined

/** Why the video cannot be written at `path`, found before anything is submitted; undefined when it can. */
function downloadPathProblem(raw: string, path: string): string | undefined {
  if (/[\\/]$/.test(raw)) return 'names a folder (it ends in a slash): give a file name, such as videos/preview.mp4'
  const existing = nearestExisting(path)
  try {
    const stat = statSync(existing)
    if (existing === path) {
      if (stat.isDirectory()) return `must name a file, but ${path} is a directory`
      if (!stat.isFile()) return `must name a regular file, but ${path} is something else (a device or a pipe)`
      accessSync(dirname(path), constants.W_OK)
    } else {
      if (!stat.isDirectory()) return `cannot be created: ${existing} is a file, not a folder`
      accessSync(existing, constants.W_OK)
    }
  } catch (error) {
    return `cannot be written: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message} on ${existing === path ? dirname(path) : existing}`
  }
  return undefined
}

/** The release tag of a `release` event, from the event payload the runner writes. */
function releaseTagOfEvent(env: NodeJS.ProcessEnv): string | undefined {
  if (env.GITHUB_EVENT_NAME !== 'release' || !env.GITHUB_EVENT_PATH) return undefined
  try {
    const tag = (JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8')) as { release?: { tag_name?: unknown } }).release?.tag_name
    return typeof tag === 'string' ? tag : undefined
  } catch {
    return undefined
  }
}

export function readDeliverySettings(read: InputReader, report: ProblemSink, env: NodeJS.ProcessEnv): DeliverySettings {
  const workspace = resolve(env.GITHUB_WORKSPACE || process.cwd())
  const runnerTemp = resolve(env.RUNNER_TEMP || tmpdir())
  const flag = (name: string): boolean => {
    const parsed = bool(read(name))
    if (parsed === undefined) report.fail(name, read(name), BOOL_ALLOWED)
    return parsed ?? false
  }
  const prComment = flag('pr-comment')
  const releaseAsset = flag('release-asset')
  const artifactAsked = flag('artifact')
  const retentionRaw = read('artifact-retention-days')
  const retentionDays = retentionRaw === '' ? undefined : /^\d+$/.test(retentionRaw) && Number(retentionRaw) >= 1 && Number(retentionRaw) <= 90 ? Number(retentionRaw) : NaN
  if (Number.isNaN(retentionDays)) report.fail('artifact-retention-days', retentionRaw, "a whole number of days from 1 to 90 (empty: the repository's setting)")
  // The artifact service is the runner's: a local runner has none, and finding out after paying would be too late.
  if (artifactAsked && !(env.ACTIONS_RESULTS_URL && env.ACTIONS_RUNTIME_TOKEN)) {
    report.problem(
      'Input \'artifact\' is "true" but this runner provides no artifact service (ACTIONS_RESULTS_URL and ACTIONS_RUNTIME_TOKEN are not set, as on a local runner): set artifact: false, or run the step on GitHub Actions.'
    )
  }
  const keyRaw = read('pr-comment-key')
  const prCommentKey = keyRaw === '' ? undefined : keyRaw
  if (prCommentKey !== undefined && !/^[\w .:/-]{1,100}$/.test(prCommentKey)) {
    report.fail('pr-comment-key', keyRaw, 'at most 100 letters, digits, spaces and . _ : / - (for example ${{ matrix.name }})')
  }
  const githubToken = read('github-token')
  if (githubToken) report.mask(githubToken)

  const maxRaw = read('max-download-size')
  const maxBytes = parseSize(maxRaw)
  if (maxBytes === undefined) report.fail('max-download-size', maxRaw, 'a size such as 2GiB, 500MiB or 104857600 (bytes)')

  let release: DeliverySettings['release']
  if (releaseAsset) {
    const tag = read('release-tag') || releaseTagOfEvent(env)
    const assetName = read('asset-name') || (tag ? `evolink-video-${tag.replace(/[^\w.-]+/g, '-')}.mp4` : '')
    if (tag && (tag.length > 255 || UNSAFE_OR_SPACE.test(tag))) {
      report.fail('release-tag', tag, 'a tag name of at most 255 characters without spaces, line breaks or control characters (git refuses them in tags)')
    } else if (!tag) {
      report.problem("Input 'release-asset' is \"true\" but this is not a release event: set 'release-tag' to the release to upload to.")
    } else if (!/^[\w.-]+$/.test(assetName)) {
      report.fail('asset-name', assetName, 'a file name of letters, digits, dots, dashes and underscores')
    } else {
      release = { tag, assetName }
    }
  }

  let download: DeliverySettings['download']
  const pathRaw = read('download-path')
  if (pathRaw || release) {
    const path = pathRaw ? resolve(workspace, pathRaw) : join(runnerTemp, 'evolink-video', release?.assetName ?? 'video.mp4')
    const problem =
      !inside(workspace, path) && !inside(runnerTemp, path)
        ? `must stay inside the workspace (${workspace}) or RUNNER_TEMP (${runnerTemp}); it resolves to ${path}`
        : underGit(within(workspace, path) ?? '')
          ? 'must not be inside .git/'
          : downloadPathProblem(pathRaw, path)
    if (problem) report.refuse('download-path', pathRaw, problem)
    else if (maxBytes !== undefined) download = { path, maxBytes }
  }
  const fileName = download && pathRaw ? basename(download.path) : undefined
  // The artifact is named after the file: a name GitHub would refuse is refused now, before any credit is spent.
  if (artifactAsked && fileName && ARTIFACT_NAME_REFUSED.test(fileName)) {
    report.refuse('download-path', pathRaw, `with artifact: true its file name names the artifact, and GitHub refuses " : < > | * ? \\ / and line breaks in artifact names`)
  }
  const artifact = artifactAsked ? { retentionDays: Number.isNaN(retentionDays) ? undefined : retentionDays, fileName } : undefined
  return { download, maxDownloadBytes: maxBytes ?? 0, prComment, prCommentKey, release, artifact, githubToken }
}
