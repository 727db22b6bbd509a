// The runner command needed before the submission, written directly instead of through @actions/core:
// @actions/core alone, bundled, takes ~3× bare node to load on Node 24 (its OIDC helper brings an HTTP client
// and undici), the whole start-up budget (docs/performance.md). Every later line goes through it (step-log.ts).
import { EOL } from 'node:os'

/**
 * Same as core.setSecret(secret): the runner masks the value in every later log line. Only the Actions
 * runner reads `::add-mask::`; anywhere else (a terminal, @github/local-action) the line would print the
 * secret in clear, so it is written only when GITHUB_ACTIONS is true. The action never logs a secret itself.
 */
export function maskSecret(secret: string, env: NodeJS.ProcessEnv = process.env, write: (line: string) => void = line => void process.stdout.write(line)): void {
  if (env.GITHUB_ACTIONS !== 'true') return
  const escaped = secret.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
  write(`::add-mask::${escaped}${EOL}`)
}
