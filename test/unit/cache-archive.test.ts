// A cache entry's archive is read as data: real archives made by GNU tar (as @actions/cache makes them, and
// as an attacker could), unpacked by cache-archive.ts, which writes only the members it was told to take.
import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { ArchiveRefused, unpackArchive, type Compression } from '../../src/github/cache-archive.js'

const allowed = { 'result/record.json': 1000, 'result/video.mp4': 100_000 }
const video = Buffer.alloc(70_000, 7)

/** A folder `result/` with a record and a video, and whatever `extra` adds; archived by tar --posix. */
function archive(compression: Compression, extra?: (dir: string) => string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'evolink-archive-'))
  mkdirSync(join(dir, 'result'))
  writeFileSync(join(dir, 'result', 'record.json'), '{"kind":"result"}')
  writeFileSync(join(dir, 'result', 'video.mp4'), video)
  const members = extra ? extra(dir) : ['result']
  const out = join(dir, 'cache.archive')
  const compress = compression === 'gzip' ? ['-z'] : compression === 'zstd' ? ['--use-compress-program', 'zstd'] : []
  execFileSync('tar', ['--posix', '-P', ...compress, '-cf', out, '-C', dir, ...members])
  return out
}

const destination = () => mkdtempSync(join(tmpdir(), 'evolink-unpacked-'))

it.each(['gzip', 'zstd', 'none'] as const)('unpacks what @actions/cache writes (%s): the named files, hashed on the way', async compression => {
  const to = destination()
  const files = await unpackArchive(archive(compression), compression, allowed, to)
  expect(files['result/video.mp4']).toEqual({ size: video.length, sha256: createHash('sha256').update(video).digest('hex') })
  expect(readFileSync(join(to, 'record.json'), 'utf8')).toBe('{"kind":"result"}')
  expect(readdirSync(to).sort()).toEqual(['record.json', 'video.mp4'])
})

it.each([
  ['an absolute path', (dir: string) => (writeFileSync(join(dir, 'abs'), 'x'), ['result', join(dir, 'abs')]), /is not a file this action writes/],
  ["a '../' path", (dir: string) => (writeFileSync(join(dir, 'up'), 'x'), ['result', 'result/../up']), /is not a file this action writes/],
  ['a symbolic link', (dir: string) => (symlinkSync('/etc/passwd', join(dir, 'result', 'link')), ['result']), /"result\/link" is a link/],
  ['a file it does not write', (dir: string) => (writeFileSync(join(dir, 'result', 'other'), 'x'), ['result']), /"result\/other" is not a file/],
  ['a folder it does not write', (dir: string) => (mkdirSync(join(dir, 'other')), ['result', 'other']), /"other\/" is not a folder/],
  ['the same file twice (GNU tar stores the second as a hard link)', () => ['result', 'result/video.mp4'], /"result\/video.mp4" is a link/]
])('refuses an archive with %s, and writes nothing', async (_label, extra, problem) => {
  const to = destination()
  await expect(unpackArchive(archive('gzip', extra), 'gzip', allowed, to)).rejects.toThrow(problem)
  expect(readdirSync(to)).toEqual([])
})

it('refuses a member larger than allowed, a header whose checksum is wrong and a truncated archive', async () => {
  const plain = archive('none')
  await expect(unpackArchive(plain, 'none', { ...allowed, 'result/video.mp4': 10 }, destination())).rejects.toThrow(/has 70000 bytes, more than 10/)
  const bytes = readFileSync(plain)
  const header = Buffer.from(bytes)
  header[10] = (header[10] ?? 0) ^ 1 // the first header's name: its checksum no longer matches
  for (const [content, problem] of [
    [header, /checksum/],
    [bytes.subarray(0, 2048), /ends inside a member|no end-of-archive/]
  ] as const) {
    const path = join(mkdtempSync(join(tmpdir(), 'evolink-bad-')), 'a.tar')
    writeFileSync(path, content)
    await expect(unpackArchive(path, 'none', allowed, destination())).rejects.toBeInstanceOf(ArchiveRefused)
    await expect(unpackArchive(path, 'none', allowed, destination())).rejects.toThrow(problem)
  }
})
