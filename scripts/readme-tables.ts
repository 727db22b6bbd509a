// The README's inputs and outputs tables, generated from action.yml, and its model table, generated from the
// model catalogue (npm run docs writes them; a test fails when the README disagrees with either).
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { ROOT, readActionYml, type ActionYml } from '../test/harness/run-action.js'
import { CATALOG } from '../src/evolink/catalog.js'
import { allowedText, listOr } from '../src/evolink/check-field.js'
import { fieldSpec, findModel, type ModelSpec } from '../src/evolink/models.js'
import { howToGive, inputsOf } from '../src/inputs/request-inputs.js'

const esc = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ')

export function renderTables(yml: ActionYml): { inputs: string; outputs: string } {
  const inputs = [
    '| input | default | description |',
    '|---|---|---|',
    ...Object.entries(yml.inputs).map(
      ([name, spec]) => `| \`${name}\` | ${spec.required ? '**required**' : spec.default === undefined ? '' : `\`${spec.default}\``} | ${esc(spec.description)} |`
    )
  ].join('\n')
  const outputs = ['| output | description |', '|---|---|', ...Object.entries(yml.outputs).map(([name, spec]) => `| \`${name}\` | ${esc(spec.description)} |`)].join('\n')
  return { inputs, outputs }
}

/** One row per catalogued model: what it takes, the ranges people ask about, what it requires. */
export function renderModels(): string {
  const range = (model: string, field: string) => {
    const spec = fieldSpec(findModel(model)!, field)
    if (!spec) return '—'
    // A string with no documented values is sent as given: say so rather than "text".
    const text = allowedText(spec) === 'text' ? 'free text, not checked' : allowedText(spec)
    return spec.default === undefined ? text : `${text} (default ${String(spec.default)})`
  }
  const give = (spec: ModelSpec, field: string) => howToGive(spec, field).replace(/^'|'(?= \(one line\))|'$/g, '')
  // Required fields, then "one of" groups read from prose ("Provide at least one of `image_start` and `image_end`").
  const requires = (spec: ModelSpec) => [
    ...spec.required.map(field => give(spec, field)),
    ...(spec.rules ?? []).flatMap(rule => (rule.kind === 'oneNeeded' ? [listOr(rule.fields.map(field => give(spec, field)))] : []))
  ]
  return [
    '| model | takes | duration | aspect-ratio | quality | requires |',
    '|---|---|---|---|---|---|',
    ...CATALOG.map(
      spec =>
        `| \`${spec.model}\` | ${esc(inputsOf(spec))} | ${esc(range(spec.model, 'duration'))} | ${esc(range(spec.model, 'aspect_ratio'))} | ${esc(range(spec.model, 'quality'))} | ${esc(requires(spec).join(', ') || '—')} |`
    )
  ].join('\n')
}

/** Replaces what stands between `<!-- NAME:start -->` and `<!-- NAME:end -->`. */
export function fillSection(text: string, name: string, content: string): string {
  const pattern = new RegExp(`(<!-- ${name}:start -->)[\\s\\S]*?(<!-- ${name}:end -->)`)
  if (!pattern.test(text)) throw new Error(`README has no ${name} section`)
  return text.replace(pattern, (_m, start: string, end: string) => `${start}\n${content}\n${end}`)
}

export function renderReadme(readme: string, yml: ActionYml = readActionYml()): string {
  const tables = renderTables(yml)
  return fillSection(fillSection(fillSection(readme, 'inputs', tables.inputs), 'outputs', tables.outputs), 'models', renderModels())
}

if (process.argv[1]?.endsWith('readme-tables.js')) {
  const path = join(ROOT, 'README.md')
  writeFileSync(path, renderReadme(readFileSync(path, 'utf8')))
  console.log('README.md tables regenerated from action.yml and the model catalogue')
}
