// The one sanitizer for reply text, the result URL rule, and the reply schema that applies both.
import { taskSchema, errorBodySchema } from '../../src/evolink/schema.js'
import { MAX_RESULT_URLS, checkResultUrl, cleanText } from '../../src/net/untrusted.js'
import { capMarkdown, escapeMarkdown } from '../../src/format.js'

describe('cleanText', () => {
  it.each([
    ['line\nbreaks\r\nand\rreturns', 'line breaks and returns'],
    ['::add-mask::x', ': :add-mask: :x'],
    ['  ::error::fake', ': :error: :fake'],
    ['esc \u001b[31mred\u001b[0m', 'esc [31mred [0m'],
    ['bidi \u202eevil\u202c text', 'bidi evil text'],
    ['sep\u2028arator\u2029s', 'sep arator s'],
    ['zero\u200bwidth\ufeff', 'zero width'],
    ['C1 \u0085 next line', 'C1 next line']
  ])('%j → %j', (raw, clean) => expect(cleanText(raw)).toBe(clean))

  it('cuts to the cap in characters, never inside a surrogate pair', () => {
    expect(cleanText('a'.repeat(5000), 100)).toHaveLength(100)
    const cut = cleanText('😀'.repeat(50), 10)
    expect(Array.from(cut)).toHaveLength(10)
    expect(cut.endsWith('…')).toBe(true)
    expect(cut).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])/)
  })
})

describe('checkResultUrl', () => {
  it('keeps https and http links, encoding what a shell would act on', () => {
    expect(checkResultUrl('https://cdn.example/a.mp4?sig=1&x=2')).toEqual({ ok: true, url: 'https://cdn.example/a.mp4?sig=1&x=2', plainHttp: false })
    expect(checkResultUrl('http://cdn.example/a.mp4')).toMatchObject({ ok: true, plainHttp: true })
    const verdict = checkResultUrl('https://cdn.example/v.mp4";$(id)`id`\'\\x')
    expect(verdict.ok && verdict.url).toBe('https://cdn.example/v.mp4%22;%24(id)%60id%60%27/x') // the URL parser turns \ into /
  })
  it.each([
    ['javascript:', 'javascript:alert(1)', 'scheme javascript: is not https'],
    ['file:', 'file:///etc/passwd', 'scheme file: is not https'],
    ['a relative path', '/relative.mp4', 'not an absolute URL'],
    ['credentials', 'https://user:pw@cdn.example/a.mp4', 'it carries credentials'],
    ['5,000 characters', `https://cdn.example/${'a'.repeat(5000)}`, 'longer than 4096 characters']
  ])('refuses %s', (_label, raw, problem) => expect(checkResultUrl(raw)).toEqual({ ok: false, problem }))
})

describe('reply schema', () => {
  const parse = (fields: Record<string, unknown>) => taskSchema().safeParse({ id: 'task-unified-1-a', status: 'completed', ...fields })

  it('refuses a reply whose id is not an EvoLink task id', () => {
    for (const id of ['task-unified-1; rm -rf /', '../../etc', 'task-unified-', `task-unified-${'a'.repeat(300)}`]) {
      expect(parse({ id }).success).toBe(false)
    }
  })
  it('cleans every string and keeps only checked URLs, at most MAX_RESULT_URLS', () => {
    const many = Array.from({ length: 40 }, (_, i) => `https://cdn.example/${i}.mp4`)
    const task = taskSchema().parse({
      id: 'task-unified-1-a',
      status: 'failed\n::x',
      model: 'm\u0007',
      results: ['javascript:alert(1)', 42, ...many],
      error: { code: 7, message: 'a\r\nb' }
    })
    expect(task).toMatchObject({ status: 'failed : :x', model: 'm', error: { code: '7', message: 'a b' } })
    expect(task.results).toHaveLength(MAX_RESULT_URLS - 2)
    expect(task.refusedResults).toEqual(['javascript:alert(1): scheme javascript: is not https', '42: not a string', `10 more URLs: only the first ${MAX_RESULT_URLS} are read`])
  })
  it('reads created in milliseconds as seconds and drops absurd estimates', () => {
    const task = taskSchema().parse({ id: 'task-unified-1-a', status: 'processing', created: 1_757_169_743_000, task_info: { estimated_time: 1e300 } })
    expect(task.created).toBe(1_757_169_743)
    expect(task.task_info?.estimated_time).toBeUndefined()
  })
  it('cleans error bodies too', () => {
    expect(errorBodySchema().parse({ error: { code: 'x\n::y', message: '@a\u202e' } })).toEqual({ code: 'x : :y', message: '@a' })
  })
})

describe('Markdown', () => {
  it('turns lone carriage returns into <br> too, so a line cannot start a heading or a table', () => {
    expect(escapeMarkdown('a\rb\r\nc\nd')).toBe('a<br>b<br>c<br>d')
  })
  it('neutralizes @user and @org/team mentions, not e-mail-like text it cannot tell apart', () => {
    expect(escapeMarkdown('ping @octocat and @github/security-team')).toBe('ping @&#8203;octocat and @&#8203;github\\/security\\-team'.replace('\\-', '-'))
  })
  it('caps at a line end and says so', () => {
    const capped = capMarkdown(`${'x'.repeat(50)}\n${'y'.repeat(100)}`, 80)
    expect(capped).toBe(`${'x'.repeat(50)}\n\n*(cut: longer than 80 characters)*\n`)
    expect(capMarkdown('short', 80)).toBe('short')
  })
})
