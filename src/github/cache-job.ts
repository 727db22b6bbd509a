// The child side of the Actions cache (actions-cache.ts starts it): one @actions/cache save or restore in a
// process of its own, so a cache service that is slow or down can be stopped at once (the library retries
// about 40 s and cannot be cancelled), and the library's own log lines come to the parent to judge, not to
// the step's log. Its answer is one line on stdout: RESULT_MARK followed by JSON.
export const RESULT_MARK = 'evolink-cache-result:'

export interface CacheJob {
  op: 'save' | 'restore'
  /** Paths relative to the working directory (the staging folder), so the cache version is the same on every runner. */
  paths: string[]
  key: string
  restoreKeys?: string[]
  /** restore: only say whether an entry matches, download nothing. */
  lookupOnly?: boolean
}

export interface CacheJobResult {
  /** restore: the key that matched; save: the key, when the entry was written. */
  key?: string
  error?: string
}

/** Runs the job the parent passed on the command line and prints the result. */
export async function runCacheJob(argument: string | undefined): Promise<void> {
  let result: CacheJobResult
  try {
    const job = JSON.parse(argument ?? '') as CacheJob
    const cache = await import('@actions/cache')
    if (job.op === 'save') {
      const id = await cache.saveCache(job.paths, job.key)
      result = id > 0 ? { key: job.key } : { error: 'the entry was not written' }
    } else {
      result = { key: await cache.restoreCache(job.paths, job.key, job.restoreKeys ?? [], { lookupOnly: job.lookupOnly === true }) }
    }
  } catch (error) {
    result = { error: (error as Error).message }
  }
  process.stdout.write(`\n${RESULT_MARK}${JSON.stringify(result)}\n`)
}
