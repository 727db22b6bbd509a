// The temporary file a video is written into (download and cache restore alike): created exclusively under a
// name nobody can guess, so a link planted in the folder cannot carry the write elsewhere; nothing left behind.
import { posixIt } from '../harness/posix-it.js'
import { mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createHash } from 'node:crypto'
import { download } from '../../src/delivery/download.js'
import { placeRestoredVideo } from '../../src/delivery/restore-video.js'
import type { Open, OpenReply } from '../../src/net/http.js'

let dir: string
let victim: string
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'evolink-dl-'))
  victim = join(mkdtempSync(join(tmpdir(), 'evolink-victim-')), 'keep.txt')
  writeFileSync(victim, 'precious')
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

/** Serves `body`, and before answering lets `during` look at the folder (the temporary file exists then). */
const serving =
  (body: string, during: () => void = () => undefined): Open =>
  async () => {
    during()
    return {
      status: 200,
      header: name => (name === 'content-length' ? String(body.length) : undefined),
      body: (async function* () {
        yield Buffer.from(body)
      })(),
      destroy: () => undefined
    } satisfies OpenReply
  }
const options = (open: Open) => ({
  url: 'https://cdn.public.test/v.mp4',
  path: join(dir, 'v.mp4'),
  maxBytes: 1024,
  attempts: 1,
  idleTimeoutMs: 5000,
  totalTimeoutMs: 10_000,
  signal: new AbortController().signal,
  open,
  sleep: async () => undefined
})

posixIt('links planted at the names an earlier build used (pid-based) are never written through', async () => {
  // The earlier name was `.v.mp4.<pid>.part`: plant it for this pid and its neighbours.
  for (let pid = process.pid - 5; pid <= process.pid + 5; pid++) symlinkSync(victim, join(dir, `.v.mp4.${pid}.part`))
  const saved = await download(options(serving('video bytes')))
  expect(readFileSync(victim, 'utf8')).toBe('precious')
  expect(readFileSync(saved.path, 'utf8')).toBe('video bytes')
})

it('writes into a temporary file beside the target under a new name every time, and leaves only the video', async () => {
  const seen: string[] = []
  const look = () => seen.push(...readdirSync(dir).filter(name => name !== 'v.mp4'))
  await download(options(serving('one', look)))
  await download(options(serving('two', look)))
  expect(seen).toHaveLength(2)
  expect(seen[0]).not.toBe(seen[1])
  expect(readdirSync(dir)).toEqual(['v.mp4'])
  expect(readFileSync(join(dir, 'v.mp4'), 'utf8')).toBe('two')
})

describe('a video restored from the cache, placed through the same temporary file', () => {
  const sha256 = (text: string) => createHash('sha256').update(text).digest('hex')
  const restored = (text: string) => {
    const from = join(dir, 'restored.bin')
    writeFileSync(from, text)
    return from
  }

  it('is placed when size and SHA-256 match, leaving nothing else', async () => {
    const placed = await placeRestoredVideo(restored('cached video'), join(dir, 'out', 'v.mp4'), { size: 12, sha256: sha256('cached video') })
    expect(placed).toEqual({ path: join(dir, 'out', 'v.mp4'), size: 12, sha256: sha256('cached video') })
    expect(readdirSync(join(dir, 'out'))).toEqual(['v.mp4'])
  })

  it('is refused when its bytes differ from the record, and no partial file is left', async () => {
    const placed = await placeRestoredVideo(restored('planted!!!!!'), join(dir, 'out', 'v.mp4'), { size: 12, sha256: sha256('cached video') })
    expect(placed).toEqual({ problem: expect.stringContaining("the restored video's SHA-256 is") })
    expect(readdirSync(join(dir, 'out'))).toEqual([])
  })

  posixIt('leaves no partial file when the target folder cannot take it', async () => {
    writeFileSync(join(dir, 'out'), 'a file where the folder should be')
    await expect(placeRestoredVideo(restored('cached video'), join(dir, 'out', 'v.mp4'), { size: 12, sha256: sha256('cached video') })).rejects.toThrow()
    expect(readdirSync(dir).sort()).toEqual(['out', 'restored.bin'])
  })
})
