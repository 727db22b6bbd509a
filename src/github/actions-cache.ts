// GitHub's Actions cache, as an optional store: used only when the runner provides the service
// (ACTIONS_RESULTS_URL and ACTIONS_RUNTIME_TOKEN) and ACTIONS_CACHE_MODE allows it. Each save or restore runs
// @actions/cache in a child process (cache-job.ts) bounded by a budget of seconds: a cache that errs, is
// slow or never answers costs that budget and one warning, never the video. docs/paying-once.md.
import { spawn, type ChildProcess } from 'node:child_process'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { RESULT_MARK, type CacheJob, type CacheJobResult } from './cache-job.js'
import { cleanText } from '../net/untrusted.js'
export { cacheService, type CacheService } from './cache-service.js'

export interface CacheCall extends CacheJob {
  /** The folder the paths are relative to. */
  cwd: string
  budgetMs: number
  /** Lines the library logged (its own progress and warnings), already made inert. */
  onLog?: (line: string) => void
}

/** dist/index.js: the child is the action's own bundle, started with --evolink-cache-job. This module may sit in a chunk beside it. */
const entry = () => join(dirname(fileURLToPath(new URL(import.meta.url))), 'index.js')

/** The step's environment without its inputs: the child needs the runner's variables, never the key. */
const withoutInputs = (env: NodeJS.ProcessEnv) => Object.fromEntries(Object.entries(env).filter(([name]) => !name.startsWith('INPUT_')))

/**
 * A line the library printed, as a readable debug line: a workflow command's name instead of its `::` markers
 * (`::debug::x` → `debug: x`), what it masked (the signed URLs' signatures) hidden in every later line, and
 * `::add-mask::` lines themselves kept out (undefined). The child's commands never reach the step's log.
 */
export function libraryLine(line: string, masks: Set<string>): string | undefined {
  const command = /^::([\w-]+)(?: [^:]*)?::(.*)$/.exec(line)
  if (command?.[1] === 'add-mask') {
    if ((command[2] ?? '').length >= 4) masks.add(command[2] as string)
    return undefined
  }
  // A command's data carries its line breaks and percent signs escaped (%0A, %0D, %25): read back, then folded.
  const data = (command?.[2] ?? '').replace(/%0D|%0A|%25/gi, code => ({ '%0D': '\r', '%0A': '\n', '%25': '%' })[code.toUpperCase()] ?? code)
  let text = command ? `${command[1]}: ${data}` : line
  for (const secret of masks) text = text.split(secret).join('***')
  return cleanText(text, 500)
}

/** Cache processes still running: killed, with whatever they started, if the step ends first. */
const running = new Set<ChildProcess>()
let exitHook = false

/** Ends the child and everything it started (tar, zstd): on POSIX it leads a process group of its own. */
function killTree(child: ChildProcess): void {
  try {
    if (child.pid !== undefined && process.platform !== 'win32') process.kill(-child.pid, 'SIGKILL')
    else child.kill('SIGKILL')
  } catch {
    // already gone
  }
}

/**
 * Runs one save or restore; never throws. The answer's `error` says why nothing was saved or found
 * (the service failed, or gave no answer within the budget: the child and its own children are killed then).
 */
export function callCache(call: CacheCall): Promise<CacheJobResult> {
  const job: CacheJob = {
    op: call.op,
    paths: call.paths,
    key: call.key,
    restoreKeys: call.restoreKeys,
    lookupOnly: call.lookupOnly,
    members: call.members,
    retentionDays: call.retentionDays
  }
  if (!exitHook) {
    exitHook = true
    process.on('exit', () => running.forEach(killTree))
  }
  return new Promise(resolve => {
    // The library writes its archive relative to GITHUB_WORKSPACE: the staging folder, not the user's workspace.
    const child = spawn(process.execPath, [entry(), '--evolink-cache-job', JSON.stringify(job)], {
      cwd: call.cwd,
      env: { ...withoutInputs(process.env), GITHUB_WORKSPACE: call.cwd },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: process.platform !== 'win32'
    })
    running.add(child)
    let result: CacheJobResult | undefined
    let pending = ''
    const masks = new Set<string>()
    const take = (text: string) => {
      pending += text
      const lines = pending.split('\n')
      pending = lines.pop() ?? ''
      for (const line of lines) {
        if (line.startsWith(RESULT_MARK)) {
          try {
            result = JSON.parse(line.slice(RESULT_MARK.length)) as CacheJobResult
          } catch {
            result = { error: 'unreadable answer' }
          }
        } else if (line.trim()) {
          const shown = libraryLine(line, masks)
          if (shown) call.onLog?.(shown)
        }
      }
    }
    child.stdout?.setEncoding('utf8').on('data', take)
    child.stderr?.setEncoding('utf8').on('data', take)
    const timer = setTimeout(() => {
      result = { error: `no answer within ${call.budgetMs / 1000} s` }
      killTree(child)
    }, call.budgetMs)
    const done = (fallback: string) => {
      clearTimeout(timer)
      running.delete(child)
      // Anything the job left behind (a tar it started) ends with it.
      killTree(child)
      take('\n')
      resolve(result ?? { error: fallback })
    }
    child.on('error', error => done(error.message))
    child.on('close', code => done(`the cache process ended with code ${code}`))
  })
}
