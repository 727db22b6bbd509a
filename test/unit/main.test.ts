// run() with exactly the @actions/core functions it uses mocked, against the simulator on loopback.
import { jest } from '@jest/globals'
import { EvoLinkSimulator } from '../simulator/server.js'
import { evaluatedDefault, readActionYml } from '../harness/run-action.js'

const outputs: Record<string, string> = {}
const logs: string[] = []
// Inputs reach the action as INPUT_* variables (read without @actions/core, see src/inputs/read-input.ts),
// and on the runner, where GITHUB_ACTIONS is true, the key is masked with ::add-mask::.
function setInputs(values: Record<string, string>): void {
  process.env.GITHUB_ACTIONS = 'true'
  const all: Record<string, string> = { prompt: 'A cat', ...values }
  for (const [name, spec] of Object.entries(readActionYml().inputs)) {
    process.env[`INPUT_${name.toUpperCase()}`] = all[name] ?? evaluatedDefault(spec.default)
  }
}
const core = {
  setOutput: jest.fn((name: string, value: string) => void (outputs[name] = value)),
  setFailed: jest.fn((message: string) => void logs.push(`failed: ${message}`)),
  info: jest.fn((line: string) => void logs.push(line)),
  warning: jest.fn((line: string) => void logs.push(`warning: ${line}`)),
  notice: jest.fn((line: string) => void logs.push(`notice: ${line}`)),
  debug: jest.fn(),
  summary: { addRaw: jest.fn(() => core.summary), write: jest.fn(async () => core.summary) }
}
jest.unstable_mockModule('@actions/core', () => core)
const { run } = await import('../../src/main.js')

let sim: EvoLinkSimulator
beforeEach(async () => {
  sim = await new EvoLinkSimulator({ taskMs: 300, pendingMs: 50 }).start()
  for (const key of Object.keys(outputs)) delete outputs[key]
  logs.length = 0
  jest.clearAllMocks()
})
afterEach(() => sim.stop())

const fast = () => ({ 'base-url': sim.url, 'poll-interval': '0.05', timeout: '10', 'api-key': 'sk-evo-unit' })

describe('run', () => {
  it('masks the key first, submits once, sets task-id before polling and the rest at the end', async () => {
    setInputs(fast())
    const stdout = jest.spyOn(process.stdout, 'write').mockImplementation(() => true)
    await run()
    expect(stdout.mock.calls[0]?.[0]).toMatch(/^::add-mask::sk-evo-unit\r?\n$/)
    stdout.mockRestore()
    expect(core.setFailed).not.toHaveBeenCalled()
    expect(sim.creations).toBe(1)
    expect(core.setOutput.mock.calls[0]).toEqual(['task-id', expect.stringMatching(/^task-unified-/)])
    expect(outputs).toMatchObject({ status: 'completed', progress: '100', 'credits-reserved': '10' })
    expect(outputs['video-url']).toBe(JSON.parse(outputs['video-urls'] ?? '[]')[0])
    expect(core.summary.write).not.toHaveBeenCalled() // no GITHUB_STEP_SUMMARY outside the runner
  })

  it('fails on invalid input without a single request', async () => {
    setInputs({ ...fast(), duration: '99' })
    await run()
    expect(core.setFailed).toHaveBeenCalledWith(expect.stringContaining('Input \'duration\' is "99"'))
    expect(sim.requests).toHaveLength(0)
  })

  it('reports a failed task with its error code and message', async () => {
    sim.options.outcome = { status: 'failed', code: 'content_policy_violation', message: 'Prompt refused' }
    setInputs(fast())
    await run()
    expect(outputs).toMatchObject({ status: 'failed', 'error-code': 'content_policy_violation', 'error-message': 'Prompt refused' })
    expect(core.setFailed).toHaveBeenCalledWith(expect.stringContaining('Change the prompt'))
    expect(outputs['video-url']).toBeUndefined()
  })

  it('never reports an empty video-url for a completed task without results', async () => {
    sim.options.outcome = { status: 'completed-empty' }
    setInputs(fast())
    await run()
    expect(outputs).toMatchObject({ status: 'completed', 'error-code': 'no_results' })
    expect(outputs['video-url']).toBeUndefined()
    expect(core.setFailed).toHaveBeenCalled()
  })

  it('explains a refused key', async () => {
    setInputs({ ...fast(), 'api-key': 'wrong-key' })
    await run()
    expect(core.setFailed).toHaveBeenCalledWith(expect.stringContaining('Check the secret you pass as api-key'))
    expect(logs.join('\n')).not.toContain('wrong-key')
  })
})
