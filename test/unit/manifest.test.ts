// Manifests, the plain parts: reading the file (typed YAML values, ids, unknown keys, prototype keys,
// aliases), the inputs of an entry over the step's, the scheduler's slots and the shared 429 back-off.
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { readManifest } from '../../src/inputs/manifest.js'
import { entryReader, videoFromStandIn } from '../../src/step/plan.js'
import { sharedBackoff, slots } from '../../src/step/scheduler.js'
import { ApiError } from '../../src/evolink/errors.js'
import type { EvoLinkClient } from '../../src/evolink/client.js'

async function manifest(text: string) {
  const dir = mkdtempSync(join(tmpdir(), 'evolink-manifest-'))
  writeFileSync(join(dir, 'm.yml'), text)
  return readManifest('m.yml', dir)
}

describe('readManifest', () => {
  it('takes 1,000 entries and refuses 1,001; refuses a file over 2 MiB and one with more tokens than it allows, before parsing it', async () => {
    const entries = (n: number) => `videos:\n${Array.from({ length: n }, (_, i) => `  - id: e${i}\n    prompt: p\n`).join('')}`
    const thousand = await manifest(entries(1000))
    expect(thousand.ok && thousand.entries).toHaveLength(1000)
    expect(await manifest(entries(1001))).toEqual({ ok: false, problems: ["Input 'manifest' lists 1001 videos: at most 1000."] })
    const big = await manifest(`videos:\n  - id: a\n    prompt: ${'x'.repeat(2 << 20)}\n`)
    expect(big.problems[0]).toContain('must be at most 2048 KiB')
    const tokens = await manifest(`videos:\n  - id: a\n    params: [${Array(600_000).fill('1').join(',')}]\n`)
    expect(tokens.problems).toEqual(['Input \'manifest\' ("m.yml") holds more than 100000 YAML tokens: split it, or shorten its lists.'])
  })
  it('turns typed YAML values into the strings the inputs would be', async () => {
    const read = await manifest(`videos:
  - id: a.b_c-1
    duration: 10
    generate-audio: false
    image-urls: [https://x.example/1.png, docs/b.png]
    params: { n: 2, nested: { k: v } }
    seed: null
`)
    expect(read).toEqual({
      ok: true,
      problems: [],
      entries: [
        {
          id: 'a.b_c-1',
          values: {
            duration: '10',
            'generate-audio': 'false',
            'image-urls': 'https://x.example/1.png\ndocs/b.png',
            params: '{"n":2,"nested":{"k":"v"}}',
            seed: ''
          }
        }
      ]
    })
  })
  it('JSON is YAML', async () => {
    expect(await manifest('{"videos": [{"id": "x", "prompt": "p"}]}')).toMatchObject({ ok: true, entries: [{ id: 'x', values: { prompt: 'p' } }] })
  })
  it.each([
    ['no videos list', 'other: 1', /top-level 'videos:' list/],
    ['an empty list', 'videos: []', /top-level 'videos:' list/],
    ['invalid YAML', 'videos: [', /is not valid YAML/],
    ['a duplicate key', 'videos:\n  - id: a\n    id: b', /is not valid YAML/],
    ['a __proto__ key', 'videos:\n  - id: a\n    params: { __proto__: { x: 1 } }', /the key "__proto__"/],
    [
      'a billion laughs',
      `a: &a [x, x, x, x, x, x, x, x, x, x]\n${Array.from(
        { length: 12 },
        (_, i) =>
          `l${i}: &l${i} [${Array(10)
            .fill(i === 0 ? '*a' : `*l${i - 1}`)
            .join(', ')}]`
      ).join('\n')}\nvideos: [*l11]`,
      /not valid YAML|alias/i
    ]
  ])('refuses %s', async (_label, text, message) => {
    const read = await manifest(text)
    expect(read.ok).toBe(false)
    expect(read.problems.join('\n')).toMatch(message)
  })
  it.each([
    ['a bad id', '  - id: "a b"', /'id' is "a b": it must be 1 to 64 letters/],
    ['a missing id', '  - prompt: x', /Manifest entry 1: 'id' is ""/],
    ['an unknown key', '  - id: a\n    promt: x', /Manifest entry 'a': "promt" is not an input an entry may set; it may set model, prompt/],
    ['a step-only input', '  - id: a\n    api-key: x', /"api-key" is not an input an entry may set/],
    ['a list where one value goes', '  - id: a\n    duration: [5, 10]', /input 'duration' must be a single value, not a list/],
    ['a mapping where one value goes', '  - id: a\n    prompt: { a: 1 }', /input 'prompt' must be a single value, not a mapping/]
  ])('reports %s naming the entry', async (_label, entry, message) => {
    expect((await manifest(`videos:\n${entry}\n`)).problems.join('\n')).toMatch(message)
  })
})

