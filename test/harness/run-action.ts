// Runs dist/index.js the way the Actions runner does: inputs as INPUT_* variables with action.yml's
// defaults filled in, GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files, the workspace as working directory.
import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { parse } from 'yaml'

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..').replace(/[/\\]\.build$/, '')
/** The bundle under test; ACTION_UNDER_TEST runs the tests against another build (an older one, to show a test fails without its fix). */
export const ACTION = process.env.ACTION_UNDER_TEST ?? join(ROOT, 'dist', 'index.js')
/** Preload for tests that make the action meet non-loopback addresses: fake DNS and no real connection off the machine. */
export const OFFLINE_PRELOAD = pathToFileURL(join(ROOT, 'test', 'harness', 'offline.mjs')).href
/** Preload that moves the action's Date.now() by TEST_CLOCK_OFFSET_MS (clock.mjs). */
export const CLOCK_PRELOAD = pathToFileURL(join(ROOT, 'test', 'harness', 'clock.mjs')).href

export interface ActionYml {
  inputs: Record<string, { description: string; required?: boolean; default?: string }>
  outputs: Record<string, { description: string }>
}

export function readActionYml(): ActionYml {
  return parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as ActionYml
}

/** The token the runner would put in place of `${{ github.token }}`. */
export const FAKE_GITHUB_TOKEN = 'ghs_harnessTokenForTests'

/** A default as the runner passes it: expressions evaluated (only github.token is used in action.yml). */
export function evaluatedDefault(value: string | undefined): string {
  return (value ?? '').replace(/\$\{\{\s*github\.token\s*\}\}/g, FAKE_GITHUB_TOKEN)
}

export interface ActionRun {
  code: number | null
  signal: NodeJS.Signals | null
  stdout: string
  stderr: string
  outputs: Record<string, string>
  summary: string
  workspace: string
  /** The folder of GITHUB_OUTPUT, GITHUB_STEP_SUMMARY and RUNNER_TEMP. */
  runnerDir: string
  elapsedMs: number
}

export interface RunOptions {
  env?: Record<string, string>
  workspace?: string
  /** Called once the process runs, e.g. to send it a signal. */
  onStart?: (child: ChildProcess) => void
  /** Kill the process after this long (a test's safety net, not the action's timeout). */
  killAfterMs?: number
  /** Run with offline.mjs preloaded; names in this map resolve to these addresses. */
  offline?: Record<string, string>
}

/**
 * An `onStart` that sends `signal` once `ready()` holds (checked every 10 ms), as the runner does when a
 * job is cancelled. `sent` records when it went out.
 */
export function signalWhen(ready: () => boolean, signal: NodeJS.Signals, sent: { at?: number } = {}): (child: ChildProcess) => void {
  return child => {
    const timer = setInterval(() => {
      if (!ready()) return
      clearInterval(timer)
      sent.at = Date.now()
      child.kill(signal)
    }, 10)
    child.once('exit', () => clearInterval(timer))
  }
}

/** The warning annotations a run wrote, as the runner reads them. */
export const warnings = (run: ActionRun): string[] => run.stdout.split('\n').filter(line => line.startsWith('::warning::'))

/** Every workflow command a run wrote but the masks of the two secrets the harness gives it and debug lines. */
export function commands(run: ActionRun, apiKey: string): string[] {
  const ownMasks = [`::add-mask::${apiKey}`, `::add-mask::${FAKE_GITHUB_TOKEN}`]
  return run.stdout.split(/\r?\n/).filter(line => /^\s*::/.test(line) && !ownMasks.includes(line) && !line.startsWith('::debug::'))
}

/** Parses GITHUB_OUTPUT as the runner does: `name<<DELIMITER` … `DELIMITER`, the last value of a name wins. */
export function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {}
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const heredoc = /^([^=<]+)<<(.+)$/.exec(lines[i] ?? '')
    if (heredoc) {
      const [, name, delimiter] = heredoc
      const value: string[] = []
      while (++i < lines.length && lines[i] !== delimiter) value.push(lines[i] ?? '')
      outputs[name as string] = value.join('\n')
    } else if (lines[i]?.includes('=')) {
      const [name, ...rest] = (lines[i] as string).split('=')
      outputs[name as string] = rest.join('=')
    }
  }
  return outputs
}

/** The variables of this process that are set, among `names`. */
function pick(names: string[]): Record<string, string> {
  return Object.fromEntries(names.flatMap(name => (process.env[name] === undefined ? [] : [[name, process.env[name] as string]])))
}

export function runAction(inputs: Record<string, string>, options: RunOptions = {}): Promise<ActionRun> {
  const workspace = options.workspace ?? mkdtempSync(join(tmpdir(), 'evolink-ws-'))
  const files = mkdtempSync(join(tmpdir(), 'evolink-runner-'))
  const outputFile = join(files, 'output')
  const summaryFile = join(files, 'summary')
  writeFileSync(outputFile, '')
  writeFileSync(summaryFile, '')

  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? '',
    // The temporary folder of this test run, and what Node needs on Windows to start at all.
    ...pick(['TMPDIR', 'TEMP', 'TMP', 'SystemRoot', 'SYSTEMROOT', 'USERPROFILE', 'APPDATA', 'LOCALAPPDATA', 'ComSpec', 'PATHEXT']),
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: workspace,
    RUNNER_TEMP: files,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile
  }
  const declared = readActionYml().inputs
  for (const [name, spec] of Object.entries(declared)) {
    const value = inputs[name] ?? evaluatedDefault(spec.default)
    env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value
  }
  for (const name of Object.keys(inputs)) {
    if (!(name in declared)) throw new Error(`runAction: '${name}' is not an input of action.yml`)
  }
  Object.assign(env, options.env)
  // npm run coverage: the action's V8 coverage (and its cache-job child's) lands where scripts/coverage.ts reads it.
  if (process.env.EVOLINK_CHILD_COVERAGE) env.NODE_V8_COVERAGE = process.env.EVOLINK_CHILD_COVERAGE
  if (options.offline) {
    env.NODE_OPTIONS = `--import=${OFFLINE_PRELOAD}`
    env.TEST_DNS = JSON.stringify({ ...(JSON.parse(env.TEST_DNS ?? '{}') as object), ...options.offline })
  }

  const started = Date.now()
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [ACTION], { cwd: workspace, env, stdio: ['ignore', 'pipe', 'pipe'] })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()))
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()))
    const killer = options.killAfterMs ? setTimeout(() => child.kill('SIGKILL'), options.killAfterMs) : undefined
    child.on('error', reject)
    child.on('close', (code, signal) => {
      clearTimeout(killer)
      resolvePromise({
        code,
        signal,
        stdout,
        stderr,
        outputs: parseOutputFile(readFileSync(outputFile, 'utf8')),
        summary: readFileSync(summaryFile, 'utf8'),
        workspace,
        runnerDir: files,
        elapsedMs: Date.now() - started
      })
    })
    options.onStart?.(child)
  })
}
