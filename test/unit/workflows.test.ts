// The workflows and examples follow the README's own advice, checked the way zizmor's main rules would
// (zizmor itself does not install here): every action pinned by a full commit SHA with its version in a
// comment, no checkout keeping its credentials without saying why, no dependency cache in a job that can
// write, the major tag moved only on releases (not pre-releases) behind an environment.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'yaml'
import { ROOT } from '../harness/run-action.js'

interface Step {
  uses?: string
  with?: Record<string, unknown>
}
interface Job {
  steps?: Step[]
  permissions?: Record<string, string>
  environment?: string
  'timeout-minutes'?: number
  uses?: string
}
interface Workflow {
  on?: unknown
  permissions?: Record<string, string>
  jobs: Record<string, Job>
}

const files = [
  ...readdirSync(join(ROOT, '.github', 'workflows')).map(f => join('.github', 'workflows', f)),
  ...readdirSync(join(ROOT, 'docs', 'examples'))
    .filter(f => f.endsWith('.yml'))
    .map(f => join('docs', 'examples', f))
]
/** This action itself: `./` in the repository's own CI, `@v1` in the examples (users pin the release they pick). */
const ours = (uses: string) => uses === './' || uses.startsWith('evolink-ai/evolink-video-action@')

describe.each(files)('%s', file => {
  const text = readFileSync(join(ROOT, file), 'utf8')
  const workflow = parse(text) as Workflow
  const jobs = Object.values(workflow.jobs)

  it('pins every action by a full commit SHA, with the version in a comment', () => {
    const uses = text
      .split('\n')
      .filter(line => /^\s*(- )?uses: /.test(line))
      .map(line => line.replace(/^\s*(- )?uses: /, ''))
    expect(uses.length).toBeGreaterThan(0)
    for (const line of uses.filter(line => !ours(line.split(' ')[0] ?? ''))) expect(line).toMatch(/^[\w./-]+@[0-9a-f]{40} # v\d+\.\d+\.\d+$/)
  })

  it('states persist-credentials on every checkout, and keeps them only with a reason', () => {
    const lines = text.split('\n')
    lines.forEach((line, i) => {
      if (!/uses: actions\/checkout@/.test(line)) return
      const block = lines.slice(i + 1, i + 6).join('\n')
      expect(block).toMatch(/persist-credentials: (false|true # .+)/)
    })
  })

  it('bounds every job with timeout-minutes (a hung step would hold a runner for six hours)', () => {
    const unbounded = Object.entries(workflow.jobs).filter(([, job]) => job.uses === undefined && !(Number(job['timeout-minutes']) > 0))
    expect(unbounded.map(([name]) => name)).toEqual([])
  })

  it('caches no dependencies in a job that can write', () => {
    for (const job of jobs) {
      const writes = Object.values({ ...workflow.permissions, ...job.permissions }).includes('write')
      if (writes) expect((job.steps ?? []).filter(step => step.uses?.startsWith('actions/setup-node@') && step.with?.cache !== undefined)).toEqual([])
    }
  })
})

it('the release workflow moves the major tag on releases only, behind an environment; npm runs only where nothing can be written', () => {
  const release = parse(readFileSync(join(ROOT, '.github', 'workflows', 'release.yml'), 'utf8')) as Workflow
  expect(release.on).toEqual({ release: { types: ['released'] } })
  const jobs = Object.values(release.jobs)
  const writes = (job: Job) => Object.values(job.permissions ?? {}).includes('write')
  expect(jobs.filter(writes).every(job => job.environment === 'release')).toBe(true)
  // One job in the environment: one approval per release.
  expect(jobs.filter(job => job.environment === 'release')).toHaveLength(1)
  const runsNpm = (job: Job) => (job.steps ?? []).some(step => /\bnpm\b/.test((step as { run?: string }).run ?? ''))
  expect(jobs.filter(runsNpm).length).toBeGreaterThan(0)
  for (const job of jobs.filter(runsNpm)) {
    expect(writes(job)).toBe(false)
    expect((job.steps ?? []).filter(step => step.uses?.startsWith('actions/checkout@')).map(step => step.with?.['persist-credentials'])).toEqual([false])
  }
})

it('Dependabot waits a cooldown before proposing a new version', () => {
  const config = parse(readFileSync(join(ROOT, '.github', 'dependabot.yml'), 'utf8')) as { updates: { cooldown?: { 'default-days'?: number } }[] }
  expect(config.updates.every(update => (update.cooldown?.['default-days'] ?? 0) >= 3)).toBe(true)
})
