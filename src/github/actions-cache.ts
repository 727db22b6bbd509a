// GitHub's Actions cache, as an optional store: used only when the runner provides the service
// (ACTIONS_RESULTS_URL and ACTIONS_RUNTIME_TOKEN) and ACTIONS_CACHE_MODE allows it. Each save or restore runs
// @actions/cache in a child process (cache-job.ts) bounded by a budget of seconds: a cache that errs, is
// slow or never answers costs that budget and one warning, never the video. docs/paying-once.md.
import { spawn } from 'node:child_process'
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
 * Runs one save or restore; never throws. The answer's `error` says why nothing was saved or found
 * (the service failed, or gave no answer within the budget: the child is killed then).
 */
export function callCache(call: CacheCall): Promise<CacheJobResult> {
  const job: CacheJob = { op: call.op, paths: call.paths, key: call.key, restoreKeys: call.restoreKeys, lookupOnly: call.lookupOnly }
  return new Promise(resolve => {
    // The library writes its archive relative to GITHUB_WORKSPACE: the staging folder, not the user's workspace.
    const child = spawn(process.execPath, [entry(), '--evolink-cache-job', JSON.stringify(job)], {
      cwd: call.cwd,
      env: { ...withoutInputs(process.env), GITHUB_WORKSPACE: call.cwd },
      stdio: ['ignore', 'pipe', 'pipe']
    })
    let result: CacheJobResult | undefined
    let pending = ''
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
        } else if (line.trim()) call.onLog?.(cleanText(line, 500))
      }
    }
    child.stdout.setEncoding('utf8').on('data', take)
    child.stderr.setEncoding('utf8').on('data', take)
    const timer = setTimeout(() => {
      result = { error: `no answer within ${call.budgetMs / 1000} s` }
      child.kill('SIGKILL')
    }, call.budgetMs)
    const done = (fallback: string) => {
      clearTimeout(timer)
      take('\n')
      resolve(result ?? { error: fallback })
    }
    child.on('error', error => done(error.message))
    child.on('close', code => done(`the cache process ended with code ${code}`))
  })
}
