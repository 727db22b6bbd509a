// A request for a model of each family, as a workflow would write it, against the simulator (which checks
// every body against the same catalogue); and the refusals, before anything is sent.
import { EvoLinkSimulator } from '../simulator/server.js'
import { runAction, type ActionRun } from '../harness/run-action.js'

let sim: EvoLinkSimulator
beforeEach(async () => {
  sim = await new EvoLinkSimulator({ taskMs: 300, pendingMs: 50 }).start()
})
afterEach(() => sim.stop())

const run = (inputs: Record<string, string>) => runAction({ 'api-key': 'sk-evo-models', 'base-url': sim.url, 'poll-interval': '0.05', timeout: '30', ...inputs })
const sent = () => [...sim.tasks.values()][0]?.body
const completed = (result: ActionRun) => {
  expect(result.stdout).not.toMatch(/::error::/)
  expect(result.code).toBe(0)
  expect(result.outputs.status).toBe('completed')
}

describe('one model of each family', () => {
  it('Kling V3 with negative-prompt', async () => {
    const result = await run({ model: 'kling-v3-text-to-video', prompt: 'A lighthouse at dusk', 'negative-prompt': 'blurry, text' })
    completed(result)
    // aspect_ratio has no documented default for this model: it is left for EvoLink to decide.
    expect(sent()).toEqual({ model: 'kling-v3-text-to-video', prompt: 'A lighthouse at dusk', duration: 5, quality: '720p', sound: 'off', negative_prompt: 'blurry, text' })
  })

  it('Kling V3 with intelligent multi-shot (no multi_prompt, as its page allows)', async () => {
    completed(await run({ model: 'kling-v3-text-to-video', prompt: 'A day in a harbour', duration: '10', 'model-params': '{"multi_shot": true, "shot_type": "intelligence"}' }))
    expect(sent()).toMatchObject({ model_params: { multi_shot: true, shot_type: 'intelligence' } })
  })

  it('Seedance 2.0 with generate-audio', async () => {
    completed(await run({ model: 'seedance-2.0-text-to-video', prompt: 'Waves at night', 'generate-audio': 'True', duration: '8' }))
    expect(sent()).toMatchObject({ model: 'seedance-2.0-text-to-video', duration: 8, generate_audio: true })
  })

  it('Veo 3.1 with params n: 2: both videos in video-urls, the first in video-url', async () => {
    const result = await run({ model: 'veo-3.1-generate-preview', prompt: 'A paper plane', params: '{"n": 2, "person_generation": "dont_allow"}' })
    completed(result)
    expect(sent()).toMatchObject({ n: 2, person_generation: 'dont_allow', duration: 4, quality: '720p' })
    const urls = JSON.parse(result.outputs['video-urls'] ?? '[]') as string[]
    expect(urls).toHaveLength(2)
    expect(result.outputs['video-url']).toBe(urls[0])
  })

  it('Sora 2 with a duration its page documents in prose (4, 8 or 12)', async () => {
    completed(await run({ model: 'sora-2-preview', prompt: 'A cat playing piano', duration: '8', 'aspect-ratio': '9:16' }))
    expect(sent()).toEqual({ model: 'sora-2-preview', prompt: 'A cat playing piano', duration: 8, aspect_ratio: '9:16' })
  })

  it('Hailuo with its fixed durations 6 or 10 and its own qualities', async () => {
    completed(await run({ model: 'MiniMax-Hailuo-02', prompt: 'A girl grows up', duration: '10' }))
    expect(sent()).toEqual({ model: 'MiniMax-Hailuo-02', prompt: 'A girl grows up', duration: 10, quality: '768p' })
  })

  it('Wan 2.7 image-to-video from an image URL (image-start)', async () => {
    completed(
      await run({ model: 'wan2.7-image-to-video', prompt: 'The logo comes alive', 'image-start': 'https://cdn.example.com/logo.png', params: '{"generation_mode": "first_frame"}' })
    )
    expect(sent()).toMatchObject({ image_start: 'https://cdn.example.com/logo.png', generation_mode: 'first_frame', duration: 5, quality: '720p' })
  })

  it('a list input takes one URL per line', async () => {
    completed(await run({ model: 'kling-o3-image-to-video', prompt: 'Animate', 'image-urls': 'https://cdn.example.com/a.png\n\n  https://cdn.example.com/b.png  \n' }))
    expect(sent()).toMatchObject({ image_urls: ['https://cdn.example.com/a.png', 'https://cdn.example.com/b.png'] })
  })
})

