// npm run build runs this first: it writes src/inputs/action-defaults.ts from action.yml, so the defaults
// live once, in action.yml, and an empty input ('' from `${{ inputs.x }}` left unset) falls back to them.
// Defaults that are expressions (${{ github.token }}) are the runner's to evaluate and are left out.
import { readFileSync, writeFileSync } from 'node:fs'
import { parse } from 'yaml'

const { inputs } = parse(readFileSync(new URL('../action.yml', import.meta.url), 'utf8'))
const defaults = Object.fromEntries(
  Object.entries(inputs)
    .filter(([, spec]) => spec.default !== undefined && !String(spec.default).includes('${{'))
    .map(([name, spec]) => [name, String(spec.default)])
)
const body = Object.entries(defaults)
  .map(([name, value]) => `  ${JSON.stringify(name)}: ${JSON.stringify(value)}`)
  .join(',\n')
const text = `// Generated from action.yml by scripts/action-defaults.mjs (part of npm run build): do not edit.
/** Each input's default as action.yml declares it; inputs whose default is an expression are absent. */
export const ACTION_DEFAULTS: Readonly<Record<string, string>> = {
${body}
}
`
const target = new URL('../src/inputs/action-defaults.ts', import.meta.url)
let current = ''
try {
  current = readFileSync(target, 'utf8')
} catch {
  // first run
}
if (current !== text) writeFileSync(target, text)
