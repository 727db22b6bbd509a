// Inputs that say where the video goes once it exists: a file, a pull request comment, a release asset.
// Checked with the rest, before anything is submitted, so a bad path or a missing tag costs no credits.
import { existsSync, lstatSync, readFileSync, realpathSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, dirname, isAbsolute, join, relative, resolve } from 'node:path'
import { bool, type Fail, type InputReader, type Refuse } from './input-kit.js'

export interface DeliverySettings {
  download?: { path: string; maxBytes: number }
  prComment: boolean
  release?: { tag: string; assetName: string }
  githubToken: string
}

interface Report {
  fail: Fail
  refuse: Refuse
  problem: (text: string) => void
  mask: (secret: string) => void
}

const UNITS: Record<string, number> = { b: 1, kb: 1e3, mb: 1e6, gb: 1e9, kib: 1024, mib: 1024 ** 2, gib: 1024 ** 3 }

/** "2GiB" → 2147483648; undefined when unreadable. */
export function parseSize(raw: string): number | undefined {
  const match = /^(\d+(?:\.\d+)?)\s*([kmg]i?b|b)?$/i.exec(raw)
  if (!match) return undefined
  const bytes = Math.floor(Number(match[1]) * (UNITS[(match[2] ?? 'b').toLowerCase()] ?? NaN))
  return bytes > 0 ? bytes : undefined
}

const present = (path: string) => {
  try {
    return Boolean(lstatSync(path))
  } catch {
    return false
  }
}

/**
 * Where a path really lands: symlinks in the part that exists are followed, so a link inside the
 * workspace cannot carry the download outside it. Throws on a dangling link.
 */
function realLocation(path: string): string {
  const rest: string[] = []
  let existing = path
  while (!present(existing) && dirname(existing) !== existing) {
    rest.unshift(basename(existing))
    existing = dirname(existing)
  }
  return join(realpathSync(existing), ...rest)
}

const inside = (root: string, path: string) => {
  try {
    const rel = relative(realLocation(root), realLocation(path))
    return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel))
  } catch {
    return false
  }
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

export function readDeliverySettings(read: InputReader, report: Report, env: NodeJS.ProcessEnv): DeliverySettings {
  const workspace = resolve(env.GITHUB_WORKSPACE || process.cwd())
  const runnerTemp = resolve(env.RUNNER_TEMP || tmpdir())
  const flag = (name: string): boolean => {
    const parsed = bool(read(name))
    if (parsed === undefined) report.fail(name, read(name), 'true or false')
    return parsed ?? false
  }
  const prComment = flag('pr-comment')
  const releaseAsset = flag('release-asset')
  const githubToken = read('github-token')
  if (githubToken) report.mask(githubToken)

  const maxRaw = read('max-download-size')
  const maxBytes = parseSize(maxRaw)
  if (maxBytes === undefined) report.fail('max-download-size', maxRaw, 'a size such as 2GiB, 500MiB or 104857600 (bytes)')

  let release: DeliverySettings['release']
  if (releaseAsset) {
    const tag = read('release-tag') || releaseTagOfEvent(env)
    const assetName = read('asset-name') || (tag ? `evolink-video-${tag.replace(/[^\w.-]+/g, '-')}.mp4` : '')
    if (!tag) {
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
    if (!inside(workspace, path) && !inside(runnerTemp, path)) {
      report.refuse('download-path', pathRaw, `must stay inside the workspace (${workspace}) or RUNNER_TEMP (${runnerTemp}); it resolves to ${path}`)
    } else if (existsSync(path) && statSync(path).isDirectory()) {
      report.refuse('download-path', pathRaw, `must name a file, but ${path} is a directory`)
    } else if (maxBytes !== undefined) {
      download = { path, maxBytes }
    }
  }
  return { download, prComment, release, githubToken }
}
