// The model catalogue is EvoLink's OpenAPI files, turned into data by scripts/catalog.ts, and nothing else.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { readdirSync } from 'node:fs'
import { buildCatalog, renderCatalog, renderUnread } from '../../scripts/catalog.js'
import { crossFieldRules, fileRules, noRuleReason, proseRules } from '../../scripts/prose-rules.js'
import { CATALOG } from '../../src/evolink/catalog.js'
import { HAND_RULES, PROSE_ENUMS } from '../../src/evolink/model-rules.js'
import { checkBody, editDistance, fieldSpec, findModel, similarModels } from '../../src/evolink/models.js'
import { ROOT } from '../harness/run-action.js'

const OPENAPI = join(ROOT, 'docs', 'evolink-openapi', 'video-series')

describe('catalogue', () => {
  const build = buildCatalog(OPENAPI)

  it('regenerated from the OpenAPI files, it is the committed file byte for byte', () => {
    expect(renderCatalog(build)).toBe(readFileSync(join(ROOT, 'src', 'evolink', 'catalog.ts'), 'utf8'))
  })

  it("EvoLink's files are MIT-licensed, every one (docs/evolink-openapi/README.md says so)", () => {
    const files = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap(entry => (entry.isDirectory() ? files(join(dir, entry.name)) : entry.name.endsWith('.json') ? [join(dir, entry.name)] : []))
    const all = files(OPENAPI)
    expect(all).toHaveLength(78)
    for (const file of all) expect((JSON.parse(readFileSync(file, 'utf8')) as { info?: { license?: { name?: string } } }).info?.license?.name).toBe('MIT')
  })

  it('covers every file that describes one video model; says why it skips the others', () => {
    expect(CATALOG).toHaveLength(73)
    expect(build.skipped).toEqual([
      { file: 'kling/kling-custom-element.json', why: 'kling-custom-element: its task returns an element, not a video' },
      { file: 'minimax/minimax-h3/minimax-h3-overview.json', why: 'an overview of 3 models, each of which has its own file' },
      { file: 'seedance2.0/seedance-2.0-overview.json', why: 'an overview of 9 models, each of which has its own file' },
      { file: 'seedance2.5/seedance-2.5-overview.json', why: 'an overview of 5 models, each of which has its own file' },
      { file: 'wan3.0/wan3.0-overview.json', why: 'an overview of 3 models, each of which has its own file' }
    ])
    // Every model named by an overview has its own entry.
    for (const model of ['seedance-2.0-mini-reference-to-video', 'seedance-2.5-video-extend', 'wan3.0-reference-video', 'minimax-h3-reference-to-video']) {
      expect(findModel(model)).toBeDefined()
    }
  })

  it('keeps provenance and documented defaults', () => {
    const veo = findModel('veo-3.1-generate-preview')
    expect(veo).toMatchObject({ source: 'veo3.1/veo-3.1-generate-preview-generate.json', date: '2026-08-21', required: ['prompt'] })
    expect(veo?.fields.duration).toEqual({ type: 'integer', enum: [4, 6, 8], default: 4 }) // "default `4`" from the description
    expect(findModel('kling-o3-text-to-video')?.fields.quality).toEqual({ type: 'string', enum: ['720p', '1080p', '4k'], default: '720p' })
  })

  it('every hand-written rule cites a sentence that is still in its OpenAPI file', () => {
    for (const { source } of [...PROSE_ENUMS, ...HAND_RULES]) {
      const text = readFileSync(join(OPENAPI, source.file), 'utf8')
      expect(JSON.parse(text)).toBeDefined()
      expect(text).toContain(source.sentence.replace(/"/g, '\\"'))
    }
  })

  it('lists every description that mentions values and gave no rule (a new shape of sentence shows as a diff)', () => {
    expect(renderUnread(build)).toBe(readFileSync(join(ROOT, 'test', 'unit', 'catalog-unread.txt'), 'utf8'))
    // Read from prose, each rule with its sentence: a range with a special value, a length limit.
    expect(findModel('wan3.0-text-to-video')?.fields.duration).toMatchObject({
      oneOf: [
        { type: 'integer', minimum: 2, maximum: 30 },
        { type: 'integer', enum: [-1] }
      ],
      prose: ["Any integer between '2' and '30'"]
    })
    expect(checkBody({ model: 'wan3.0-text-to-video', prompt: 'x', duration: 31 })).toEqual(['duration must be a whole number from 2 to 30, or -1'])
    expect(checkBody({ model: 'wan3.0-text-to-video', prompt: 'x', duration: -1 })).toEqual([])
    // Per value of another field: "`480p`: Supports `16:9`…" under aspect_ratio names quality's values.
    expect(findModel('wan2.5-text-to-video')?.rules).toContainEqual(
      expect.objectContaining({ kind: 'valuesBy', field: 'aspect_ratio', other: 'quality', allowed: expect.objectContaining({ '480p': ['16:9', '9:16', '1:1'] }) })
    )
    expect(checkBody({ model: 'wan2.5-text-to-video', prompt: 'x', quality: '480p', aspect_ratio: '4:3' })).toEqual([
      expect.stringMatching(/^'aspect-ratio' 4:3 is not made with quality 480p, which allows 16:9, 9:16 or 1:1 \(EvoLink: "- '480p': Supports/)
    ])
    expect(checkBody({ model: 'wan2.5-text-to-video', prompt: 'x', quality: '720p', aspect_ratio: '4:3' })).toEqual([])
    // "Required for T2V" on the prompt, "0 images = T2V" on image_urls.
    expect(findModel('MiniMax-Hailuo-02')?.rules).toContainEqual(expect.objectContaining({ kind: 'requiredWithout', field: 'prompt', other: 'image_urls' }))
    expect(checkBody({ model: 'MiniMax-Hailuo-02' })).toEqual([
      expect.stringMatching(/^'prompt' is required for text-to-video: give it, or 'image-urls' for image-to-video \(EvoLink: ".*Required for T2V/)
    ])
    expect(checkBody({ model: 'MiniMax-Hailuo-02', image_urls: ['https://a.example/a.png'] })).toEqual([])
  })

  it.each([
    ['a range', 'Any integer between `4` and `30`', { type: 'integer' as const }, { minimum: 4, maximum: 30 }],
    ['media counts', 'Reference video URL array, **0–3 videos**', { type: 'array' as const }, { maxItems: 3 }],
    ['a maximum count', 'Note:\n- Max 1 image per request', { type: 'array' as const }, { maxItems: 1 }],
    ['a count per request', '- Only `1` video per request', { type: 'array' as const }, { maxItems: 1 }],
    ['a hard length', '**Length limit:** Up to `4096` characters', { type: 'string' as const }, { maxLength: 4096 }],
    ['a range with a dash', 'Supports any integer value between `4`–`30` seconds', { type: 'integer' as const }, { minimum: 4, maximum: 30 }],
    ['the only values', 'Only supports values `5` and `10`, representing 5 and 10 seconds', { type: 'integer' as const }, { enum: [5, 10] }],
    ['option bullets', 'Video quality\n\n**Options:**\n- `720p`: Standard quality\n- `1080p`: High quality', { type: 'string' as const }, { enum: ['720p', '1080p'] }],
    [
      'values listed on one bullet',
      '**Supported values:**\n- `16:9` (landscape), `9:16` (portrait), `adaptive`\n- Default value: `16:9`',
      { type: 'string' as const },
      { enum: ['16:9', '9:16', 'adaptive'] }
    ],
    ['a count in words', '**Note:**\n- Provide one reference video', { type: 'array' as const }, { maxItems: 1 }],
    ['a count of elements', 'Video continuation URL array. **Only 1 element is supported**', { type: 'array' as const }, { maxItems: 1 }],
    ['a count of keys', '- Total bindings ≤ 5', { type: 'object' as const }, { maxProperties: 5 }],
    [
      'the form of keys',
      '- Keys are of the form `image{N}` or `video{N}` (1-based, no leading zeros)',
      { type: 'object' as const },
      { keyPattern: '^(?:image|video)[1-9][0-9]*$' }
    ],
    ['a length the text must not exceed', 'Must not exceed `1500` characters, longer prompts are rejected', { type: 'string' as const }, { maxLength: 1500 }],
    ['a stricter length than the schema', 'Must not exceed `1500` characters', { type: 'string' as const, maxLength: 2500 }, { maxLength: 1500 }]
  ])('reads %s from prose', (_label, text, spec, adds) => {
    expect(proseRules(text, spec)[0]?.adds).toEqual(adds)
  })

  it.each([
    ['a recommendation', 'recommended no more than 500 characters', { type: 'string' as const }],
    ['a per-language limit', '- Chinese: up to `2500` characters\n- Non-Chinese: up to `5000` characters', { type: 'string' as const }],
    ['a length EvoLink truncates', 'maximum length `20000` characters; anything beyond that is truncated automatically (no error)', { type: 'string' as const }],
    ['what the schema already says', 'Any integer between `4` and `30`', { type: 'integer' as const, minimum: 4, maximum: 30 }],
    ['bullets that state a rule across fields', '**Options:**\n- `480p`: Supports `16:9`, `9:16`\n- `720p`: Supports `16:9`', { type: 'string' as const }],
    ['bullets of a description split by mode', '**Text-to-video mode:**\n**Options:**\n- `16:9`: wide\n- `9:16`: tall', { type: 'string' as const }]
  ])('adds nothing for %s', (_label, text, spec) => {
    expect(proseRules(text, spec)).toEqual([])
  })

  it.each([
    ['needs', { field: 'image_end', others: ['image_start'] }, '- `image_start` (first frame) must be provided when using last frame'],
    ['needs', { field: 'image_end', others: ['image_start'] }, '**Constraint:** must be used together with `image_start`, **passing the last frame alone is not supported**.'],
    ['oneNeeded', { fields: ['audio_urls', 'image_urls', 'video_urls'] }, 'Provide at least one of `image_urls`, `video_urls`, or `audio_urls`'],
    ['apart', { fields: ['model_params.file_url', 'model_params.link_url'] }, '**Mutually exclusive with `file_url`**, the two cannot be supplied together'],
    ['totalItems', { fields: ['image_urls', 'video_urls'], max: 5 }, '- `image_urls` + `video_urls` total ≤ 5'],
    ['capWhen', { field: 'duration', other: 'video_urls', max: 10 }, '**Note:** when `video_urls` is provided, `duration` is capped at 10 seconds'],
    [
      'byMode',
      { field: 'image_end', modeField: 'generation_mode', required: ['first_last_frame'], forbidden: ['first_frame'] },
      '- `first_last_frame` mode: **required**\n- `first_frame` mode: **not allowed**'
    ],
    [
      'needs',
      { field: 'audio_urls', others: ['image_urls', 'video_urls'] },
      '**Note:** You cannot provide only `audio_urls`; at least 1 image (`image_urls`) or 1 video (`video_urls`) must be included'
    ],
    [
      'totalItems',
      { fields: ['audio_urls', 'image_urls', 'video_urls'], max: 12 },
      '- The three reference types combined must not exceed `12` items (images + videos + audio clips)'
    ],
    [
      'requiredWhen',
      { field: 'model_params.multi_prompt', when: { 'model_params.multi_shot': true, 'model_params.shot_type': 'customize' } },
      '**required** when `multi_shot=true` and `shot_type=customize`'
    ],
    [
      'valuesWith',
      { field: 'model_params.character_orientation', other: 'model_params.element_list', values: ['video'] },
      '- When using `element_list`, only `video` is supported'
    ],
    ['whenValue', { field: 'generation_mode', value: 'first_frame', other: 'image_urls', minItems: 1, maxItems: 2 }, '- `first_frame`: First-last frame, supports `1`~`2` images'],
    ['whenValue', { field: 'generation_mode', value: 'first_frame', other: 'duration', values: [8] }, '- `first_frame`: duration fixed at 8s'],
    ['whenValue', { field: 'quality', value: '1080p', other: 'image_urls', maxItems: 1 }, 'Sending `1080p` together with 2 or more images is rejected.']
  ])('reads a rule across fields: %s', (kind, expected, text) => {
    const named = (expected as { field?: string }).field
    const field =
      kind === 'apart' ? 'model_params.link_url' : kind === 'capWhen' ? 'video_urls' : kind === 'oneNeeded' || kind === 'totalItems' ? 'image_urls' : (named ?? 'image_end')
    const paths = [
      'prompt',
      'duration',
      'quality',
      'generation_mode',
      'image_start',
      'image_end',
      'image_urls',
      'video_urls',
      'audio_urls',
      'model_params',
      'model_params.file_url',
      'model_params.link_url',
      'model_params.multi_shot',
      'model_params.shot_type',
      'model_params.multi_prompt',
      'model_params.character_orientation',
      'model_params.element_list'
    ]
    const enumOf = (path: string) => (path === 'generation_mode' ? ['first_frame', 'first_last_frame', 'video_continuation'] : undefined)
    const read = crossFieldRules(field, text, paths, enumOf)
    expect(read.rules).toEqual([expect.objectContaining({ kind, ...expected })])
    expect(read.used.length).toBeGreaterThan(0)
    // Fields (or modes) the model does not have make no rule.
    const others = paths.filter(path => !/image_start|image_urls|video_urls|file_url|multi_shot|element_list|duration/.test(path))
    const enumLess = () => undefined
    expect(crossFieldRules(field, text, others, enumLess).rules).toEqual([])
  })

  it.each([
    ['Image size: no more than `10MB`', { maxBytes: 10 * 1024 * 1024 }],
    ['Max size per image: `30MB`', { maxBytes: 30 * 1024 * 1024 }],
    ['Reference images, max 3, max 10MB each', { maxBytes: 10 * 1024 * 1024 }],
    ['Supported formats: `.jpeg`, `.jpg`, `.png` (transparent channel not supported), `.bmp`, `.webp`', { types: ['image/jpeg', 'image/png', 'image/bmp', 'image/webp'] }],
    ['Formats: JPG, JPEG, PNG, WEBP, HEIC, HEIF', { types: ['image/jpeg', 'image/png', 'image/webp', 'image/heic'] }],
    ['Dimensions: width and height both >= `300px`', { minSide: 300 }],
    ['Short edge > 300px', { minSide: 301 }],
    ['Width and height: each from `256` to `5760` px', { minSide: 256, maxSide: 5760 }],
    ['Resolution: width and height in `[240, 8000]` pixels', { minSide: 240, maxSide: 8000 }],
    ['Aspect ratio: between `1:2.5` and `2.5:1`', { minRatio: 0.4, maxRatio: 2.5 }],
    ['Aspect ratio (width/height): `0.4`–`2.5`', { minRatio: 0.4, maxRatio: 2.5 }],
    ['Aspect ratio: 1:8 ~ 8:1', { minRatio: 0.125, maxRatio: 8 }]
  ])("reads an image file's rule: %s", (sentence, expected) => {
    expect(fileRules(`Image URL\n\n**Requirements:**\n- ${sentence}`)).toEqual({ ...expected, prose: [sentence.replace(/`/g, "'")] })
  })

  it('adds no file rule for a recommendation or for the request body', () => {
    expect(fileRules('- Recommended aspect ratio: short edge / long edge ≥ `0.4`')).toBeUndefined()
    expect(fileRules('- Total request body size must not exceed `64MB`')).toBeUndefined()
  })

  it('says why a sentence with values gives no rule, and leaves a sentence of no known shape unexplained', () => {
    const context = { field: 'prompt', type: 'string' as const, description: '', fields: ['prompt', 'image_urls'], media: false }
    expect(noRuleReason('Recommended duration: `2` ~ `300` seconds', context)).toBe('advice or an example')
    expect(noRuleReason('Maximum prompt length: 10000 tokens', context)).toBe('a limit in tokens, which only EvoLink can count')
    expect(noRuleReason('- This model does not support `video_urls` or `audio_urls` input', context)).toBe('about fields the schema already lacks')
    // The same sentence about a field the model has is not explained away.
    expect(noRuleReason('- This model does not support `image_urls` input', { ...context, field: 'duration', type: 'integer' })).toBeUndefined()
    expect(noRuleReason('- Size: <= 10MB', { ...context, field: 'image_start', media: true })).toBe('a property of a file EvoLink fetches, which the action does not see')
    // A limit is a rule or is listed unread: mentioning the prompt does not explain it away, nor does a field's name.
    expect(noRuleReason('Must not exceed `1500` characters, longer prompts are rejected', context)).toBeUndefined()
    expect(noRuleReason('- Size: <= 10MB', { ...context, field: 'first_frame_image' })).toBeUndefined()
    expect(noRuleReason('Describe the scene in the prompt', { ...context, field: 'style' })).toBe('how to word the prompt')
    expect(noRuleReason('- Size: <= 10MB', { ...context, field: 'duration', type: 'integer' })).toBeUndefined()
  })

  it('checks the rules across fields on the catalogue, with the input that gives each field', () => {
    expect(findModel('wan2.7-reference-video')?.rules?.map(rule => rule.kind)).toEqual(['totalItems', 'oneNeeded', 'capWhen'])
    expect(checkBody({ model: 'wan2.7-reference-video', prompt: 'x' })).toEqual([
      expect.stringMatching(/^give at least one of 'image-urls' or 'video-urls' \(EvoLink: "At least one of/)
    ])
    expect(checkBody({ model: 'wan2.7-reference-video', prompt: 'x', video_urls: ['https://a.example/v.mp4'], duration: 12 })).toEqual([
      expect.stringMatching(/^'duration' is at most 10 with 'video-urls' \(it is 12\)/)
    ])
    expect(checkBody({ model: 'wan2.7-reference-video', prompt: 'x', video_urls: ['https://a.example/v.mp4'], duration: 10 })).toEqual([])
    // A mode rule applies only when the mode is given (EvoLink infers it otherwise).
    expect(checkBody({ model: 'wan2.7-image-to-video', prompt: 'x', image_start: 'https://a.example/a.png', image_end: 'https://a.example/b.png' })).toEqual([])
    expect(checkBody({ model: 'wan2.7-image-to-video', prompt: 'x', generation_mode: 'video_continuation' })).toEqual([
      expect.stringMatching(/^generation_mode video_continuation needs 'video-urls'/)
    ])
    expect(checkBody({ model: 'doubao-seedance-1.0-pro-fast', prompt: 'x', aspect_ratio: 'keep_ratio', image_urls: ['https://a.example/a.png'] })).toEqual([])
    // Keys of an object without listed properties: their count and form.
    const voices = (bindings: Record<string, string>) =>
      checkBody({ model: 'wan2.7-reference-video', prompt: 'x', image_urls: ['https://a.example/a.png'], model_params: { voice_bindings: bindings } })
    expect(voices({ image1: 'https://a.example/v.mp3' })).toEqual([])
    expect(voices({ image01: 'https://a.example/v.mp3' })).toEqual([
      'model_params.voice_bindings has the key "image01": keys must be image or video followed by 1, 2, 3 … (no leading zero)'
    ])
    expect(voices(Object.fromEntries([1, 2, 3, 4, 5, 6].map(n => [`image${n}`, 'https://a.example/v.mp3'])))).toEqual(['model_params.voice_bindings has 6 keys: at most 5'])
    // Kling O3's element counts (hand-written: the sentences name no field).
    const elements = (n: number) => ({ element_list: Array.from({ length: n }, (_, i) => ({ element_id: `e${i}` })) })
    expect(checkBody({ model: 'kling-o3-image-to-video', prompt: 'x', image_start: 'https://a.example/a.png', model_params: elements(4) })).toEqual([
      expect.stringMatching(/^model_params\.element_list have 4 items together with 'image-start': at most 3/)
    ])
    expect(checkBody({ model: 'kling-o3-image-to-video', prompt: 'x', image_urls: ['https://a.example/a.png', 'https://a.example/b.png'], model_params: elements(6) })).toEqual([
      expect.stringMatching(/^'image-start', 'image-end', 'image-urls' and model_params\.element_list have 8 items together: at most 7/)
    ])
  })

  it("every request example in EvoLink's OpenAPI files passes the catalogue, but for the examples that break their own schema", () => {
    const files = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap(e => (e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.json') ? [join(dir, e.name)] : []))
    const refused: string[] = []
    let count = 0
    for (const file of files(OPENAPI)) {
      const content = JSON.parse(readFileSync(file, 'utf8')).paths?.['/v1/videos/generations']?.post?.requestBody?.content?.['application/json']
      const bodies = [content?.example, ...Object.values((content?.examples ?? {}) as Record<string, { value?: unknown }>).map(e => e.value)].filter(Boolean)
      for (const body of bodies as Record<string, unknown>[]) {
        count++
        const problems = checkBody(body)
        if (problems.length > 0) refused.push(`${file.slice(OPENAPI.length + 1)}: ${problems.join('; ')}`)
      }
    }
    expect(count).toBe(166)
    // EvoLink's own examples that contradict their schema (image_urls marked required, no image in the example),
    // and the element model the catalogue leaves out.
    expect(refused).toEqual([
      'hailuo/hailuo-2-3-fast-video-generate.json: image_urls is required',
      'kling/kling-custom-element.json: model must be one of the 73 catalogued models',
      'kling/kling-custom-element.json: model must be one of the 73 catalogued models',
      'wan2.5/wan2.5-image-to-video.json: image_urls is required',
      'wan2.6/wan2.6-image-to-video-flash.json: image_urls is required',
      'wan2.6/wan2.6-image-to-video.json: image_urls is required'
    ])
  })

  it('applies prose-documented values only where the schema has none', () => {
    expect(fieldSpec(findModel('sora-2-preview')!, 'duration')?.enum).toEqual([4, 8, 12])
    expect(fieldSpec(findModel('veo-3.1-generate-preview')!, 'duration')?.enum).toEqual([4, 6, 8])
  })

  it('checks a whole body as the simulator does', () => {
    expect(checkBody({ model: 'veo-3.1-generate-preview', prompt: 'x', duration: 5 })).toEqual(['duration must be 4, 6 or 8'])
    expect(checkBody({ model: 'kling-v3-image-to-video', prompt: 'x' })).toEqual(['image_start is required'])
    expect(checkBody({ model: 'kling-o3-image-to-video', prompt: 'x', image_end: 'https://a.example/e.png' })[0]).toMatch(/needs 'image-start'.*Last frame requires a first frame/)
    expect(checkBody({ model: 'gemini-omni-flash-text-to-video', prompt: 'x', duration: 'auto' })).toEqual([])
    expect(checkBody({ model: 'nope' })).toEqual(['model must be one of the 73 catalogued models'])
  })
})

describe('a mistyped model name gets the model meant', () => {
  it.each([
    ['kling-o3-text-to-vdeo', 'kling-o3-text-to-video'],
    ['Kling-O3-Text-To-Video', 'kling-o3-text-to-video'],
    ['veo3', 'veo-3'],
    ['seedance', 'seedance']
  ])('%s → %s…', (typed, meant) => {
    const like = similarModels(typed)
    expect(like.length).toBeGreaterThan(0)
    expect(like[0]).toContain(meant)
  })
  it('nothing close, nothing suggested', () => expect(similarModels('zz')).toEqual([]))
  it('edit distance', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3)
    expect(editDistance('', 'abc')).toBe(3)
  })
})
