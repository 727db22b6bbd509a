// run() with exactly the @actions/core functions it uses mocked, against the simulator on loopback.
import { jest } from '@jest/globals'
import { EvoLinkSimulator } from '../simulator/server.js'
import { inputReader } from '../harness/inputs.js'

const outputs: Record<string, string> = {}
const logs: string[] = []
let read = inputReader({})
const core = {
  getInput: jest.fn((name: string) => read(name)),
  setSecret: jest.fn(),
  setOutput: jest.fn((name: string, value: string) => void (outputs[name] = value)),
  setFailed: jest.fn((message: string) => void logs.push(`failed: ${message}`)),
  info: jest.fn((line: string) => void logs.push(line)),
  warning: jest.fn((line: string) => void logs.push(`warning: ${line}`)),
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
    read = inputReader(fast())
    await run()
    expect(core.setSecret).toHaveBeenCalledWith('sk-evo-unit')
    expect(core.setSecret.mock.invocationCallOrder[0]).toBeLessThan(core.info.mock.invocationCallOrder[0] ?? Infinity)
    expect(core.setFailed).not.toHaveBeenCalled()
    expect(sim.creations).toBe(1)
    expect(core.setOutput.mock.calls[0]).toEqual(['task-id', expect.stringMatching(/^task-unified-/)])
    expect(outputs).toMatchObject({ status: 'completed', progress: '100', 'credits-reserved': '10' })
    expect(outputs['video-url']).toBe(JSON.parse(outputs['video-urls'] ?? '[]')[0])
    expect(core.summary.write).not.toHaveBeenCalled() // no GITHUB_STEP_SUMMARY outside the runner
  })

  it('fails on invalid input without a single request', async () => {
    read = inputReader({ ...fast(), duration: '99' })
    await run()
    expect(core.setFailed).toHaveBeenCalledWith(expect.stringContaining("Input 'duration' is \"99\""))
    expect(sim.requests).toHaveLength(0)
  })

  it('reports a failed task with its error code and message', async () => {
    sim.options.outcome = { status: 'failed', code: 'content_policy_violation', message: 'Prompt refused' }
    read = inputReader(fast())
    await run()
    expect(outputs).toMatchObject({ status: 'failed', 'error-code': 'content_policy_violation', 'error-message': 'Prompt refused' })
    expect(core.setFailed).toHaveBeenCalledWith(expect.stringContaining('Change the prompt'))
    expect(outputs['video-url']).toBeUndefined()
  })

  it('never reports an empty video-url for a completed task without results', async () => {
    sim.options.outcome = { status: 'completed-empty' }
    read = inputReader(fast())
    await run()
    expect(outputs).toMatchObject({ status: 'completed', 'error-code': 'no_results' })
    expect(outputs['video-url']).toBeUndefined()
    expect(core.setFailed).toHaveBeenCalled()
  })

  it('explains a refused key', async () => {
    read = inputReader({ ...fast(), 'api-key': 'wrong-key' })
    await run()
    expect(core.setFailed).toHaveBeenCalledWith(expect.stringContaining('The API key was refused'))
    expect(logs.join('\n')).not.toContain('wrong-key')
  })
})
