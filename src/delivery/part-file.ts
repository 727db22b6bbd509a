// The temporary file a video is written into before it takes its name: created beside the target under a
// name nobody can guess, hashed as it is written, renamed into place only once checked, removed otherwise.
// The download and a video restored from the cache both write through it.
import { createHash, randomBytes } from 'node:crypto'
import { constants } from 'node:fs'
import { open, rename, rm, type FileHandle } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import { Writable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { retry, sleep, type RetryPolicy } from '../net/retry.js'

/**
 * A partial file and the hash of what it holds so far. Each stream is taken into it through `pipeline`
 * (source → count and hash → file): the source is read no faster than the disk takes it, each read buffer
 * is written as it is and dies, and memory stays flat whatever the video's size. The file stays open
 * between takes, so a resumed reply continues where the last one stopped.
 */
export class PartFile {
  size = 0
  private hash = createHash('sha256')
  /** The write in flight: awaited before the size is trusted (a resume asks for what the file holds). */
  private writing: Promise<void> = Promise.resolve()

  private constructor(
    public path: string,
    private file: FileHandle
  ) {}

  static async create(target: string): Promise<PartFile> {
    const path = partPath(target)
    return new PartFile(path, await open(path, CREATE_NEW))
  }

  /**
   * Appends a stream; throws (the stream destroyed) when it fails or passes `maxBytes` (then `tooLarge()`). Bytes are
   * counted and hashed once written, so after a cut `size` is what the file holds, and a resume starts there.
   */
  async take(body: AsyncIterable<Buffer>, maxBytes: number, tooLarge: () => Error): Promise<void> {
    let received = this.size
    const limit = async function* (source: AsyncIterable<Buffer>) {
      for await (const chunk of source) {
        received += chunk.length
        if (received > maxBytes) throw tooLarge()
        yield chunk
      }
    }
    const write = (buffers: Buffer[], done: (error?: Error | null) => void) => {
      this.writing = writeAll(this.file, buffers).then(() => {
        for (const buffer of buffers) {
          this.hash.update(buffer)
          this.size += buffer.length
        }
      })
      this.writing.then(() => done(), done)
    }
    // While a write is in flight the next reads queue (up to 1 MiB), then go down in one writev.
    const sink = new Writable({
      highWaterMark: WRITE_BATCH,
      write: (chunk: Buffer, _encoding, done) => write([chunk], done),
      writev: (chunks, done) =>
        write(
          chunks.map(({ chunk }) => chunk as Buffer),
          done
        )
    })
    try {
      await pipeline(body, limit, sink)
    } finally {
      await this.writing.catch(() => undefined)
    }
  }

  /** Starts over (the host ignored Range), in a new file made the same way. */
  async restart(target: string): Promise<void> {
    await this.close()
    await rm(this.path, { force: true })
    this.path = partPath(target)
    this.file = await open(this.path, CREATE_NEW)
    this.hash = createHash('sha256')
    this.size = 0
  }

  close(): Promise<void> {
    return this.file.close().catch(() => undefined)
  }

  /** Closes the file and puts it at `target` (the caller has checked what it holds). */
  async commit(target: string): Promise<void> {
    await this.close()
    await renameRetrying(this.path, target)
  }

  /** Closes and removes the file: nothing is left behind, whatever went wrong. */
  async discard(): Promise<void> {
    await this.close()
    await rm(this.path, { force: true })
  }

  digest(): string {
    return this.hash.digest('hex')
  }
}

/**
 * The temporary file beside the target: a name nobody can guess, created only if nothing has that name
 * (O_EXCL), never through a link (O_NOFOLLOW), so nothing planted in the folder can redirect the write.
 */
const CREATE_NEW = constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | (constants.O_NOFOLLOW ?? 0)
const partPath = (target: string) => join(dirname(target), `.${basename(target)}.${randomBytes(12).toString('hex')}.part`)

/** Windows: an antivirus or indexer holding the new file makes rename fail for a moment with EPERM or EBUSY. */
const RENAME_RETRY_CODES = new Set(['EPERM', 'EBUSY', 'EACCES'])

/** Renames, retrying briefly (about 3 s in all) while the file is held by someone else. */
export function renameRetrying(from: string, to: string, move = rename, wait: RetryPolicy['sleep'] = sleep): Promise<void> {
  // A local lock, not a crowd of clients: no jitter (random 1), 100 ms doubling to 800 ms, eight tries.
  return retry(() => move(from, to), {
    attempts: 8,
    baseMs: 100,
    capMs: 800,
    random: () => 1,
    retryable: error => RENAME_RETRY_CODES.has((error as NodeJS.ErrnoException).code ?? ''),
    signal: new AbortController().signal,
    sleep: wait
  })
}

/** Bytes of reads gathered into one write at most: fewer, larger writes. */
const WRITE_BATCH = 1 << 20

/** A write may take less than asked; the rest is written until nothing is left. */
async function writeAll(file: FileHandle, buffers: Buffer[]): Promise<void> {
  let rest = [...buffers]
  while (rest.length > 0) {
    let written = (await file.writev(rest)).bytesWritten
    while (rest.length > 0 && written >= (rest[0] as Buffer).length) written -= (rest.shift() as Buffer).length
    if (written > 0 && rest[0]) rest = [(rest[0] as Buffer).subarray(written), ...rest.slice(1)]
  }
}
