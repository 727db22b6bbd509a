// Unpacks a cache entry's archive without `tar`: @actions/cache extracts with `tar -P`, so a planted entry
// with absolute or `../` members would write anywhere the step can (docs/paying-once.md). Here the archive is
// read as data: only the members the caller names (regular files and their folder, as GNU tar --posix writes
// them) are accepted, each within its size; anything else refuses the whole archive in a first pass that
// writes nothing, and the second pass writes each accepted member to a path of the caller's, never one the
// archive names.
import { spawn } from 'node:child_process'
import { createHash, type Hash } from 'node:crypto'
import { constants, createReadStream } from 'node:fs'
import { open, type FileHandle } from 'node:fs/promises'
import { basename, join } from 'node:path'
import { pipeline, type Readable, type Transform } from 'node:stream'
import * as zlib from 'node:zlib'
import { cleanText } from '../net/untrusted.js'

const BLOCK = 512
/** A pax header holds a few attributes; a larger one is not what tar writes for our files. */
const MAX_PAX_BYTES = 64 << 10

export type Compression = 'gzip' | 'zstd' | 'none'

/** The files an archive may hold: path inside the archive → most bytes. Their folder (`result/`) is allowed too. */
export type AllowedMembers = Record<string, number>

export interface UnpackedFile {
  size: number
  sha256: string
}

export class ArchiveRefused extends Error {}

/**
 * The archive's bytes, decompressed: zlib where it can (zstd from Node 22.15), else the `zstd` the library
 * itself found. A read error of the file ends the stream with that error (pipeline), never a silent stall.
 */
function decompressed(path: string, compression: Compression): Readable {
  const zstd = (zlib as unknown as { createZstdDecompress?: () => Transform }).createZstdDecompress
  if (compression === 'zstd' && !zstd) {
    const child = spawn('zstd', ['-d', '-c', '-q', '--', path], { stdio: ['ignore', 'pipe', 'ignore'] })
    child.on('error', error => child.stdout.destroy(error))
    child.on('close', code => code !== 0 && code !== null && child.stdout.destroy(new Error(`zstd ended with code ${code}`)))
    return child.stdout
  }
  const file = createReadStream(path)
  if (compression === 'none') return file
  // The error reaches the returned stream, which the reader iterates; the callback has nothing more to do.
  return pipeline(file, compression === 'gzip' ? zlib.createGunzip() : (zstd as () => Transform)(), () => undefined)
}

interface Member {
  name: string
  type: 'file' | 'directory'
  size: number
}

const text = (block: Buffer, start: number, length: number) => {
  const field = block.subarray(start, start + length)
  const end = field.indexOf(0)
  return field.subarray(0, end < 0 ? length : end).toString('utf8')
}

function octal(block: Buffer, start: number, length: number, what: string): number {
  const raw = text(block, start, length).trim()
  if (!/^[0-7]+$/.test(raw)) throw new ArchiveRefused(`a header's ${what} is not an octal number`)
  return parseInt(raw, 8)
}

function checksumOk(block: Buffer): boolean {
  let sum = 0
  for (let i = 0; i < BLOCK; i++) sum += i >= 148 && i < 156 ? 32 : (block[i] as number)
  return sum === octal(block, 148, 8, 'checksum')
}

/** A pax header's records ("LEN key=value\n"): only path and size change what we read; sparse files are refused. */
function paxAttributes(data: Buffer): Record<string, string> {
  const attributes: Record<string, string> = {}
  let at = 0
  while (at < data.length) {
    const space = data.indexOf(0x20, at)
    const length = Number(data.subarray(at, space).toString('latin1'))
    if (space < 0 || !Number.isSafeInteger(length) || length <= space - at + 1 || at + length > data.length) throw new ArchiveRefused('a pax header is malformed')
    const record = data.subarray(space + 1, at + length - 1).toString('utf8')
    const equals = record.indexOf('=')
    if (equals < 1) throw new ArchiveRefused('a pax header is malformed')
    attributes[record.slice(0, equals)] = record.slice(equals + 1)
    at += length
  }
  if (Object.keys(attributes).some(key => key.startsWith('GNU.sparse'))) throw new ArchiveRefused('it holds a sparse file')
  return attributes
}

/**
 * Walks a tar stream, calling `visit` for each member before its bytes; the sink it returns receives them.
 * Refuses (ArchiveRefused) anything but regular files, folders and pax headers, and a header that does not add up.
 */
