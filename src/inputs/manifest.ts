// manifest: a file of the repository listing several videos (docs/manifests.md). Read like prompt-file
// (inside the workspace, symlinks followed, never .git/, a regular file checked on its handle, at most
// 64 KiB, UTF-8), parsed as YAML (JSON is YAML), and turned into one set of input values per entry: the
// entry's own values over the step's inputs. Every problem names the entry and the input; all at once.
import { readPromptFile } from './prompt-file.js'
import { quoteInput } from '../net/untrusted.js'

/** The inputs an entry may set, under the step's names. */
export const ENTRY_INPUTS = [
  'model',
  'prompt',
  'prompt-file',
  'duration',
  'aspect-ratio',
  'quality',
  'sound',
  'negative-prompt',
  'seed',
  'generate-audio',
  'image-start',
  'image-end',
  'image-urls',
  'video-urls',
  'audio-urls',
  'model-params',
  'params',
  'callback-url',
  'download-path'
] as const
/** Inputs that take one item per line: a YAML list is accepted for them. */
const LIST_INPUTS = new Set(['image-urls', 'video-urls', 'audio-urls'])
/** Inputs that take a JSON object: a YAML mapping is accepted for them. */
const OBJECT_INPUTS = new Set(['model-params', 'params'])
const PROTOTYPE_KEYS = new Set(['__proto__', 'constructor', 'prototype'])
export const ENTRY_ID = /^[A-Za-z0-9._-]{1,64}$/
/** More entries than this is not a step's work (a matrix has 256 legs at most). */
export const MAX_ENTRIES = 256

export interface ManifestEntry {
  id: string
  /** The entry's own inputs, as the strings the step's inputs would be. */
  values: Record<string, string>
}

/** The entries that could be read, and the problems found: an entry's unknown keys do not hide the rest of its checks. */
export type Manifest = { ok: true; entries: ManifestEntry[]; problems: string[] } | { ok: false; problems: string[] }

/** A key that would reach an object's prototype, anywhere in a value. */
function prototypeKey(value: unknown): string | undefined {
  if (Array.isArray(value)) return value.map(prototypeKey).find(Boolean)
  if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      if (PROTOTYPE_KEYS.has(key)) return key
      const inner = prototypeKey(item)
      if (inner) return inner
    }
  }
  return undefined
}

/** A YAML value as the string the step's input would hold, or why it cannot be one. */
function asInput(input: string, value: unknown): { text: string } | { problem: string } {
  if (value === null || value === undefined) return { text: '' }
  if (typeof value === 'string') return { text: value }
  if (typeof value === 'number' || typeof value === 'boolean')
    return Number.isFinite(value) || typeof value === 'boolean' ? { text: String(value) } : { problem: 'must be a finite number' }
  if (Array.isArray(value)) {
    if (!LIST_INPUTS.has(input)) return { problem: 'must be a single value, not a list' }
    if (!value.every(item => typeof item === 'string' && !/[\r\n]/.test(item))) return { problem: 'must be a list of URLs or paths, one string each' }
    return { text: value.join('\n') }
  }
  if (typeof value === 'object') {
    if (!OBJECT_INPUTS.has(input)) return { problem: 'must be a single value, not a mapping' }
    return { text: JSON.stringify(value) }
  }
  return { problem: 'must be a value' }
}

/** Reads and checks the manifest the input names; entries keep their order. */
export async function readManifest(raw: string, workspace: string): Promise<Manifest> {
  const file = readPromptFile(raw, workspace)
  if (!file.ok) return { ok: false, problems: [`Input 'manifest' is ${quoteInput(raw)}: ${file.problem.replace(/ \(that folder holds credentials, not prompts\)/, '')}.`] }
  const { parse } = await import('yaml')
  let document: unknown
  try {
    // YAML 1.2 core schema, unique keys, aliases bounded (no "billion laughs").
    document = parse(file.prompt, { schema: 'core', uniqueKeys: true, maxAliasCount: 100, merge: false })
  } catch (error) {
    return { ok: false, problems: [`Input 'manifest' (${quoteInput(raw)}) is not valid YAML: ${quoteInput((error as Error).message.split('\n')[0] ?? '', 200)}.`] }
  }
  const videos = (document as { videos?: unknown } | null)?.videos
  if (!Array.isArray(videos) || videos.length === 0) {
    return { ok: false, problems: [`Input 'manifest' (${quoteInput(raw)}) must hold a top-level 'videos:' list with at least one entry.`] }
  }
  if (videos.length > MAX_ENTRIES) return { ok: false, problems: [`Input 'manifest' lists ${videos.length} videos: at most ${MAX_ENTRIES}.`] }
  const forbidden = prototypeKey(document)
  if (forbidden) return { ok: false, problems: [`Input 'manifest' has the key "${forbidden}", which is refused at any depth (__proto__, constructor and prototype are not data).`] }

  const problems: string[] = []
  const entries: ManifestEntry[] = []
  const seen = new Set<string>()
  videos.forEach((item, n) => {
    const where = `Manifest entry ${n + 1}`
    if (!item || typeof item !== 'object' || Array.isArray(item)) return problems.push(`${where} must be a mapping of inputs with an 'id'.`)
    const { id, ...rest } = item as Record<string, unknown>
    if (typeof id !== 'string' || !ENTRY_ID.test(id)) {
      return problems.push(`${where}: 'id' is ${quoteInput(String(id ?? ''))}: it must be 1 to 64 letters, digits, '.', '_' or '-'.`)
    }
    if (seen.has(id)) return problems.push(`Manifest entry '${id}': the id is used by an earlier entry; ids must be unique.`)
    seen.add(id)
    const values: Record<string, string> = {}
    for (const [key, value] of Object.entries(rest)) {
      if (!(ENTRY_INPUTS as readonly string[]).includes(key)) {
        problems.push(`Manifest entry '${id}': ${quoteInput(key)} is not an input an entry may set; it may set ${ENTRY_INPUTS.join(', ')}.`)
        continue
      }
      const text = asInput(key, value)
      if ('problem' in text) problems.push(`Manifest entry '${id}': input '${key}' ${text.problem}.`)
      else values[key] = text.text
    }
    entries.push({ id, values })
  })
  return { ok: true, entries, problems }
}
