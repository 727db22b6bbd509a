// CONTRIBUTING's conventions table tells the truth: each row it says a test keeps is checked here, against
// the files themselves (deeper checks of some rows live in the tests the table names).
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'yaml'
import { ROOT, readActionYml } from '../harness/run-action.js'

const read = (...path: string[]) => readFileSync(join(ROOT, ...path), 'utf8')
const exists = (...path: string[]) => existsSync(join(ROOT, ...path))
type Workflow = {
  on?: Record<string, unknown>
  permissions?: unknown
  jobs: Record<string, { 'timeout-minutes'?: number; uses?: string; strategy?: { matrix?: Record<string, unknown> }; steps?: { run?: string; uses?: string }[] }>
}
const workflow = (file: string) => parse(read('.github', 'workflows', file)) as Workflow
const workflows = readdirSync(join(ROOT, '.github', 'workflows')).map(workflow)
const examples = readdirSync(join(ROOT, 'docs', 'examples'))
  .filter(file => file.endsWith('.yml'))
  .map(file => parse(read('docs', 'examples', file)) as Workflow)
const runs = (flow: Workflow) => Object.values(flow.jobs).flatMap(job => (job.steps ?? []).map(step => step.run ?? ''))
const ci = workflow('ci.yml')

const CHECKS: Record<string, () => boolean> = {
  'action metadata: name, description, author, branding': () => {
    const action = parse(read('action.yml')) as { name?: string; description?: string; author?: string; branding?: { icon?: string; color?: string } }
    return Boolean(action.name && action.description && action.author && action.branding?.icon && action.branding.color)
  },
  'a JavaScript action on the current runtime, bundled': () => {
    const action = parse(read('action.yml')) as { runs: { using: string; main: string } }
    return action.runs.using === 'node24' && action.runs.main === 'dist/index.js' && exists('dist', 'index.js')
  },
  'dist/ committed and checked against a fresh build': () =>
    runs(workflow('check-dist.yml')).some(run => /npm run build/.test(run)) && /git diff --exit-code --stat dist/.test(read('.ci', 'run')),
  'generated files marked, dist/ out of diffs': () => {
    const attributes = read('.gitattributes')
    return (
      /^dist\/\*\* linguist-generated=true -diff$/m.test(attributes) &&
      /^src\/evolink\/catalog\.ts linguist-generated=true$/m.test(attributes) &&
      /^docs\/evolink-openapi\/\*\* linguist-vendored=true$/m.test(attributes)
    )
  },
  'CI on pushes and pull requests, on Linux, Windows and macOS': () => {
    const os = ci.jobs.test?.strategy?.matrix?.os
    return Boolean(ci.on?.push && 'pull_request' in (ci.on ?? {})) && JSON.stringify(os) === JSON.stringify(['ubuntu-latest', 'windows-latest', 'macos-latest'])
  },
  'every job bounded by `timeout-minutes`': () =>
    [...workflows, ...examples].every(flow => Object.values(flow.jobs).every(job => job.uses !== undefined || (job['timeout-minutes'] ?? 0) > 0)),
  'least-privilege `permissions` at the top of each workflow': () => workflows.every(flow => flow.permissions !== undefined && !JSON.stringify(flow.permissions).includes('write')),
  'actions pinned by full commit SHA': () =>
    [...workflows, ...examples].every(flow =>
      Object.values(flow.jobs).every(job =>
        (job.steps ?? []).every(step => !step.uses || step.uses === './' || step.uses.startsWith('evolink-ai/') || /@[0-9a-f]{40}$/.test(step.uses))
      )
    ),
  'CodeQL over the code and the workflows': () => {
    const languages = workflow('codeql.yml').jobs.analyze?.strategy?.matrix?.language
    return JSON.stringify(languages) === JSON.stringify(['javascript-typescript', 'actions'])
  },
  'Dependabot for npm and for actions': () => {
    const ecosystems = (parse(read('.github', 'dependabot.yml')) as { updates: { 'package-ecosystem': string }[] }).updates.map(u => u['package-ecosystem'])
    return ecosystems.includes('npm') && ecosystems.includes('github-actions')
  },
  'lint, formatting and type checks in CI': () => ['npm run lint', 'npm run format:check', 'npm run typecheck'].every(command => runs(ci).includes(command)),
  'licences of bundled dependencies checked': () => exists('.licensee.json') && runs(ci).includes('npm run licenses'),
  'coverage measured and shown': () =>
    exists('docs', 'badges', 'coverage.svg') && read('README.md').includes('docs/badges/coverage.svg') && runs(ci).some(run => run.includes('npm run coverage')),
  'the development Node pinned': () => /^24\s*$/.test(read('.node-version')) && exists('test', 'unit', 'engines.test.ts'),
  'a dev container': () => /node/i.test(read('.devcontainer', 'devcontainer.json')),
  'licence, security policy, code of conduct, contributing guide, changelog': () =>
    /MIT License/.test(read('LICENSE')) &&
    ['SECURITY.md', 'CODE_OF_CONDUCT.md', 'CONTRIBUTING.md'].every(file => exists(file)) &&
    /^## \[Unreleased\]$/m.test(read('CHANGELOG.md')),
  'code owners, issue forms, a pull request template': () =>
    exists('.github', 'CODEOWNERS') && exists('.github', 'ISSUE_TEMPLATE', 'bug_report.yml') && exists('.github', 'pull_request_template.md'),
  'README tables of inputs and outputs that match `action.yml`': () => Object.keys(readActionYml().inputs).every(input => read('README.md').includes(`\`${input}\``)),
  'example workflows that lint and run': () => examples.length >= 5 && /docs\/examples/.test(JSON.parse(read('package.json')).scripts['lint:workflows']),
  'a moving major tag (`v1`) on each release': () => {
    const release = read('.github', 'workflows', 'release.yml')
    return /types: \[released\]/.test(release) && /git tag -f/.test(release)
  }
}

/** The table's rows: the convention (first cell) and what keeps it (last cell). */
function rows(): [string, string][] {
  const contributing = read('CONTRIBUTING.md')
  const section = contributing.slice(contributing.indexOf('## Conventions'), contributing.indexOf('## Releasing'))
  return section
    .split('\n')
    .filter(line => line.startsWith('| ') && !line.startsWith('| convention') && !line.startsWith('| ---'))
    .map(line => {
      const cells = line.split(' | ').map(cell => cell.replace(/^\| ?| ?\|$/g, '').trim())
      return [cells[0] ?? '', cells[cells.length - 1] ?? '']
    })
}

describe("CONTRIBUTING's conventions", () => {
  it('has a check here for every row a test keeps, and a row for every check', () => {
    const tested = rows()
      .filter(([, keptBy]) => keptBy === 'test')
      .map(([convention]) => convention)
    expect(tested.length).toBeGreaterThan(15)
    expect(tested.sort()).toEqual(Object.keys(CHECKS).sort())
  })

  it.each(Object.entries(CHECKS))('%s', (_, check) => {
    expect(check()).toBe(true)
  })
})
