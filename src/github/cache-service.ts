// Whether this step may use GitHub's Actions cache: a plain look at the runner's variables, kept apart from
// the cache client (actions-cache.ts) so that a run without the service loads nothing more to find out.
export interface CacheService {
  readable: boolean
  writable: boolean
}

/** The cache service this step may use, or undefined: no service (the local runner, GHES without cache) or mode `none`. */
export function cacheService(env: NodeJS.ProcessEnv = process.env): CacheService | undefined {
  if (!env.ACTIONS_RESULTS_URL || !env.ACTIONS_RUNTIME_TOKEN) return undefined
  // The runner's cache-mode: read, write, write-only, none; anything else (or unset) allows both, as @actions/cache does.
  const mode = (env.ACTIONS_CACHE_MODE ?? '').trim().toLowerCase()
  const known = ['none', 'read', 'write', 'write-only'].includes(mode)
  const service = { readable: !known || mode === 'read' || mode === 'write', writable: !known || mode === 'write' || mode === 'write-only' }
  return service.readable || service.writable ? service : undefined
}
