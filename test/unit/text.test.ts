// Text for people: escaping, links, durations, progress lines and the job summary.
import { escapeMarkdown, formatDuration, markdownLink } from '../../src/format.js'
import { progressLine, progressLogger } from '../../src/task/progress.js'
import { buildSummary } from '../../src/report/summary.js'
import { readSettings, type Settings } from '../../src/inputs/settings.js'
import { taskSchema } from '../../src/evolink/schema.js'
import { inputReader } from '../harness/inputs.js'

describe('escaping', () => {
  it('neutralizes HTML, links, images, tables and emphasis', () => {
    const hostile = '<img src=x onerror=alert(1)> [click](https://evil) | col | **bold** `code`\nnext'
    const escaped = escapeMarkdown(hostile)
    expect(escaped).not.toMatch(/<img|\]\(|(?<!\\)\||(?<!\\)\*\*|(?<!\\)`/)
    expect(escaped).toContain('&lt;img')
    expect(escaped).toContain('<br>next')
  })
  it('links only http(s) URLs and encodes characters that would end the link', () => {
    expect(markdownLink('Video', 'https://cdn.example/a (1).mp4')).toBe('[Video](https://cdn.example/a%20%281%29.mp4)')
    expect(markdownLink('Video', 'javascript:alert(1)')).toBe('javascript:alert\\(1\\)')
  })
  it('formats durations', () => {
    expect(formatDuration(0)).toBe('0s')
    expect(formatDuration(75_000)).toBe('1m 15s')
    expect(formatDuration(3_720_000)).toBe('1h 02m')
  })
})

describe('progress', () => {
  const task = (fields: Record<string, unknown>) => taskSchema().parse({ id: 'task-unified-1-a', ...fields })
  it('says status, percent, elapsed and what is left of the estimate', () => {
    expect(progressLine(task({ status: 'processing', progress: 40 }), 62_000, 300)).toBe('processing 40% · 1m 02s elapsed · about 3m 58s left')
    expect(progressLine(task({ status: 'processing' }), 400_000, 300)).toBe('processing · 6m 40s elapsed · past the 5m 00s estimate')
  })
  it('logs changes, stays quiet otherwise, and remembers the estimate', () => {
    const lines: string[] = []
    let now = 0
    const log = progressLogger(
      line => lines.push(line),
      0,
      () => now,
      60_000
    )
    log(task({ status: 'pending', progress: 0, task_info: { estimated_time: 100 } }))
    now = 5_000
    log(task({ status: 'pending', progress: 0 }))
    now = 10_000
    log(task({ status: 'processing', progress: 10 }))
    now = 80_000
    log(task({ status: 'processing', progress: 10 }))
    expect(lines).toEqual(['pending 0% · 0s elapsed · about 1m 40s left', 'processing 10% · 10s elapsed · about 1m 30s left', 'processing 10% · 1m 20s elapsed · about 20s left'])
  })
})

describe('buildSummary', () => {
  let settings: Settings
  beforeAll(async () => {
    settings = await readSettings(inputReader({ prompt: 'A <b>cat</b> | [x](https://evil)' }), () => undefined)
  })
  it('shows the result with escaped prompt and a link to the video', () => {
    const md = buildSummary(settings, {
      outcome: 'completed',
      taskId: 'task-unified-1-a',
      status: 'completed',
      progress: 100,
      urls: ['https://cdn.example/v.mp4'],
      creditsReserved: 10,
      expiresAt: '2026-11-27T12:00:00.000Z',
      elapsedMs: 65_000
    })
    expect(md).toContain('## ✅ Video ready')
    expect(md).toContain('[Open the video](https://cdn.example/v.mp4)')
    expect(md).toContain('| Credits reserved | 10 |')
    expect(md).toContain('A &lt;b&gt;cat&lt;\\/b&gt; \\| \\[x\\]\\(https&#8203;:\\/\\/evil\\)')
    expect(md).not.toContain('Re-run')
  })
  it('tells how to resume after a timeout', () => {
    const md = buildSummary(settings, { outcome: 'timeout', taskId: 'task-unified-1-a', status: 'processing', urls: [] })
    expect(md).toContain('⏳')
    expect(md).toContain('re-run this step with &quot;task-id: task-unified-1-a&quot;')
  })
})
