// Empty means default; booleans in the spellings core.getBooleanInput accepts; the mask only for the runner.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'yaml'
import { ACTION_DEFAULTS } from '../../src/inputs/action-defaults.js'
import { bool } from '../../src/inputs/input-kit.js'
import { readInput } from '../../src/inputs/read-input.js'
import { readSettings } from '../../src/inputs/settings.js'
import { maskSecret } from '../../src/github/runner.js'
import { ROOT } from '../harness/run-action.js'

describe('readInput', () => {
  it("falls back to action.yml's default when the runner hands over '' or blanks", () => {
    expect(readInput('poll-strategy', { 'INPUT_POLL-STRATEGY': '' })).toBe('adaptive')
    expect(readInput('poll-strategy', { 'INPUT_POLL-STRATEGY': '  ' })).toBe('adaptive')
    expect(readInput('poll-strategy', {})).toBe('adaptive')
    expect(readInput('poll-strategy', { 'INPUT_POLL-STRATEGY': ' fixed ' })).toBe('fixed')
    expect(readInput('quality', { INPUT_QUALITY: '' })).toBe('') // no fixed default: the model's documented one applies
    expect(readInput('prompt', { INPUT_PROMPT: '' })).toBe('') // no default
    expect(readInput('github-token', { 'INPUT_GITHUB-TOKEN': '' })).toBe('') // an expression: the runner's to evaluate
  })

  it('reads settings from a workflow that passes every input empty: all defaults', async () => {
    const env = Object.fromEntries(Object.keys(parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')).inputs).map(name => [`INPUT_${name.toUpperCase()}`, '']))
    Object.assign(env, { 'INPUT_API-KEY': 'sk-evo-x', INPUT_PROMPT: 'A cat' })
    const settings = await readSettings(
      name => readInput(name, env),
      () => undefined,
      { GITHUB_WORKSPACE: ROOT }
    )
    expect(settings).toMatchObject({
      model: 'kling-o3-text-to-video',
      fields: { duration: 5, aspect_ratio: '16:9', quality: '720p', sound: 'off' },
      wait: true,
      timeoutMs: 900_000
    })
  })
})

describe('the defaults live once, in action.yml', () => {
  it('src/inputs/action-defaults.ts is what npm run build generates from action.yml', () => {
    const inputs = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')).inputs as Record<string, { default?: string }>
    const expected = Object.fromEntries(
      Object.entries(inputs)
        .filter(([, s]) => s.default !== undefined && !s.default.includes('${{'))
        .map(([n, s]) => [n, String(s.default)])
    )
    expect(ACTION_DEFAULTS).toEqual(expected)
  })
})

describe('booleans', () => {
  it.each(['true', 'True', 'TRUE'])('%s is true', raw => expect(bool(raw)).toBe(true))
  it.each(['false', 'False', 'FALSE'])('%s is false', raw => expect(bool(raw)).toBe(false))
  it.each(['yes', 'tRUE', '1', 'on', ''])('%s is refused', raw => expect(bool(raw)).toBeUndefined())
})

describe('maskSecret', () => {
  it('writes ::add-mask:: for the runner, escaped', () => {
    const lines: string[] = []
    maskSecret('a%b\nc', { GITHUB_ACTIONS: 'true' }, line => lines.push(line))
    expect(lines).toEqual([expect.stringMatching(/^::add-mask::a%25b%0Ac\r?\n$/)])
  })
  it('writes nothing elsewhere (a terminal or @github/local-action would print the secret)', () => {
    const lines: string[] = []
    maskSecret('sk-evo-x', {}, line => lines.push(line))
    expect(lines).toEqual([])
  })
})
