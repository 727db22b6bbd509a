// Files the repository names are checked on the handle that reads them, not on a path looked up twice:
// opened without blocking (a FIFO or a device would wait forever for a writer), without following a final
// symlink (the caller resolved the path already), then fstat'ed, and refused unless a regular file.
import { closeSync, constants, fstatSync, openSync } from 'node:fs'

// Windows has neither flag: there a FIFO cannot sit in the workspace, and links were resolved before.
const FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOFOLLOW ?? 0)

export type Opened = { ok: true; fd: number; size: number } | { ok: false; problem: string }

/** An open descriptor of a regular file (the caller closes it), or why there is none. */
export function openRegularFile(path: string): Opened {
  let fd: number
  try {
    fd = openSync(path, FLAGS)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ELOOP') return { ok: false, problem: 'must be a regular file, but it is a symbolic link that changed after it was checked' }
    return { ok: false, problem: `must be a readable file (${code ?? (error as Error).message})` }
  }
  const stat = fstatSync(fd)
  if (stat.isFile()) return { ok: true, fd, size: stat.size }
  closeSync(fd)
  const kind = stat.isFIFO()
    ? 'a named pipe (FIFO)'
    : stat.isSocket()
      ? 'a socket'
      : stat.isCharacterDevice() || stat.isBlockDevice()
        ? 'a device'
        : stat.isDirectory()
          ? 'a folder'
          : 'not a file'
  return { ok: false, problem: `must be a regular file, but it is ${kind}` }
}