describe('entryReader', () => {
  const step = (name: string) =>
    (({ prompt: 'step prompt', model: 'kling-o3-text-to-video', 'pr-comment': 'true', 'download-path': 'one.mp4', quality: '1080p' }) as Record<string, string>)[name] ?? ''
  it("takes the entry's value, else the step's", () => {
    const read = entryReader({ id: 'a', values: { quality: '720p' } }, step, 1)
    expect([read('quality'), read('model'), read('prompt')]).toEqual(['720p', 'kling-o3-text-to-video', 'step prompt'])
  })
  it("an entry's prompt-file replaces the step's prompt; pr-comment is the step's, checked with each entry; assets are named from the id", () => {
    const read = entryReader({ id: 'intro', values: { 'prompt-file': 'p.txt' } }, step, 3)
    expect([read('prompt'), read('prompt-file'), read('pr-comment'), read('asset-name'), read('download-path')]).toEqual(['', 'p.txt', 'true', 'intro.mp4', ''])
  })
  it('an entry with video-from is checked with a stand-in for the video input, whatever the step sets', () => {
    const read = entryReader({ id: 'b', values: {}, from: 'a' }, name => (name === 'video-urls' ? 'https://example.com/v.mp4' : ''), 2)
    expect(read('video-urls')).toBe(videoFromStandIn('a'))
  })
})

describe('slots', () => {
  it('never runs more than the limit at once; waiting work starts lowest rank first', async () => {
    const hold = slots(2)
    let running = 0
    let most = 0
    const began: number[] = []
    const work = (n: number, rank: number[]) =>
      hold(rank, async () => {
        began.push(n)
        most = Math.max(most, ++running)
        await new Promise(resolve => setTimeout(resolve, 10))
        running--
        return n * 10
      })
    const results = await Promise.all([work(1, [0, 1]), work(2, [0, 2]), work(3, [0, 3]), work(4, [-2, 4]), work(5, [0, 5])])
    expect(most).toBe(2)
    expect(results).toEqual([10, 20, 30, 40, 50])
    // 4 waited with a longer chain below it (rank -2): it goes before 3 and 5, listed earlier or later.
    expect(began).toEqual([1, 2, 4, 3, 5])
  })
})

describe('sharedBackoff', () => {
  it('after a 429, holds every poll of every task until its Retry-After', async () => {
    let clock = 0
    const slept: number[] = []
    let calls = 0
    const client = {
      submit: async () => {
        throw new Error('not used')
      },
      getCredits: async () => {
        throw new Error('not used')
      },
      getTask: async (id: string) => {
        if (calls++ === 0) throw new ApiError(429, 'rate_limited', 'slow down', 3000)
        return { id, status: 'pending', results: [], refusedResults: [] }
      }
    } satisfies EvoLinkClient
    const shared = sharedBackoff(
      client,
      async ms => {
        slept.push(ms)
        clock += ms
      },
      () => clock
    )
    const signal = new AbortController().signal
    await expect(shared.getTask('task-unified-a', signal)).rejects.toBeInstanceOf(ApiError)
    clock += 1000
    await shared.getTask('task-unified-b', signal)
    expect(slept).toEqual([2000])
    await shared.getTask('task-unified-c', signal)
    expect(slept).toEqual([2000])
  })
})
