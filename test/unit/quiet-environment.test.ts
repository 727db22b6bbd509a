// The test environment holds back a test's stdout: dropped when the test passes, shown when it fails.
import { describe, expect, it } from '@jest/globals'
// @ts-expect-error -- a plain .mjs module jest loads as the environment; it has no type declarations
import QuietEnvironment from '../harness/quiet-environment.mjs'

type Handler = (event: { name: string; test?: { name: string; errors: unknown[] } }) => Promise<void>

/** Runs one test's events through the environment's handler, with stderr captured; returns what reached it. */
async function runThrough(errors: unknown[]): Promise<string> {
  const environment = { held: [] as string[], write: undefined }
  const handle = (QuietEnvironment.prototype.handleTestEvent as Handler).bind(environment)
  const stderr: string[] = []
  const realStderr = process.stderr.write
  process.stderr.write = ((chunk: string) => (stderr.push(chunk), true)) as typeof process.stderr.write
  try {
    await handle({ name: 'test_start' })
    process.stdout.write('::debug::a library line\n')
    await handle({ name: 'test_done', test: { name: 'the test', errors } })
  } finally {
    process.stderr.write = realStderr
  }
  return stderr.join('')
}

describe('quiet test environment', () => {
  it("drops a passing test's stdout", async () => {
    expect(await runThrough([])).toBe('')
  })

  it("shows a failing test's stdout after it, naming the test", async () => {
    const shown = await runThrough([new Error('boom')])
    expect(shown).toContain('stdout of the failed test "the test"')
    expect(shown).toContain('::debug::a library line')
  })

  it('gives stdout back after the test', async () => {
    const before = process.stdout.write
    await runThrough([])
    expect(process.stdout.write).toBe(before)
  })
})
