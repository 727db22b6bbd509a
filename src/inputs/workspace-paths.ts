// Paths the repository controls (prompt-file, download-path) are checked where they really land: symlinks
// are followed, so a link in the workspace cannot carry a read or a write outside it or into .git/, where
// actions/checkout keeps the token.
import { lstatSync, realpathSync } from 'node:fs'
import path, { basename, dirname, join } from 'node:path'

const present = (path: string) => {
  try {
    return Boolean(lstatSync(path))
  } catch {
    return false
  }
}

/** Where a path really lands: symlinks in the part that exists are followed. Throws on a dangling link. */
export function realLocation(path: string): string {
  const rest: string[] = []
  let existing = path
  while (!present(existing) && dirname(existing) !== existing) {
    rest.unshift(basename(existing))
    existing = dirname(existing)
  }
  return join(realpathSync(existing), ...rest)
}

/** macOS and Windows file systems ignore case by default: /Work/x and /work/x are the same place there. */
const CASE_INSENSITIVE = process.platform === 'darwin' || process.platform === 'win32'

/**
 * `target` relative to `root` when it lies inside it, else undefined. Pure: `api` is path.posix or
 * path.win32 (where relative() also spans drive letters and UNC shares: another drive gives an absolute
 * path, so it is outside), `foldCase` compares without case.
 */
export function relativeInside(root: string, target: string, api: path.PlatformPath = path, foldCase = CASE_INSENSITIVE): string | undefined {
  const [r, t] = foldCase ? [root.toLowerCase(), target.toLowerCase()] : [root, target]
  const rel = api.relative(r, t)
  const outside = rel === '..' || rel.startsWith(`..${api.sep}`) || rel.startsWith('../') || api.isAbsolute(rel)
  return outside ? undefined : rel
}

/** `path` relative to `root`, both resolved through symlinks; undefined when it lies outside `root`. */
export function within(root: string, target: string): string | undefined {
  try {
    return relativeInside(realLocation(root), realLocation(target))
  } catch {
    return undefined
  }
}

/** True when a relative path passes through a `.git` folder (any case: some file systems ignore it). */
export function underGit(rel: string): boolean {
  return rel.split(/[\\/]/).some(part => part.toLowerCase() === '.git')
}

/** The nearest part of `path` that exists (the path itself, or an ancestor). */
export function nearestExisting(path: string): string {
  let existing = path
  while (!present(existing) && dirname(existing) !== existing) existing = dirname(existing)
  return existing
}
