// Coverage of the whole suite: the unit tests in-process (jest's V8 coverage) and the end-to-end tests, which
// run dist/index.js as a child process the way the runner does (NODE_V8_COVERAGE, read with c8). dist/ is
// committed without source maps, so the action's coverage is mapped to src/ through a second build of the same
// bundle with maps: every chunk of dist/ must be a byte-for-byte prefix of its mapped twin, else the figures
// would describe other code and the script refuses.
//
//   npm run coverage                      runs the suite with coverage, prints the table, writes the badge
//                                         (on a CI runner it checks the committed badge instead)
//   node .build/scripts/coverage.js report --unit DIR --v8 DIR [--badge]   reports a run made elsewhere (.ci/run)
// Both fail when coverage is under MINIMUM or, unless writing it, when the badge says another figure.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join, relative, resolve, sep } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import libCoverage, { type CoverageMap } from 'istanbul-lib-coverage'
import libReport from 'istanbul-lib-report'
import reports from 'istanbul-reports'
import { ROOT } from '../test/harness/run-action.js'

/** Generated data, not logic: 4,500 lines of model tables would swamp the figure. */
const NOT_COUNTED = new Set(['src/evolink/catalog.ts'])
const MAPPED = join(ROOT, '.build', 'coverage-dist')
const BADGE = join(ROOT, 'docs', 'badges', 'coverage.svg')
/** Coverage may not fall under this (lines of src/, per cent): a drop below it fails CI. */
export const MINIMUM = 95
/** Runs differ by a few hundredths (timing decides some retry paths): the badge stays right within this much. */
const NOISE = 0.25

const inSrc = (file: string) => {
  const rel = relative(ROOT, file).split(sep).join('/')
  return rel.startsWith('src/') && rel.endsWith('.ts') && !NOT_COUNTED.has(rel)
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): void {
  const done = spawnSync(command, args, { cwd: ROOT, env, stdio: 'inherit' })
  if (done.status !== 0) throw new Error(`${command} ${args.join(' ')} ended with ${done.status ?? done.signal}`)
}

