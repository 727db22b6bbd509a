import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { InputError } from '../../src/errors.js'
import { readSettings, type Settings } from '../../src/inputs/settings.js'
import { parseSize } from '../../src/inputs/delivery-settings.js'
import { inputReader } from '../harness/inputs.js'

function settings(values: Record<string, string>, workspace?: string): Promise<Settings> {
  return readSettings(inputReader(values), () => undefined, workspace ? { GITHUB_WORKSPACE: workspace } : {})
}

async function problems(values: Record<string, string>, workspace?: string): Promise<string[]> {
  try {
    await settings(values, workspace)
  } catch (error) {
    if (error instanceof InputError) return error.problems
    throw error
  }
  throw new Error('expected an InputError')
}

describe('readSettings', () => {
  it('turns the defaults of action.yml into typed settings', async () => {
    expect(await settings({})).toEqual({
      apiKey: 'sk-evo-test',
      model: 'kling-o3-text-to-video',
      prompt: 'A cat',
      // The model's documented defaults for the four inputs that had fixed ones: the body is as it always was.
      fields: { prompt: 'A cat', duration: 5, aspect_ratio: '16:9', quality: '720p', sound: 'off' },
      uploads: [],
      filesBaseUrl: 'https://files-api.evolink.ai',
      callbackUrl: undefined,
      taskId: undefined,
      wait: true,
      pollIntervalMs: 10_000,
      pollStrategy: 'adaptive',
      timeoutMs: 900_000,
      requestTimeoutMs: 30_000,
      maxConsecutiveErrors: 10,
      baseUrl: 'https://api.evolink.ai',
      dryRun: false,
      reuse: 're-run',
      minCredits: undefined,
      delivery: { download: undefined, maxDownloadBytes: 2 * 1024 ** 3, prComment: false, prCommentKey: undefined, release: undefined, githubToken: 'ghs_harnessTokenForTests' },
      brokenRules: []
    })
  })

  describe('model-checks', () => {
    const outOfRange = { duration: '99', 'aspect-ratio': '7:3' }
    it("refuses what breaks the model's rules by default, naming each", async () => {
      const found = await problems(outOfRange)
      expect(found).toEqual([expect.stringMatching(/^Input 'duration' is "99": model kling-o3-text-to-video allows/), expect.stringMatching(/^Input 'aspect-ratio' is "7:3"/)])
    })
    it('with warn, sends it anyway: the broken rules are kept to be printed, nothing is refused', async () => {
      const read = await settings({ ...outOfRange, 'model-checks': 'warn' })
      expect(read.fields).toMatchObject({ duration: 99, aspect_ratio: '7:3' })
      expect(read.brokenRules).toEqual([expect.stringMatching(/^Input 'duration'/), expect.stringMatching(/^Input 'aspect-ratio'/)])
    })
    it('with warn, still refuses what is not a rule of the model: an unknown field, a URL that is not https', async () => {
      expect(await problems({ 'model-checks': 'warn', params: '{"no_such_field": 1}' })).toEqual([expect.stringMatching(/"no_such_field" is not a field of model/)])
      expect(await problems({ 'model-checks': 'warn', 'callback-url': 'http://hooks.example.com/x' })).toEqual([expect.stringMatching(/^Input 'callback-url'/)])
    })
    it('refuses any other value, naming the allowed ones', async () => {
      expect(await problems({ 'model-checks': 'off' })).toEqual(['Input \'model-checks\' is "off": must be one of: enforce, warn.'])
    })
  })

  it.each([
    ['a line break', 'sk-evo-a\nX-Injected: 1'],
    ['a space', 'sk-evo a'],
    ['a control character', 'sk-evo-\u0007'],
    ['non-ASCII', 'sk-evo-é']
  ])('refuses an api-key holding %s, naming the input and never the value', async (_what, key) => {
    const found = await problems({ 'api-key': key })
    expect(found).toEqual([expect.stringMatching(/^Input 'api-key' holds characters that cannot go into an HTTP header/)])
    expect(found.join('')).not.toContain('sk-evo')
  })

  it('masks the key before reading any other input', async () => {
    const order: string[] = []
    const read = inputReader({ 'api-key': 'sk-evo-secret' })
    await readSettings(
      name => (order.push(name), read(name)),
      secret => order.push(`mask:${secret}`)
    )
    expect(order.slice(0, 2)).toEqual(['api-key', 'mask:sk-evo-secret'])
  })

  it.each([
    ['model', 'kling-v9', "one of the 73 EvoLink video models in the README's model table"],
    ['duration', '2', 'model kling-o3-text-to-video allows a whole number from 3 to 15'],
    ['duration', '16', 'from 3 to 15'],
    ['duration', '5.5', 'from 3 to 15'],
    ['duration', 'five', 'from 3 to 15'],
    ['aspect-ratio', '4:3', 'model kling-o3-text-to-video allows 16:9, 9:16 or 1:1'],
    ['quality', '8k', 'allows 720p, 1080p or 4k'],
    ['sound', 'loud', 'allows on or off'],
    ['wait', 'maybe', 'true or false'],
    ['dry-run', 'yes', 'true or false'],
    ['poll-interval', '0', 'a number of seconds from 0.05 to 3600'],
    ['poll-interval', '-1', 'from 0.05 to 3600'],
    ['poll-interval', '0.01', 'from 0.05 to 3600'],
    ['poll-interval', '3601', 'from 0.05 to 3600'],
    ['timeout', 'soon', 'a number of seconds from 1 to 2147483'],
    ['timeout', '2147484', 'from 1 to 2147483'], // past 2^31-1 ms a timer fires after 1 ms
    ['timeout', `1${'0'.repeat(400)}`, 'from 1 to 2147483'], // Infinity is not a number of seconds
    ['max-consecutive-errors', '1e3', 'at least 1'],
    ['request-timeout', '0', 'a number of seconds from 0.1 to 3600'],
    ['request-timeout', '86400', 'from 0.1 to 3600'],
    ['max-consecutive-errors', '0', 'at least 1'],
    ['task-id', '12345', 'task-unified-'],
    ['base-url', 'http://api.evolink.ai', 'must use https'],
    ['base-url', 'not a url', 'absolute URL'],
    ['base-url', 'https://user:pw@api.evolink.ai', 'credentials'],
    ['callback-url', 'http://example.com/hook', 'must use https'],
    ['callback-url', 'https://192.168.1.10/hook', 'private'],
    ['callback-url', 'https://[::1]/hook', 'private'],
    ['callback-url', 'https://169.254.169.254/latest', 'link-local'],
    ['callback-url', 'https://localhost/hook', 'internal'],
    ['callback-url', `https://example.com/${'a'.repeat(2048)}`, 'at most 2048 characters'],
    ['model-params', '{not json', 'not valid JSON'],
    ['model-params', '[1,2]', 'an object with the keys multi_shot, shot_type, multi_prompt, element_list, watermark_info'],
    ['model-params', '{"camera":"pan"}', 'has "camera", which this model does not take (it takes multi_shot, shot_type, multi_prompt, element_list, watermark_info)'],
    ['model-params', '{"shot_type":"intelligence"}', 'model_params.shot_type must be customize'],
    ['model-params', '{"element_list":[{}]}', 'model_params.element_list[0].element_id is required'],
    ['model-params', '{"watermark_info":{"enabled":"yes"}}', 'model_params.watermark_info.enabled must be true or false'],
    ['negative-prompt', 'blurry', 'model kling-o3-text-to-video does not take it; it takes prompt, duration, aspect-ratio, quality, sound, model-params, callback-url'],
    ['params', '{"n": 2}', '"n" is not a field of model kling-o3-text-to-video'],
    ['params', '{"duration": 5}', '"duration" has an input of its own (\'duration\'): use it'],
    ['params', '[1]', 'must be a JSON object']
  ])('refuses %s = %j, naming the input, the value and what is allowed', async (name, value, allowed) => {
    const found = await problems({ [name]: value })
    expect(found).toHaveLength(1)
    expect(found[0]).toContain(`Input '${name}'`)
    expect(found[0]).toContain(value.length > 80 ? value.slice(0, 20) : JSON.stringify(value))
    expect(found[0]).toContain(allowed)
  })

  it('reports every invalid input at once', async () => {
    expect(await problems({ duration: '1', quality: 'bad', sound: 'x' })).toHaveLength(3)
  })

  it('accepts true/false for sound, and http only for loopback base URLs', async () => {
    expect((await settings({ sound: 'true' })).fields.sound).toBe('on')
    expect((await settings({ sound: 'FALSE' })).fields.sound).toBe('off')
    expect((await settings({ 'base-url': 'http://127.0.0.1:8080/' })).baseUrl).toBe('http://127.0.0.1:8080')
    expect((await settings({ 'base-url': 'http://[::1]:8080' })).baseUrl).toBe('http://[::1]:8080')
    expect((await settings({ 'base-url': 'http://localhost:1' })).baseUrl).toBe('http://localhost:1')
  })

  it('counts the prompt in characters, not bytes', async () => {
    expect((await settings({ prompt: '猫'.repeat(2500) })).prompt).toHaveLength(2500)
    expect((await settings({ prompt: '🐈'.repeat(2500) })).prompt).toHaveLength(5000) // UTF-16 units, 2500 characters
    expect((await problems({ prompt: 'a'.repeat(2501) }))[0]).toContain('at most 2500 characters (it has 2501)')
    expect((await settings({ model: 'sora-2-preview', prompt: 'a'.repeat(5000) })).prompt).toHaveLength(5000) // another model, another limit
  })

  it('requires a key unless it is a dry run', async () => {
    expect((await problems({ 'api-key': '' }))[0]).toContain("Input 'api-key' is empty")
    expect((await settings({ 'api-key': '', 'dry-run': 'true' })).dryRun).toBe(true)
    const both = await problems({ 'api-key': '', 'dry-run': 'maybe' })
    expect(both).toEqual([expect.stringMatching(/^Input 'dry-run' is "maybe"/), expect.stringMatching(/^Input 'api-key' is empty/)])
  })

  it('requires a prompt, except for a customized multi-shot request or a resume', async () => {
    expect((await problems({ prompt: '' }))[0]).toContain("Input 'prompt' is empty: model kling-o3-text-to-video requires it")
    const multiShot = JSON.stringify({
      multi_shot: true,
      shot_type: 'customize',
      multi_prompt: [
        { index: 1, prompt: 'a', duration: '2' },
        { index: 2, prompt: 'b', duration: 3 }
      ]
    })
    const s = await settings({ prompt: '', 'model-params': multiShot })
    expect((s.fields.model_params as { multi_prompt: { duration: unknown }[] }).multi_prompt.map(shot => shot.duration)).toEqual(['2', '3'])
    expect((await settings({ prompt: '', 'task-id': 'task-unified-1-abc' })).taskId).toBe('task-unified-1-abc')
  })

  it('checks that multi-shot durations add up to duration and that the shot type is set', async () => {
    const shots = [{ index: 1, prompt: 'a', duration: '2' }]
    expect((await problems({ 'model-params': JSON.stringify({ multi_shot: true, shot_type: 'customize', multi_prompt: shots }) }))[0]).toContain("add up to 2 but 'duration' is 5")
    expect((await problems({ duration: '2' })).length).toBe(1) // duration 2 is out of range on its own
    expect((await problems({ 'model-params': JSON.stringify({ multi_shot: true, multi_prompt: [{ index: 1, prompt: 'a', duration: '5' }] }) }))[0]).toContain(
      `'model-params' {"shot_type": …} is required with multi_shot true (EvoLink: "Required when 'multi_shot=true'")`
    )
    expect((await problems({ 'model-params': JSON.stringify({ multi_shot: true, shot_type: 'customize' }) }))[0]).toContain(
      `'model-params' {"multi_prompt": …} is required with multi_shot true and shot_type customize`
    )
    // Kling 3.0's intelligent shots need no multi_prompt (a rule once written by hand for Kling O3 refused them).
    const v3 = { model: 'kling-v3-text-to-video', duration: '10' }
    const intelligent = await settings({ ...v3, 'model-params': JSON.stringify({ multi_shot: true, shot_type: 'intelligence' }) })
    expect(intelligent.fields.model_params).toEqual({ multi_shot: true, shot_type: 'intelligence' })
    expect((await problems({ ...v3, 'model-params': JSON.stringify({ multi_shot: true }) }))[0]).toContain(`{"shot_type": …} is required with multi_shot true`)
    const seven = Array.from({ length: 7 }, (_, i) => ({ index: i, prompt: 'x', duration: '1' }))
    expect((await problems({ 'model-params': JSON.stringify({ multi_prompt: seven }) }))[0]).toContain('multi_prompt')
  })

  it('reads the prompt from a file relative to the workspace, exclusive with prompt', async () => {
    const workspace = mkdtempSync(join(tmpdir(), 'settings-'))
    writeFileSync(join(workspace, 'prompt.txt'), 'A dog on a beach\n')
    expect((await settings({ prompt: '', 'prompt-file': 'prompt.txt' }, workspace)).prompt).toBe('A dog on a beach')
    expect((await problems({ 'prompt-file': 'prompt.txt' }, workspace))[0]).toContain("left empty when 'prompt' is given")
    expect((await problems({ prompt: '', 'prompt-file': 'missing.txt' }, workspace))[0]).toContain('ENOENT')
  })

  it('refuses resuming without waiting, and never shows the key in a message', async () => {
    expect((await problems({ 'task-id': 'task-unified-1-a', wait: 'false' }))[0]).toContain('would do nothing')
    const found = await problems({ 'api-key': 'sk-evo-SECRET', duration: 'x' })
    expect(found.join('\n')).not.toContain('SECRET')
  })
})