it('a model that takes one video_url and audio_url gets them from video-urls and audio-urls, with no params', async () => {
  const result = await run({ model: 'videoretalk', prompt: '', 'video-urls': 'https://cdn.example.com/talk.mp4', 'audio-urls': 'https://cdn.example.com/voice.mp3' })
  expect(result.stdout).not.toMatch(/::error::/)
  expect(sent()).toEqual({ model: 'videoretalk', video_url: 'https://cdn.example.com/talk.mp4', audio_url: 'https://cdn.example.com/voice.mp3' })
})

describe('refused before anything is sent, naming what the model allows', () => {
  it.each<[string, Record<string, string>, RegExp]>([
    ['Veo duration 5', { model: 'veo-3.1-generate-preview', duration: '5' }, /Input 'duration' is "5": model veo-3\.1-generate-preview allows 4, 6 or 8\./],
    ['Hailuo duration 5', { model: 'MiniMax-Hailuo-02', duration: '5' }, /Input 'duration' is "5": model MiniMax-Hailuo-02 allows 6 or 10\./],
    ['Sora duration 5 (documented in prose)', { model: 'sora-2-preview', duration: '5' }, /model sora-2-preview allows 4, 8 or 12\./],
    ['Veo quality 2k', { model: 'veo-3.1-generate-preview', quality: '2k' }, /allows 720p, 1080p or 4k/],
    [
      'sound for Seedance (it takes generate-audio)',
      { model: 'seedance-2.0-text-to-video', sound: 'on' },
      /Input 'sound' is "on": model seedance-2\.0-text-to-video does not take it; it takes prompt, duration, aspect-ratio, quality, generate-audio, model-params, callback-url, and in params: content_filter/
    ],
    ['negative-prompt for Kling O3', { 'negative-prompt': 'blurry' }, /model kling-o3-text-to-video does not take it/],
    [
      'a params field the model lacks',
      { model: 'veo-3.1-generate-preview', params: '{"camera": "pan"}' },
      /"camera" is not a field of model veo-3\.1-generate-preview; it takes .*in params: generation_type, n, person_generation, resize_mode/
    ],
    ['Veo n: 9', { model: 'veo-3.1-generate-preview', params: '{"n": 9}' }, /n must be a whole number from 1 to 4/],
    ['a required image', { model: 'kling-v3-image-to-video' }, /Input 'image-start' is empty: model kling-v3-image-to-video requires it\./],
    [
      'a last frame without a first one',
      { model: 'kling-o3-image-to-video', 'image-end': 'https://cdn.example.com/e.png' },
      /'image-end' needs 'image-start' too \(EvoLink: "Last frame requires a first frame"\)/
    ],
    [
      'Hailuo 1080p for 10 s',
      { model: 'MiniMax-Hailuo-02', duration: '10', quality: '1080p' },
      /'duration' 10 cannot be used with quality 1080p, which allows 6 \(EvoLink: "1080p: 6s only"\)/
    ],
    ['a prompt too long for Veo', { model: 'veo-3.1-generate-preview', prompt: 'x'.repeat(2001) }, /at most 2000 characters \(it has 2001\)/],
    ['an http image', { model: 'wan2.7-image-to-video', 'image-start': 'http://cdn.example.com/a.png' }, /Input 'image-start' is .*must use https/],
    [
      'an image on a private host',
      { model: 'kling-o3-image-to-video', 'image-urls': 'https://10.0.0.5/a.png' },
      /Input 'image-urls' is .*must not point at a private, loopback, link-local or internal host/
    ],
    [
      'a local path for a video input',
      { model: 'wan2.7-video-edit', 'video-urls': 'clips/intro.mp4' },
      /Input 'video-urls' is "clips\/intro\.mp4": "clips\/intro\.mp4" is not an https URL \(only image-start, image-end and image-urls take files of the repository\)/
    ],
    [
      'an unknown model',
      { model: 'sora-3' },
      /Input 'model' is "sora-3": must be one of the 73 EvoLink video models in the README's model table: did you mean sora-2-preview, or sora-2-pro-preview\?/
    ],
    ['a mistyped model', { model: 'kling-o3-text-to-vdeo' }, /Input 'model' is "kling-o3-text-to-vdeo": .*did you mean kling-o3-text-to-video/],
    ['an abbreviated model', { model: 'veo3' }, /Input 'model' is "veo3": .*did you mean veo-3/],
    [
      'videoretalk without its video',
      { model: 'videoretalk', prompt: '', 'audio-urls': 'https://cdn.example.com/a.mp3' },
      /Input 'video-urls' is empty: model videoretalk requires it \(one URL, for video_url\)\./
    ],
    [
      'two videos where the model takes one',
      { model: 'videoretalk', 'video-urls': 'https://cdn.example.com/a.mp4\nhttps://cdn.example.com/b.mp4', 'audio-urls': 'https://cdn.example.com/a.mp3' },
      /Input 'video-urls' is .*: model videoretalk takes one URL here \(video_url\): give exactly one line\./
    ],
    [
      'a duration past a range written in prose',
      { model: 'wan3.0-text-to-video', duration: '31' },
      /Input 'duration' is "31": model wan3\.0-text-to-video allows a whole number from 2 to 30, or -1\./
    ],
    [
      'a prompt required for text-to-video only (documented in prose)',
      { model: 'MiniMax-Hailuo-02', prompt: '' },
      /Model MiniMax-Hailuo-02: 'prompt' is required for text-to-video: give it, or 'image-urls' for image-to-video/
    ],
    [
      'an aspect ratio the chosen quality does not make (documented per quality in prose)',
      { model: 'wan2.5-text-to-video', quality: '480p', 'aspect-ratio': '4:3' },
      /Model wan2\.5-text-to-video: 'aspect-ratio' 4:3 is not made with quality 480p, which allows 16:9, 9:16 or 1:1/
    ],
    ['a quality outside option bullets', { model: 'wan2.6-text-to-video', quality: '4k' }, /Input 'quality' is "4k": model wan2\.6-text-to-video allows 720p or 1080p\./],
    // Rules across fields, read from prose (scripts/prose-rules.ts crossFieldRules).
    [
      'a last frame without the first frame it needs',
      { model: 'wan3.0-image-to-video', 'image-end': 'https://cdn.example.com/end.png' },
      /Model wan3\.0-image-to-video: 'image-end' needs 'image-start' too \(EvoLink: "Constraint: must be used together with 'image_start'/
    ],
    [
      'neither of two frames, one of which is needed',
      { model: 'minimax-h3-image-to-video' },
      /Model minimax-h3-image-to-video: give at least one of 'image-end' or 'image-start' \(EvoLink: "Provide at least one of/
    ],
    [
      'two keys of model-params that exclude each other',
      {
        model: 'wan3.0-reference-video',
        'image-urls': 'https://cdn.example.com/a.png',
        'model-params': '{"file_url": "https://cdn.example.com/deck.pdf", "link_url": "https://cdn.example.com/"}'
      },
      /Model wan3\.0-reference-video: 'model-params' \{"file_url": …\} and 'model-params' \{"link_url": …\} cannot be used together \(EvoLink: "Mutually exclusive/
    ],
    [
      'a frame the generation mode does not take',
      {
        model: 'wan2.7-image-to-video',
        'image-start': 'https://cdn.example.com/a.png',
        'image-end': 'https://cdn.example.com/b.png',
        params: '{"generation_mode": "first_frame"}'
      },
      /Model wan2\.7-image-to-video: 'image-end' cannot be used in generation_mode first_frame \(EvoLink: "'first_last_frame' mode: required 'first_frame' mode: not allowed/
    ],
    [
      'more images and videos together than a model takes',
      {
        model: 'wan2.7-reference-video',
        'image-urls': 'https://cdn.example.com/1.png\nhttps://cdn.example.com/2.png\nhttps://cdn.example.com/3.png',
        'video-urls': 'https://cdn.example.com/4.mp4\nhttps://cdn.example.com/5.mp4\nhttps://cdn.example.com/6.mp4',
        duration: '10'
      },
      /Model wan2\.7-reference-video: 'image-urls' and 'video-urls' have 6 items together: at most 5/
    ],
    [
      'multi-shot without the shot type it requires',
      { model: 'kling-v3-text-to-video', 'model-params': '{"multi_shot": true}' },
      /Model kling-v3-text-to-video: 'model-params' \{"shot_type": …\} is required with multi_shot true \(EvoLink: "Shot segmentation method, required when 'multi_shot=true'"\)/
    ],
    [
      'more reference images than a Veo mode takes',
      {
        model: 'veo-3.1-generate-preview',
        'image-urls': 'https://cdn.example.com/1.png\nhttps://cdn.example.com/2.png\nhttps://cdn.example.com/3.png',
        params: '{"generation_type": "FIRST&LAST"}'
      },
      /Model veo-3\.1-generate-preview: 'image-urls' has 3 items; at most 2 with generation_type FIRST&LAST/
    ],
    [
      'an aspect ratio only image-to-video takes, without an image (documented per mode)',
      { model: 'doubao-seedance-1.0-pro-fast', 'aspect-ratio': 'adaptive' },
      /Model doubao-seedance-1\.0-pro-fast: 'aspect-ratio' adaptive needs 'image-urls' \(image-to-video\); without it: 16:9, 9:16, 1:1, 4:3, 3:4 or 21:9/
    ],
    [
      'a model that makes no video',
      { model: 'kling-custom-element' },
      /Input 'model' is "kling-custom-element": it makes reusable elements .*, not a video; this action makes videos/
    ]
  ])('%s', async (_label, inputs, message) => {
    const result = await run({ prompt: 'A test', ...inputs })
    expect(result.code).toBe(1)
    expect(result.stdout).toMatch(message)
    expect(sim.requests).toHaveLength(0)
  })
})

describe('model-checks: warn (a way out when the action misreads a rule)', () => {
  it('sends a request that breaks a rule of the catalogue, warning of it once, and EvoLink judges it', async () => {
    const result = await run({ prompt: 'A test', 'aspect-ratio': '7:3', 'model-checks': 'warn' })
    const warned = result.stdout.split('\n').filter(line => line.startsWith('::warning::model-checks is warn'))
    expect(warned).toEqual([expect.stringMatching(/sent although the catalogue says: Input 'aspect-ratio' is "7:3": model kling-o3-text-to-video allows/)])
    // The POST went out; the simulator, as strict as EvoLink, refuses it, and the step says what EvoLink answered.
    expect(sim.requests.filter(r => r.method === 'POST' && r.path === '/v1/videos/generations')).toHaveLength(1)
    expect(result.code).toBe(1)
    expect(result.outputs['error-code']).toBeTruthy()
  })

  it('still refuses, before anything is sent, what is not a rule of the model', async () => {
    const result = await run({ prompt: 'A test', 'model-checks': 'warn', 'image-start': 'http://cdn.example.com/a.png', model: 'kling-o3-image-to-video' })
    expect(result.code).toBe(1)
    expect(result.stdout).toMatch(/Input 'image-start' is "http:\/\/cdn\.example\.com\/a\.png"/)
    expect(sim.requests).toHaveLength(0)
  })
})