async function walk(source: AsyncIterable<Buffer>, visit: (member: Member) => Promise<((chunk: Buffer) => Promise<void>) | undefined>): Promise<void> {
  let pending: Buffer = Buffer.alloc(0)
  let pax: Record<string, string> = {}
  // The member being read: bytes still to come, then padding to the block.
  let remaining = 0
  let padding = 0
  let sink: ((chunk: Buffer) => Promise<void>) | undefined
  let collect: Buffer[] | undefined
  let collecting: 'x' | 'g' | undefined
  let ended = false
  for await (const chunk of source) {
    if (ended) continue // the rest is tar's zero padding; nothing in it is read
    pending = pending.length > 0 ? Buffer.concat([pending, chunk]) : chunk
    while (pending.length > 0 && !ended) {
      if (remaining > 0) {
        const piece = pending.subarray(0, Math.min(remaining, pending.length))
        remaining -= piece.length
        pending = pending.subarray(piece.length)
        if (collect) collect.push(Buffer.from(piece))
        else if (sink) await sink(piece)
        continue
      }
      if (padding > 0) {
        const skip = Math.min(padding, pending.length)
        padding -= skip
        pending = pending.subarray(skip)
        continue
      }
      if (collect) {
        const data = Buffer.concat(collect)
        collect = undefined
        if (collecting === 'x') pax = paxAttributes(data)
        else if ('path' in paxAttributes(data)) throw new ArchiveRefused('a global header sets a path')
        collecting = undefined
      }
      if (pending.length < BLOCK) break
      const block = pending.subarray(0, BLOCK)
      pending = pending.subarray(BLOCK)
      if (block.every(byte => byte === 0)) {
        ended = true
        break
      }
      if (!checksumOk(block)) throw new ArchiveRefused('a header checksum is wrong')
      const type = String.fromCharCode(block[156] as number)
      const prefix = text(block, 345, 155)
      const headerName = prefix ? `${prefix}/${text(block, 0, 100)}` : text(block, 0, 100)
      const size = pax.size !== undefined && /^\d+$/.test(pax.size) ? Number(pax.size) : octal(block, 124, 12, 'size')
      const name = pax.path ?? headerName
      padding = (BLOCK - (size % BLOCK)) % BLOCK
      remaining = size
      sink = undefined
      if (type === 'x' || type === 'g') {
        if (size > MAX_PAX_BYTES) throw new ArchiveRefused('a pax header is too large')
        collect = []
        collecting = type
        continue
      }
      pax = {}
      if (type !== '0' && type !== '\0' && type !== '5') {
        throw new ArchiveRefused(`member ${JSON.stringify(cleanText(name, 120))} is ${type === '1' || type === '2' ? 'a link' : `of type '${cleanText(type, 4)}'`}`)
      }
      sink = await visit({ name, type: type === '5' ? 'directory' : 'file', size })
    }
  }
  if (remaining > 0 || collect) throw new ArchiveRefused('it ends inside a member')
  if (!ended) throw new ArchiveRefused('it has no end-of-archive block')
}

/** Why `member` may not be unpacked, or undefined when it is one of the allowed files (or their folder). */
function memberProblem(member: Member, allowed: AllowedMembers, folders: Set<string>, seen: Set<string>): string | undefined {
  const shown = JSON.stringify(cleanText(member.name, 120))
  if (member.type === 'directory') {
    return folders.has(member.name.endsWith('/') ? member.name : `${member.name}/`) && member.size === 0 ? undefined : `member ${shown} is not a folder this action writes`
  }
  const max = Object.hasOwn(allowed, member.name) ? allowed[member.name] : undefined
  if (max === undefined) return `member ${shown} is not a file this action writes (absolute, '..' and other paths are refused)`
  if (seen.has(member.name)) return `member ${shown} appears twice`
  if (member.size > max) return `member ${shown} has ${member.size} bytes, more than ${max}`
  seen.add(member.name)
  return undefined
}

/**
 * Checks every member of the archive, then writes the allowed files into `destination` (each under its
 * allowed name's last part, created exclusively, never through a link), hashing each on the way. Throws
 * ArchiveRefused, having written nothing, when any member is not allowed.
 */
export async function unpackArchive(path: string, compression: Compression, allowed: AllowedMembers, destination: string): Promise<Record<string, UnpackedFile>> {
  const folders = new Set(Object.keys(allowed).map(name => name.slice(0, name.lastIndexOf('/') + 1)))
  const seen = new Set<string>()
  await walk(decompressed(path, compression), async member => {
    const problem = memberProblem(member, allowed, folders, seen)
    if (problem) throw new ArchiveRefused(problem)
    return undefined
  })
  const files: Record<string, UnpackedFile> = {}
  let current: { handle: FileHandle; hash: Hash; name: string; size: number } | undefined
  const finish = async () => {
    if (!current) return
    const { handle, hash, name, size } = current
    current = undefined
    await handle.close()
    files[name] = { size, sha256: hash.digest('hex') }
  }
  try {
    await walk(decompressed(path, compression), async member => {
      await finish()
      if (member.type === 'directory') return undefined
      const handle = await open(join(destination, basename(member.name)), constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | (constants.O_NOFOLLOW ?? 0), 0o600)
      const file = (current = { handle, hash: createHash('sha256'), name: member.name, size: member.size })
      return async chunk => {
        file.hash.update(chunk)
        await file.handle.write(chunk)
      }
    })
    await finish()
  } finally {
    await current?.handle.close()
  }
  return files
}
