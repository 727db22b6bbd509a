// manifest: a file of the repository listing several videos (docs/manifests.md). Read like prompt-file
// (inside the workspace, symlinks followed, never .git/, a regular file checked on its handle, UTF-8) but
// up to 2 MiB, parsed as YAML (JSON is YAML), and turned into one set of input values per entry: the
// entry's own values over the step's inputs, and `video-from`, the entry its video is made from. Every
// problem names the entry and the input; all at once.
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
  'download-path',
  'artifact',
  'task-id',
  'model-checks'
] as const
/** Inputs that take one item per line: a YAML list is accepted for them. */
const LIST_INPUTS = new Set(['image-urls', 'video-urls', 'audio-urls'])
/** Inputs that take a JSON object: a YAML mapping is accepted for them. */
const OBJECT_INPUTS = new Set(['model-params', 'params'])
const PROTOTYPE_KEYS = new Set(['__proto__', 'constructor', 'prototype'])
export const ENTRY_ID = /^[A-Za-z0-9._-]{1,64}$/
/** A bound that keeps validation and the `results` output sensible (docs/manifests.md has the figures). */
export const MAX_ENTRIES = 1000
/** About 2 KiB per entry at the most entries: room for long prompts. */
export const MAX_MANIFEST_BYTES = 2 << 20
/**
 * The YAML library's memory grows with the tokens, not the bytes (2 MiB of `[1,1,…]` took 1 GiB): the tokens
 * are counted first, by its lexer, in flat memory. A typical entry has about 35; this allows 100 each at
 * the most entries (at the bound, a plan peaks near 160 MiB on Node 24: docs/performance.md).
 */
export const MAX_MANIFEST_TOKENS = 100_000
/** The key that makes an entry from another entry's video: not a step input, so not in ENTRY_INPUTS. */
export const VIDEO_FROM = 'video-from'

export interface ManifestEntry {
  id: string
  /** The entry's own inputs, as the strings the step's inputs would be. */
  values: Record<string, string>
  /** The id of the entry whose finished video this entry's video input is. */
  from?: string
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
  const file = readPromptFile(raw, workspace, MAX_MANIFEST_BYTES)
  if (!file.ok) return { ok: false, problems: [`Input 'manifest' is ${quoteInput(raw)}: ${file.problem.replace(/ \(that folder holds credentials, not prompts\)/, '')}.`] }
  const { parse, Lexer } = await import('yaml')
  const lexed = new Lexer().lex(file.prompt)
  for (let tokens = 0; !lexed.next().done;) {
    if (++tokens > MAX_MANIFEST_TOKENS) {
      return { ok: false, problems: [`Input 'manifest' (${quoteInput(raw)}) holds more than ${MAX_MANIFEST_TOKENS} YAML tokens: split it, or shorten its lists.`] }
    }
  }
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
    const { [VIDEO_FROM]: from, ...inputs } = rest
    if (from !== undefined && (typeof from !== 'string' || !ENTRY_ID.test(from))) {
      problems.push(`Manifest entry '${id}': video-from is ${quoteInput(String(from))}: it must be the id of another entry of the manifest.`)
    }
    for (const [key, value] of Object.entries(inputs)) {
      if (!(ENTRY_INPUTS as readonly string[]).includes(key)) {
        problems.push(`Manifest entry '${id}': ${quoteInput(key)} is not an input an entry may set; it may set ${ENTRY_INPUTS.join(', ')} and ${VIDEO_FROM}.`)
        continue
      }
      const text = asInput(key, value)
      if ('problem' in text) problems.push(`Manifest entry '${id}': input '${key}' ${text.problem}.`)
      else values[key] = text.text
    }
    entries.push({ id, values, ...(typeof from === 'string' && ENTRY_ID.test(from) ? { from } : {}) })
  })
  return { ok: true, entries, problems }
}
