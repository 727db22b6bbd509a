// Puts a video restored from the Actions cache where the workflow asked for it, only when its bytes are
// the ones the record names: read through a checked handle (a regular file, no link), copied into a new
// file beside the target (part-file.ts, as a download is), hashed on the way, and renamed only when size
// and SHA-256 match; otherwise, or on any error, nothing is left behind.
import { closeSync, createReadStream } from 'node:fs'
import { mkdir } from 'node:fs/promises'
import { dirname } from 'node:path'
import { openRegularFile } from '../open-regular-file.js'
import { PartFile } from './part-file.js'

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
  let part: PartFile
  try {
    await mkdir(dirname(to), { recursive: true })
    part = await PartFile.create(to)
  } catch (error) {
    closeSync(opened.fd)
    throw error
  }
  // From here the read stream owns the handle and closes it, whatever happens.
  try {
    const tooLong = () => new Error(`the restored video grew past the ${expected.size} bytes the record says while it was read`)
    await part.take(createReadStream('', { fd: opened.fd, highWaterMark: 1 << 20 }), expected.size, tooLong)
    const sha256 = part.digest()
    if (part.size !== expected.size || sha256 !== expected.sha256) {
      await part.discard()
      return { problem: `the restored video's SHA-256 is ${sha256}, the record says ${expected.sha256}` }
    }
    await part.commit(to)
    return { path: to, size: expected.size, sha256 }
  } catch (error) {
    await part.discard()
    throw error
  }
}
