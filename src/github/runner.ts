// The two runner commands needed before the submission, written directly instead of through
// @actions/core: loading @actions/core also loads its OIDC client and a second undici (~35 ms), and the
// start-up budget (bench/, README "Performance") leaves no room for that before the POST goes out.
// Everything after the submission uses @actions/core. Protocol: shared/notes/toolchain-and-conventions.md.
import { EOL } from 'node:os'

/** Same as core.getInput(name): INPUT_<NAME> with spaces as underscores, trimmed, '' when unset. */
export function readInput(name: string): string {
  return (process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim()
}

/** Same as core.setSecret(secret): the runner masks the value in every later log line. */
export function maskSecret(secret: string): void {
  const escaped = secret.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
  process.stdout.write(`::add-mask::${escaped}${EOL}`)
}
