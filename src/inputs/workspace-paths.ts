// Paths the repository controls (prompt-file, download-path) are checked where they really land: symlinks
// are followed, so a link in the workspace cannot carry a read or a write outside it or into .git/, where
// actions/checkout keeps the token.
import { lstatSync, realpathSync } from 'node:fs'
import { basename, dirname, isAbsolute, join, relative } from 'node:path'

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

/** `path` relative to `root`, both resolved through symlinks; undefined when it lies outside `root`. */
export function within(root: string, path: string): string | undefined {
  try {
    const rel = relative(realLocation(root), realLocation(path))
    return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel)) ? rel : undefined
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
