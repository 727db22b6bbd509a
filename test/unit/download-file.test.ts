// The download's temporary file: created exclusively under a name nobody can guess, so a link planted in
// the download folder cannot carry the write elsewhere.
import { mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { download } from '../../src/delivery/download.js'
import type { Open, OpenReply } from '../../src/net/http.js'

const posix = process.platform === 'win32' ? it.skip : it
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

posix('links planted at the names an earlier build used (pid-based) are never written through', async () => {
  // The earlier name was `.v.mp4.<pid>.part`: plant it for this pid and its neighbours.
  for (let pid = process.pid - 5; pid <= process.pid + 5; pid++) symlinkSync(victim, join(dir, `.v.mp4.${pid}.part`))
  const saved = await download(options(serving('video bytes')))
  expect(readFileSync(victim, 'utf8')).toBe('precious')
  expect(readFileSync(saved.path, 'utf8')).toBe('video bytes')
})

it('names the temporary file with 96 random bits, different on every download', async () => {
  const seen: string[] = []
  const look = () => seen.push(...readdirSync(dir).filter(name => name.endsWith('.part')))
  await download(options(serving('one', look)))
  await download(options(serving('two', look)))
  expect(seen).toHaveLength(2)
  expect(seen[0]).toMatch(/^\.v\.mp4\.[0-9a-f]{24}\.part$/)
  expect(seen[0]).not.toBe(seen[1])
  expect(readdirSync(dir)).toEqual(['v.mp4'])
})
