// Input readers for tests: action.yml's defaults plus what a test sets, read the way @actions/core does.
import { evaluatedDefault, readActionYml } from './run-action.js'

const defaults = Object.fromEntries(Object.entries(readActionYml().inputs).map(([name, spec]) => [name, evaluatedDefault(spec.default)]))

export function inputReader(values: Record<string, string>): (name: string) => string {
  const all: Record<string, string> = { ...defaults, 'api-key': 'sk-evo-test', prompt: 'A cat', ...values }
  return name => {
    if (!(name in defaults)) throw new Error(`the code read '${name}', which action.yml does not declare`)
    return (all[name] ?? '').trim()
  }
}