/** dist/ again with source maps, sources made absolute (ncc writes them relative to a dist/ at the root). */
function buildMappedTwin(): void {
  rmSync(MAPPED, { recursive: true, force: true })
  run(process.execPath, [
    join(ROOT, 'node_modules/@vercel/ncc/dist/ncc/cli.js'),
    'build',
    'src/index.ts',
    '-o',
    MAPPED,
    '--target',
    'es2022',
    '--quiet',
    '-s',
    '--no-source-map-register'
  ])
  for (const name of readdirSync(join(ROOT, 'dist')).filter(n => n.endsWith('.js'))) {
    const shipped = readFileSync(join(ROOT, 'dist', name))
    const twin = readFileSync(join(MAPPED, name))
    if (!twin.subarray(0, shipped.length).equals(shipped)) throw new Error(`dist/${name} is not what a fresh build makes: run npm run build first`)
    const mapFile = join(MAPPED, `${name}.map`)
    const map = JSON.parse(readFileSync(mapFile, 'utf8')) as { sources: string[] }
    map.sources = map.sources.map(source => resolve(ROOT, 'dist', source.replace(/^webpack:\/\/[^/]*\//, '')))
    writeFileSync(mapFile, JSON.stringify(map))
  }
}

/** The child processes' V8 coverage of dist/, pointed at the mapped twin; everything else they ran is dropped. */
function retarget(v8Dir: string, into: string): number {
  mkdirSync(into, { recursive: true })
  const distUrl = pathToFileURL(join(ROOT, 'dist')).href + '/'
  let processes = 0
  for (const name of readdirSync(v8Dir).filter(n => n.endsWith('.json'))) {
    const data = JSON.parse(readFileSync(join(v8Dir, name), 'utf8')) as { result: { url: string }[] }
    const result = data.result.filter(entry => entry.url.startsWith(distUrl)).map(entry => ({ ...entry, url: pathToFileURL(join(MAPPED, entry.url.slice(distUrl.length))).href }))
    if (result.length === 0) continue
    processes++
    writeFileSync(join(into, name), JSON.stringify({ result }))
  }
  return processes
}

function readMap(file: string): CoverageMap {
  const map = libCoverage.createCoverageMap(JSON.parse(readFileSync(file, 'utf8')))
  map.filter(inSrc)
  return map
}

/** The action's coverage in the e2e runs, by c8 over the retargeted V8 files. */
function e2eCoverage(v8Dir: string, work: string): { map: CoverageMap; processes: number } {
  buildMappedTwin()
  const processes = retarget(v8Dir, join(work, 'v8'))
  run(process.execPath, [
    join(ROOT, 'node_modules/c8/bin/c8.js'),
    'report',
    '--temp-directory',
    join(work, 'v8'),
    '--reports-dir',
    join(work, 'e2e'),
    '--reporter',
    'json',
    '--all',
    '--src',
    MAPPED,
    '--exclude',
    'node_modules/**',
    '--exclude-node-modules',
    'false'
  ])
  return { map: readMap(join(work, 'e2e', 'coverage-final.json')), processes }
}

const percent = (map: CoverageMap) => map.getCoverageSummary().lines.pct

/** `part` over the files of `whole`: a file `part` never loaded counts at zero, so the figures share one denominator. */
function over(whole: CoverageMap, part: CoverageMap): CoverageMap {
  const zeroed = libCoverage.createCoverageMap({})
  for (const file of whole.files()) {
    const data = whole.fileCoverageFor(file).toJSON() as libCoverage.FileCoverageData
    zeroed.addFileCoverage({
      ...data,
      s: Object.fromEntries(Object.keys(data.s).map(k => [k, 0])),
      f: Object.fromEntries(Object.keys(data.f).map(k => [k, 0])),
      b: Object.fromEntries(Object.entries(data.b).map(([k, v]) => [k, v.map(() => 0)]))
    })
  }
  zeroed.merge(part)
  return zeroed
}

export function badgeSvg(pct: number): string {
  const text = `${Math.floor(pct)}%`
  const colour = pct >= 90 ? '#4c1' : pct >= 80 ? '#97ca00' : pct >= 70 ? '#dfb317' : '#e05d44'
  return [
    '<svg xmlns="http://www.w3.org/2000/svg" width="104" height="20" role="img" aria-label="coverage: ' + text + '">',
    `<title>coverage: ${text}</title>`,
    '<rect width="61" height="20" fill="#555"/>',
    `<rect x="61" width="43" height="20" fill="${colour}"/>`,
    '<g fill="#fff" text-anchor="middle" font-family="Verdana,Geneva,DejaVu Sans,sans-serif" font-size="11">',
    '<text x="30.5" y="14">coverage</text>',
    `<text x="82.5" y="14">${text}</text>`,
    '</g>',
    '</svg>',
    ''
  ].join('\n')
}

function report(unitJson: string, v8Dir: string, writeBadge: boolean): void {
  const work = join(ROOT, 'coverage')
  rmSync(join(work, 'v8'), { recursive: true, force: true })
  const unit = readMap(unitJson)
  const { map: e2e, processes } = e2eCoverage(v8Dir, work)
  const all = libCoverage.createCoverageMap({})
  all.merge(unit)
  all.merge(e2e)
  // A src/ file neither run loaded still counts, at zero: its statements come from the mapped bundle (--all).
  const context = libReport.createContext({ dir: join(work, 'all'), coverageMap: all, defaultSummarizer: 'nested' })
  reports.create('text', { skipFull: true }).execute(context)
  reports.create('json-summary').execute(context)
  reports.create('html').execute(context)
  const total = percent(all)
  console.log(`\ncoverage of src/ (lines; ${[...NOT_COUNTED].join(', ')} is data and not counted): ${total}% in all,`)
  console.log(`tests in-process (unit) ${percent(over(all, unit))}%, the action run as a child process (e2e, ${processes} processes) ${percent(over(all, e2e))}%`)
  console.log(`html report: ${relative(ROOT, join(work, 'all', 'index.html'))}`)
  if (writeBadge) {
    mkdirSync(join(BADGE, '..'), { recursive: true })
    writeFileSync(BADGE, badgeSvg(total))
    console.log(`badge: ${relative(ROOT, BADGE)}`)
  }
  const problem = coverageProblem(total, writeBadge ? undefined : existsSync(BADGE) ? readFileSync(BADGE, 'utf8') : '')
  if (problem) {
    console.log(problem)
    process.exitCode = 1
  }
}

/** Why the figure fails the run: under the minimum, or not what the committed badge says (undefined: fine). */
export function coverageProblem(total: number, badge: string | undefined): string | undefined {
  if (total < MINIMUM) return `coverage ${total}% is under the minimum of ${MINIMUM}% (scripts/coverage.ts): test what the change added`
  if (badge === undefined) return undefined
  const shown = Number(/aria-label="coverage: (\d+)%"/.exec(badge)?.[1])
  if (!(total >= shown - NOISE && total < shown + 1 + NOISE))
    return `the README's badge says ${shown}% but coverage is ${total}%: run npm run coverage and commit docs/badges/coverage.svg`
  return undefined
}

function arg(args: string[], name: string): string {
  const at = args.indexOf(name)
  const value = at >= 0 ? args[at + 1] : undefined
  if (!value) throw new Error(`coverage report: ${name} DIR is required`)
  return resolve(value)
}

function main(args: string[]): void {
  if (args[0] === 'report') {
    report(join(arg(args, '--unit'), 'coverage-final.json'), arg(args, '--v8'), args.includes('--badge'))
    return
  }
  const work = join(ROOT, 'coverage')
  rmSync(work, { recursive: true, force: true })
  const v8Dir = join(work, 'v8-raw')
  mkdirSync(v8Dir, { recursive: true })
  run(
    process.execPath,
    ['--experimental-vm-modules', '--disable-warning=ExperimentalWarning', 'node_modules/jest/bin/jest.js', '--coverage', `--coverageDirectory=${join(work, 'unit')}`, ...args],
    {
      ...process.env,
      EVOLINK_CHILD_COVERAGE: v8Dir
    }
  )
  // On a CI runner the committed badge is checked, never rewritten.
  report(join(work, 'unit', 'coverage-final.json'), v8Dir, !process.env.CI)
}

if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) main(process.argv.slice(2))
