// The example workflows use only inputs the action declares, and set the permissions their features need.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'yaml'
import { ROOT, readActionYml } from '../harness/run-action.js'

interface Step { uses?: string; with?: Record<string, unknown> }
interface Workflow { permissions?: Record<string, string>; jobs: Record<string, { steps: Step[]; permissions?: Record<string, string> }> }

const dir = join(ROOT, 'docs', 'examples')
const examples = readdirSync(dir).filter(f => f.endsWith('.yml'))
const declared = readActionYml().inputs
const ours = (step: Step) => /evolink-video-action@|^\.\/?$/.test(step.uses ?? '')

describe.each(examples)('docs/examples/%s', file => {
  const workflow = parse(readFileSync(join(dir, file), 'utf8')) as Workflow
  const steps = Object.values(workflow.jobs).flatMap(job => job.steps)

  it('uses the action with declared inputs only, the key from a secret', () => {
    const uses = steps.filter(ours)
    expect(uses.length).toBeGreaterThan(0)
    for (const step of uses) {
      const keys = Object.keys(step.with ?? {})
      expect(keys.filter(key => !(key in declared))).toEqual([])
      expect(step.with?.['api-key']).toMatch(/^\$\{\{\s*secrets\.\w+\s*\}\}$/)
    }
  })

  it('grants what its features need', () => {
    const inputs = steps.filter(ours).flatMap(step => Object.entries(step.with ?? {}))
    const wants = (name: string) => inputs.some(([key, value]) => key === name && String(value) === 'true')
    if (wants('pr-comment')) expect(workflow.permissions?.['pull-requests']).toBe('write')
    if (wants('release-asset')) expect(workflow.permissions?.contents).toBe('write')
  })
})

it('there are the three scenarios', () => {
  expect(examples.sort()).toEqual(['pr-preview.yml', 'release-video.yml', 'scheduled.yml'])
})