describe('delivery inputs', () => {
  const workspace = mkdtempSync(join(tmpdir(), 'delivery-ws-'))
  const runnerTemp = mkdtempSync(join(tmpdir(), 'delivery-temp-'))
  const read = (values: Record<string, string>, env: Record<string, string> = {}) =>
    readSettings(inputReader(values), () => undefined, { GITHUB_WORKSPACE: workspace, RUNNER_TEMP: runnerTemp, ...env })
  const refusal = async (values: Record<string, string>, env: Record<string, string> = {}) => {
    try {
      await read(values, env)
    } catch (error) {
      return (error as InputError).problems.join('\n')
    }
    throw new Error('expected an InputError')
  }

  it.each([
    ['2GiB', 2 * 1024 ** 3],
    ['500MiB', 500 * 1024 ** 2],
    ['1.5 GB', 1.5e9],
    ['104857600', 104857600],
    ['10kb', 10_000]
  ])('reads max-download-size %s', async (raw, bytes) => {
    expect(parseSize(raw)).toBe(bytes)
  })
  it.each(['', 'lots', '0', '-5MiB', '5TB'])('refuses max-download-size %j', async raw => expect(parseSize(raw)).toBeUndefined())

  it('resolves download-path in the workspace or RUNNER_TEMP and refuses anything else', async () => {
    expect((await read({ 'download-path': 'out/v.mp4' })).delivery.download).toEqual({ path: join(workspace, 'out/v.mp4'), maxBytes: 2 * 1024 ** 3 })
    expect((await read({ 'download-path': join(runnerTemp, 'v.mp4') })).delivery.download?.path).toBe(join(runnerTemp, 'v.mp4'))
    expect(await refusal({ 'download-path': '../elsewhere/v.mp4' })).toContain('must stay inside the workspace')
    expect(await refusal({ 'download-path': '.' })).toContain('is a directory')
  })

  it('follows symlinks: a link in the workspace that points outside is refused', async () => {
    const outside = mkdtempSync(join(tmpdir(), 'outside-'))
    symlinkSync(outside, join(workspace, 'escape'))
    expect(await refusal({ 'download-path': 'escape/v.mp4' })).toContain('must stay inside the workspace')
    mkdirSync(join(workspace, 'real'))
    symlinkSync(join(workspace, 'real'), join(workspace, 'inner'))
    expect((await read({ 'download-path': 'inner/new/v.mp4' })).delivery.download?.path).toBe(join(workspace, 'inner/new/v.mp4'))
    symlinkSync('/nonexistent/elsewhere', join(workspace, 'dangling'))
    expect(await refusal({ 'download-path': 'dangling/v.mp4' })).toContain('must stay inside the workspace')
  })

  it('needs a tag for release-asset outside release events, and takes it from the event otherwise', async () => {
    expect(await refusal({ 'release-asset': 'true' })).toContain("set 'release-tag'")
    const event = join(runnerTemp, 'event.json')
    writeFileSync(event, JSON.stringify({ release: { tag_name: 'v2.0.0' } }))
    const release = (await read({ 'release-asset': 'true' }, { GITHUB_EVENT_NAME: 'release', GITHUB_EVENT_PATH: event })).delivery
    expect(release.release).toEqual({ tag: 'v2.0.0', assetName: 'evolink-video-v2.0.0.mp4' })
    expect(release.download?.path).toBe(join(runnerTemp, 'evolink-video', 'evolink-video-v2.0.0.mp4'))
    expect(await refusal({ 'release-asset': 'true', 'release-tag': 'v1', 'asset-name': '../x.mp4' })).toContain("Input 'asset-name'")
  })

  it('masks the GitHub token too', async () => {
    const masked: string[] = []
    await readSettings(inputReader({}), secret => masked.push(secret), { GITHUB_WORKSPACE: workspace })
    expect(masked).toEqual(['sk-evo-test', 'ghs_harnessTokenForTests'])
  })
})
