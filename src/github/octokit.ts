// GitHub calls are bounded in time and stopped by cancellation: octokit has no timeout of its own, and a
// step must not hang on GitHub. The signal goes in each call's `request` options, because a `request`
// given to getOctokit would replace @actions/github's proxy-aware fetch instead of adding to it.

/** Time allowed for all the GitHub calls of one delivery (comment, or release lookup and cleanup). */
export const GITHUB_BUDGET_MS = 120_000

/** `request` options for each octokit call of one delivery. */
export function boundedRequest(signal: AbortSignal): { signal: AbortSignal } {
  return { signal: AbortSignal.any([signal, AbortSignal.timeout(GITHUB_BUDGET_MS)]) }
}
