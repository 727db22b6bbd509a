// The example workflows use only inputs the action declares, and set the permissions their features need.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'yaml'
import { ROOT, readActionYml } from '../harness/run-action.js'
import { findModel } from '../../src/evolink/models.js'
import { FIELD_OF_INPUT } from '../../src/inputs/request-inputs.js'

interface Step {
  uses?: string
  run?: string
  with?: Record<string, unknown>
}
interface Job {
  steps: Step[]
  permissions?: Record<string, string>
  strategy?: { matrix?: { include?: Record<string, string>[] } }
}
interface Workflow {
  permissions?: Record<string, string>
  jobs: Record<string, Job>
}

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

  it('sets only inputs its model takes, in every matrix leg', () => {
    for (const job of Object.values(workflow.jobs)) {
      const legs = job.strategy?.matrix?.include ?? [{}]
      for (const step of job.steps.filter(ours)) {
        for (const leg of legs) {
          // ${{ matrix.x }} as that leg has it; any other expression stands for some non-empty value.
          const resolve = (value: unknown) => String(value).replace(/\$\{\{\s*matrix\.(\w+)\s*\}\}/g, (_m, key: string) => leg[key] ?? '')
          const withs = Object.fromEntries(Object.entries(step.with ?? {}).map(([key, value]) => [key, resolve(value)]))
          const model = findModel(withs.model || 'kling-o3-text-to-video')
          expect(model).toBeDefined()
          const refused = Object.entries(withs).filter(
            ([input, value]) => value !== '' && FIELD_OF_INPUT[input] !== undefined && model?.fields[FIELD_OF_INPUT[input] as string] === undefined
          )
          expect(refused).toEqual([])
        }
      }
    }
  })

  it('grants what its features need', () => {
    const inputs = steps.filter(ours).flatMap(step => Object.entries(step.with ?? {}))
    const wants = (name: string) => inputs.some(([key, value]) => key === name && String(value) === 'true')
    if (wants('pr-comment')) expect(workflow.permissions?.['pull-requests']).toBe('write')
    if (wants('release-asset')) expect(workflow.permissions?.contents).toBe('write')
  })
})

/** `run:` scripts of a workflow text (a workflow file, or a YAML block of the README). */
function runScripts(text: string): string[] {
  const doc = parse(text) as Workflow | Step[] | { steps?: Step[] } | null
  const steps = Array.isArray(doc) ? doc : doc && 'jobs' in doc ? Object.values(doc.jobs).flatMap(job => job.steps) : ((doc as { steps?: Step[] } | null)?.steps ?? [])
  return steps.map(step => step.run).filter((run): run is string => typeof run === 'string')
}

describe('no document teaches script injection: outputs reach run: through env:', () => {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8')
  const blocks = [...readme.matchAll(/```ya?ml\n([\s\S]*?)```/g)].map(m => m[1] ?? '')
  const workflows = readdirSync(join(ROOT, '.github', 'workflows')).map(f => join(ROOT, '.github', 'workflows', f))
  const sources: [string, string][] = [
    ...blocks.map((text, i): [string, string] => [`README.md yaml block ${i + 1}`, text]),
    ...examples.map((f): [string, string] => [`docs/examples/${f}`, readFileSync(join(dir, f), 'utf8')]),
    ...workflows.map((f): [string, string] => [f.slice(ROOT.length + 1), readFileSync(f, 'utf8')])
  ]
  it.each(sources)('%s', (_name, text) => {
    const scripts = runScripts(text)
    for (const script of scripts) expect(script).not.toMatch(/\$\{\{/)
  })
  it('the README has a usage block with a run: step to check', () => {
    expect(blocks.flatMap(runScripts).length).toBeGreaterThan(0)
  })
})

it('there are the seven scenarios', () => {
  expect(examples.sort()).toEqual([
    'image-to-video.yml',
    'manifest-matrix.yml',
    'pr-preview.yml',
    'release-video.yml',
    'resume-task.yml',
    'scheduled.yml',
    'submit-then-collect.yml'
  ])
})

it('the collect job resumes the task the submit job created, without submitting again', () => {
  const workflow = parse(readFileSync(join(dir, 'submit-then-collect.yml'), 'utf8')) as Workflow & {
    jobs: Record<string, Job & { outputs?: Record<string, string>; needs?: string }>
  }
  const { submit, collect } = workflow.jobs
  expect(submit?.steps.find(ours)?.with).toMatchObject({ wait: 'false' })
  expect(submit?.outputs?.['task-id']).toMatch(/steps\.submit\.outputs\.task-id/)
  const resume = collect?.steps.find(ours)?.with ?? {}
  expect(resume['task-id']).toMatch(/needs\.submit\.outputs\.task-id/)
  expect(resume.prompt).toBeUndefined()
})

it("the matrix example feeds the plan job's matrix output to the render legs, each running one entry of the same manifest", () => {
  const workflow = parse(readFileSync(join(dir, 'manifest-matrix.yml'), 'utf8')) as Workflow & { jobs: Record<string, Job & { outputs?: Record<string, string>; needs?: string }> }
  const { plan, render, collect } = workflow.jobs
  const planStep = plan?.steps.find(ours)
  const renderStep = render?.steps.find(ours)
  expect(planStep?.with).toMatchObject({ 'dry-run': 'true' })
  expect(plan?.outputs?.matrix).toMatch(/steps\.plan\.outputs\.matrix/)
  expect(String(render?.strategy?.matrix)).toMatch(/fromJSON\(needs\.plan\.outputs\.matrix\)/)
  expect(renderStep?.with?.entry).toMatch(/matrix\.entry/)
  expect(renderStep?.with?.manifest).toBe(planStep?.with?.manifest)
  // The collect job runs when the cache supplied everything (render skipped), and pays for nothing.
  expect(collect?.needs).toEqual(['plan', 'render'])
  expect(String((collect as { if?: string } | undefined)?.if)).toContain("needs.render.result != 'failure'")
  expect(collect?.steps.find(ours)?.with).toMatchObject({ manifest: planStep?.with?.manifest, reuse: 'identical', artifact: 'true', 'max-credits': '1' })
})

it('every repository file an example reads is one the README tells its user to add', () => {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8')
  const expects = readme.slice(readme.indexOf('What each example expects you to add'), readme.indexOf('## Models'))
  const files = examples.flatMap(file => {
    const workflow = parse(readFileSync(join(dir, file), 'utf8')) as Workflow
    return Object.values(workflow.jobs).flatMap(job =>
      job.steps
        .filter(ours)
        .flatMap(step => ['prompt-file', 'image-start', 'image-end', 'manifest'].map(input => step.with?.[input]))
        .filter((value): value is string => typeof value === 'string' && !value.includes('${{') && !/^https?:/.test(value))
    )
  })
  expect(files.length).toBeGreaterThan(0)
  for (const path of files) expect(expects).toContain(`\`${path}\``)
})
