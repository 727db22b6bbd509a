// How every input is read: the runner's INPUT_<NAME> variable, trimmed, and action.yml's default when that
// is empty. A workflow that passes `quality: ${{ inputs.quality }}` with the input unset hands over '',
// which must mean "the default", as `core.getInput(x) || default` does across actions.
import { ACTION_DEFAULTS } from './action-defaults.js'

/** INPUT_<NAME> (spaces as underscores, upper case, as the runner names it), trimmed; the default when empty. */
export function readInput(name: string, env: NodeJS.ProcessEnv = process.env): string {
  const raw = (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim()
  return raw === '' ? (ACTION_DEFAULTS[name] ?? '') : raw
}
