// The bundled action as the runner runs it (child process, INPUT_*, GITHUB_OUTPUT, GITHUB_STEP_SUMMARY)
// against the EvoLink simulator on loopback.
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { EvoLinkSimulator } from '../simulator/server.js'
import { readActionYml, runAction } from '../harness/run-action.js'

const KEY = 'sk-evo-e2e-SECRET-1234'
let sim: EvoLinkSimulator
beforeEach(async () => {
  sim = await new EvoLinkSimulator({ taskMs: 600, pendingMs: 100 }).start()
})
afterEach(() => sim.stop())

const base = () => ({ 'api-key': KEY, prompt: 'A cat running on a grassy field', 'base-url': sim.url, 'poll-interval': '0.1', timeout: '20' })

describe('the bundled action, end to end', () => {
  it('submits once, polls to completion and leaves the outputs and summary behind', async () => {
    const run = await runAction({ ...base(), duration: '8', 'aspect-ratio': '9:16', quality: '1080p', sound: 'on' })
    expect(run.code).toBe(0)
    expect(sim.creations).toBe(1)
    const [task] = [...sim.tasks.values()]
    expect(task?.body).toEqual({ model: 'kling-o3-text-to-video', prompt: 'A cat running on a grassy field', duration: 8, aspect_ratio: '9:16', quality: '1080p', sound: 'on' })
    expect(run.outputs['task-id']).toBe(task?.id)
    expect(run.outputs).toMatchObject({ status: 'completed', progress: '100', 'credits-reserved': '16' })
    expect(run.outputs['video-url']).toBe(`${sim.filesUrl}/videos/${task?.id}.mp4`)
    expect(JSON.parse(run.outputs['video-urls'] ?? '')).toEqual([run.outputs['video-url']])
    const expires = Date.parse(run.outputs['expires-at'] ?? '')
    expect(expires - Date.now()).toBeGreaterThan(23.9 * 3600_000)
    expect(expires - Date.now()).toBeLessThanOrEqual(24 * 3600_000)
    expect(run.summary).toContain('## ✅ Video ready')
    expect(run.summary).toContain(`[Open the video](${run.outputs['video-url']})`)
    // A table that reads as one: its header is its first row, and request fields are labels like the rest.
    expect(run.summary).toMatch(/## ✅ Video ready\n\n\| Status \| completed \|\n\|---\|---\|\n\| Task id \|/)
    expect(run.summary).toContain('| Aspect ratio | 9:16 |')
    expect(run.summary).not.toMatch(/\| [a-z]+\\?_[a-z]+ \|/)
    expect(run.stdout).toMatch(/processing \d+% · /)
    // Polls carried the key to the API origin only.
    expect(sim.requests.filter(r => r.origin === 'api').every(r => r.authorization === `Bearer ${KEY}`)).toBe(true)
  })

  it('writes a debug line for the submission and for each poll decision (shown when step debug logging is on)', async () => {
    const run = await runAction(base())
    expect(run.code).toBe(0)
    // The runner decodes a command's %25 back to %.
    const debug = run.stdout
      .split('\n')
      .filter(line => line.startsWith('::debug::'))
      .map(line => line.replace(/%25/g, '%'))
    expect(debug[0]).toMatch(/^::debug::POST http:\/\/127\.0\.0\.1:\d+\/v1\/videos\/generations: accepted as task-unified-\S+, status pending$/)
    expect(debug.filter(line => /^::debug::poll: (pending|processing|completed)/.test(line)).length).toBe(sim.polls - 1)
    expect(debug.some(line => /poll: processing \d+%; next poll in \d+ ms \(task task-unified-/.test(line))).toBe(true)
  })

  it('treats every empty input as its action.yml default, as a workflow passing an unset inputs.x does', async () => {
    const empty = Object.fromEntries(
      Object.entries(readActionYml().inputs)
        .filter(([, spec]) => spec.default !== undefined)
        .map(([name]) => [name, ''])
    )
    // Only the poll interval is given (its default, 10 s, would make this test slow); its default is unit-tested.
    const run = await runAction({ ...empty, 'api-key': KEY, prompt: 'A cat', 'base-url': sim.url, 'poll-interval': '0.1' }, { killAfterMs: 30_000 })
    expect(run.stdout).not.toMatch(/::error::/)
    expect(run.code).toBe(0)
    expect(run.outputs.status).toBe('completed')
    expect([...sim.tasks.values()][0]?.body).toEqual({ model: 'kling-o3-text-to-video', prompt: 'A cat', duration: 5, aspect_ratio: '16:9', quality: '720p', sound: 'off' })
  }, 60_000)

  it('accepts the YAML spellings of booleans', async () => {
    const run = await runAction({ ...base(), 'dry-run': 'TRUE', wait: 'True', 'pr-comment': 'FALSE' })
    expect(run.code).toBe(0)
    expect(run.stdout).toContain('Dry run: nothing was sent')
  })

  it('masks the key before anything else and never prints it', async () => {
    const run = await runAction(base())
    const lines = run.stdout.split('\n')
    expect(lines[0]).toBe(`::add-mask::${KEY}`)
    expect(lines.slice(1).join('\n') + run.stderr + run.summary + JSON.stringify(run.outputs)).not.toContain(KEY)
  })

  it.each([
    ['duration', '20', /Input 'duration' is "20": model kling-o3-text-to-video allows a whole number from 3 to 15/],
    ['aspect-ratio', '4:3', /Input 'aspect-ratio' is "4:3": model kling-o3-text-to-video allows 16:9, 9:16 or 1:1/],
    ['quality', '2k', /Input 'quality' is "2k": model kling-o3-text-to-video allows 720p, 1080p or 4k/],
    ['model', 'sora-2', /Input 'model' is "sora-2": must be one of the 73 EvoLink video models/],
    ['sound', 'loud', /Input 'sound' is "loud"/],
    ['model-params', '{"foo":1}', /Input 'model-params'.*"foo", which this model does not take \(it takes multi_shot, shot_type, multi_prompt, element_list, watermark_info\)/],
    ['callback-url', 'https://10.0.0.5/hook', /Input 'callback-url'.*private/],
    ['poll-interval', '0', /Input 'poll-interval' is "0"/],
    ['prompt', '2501 × x', /at most 2500 characters \(it has 2501\)/]
  ])('fails on %s = %s with exit code 1 before any request', async (name, value, message) => {
    const run = await runAction({ ...base(), [name]: value === '2501 × x' ? 'x'.repeat(2501) : value })
    expect(run.code).toBe(1)
    expect(run.stdout).toMatch(/::error::/)
    expect(run.stdout).toMatch(message)
    expect(sim.requests).toHaveLength(0)
  })

  it('fails without a key and without a prompt, naming both', async () => {
    const run = await runAction({ ...base(), 'api-key': '', prompt: '' })
    expect(run.code).toBe(1)
    expect(run.stdout).toContain("Input 'api-key' is empty")
    expect(run.stdout).toContain("Input 'prompt' is empty")
    expect(sim.requests).toHaveLength(0)
  })

  it('reads the prompt from prompt-file in the workspace', async () => {
    const workspace = mkdtempSync(join(tmpdir(), 'ws-'))
    writeFileSync(join(workspace, 'prompt.txt'), 'A lighthouse at dawn\n')
    const run = await runAction({ ...base(), prompt: '', 'prompt-file': 'prompt.txt' }, { workspace })
    expect(run.code).toBe(0)
    expect([...sim.tasks.values()][0]?.body.prompt).toBe('A lighthouse at dawn')
  })

  it('reports a failed task: exit 1, error outputs, an error annotation', async () => {
    sim.options.outcome = { status: 'failed', code: 'generation_failed_no_content', message: 'Nothing was generated' }
    const run = await runAction(base())
    expect(run.code).toBe(1)
    expect(run.outputs).toMatchObject({ status: 'failed', 'error-code': 'generation_failed_no_content', 'error-message': 'Nothing was generated' })
    expect(run.outputs['task-id']).toMatch(/^task-unified-/)
    expect(run.stdout).toMatch(/::error::Task task-unified-\S+ failed: generation_failed_no_content: Nothing was generated/)
    expect(run.summary).toContain('❌')
  })

  it('times out with the task id and how to resume, then resumes the same task without submitting', async () => {
    sim.options.taskMs = 4000
    const first = await runAction({ ...base(), timeout: '1' })
    expect(first.code).toBe(1)
    const taskId = first.outputs['task-id'] as string
    expect(first.outputs.status).toMatch(/pending|processing/)
    expect(first.stdout).toContain(`did not finish within timeout (1s)`)
    expect(first.stdout).toContain(`task-id: ${taskId}`)
    expect(first.summary).toContain('⏳')

    // Resumed with other inputs than the task was made with: the report tells the task's facts, not these.
    const resumed = await runAction({ ...base(), prompt: '', 'task-id': taskId, duration: '12', quality: '4k' })
    expect(resumed.code).toBe(0)
    expect(resumed.outputs).toMatchObject({ 'task-id': taskId, status: 'completed' })
    expect(sim.creations).toBe(1)
    expect(resumed.summary).toContain('| Model | kling-o3-text-to-video |')
    expect(resumed.summary).not.toMatch(/\| (Duration|Quality|Aspect ratio|Sound) \|/)
    expect(resumed.summary).not.toMatch(/12 s|4k/)
    expect(resumed.summary).toContain('Resumed with `task-id`')
    expect(resumed.stdout).toContain(`Resuming task ${taskId}: nothing is submitted.`)
    // Its age counts from `created`, never from this run's start.
    for (const line of resumed.stdout.split('\n').filter(l => / elapsed/.test(l))) {
      const seconds = Number(/(\d+(?:\.\d)?)s elapsed/.exec(line)?.[1] ?? NaN)
      expect(seconds).toBeGreaterThanOrEqual(1)
    }
  })

  it('a resumed task whose reply has no created: no elapsed time, no time left claimed', async () => {
    sim.options.taskMs = 1500
    const submitted = await runAction({ ...base(), wait: 'false' })
    const taskId = submitted.outputs['task-id'] as string
    sim.inject('poll', { kind: 'patch', fields: { created: undefined } }, 100)
    const resumed = await runAction({ ...base(), prompt: '', 'task-id': taskId })
    expect(resumed.code).toBe(0)
    expect(resumed.stdout).toMatch(/^(pending|processing)( \d+%)?$/m)
    expect(resumed.stdout).not.toMatch(/left|elapsed/)
  })

  it('resuming an unknown task fails clearly', async () => {
    const run = await runAction({ ...base(), 'task-id': 'task-unified-1-doesnotexist' })
    expect(run.code).toBe(1)
    expect(run.stdout).toContain('task-unified-1-doesnotexist not found. The id is wrong, belongs to another key, or the task record has expired.')
    expect(run.stdout).not.toContain('task-id: task-unified-1-doesnotexist') // no hint to resume the same id
    expect(sim.creations).toBe(0)
  })

  it('pr-comment with wait: false says, as a notice, that no comment is posted', async () => {
    const run = await runAction({ ...base(), wait: 'false', 'pr-comment': 'true' })
    expect(run.code).toBe(0)
    expect(run.stdout).toMatch(/::notice::pr-comment: nothing is delivered, no comment is posted\. With wait: false/)
  })

  it('with wait: false submits, sets task-id and stops without polling', async () => {
    const run = await runAction({ ...base(), wait: 'false' })
    expect(run.code).toBe(0)
    expect(run.outputs['task-id']).toMatch(/^task-unified-/)
    expect(run.outputs.status).toBe('pending')
    expect(sim.polls).toBe(0)
    expect(run.summary).toContain('📨')
  })

  it('dry-run prints the request with the key redacted and sends nothing', async () => {
    const run = await runAction({ ...base(), 'dry-run': 'true', 'model-params': '{"watermark_info":{"enabled":false}}' })
    expect(run.code).toBe(0)
    expect(sim.requests).toHaveLength(0)
    expect(run.stdout).toContain(`would send POST ${sim.url}/v1/videos/generations`)
    expect(run.stdout).toContain('Authorization: Bearer ***')
    expect(run.stdout.split('\n').slice(1).join('\n')).not.toContain(KEY)
  })

  it('dry-run prints the body as pretty JSON a person can read back, hidden characters still escaped', async () => {
    const prompt = 'A cat\n::warning::planted\u2028and a \u202eflip'
    const run = await runAction({ ...base(), prompt, 'dry-run': 'true', 'model-params': '{"watermark_info":{"enabled":false}}' })
    expect(run.code).toBe(0)
    // As a person reads the log: the lines after the headers' blank line, up to the closing brace.
    const lines = run.stdout.split('\n')
    const start = lines.indexOf('{')
    const end = lines.indexOf('}', start)
    expect(start).toBeGreaterThan(0)
    expect(lines[start - 1]).toBe('')
    const bodyLines = lines.slice(start, end + 1)
    expect(bodyLines.length).toBeGreaterThan(4)
    expect(bodyLines.every(line => /^[ "{}[\]]/.test(line) && !line.trimStart().startsWith('::'))).toBe(true)
    expect(JSON.parse(bodyLines.join('\n'))).toMatchObject({ model: 'kling-o3-text-to-video', prompt, duration: 5, model_params: { watermark_info: { enabled: false } } })
    expect(bodyLines.join('\n')).toContain('\\u2028and a \\u202eflip')
  })
})
