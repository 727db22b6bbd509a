// Puts a video restored from the Actions cache where the workflow asked for it, only when its bytes are
// the ones the record names: read through a checked handle (a regular file, no link), copied into a new
// file created exclusively beside the target, hashed on the way, and renamed only when size and SHA-256 match.
import { createHash, randomBytes } from 'node:crypto'
import { closeSync, constants, createReadStream } from 'node:fs'
import { mkdir, open, rm } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import { openRegularFile } from '../open-regular-file.js'
import { renameRetrying } from './download.js'

export interface PlacedVideo {
  path: string
  size: number
  sha256: string
}

/** The placed file, or why the restored one was not used (the caller then generates the video). */
export async function placeRestoredVideo(from: string, to: string, expected: { size: number; sha256: string }): Promise<PlacedVideo | { problem: string }> {
  const opened = openRegularFile(from)
  if (!opened.ok) return { problem: `the restored video ${opened.problem.replace(/^must be/, 'is not')}` }
  if (opened.size !== expected.size) {
    closeSync(opened.fd)
    return { problem: `the restored video has ${opened.size} bytes, the record says ${expected.size}` }
  }
  await mkdir(dirname(to), { recursive: true })
  const temporary = join(dirname(to), `.${basename(to)}.${randomBytes(12).toString('hex')}.part`)
  const file = await open(temporary, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | (constants.O_NOFOLLOW ?? 0))
  const hash = createHash('sha256')
  try {
    for await (const chunk of createReadStream('', { fd: opened.fd, highWaterMark: 1 << 20 })) {
      hash.update(chunk as Buffer)
      await file.write(chunk as Buffer)
    }
  } finally {
    await file.close()
  }
  const sha256 = hash.digest('hex')
  if (sha256 !== expected.sha256) {
    await rm(temporary, { force: true })
    return { problem: `the restored video's SHA-256 is ${sha256}, the record says ${expected.sha256}` }
  }
  await renameRetrying(temporary, to)
  return { path: to, size: expected.size, sha256 }
}
