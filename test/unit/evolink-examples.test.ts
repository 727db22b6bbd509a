// EvoLink's own request examples are the ground truth for the catalogue: the action (and the simulator,
// which shares checkBody) must accept every example EvoLink publishes for a model. A rule misread from the
// prose that would refuse what EvoLink documents as valid fails here, whatever the e2e tests share.
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { ROOT } from '../harness/run-action.js'
import { NOT_VIDEO_MODELS, checkBody, findModel } from '../../src/evolink/models.js'

const OPENAPI = join(ROOT, 'docs', 'evolink-openapi', 'video-series')

/** Every JSON file below `dir`. */
const files = (dir: string): string[] =>
  readdirSync(dir).flatMap(name => (statSync(join(dir, name)).isDirectory() ? files(join(dir, name)) : name.endsWith('.json') ? [join(dir, name)] : []))

type Examples = Record<string, { summary?: string; value?: Record<string, unknown> }>
type OpenApi = {
  paths?: Record<string, { post?: { requestBody?: { content?: Record<string, { examples?: Examples; example?: Record<string, unknown> }> } } }>
  components?: { schemas?: Record<string, { required?: string[] }> }
}

/** Each example: its name, its body, and what EvoLink's own schema says it lacks (a few examples omit a required image). */
const examples = files(OPENAPI).flatMap(file => {
  const spec = JSON.parse(readFileSync(file, 'utf8')) as OpenApi
  const content = spec.paths?.['/v1/videos/generations']?.post?.requestBody?.content?.['application/json']
  // The request schema, by the name the operation refers to it with.
  const ref = (content as { schema?: { $ref?: string } } | undefined)?.schema?.$ref?.split('/').pop() ?? ''
  const required = spec.components?.schemas?.[ref]?.required ?? []
  const bodies = Object.entries(content?.examples ?? {}).map(([name, example]): [string, Record<string, unknown> | undefined] => [name, example.value])
  if (content?.example) bodies.push(['example', content.example])
  return bodies
    .filter((pair): pair is [string, Record<string, unknown>] => pair[1] !== undefined && !Object.hasOwn(NOT_VIDEO_MODELS, String(pair[1].model)))
    .map(([name, body]) => [`${String(body.model)}: ${name}`, body, required.filter(field => !(field in body)).map(field => `${field} is required`)] as const)
})

describe("EvoLink's published request examples", () => {
  it('are there for most models', () => {
    expect(examples.length).toBeGreaterThan(50)
  })

  it.each(examples)('%s is accepted by the catalogue, or refused only for a field its own schema requires', (_name, body, lacking) => {
    expect(findModel(String(body.model))).toBeDefined()
    // The catalogue may know more than the bare schema (a multi-shot request needs no prompt), never refuse more.
    expect(checkBody(body).filter(problem => !lacking.includes(problem))).toEqual([])
  })
})
