// A step is a plan of one or more videos. Without `manifest` it is one video read from the step's inputs;
// with one, the manifest's entries (all, or those `entry` names and their upstreams), each read as the step's
// inputs with the entry's own values over them, and the graph `video-from` draws between them. Every
// problem of every entry is found before anything is sent, and reported at once.
import { InputError } from '../errors.js'
import { own } from '../evolink/check-field.js'
import { findModel, type ModelSpec } from '../evolink/models.js'
import type { InputReader } from '../inputs/input-kit.js'
import { readManifest, VIDEO_FROM, type ManifestEntry } from '../inputs/manifest.js'
import { fieldOfInput, howToGive } from '../inputs/request-inputs.js'
import { readSettings, type Settings } from '../inputs/settings.js'
import { quoteInput } from '../net/untrusted.js'
import { graphProblems, withUpstreams } from './graph.js'

/** How many tasks may be in flight at once: EvoLink limits requests per model. */
export const MAX_CONCURRENT = 50

export interface PlannedVideo {
  /** The manifest entry's id; empty for a step without a manifest. */
  id: string
  settings: Settings
  /** The entry whose finished video this one is made from, and the request field that carries it. */
  from?: { id: string; field: string }
}

export interface StepPlan {
  videos: PlannedVideo[]
  /** Read from a manifest: the step sets `results`, and its lines carry each entry's id. */
  manifest: boolean
  maxConcurrent: number
}

/**
 * What stands for the upstream's video while the entry is checked: a URL that passes the media URL rules, so
 * the model's own rules (required, modes, counts) judge the entry as they will judge the real request. It
 * is never sent: the scheduler puts the upstream's URL in its place, by the plan's edge, not by this text.
 */
export const videoFromStandIn = (id: string) => `https://video-from.invalid/${id}.mp4`

/** The plan of this step, or one InputError naming every problem. */
export async function readPlan(read: InputReader, mask: (secret: string) => void): Promise<StepPlan> {
  if (!read('manifest')) return { videos: [{ id: '', settings: await readSettings(read, mask) }], manifest: false, maxConcurrent: 1 }
  const workspace = process.env.GITHUB_WORKSPACE || process.cwd()
  const manifest = await readManifest(read('manifest'), workspace)
  if (!manifest.ok) throw new InputError(manifest.problems)
  const nodes = manifest.entries.map(({ id, from }) => ({ id, from }))
  const problems = [...manifest.problems, ...graphProblems(nodes)]

  const wanted = read('entry')
    .split(',')
    .map(id => id.trim())
    .filter(Boolean)
  const known = new Set(nodes.map(node => node.id))
  const unknown = wanted.filter(id => !known.has(id))
  if (unknown.length > 0) {
    const listed = manifest.entries.length <= 20 ? `: ${[...known].join(', ')}` : ` (${known.size} entries)`
    const not = `${unknown.map(id => quoteInput(id)).join(', ')} ${unknown.length === 1 ? 'is not one' : 'are not'}`
    problems.push(`Input 'entry' is ${quoteInput(read('entry'))}: it must be one or more ids of the manifest, separated by commas${listed}; ${not}.`)
  }
  // A selected entry brings the entries its video is made from: they run first, in this step.
  const selected = wanted.length > 0 ? withUpstreams(nodes, new Set(wanted)) : known
  const entries = manifest.entries.filter(entry => selected.has(entry.id))

  const concurrentRaw = read('max-concurrent')
  const maxConcurrent = /^\d+$/.test(concurrentRaw) ? Number(concurrentRaw) : NaN
  if (!(maxConcurrent >= 1 && maxConcurrent <= MAX_CONCURRENT))
    problems.push(`Input 'max-concurrent' is ${quoteInput(concurrentRaw)}: it must be a whole number from 1 to ${MAX_CONCURRENT}.`)
  const videos = await readEntries(entries, read, mask).catch((error: unknown) => {
    if (!(error instanceof InputError)) throw error
    problems.push(...error.problems)
    return []
  })
  if (problems.length > 0) throw new InputError(problems)
  return { videos, manifest: true, maxConcurrent }
}

/** The inputs of one entry: its own values, then what it takes from the entry itself, then the step's. */
export function entryReader(entry: ManifestEntry, step: InputReader, count: number): InputReader {
  const own = new Map(Object.entries(entry.values))
  // An entry that sets either prompt input replaces both of the step's: they exclude each other.
  const setsPrompt = own.has('prompt') || own.has('prompt-file')
  return name => {
    if (name === 'video-urls' && entry.from !== undefined) return videoFromStandIn(entry.from)
    const value = own.get(name)
    if (value !== undefined) return value
    if (setsPrompt && (name === 'prompt' || name === 'prompt-file')) return ''
    // Each release asset is named after its entry. pr-comment is the step's, checked with every entry like
    // any input; the step posts the one comment (the scheduler keeps the entries from posting their own).
    if (name === 'asset-name') return `${entry.id}.mp4`
    if (name === 'download-path' && count > 1) return ''
    return step(name)
  }
}

const where = (entry: ManifestEntry & { from: string }) => `Manifest entry '${entry.id}' (video-from: '${entry.from}')`

/** Why an entry's `video-from` cannot be used with its model, or the field the video goes in. */
function videoFieldOf(entry: ManifestEntry & { from: string }, model: string): { field: string } | { problem: string } | undefined {
  if (entry.values['video-urls'] !== undefined) return { problem: `${where(entry)} also sets video-urls: its video input is the video of '${entry.from}'; remove one of them.` }
  const spec = findModel(model)
  // An unknown model is reported by the entry's own checks.
  if (!spec) return undefined
  const field = fieldOfInput(spec, 'video-urls')
  if (field === undefined || own(spec.fields, field) === undefined) {
    return { problem: `${where(entry)}: model ${spec.model} takes no video input; video-from needs a model that takes one (video_url or video_urls).` }
  }
  return { field }
}

/**
 * The action does not guess modes: where the model takes a video only in some modes of a field (wan2.7's
 * generation_mode video_continuation), the entry must set that field.
 */
function modeProblem(entry: ManifestEntry & { from: string }, settings: Settings, field: string): string | undefined {
  const spec = findModel(settings.model)
  for (const rule of spec?.rules ?? []) {
    if (rule.kind !== 'byMode' || rule.field !== field || rule.required.length === 0 || settings.fields[rule.modeField] !== undefined) continue
    const modes = rule.required.map(mode => `"${mode}"`).join(' or ')
    return `${where(entry)}: model ${settings.model} takes a video only with ${rule.modeField} ${modes}, and the action does not guess modes: set ${howToGive(spec as ModelSpec, rule.modeField).replace('…', modes)} in the entry.`
  }
  return undefined
}

/** Every entry's settings, or one InputError naming every problem of every entry. */
export async function readEntries(entries: ManifestEntry[], step: InputReader, mask: (secret: string) => void): Promise<PlannedVideo[]> {
  const problems: string[] = []
  if (step('task-id')) {
    problems.push("Input 'task-id' resumes one task: with 'manifest', set task-id on the entry whose task it is (a re-run resumes each entry's task by itself).")
  }
  if (step('download-path') && entries.length > 1) {
    problems.push("Input 'download-path' would write every video of the manifest to one file: set 'download-path' in each entry instead.")
  }
  // Each secret is masked once, not once per entry: a thousand entries, one ::add-mask:: line.
  const masked = new Set<string>()
  const maskOnce = (secret: string) => {
    if (masked.has(secret)) return
    masked.add(secret)
    mask(secret)
  }
  const videos: PlannedVideo[] = []
  for (const entry of entries) {
    const from = entry.from
    let read = entryReader(entry, step, entries.length)
    let field: string | undefined
    if (from !== undefined) {
      const found = videoFieldOf({ ...entry, from }, read('model'))
      if (found && 'problem' in found) {
        problems.push(found.problem)
        // Checked without the stand-in, so the model's own checks do not say the same again.
        const plain = read
        read = name => (name === 'video-urls' ? (entry.values[name] ?? '') : plain(name))
      } else field = found?.field
    }
    try {
      const settings = await readSettings(read, maskOnce)
      const mode = from !== undefined && field !== undefined ? modeProblem({ ...entry, from }, settings, field) : undefined
      if (mode) problems.push(mode)
      videos.push({ id: entry.id, settings, ...(from !== undefined && field !== undefined ? { from: { id: from, field } } : {}) })
    } catch (error) {
      if (!(error instanceof InputError)) throw error
      // A rule of the model about its video input is a rule about video-from in this entry.
      const named = from === undefined ? error.problems : error.problems.map(problem => problem.replaceAll("'video-urls'", `video-from ('${from}')`))
      problems.push(...named.map(problem => `Manifest entry '${entry.id}': ${problem}`))
    }
  }
  if (videos.some(video => video.from) && videos.some(video => !video.settings.wait)) {
    problems.push(`Input 'wait' is false: entries with ${VIDEO_FROM} need their upstream's finished video, so the step must wait for it.`)
  }
  problems.push(...sharedFiles(videos))
  if (problems.length > 0) throw new InputError(problems)
  return videos
}

/** Two entries may not write one file: paths compared once resolved (and case-folded where the file system folds case). */
function sharedFiles(videos: PlannedVideo[]): string[] {
  const problems: string[] = []
  const writers = new Map<string, string>()
  for (const { id, settings } of videos) {
    const path = settings.delivery.download?.path
    if (!path) continue
    const key = process.platform === 'win32' || process.platform === 'darwin' ? path.toLowerCase() : path
    const earlier = writers.get(key)
    if (earlier) problems.push(`Manifest entry '${id}': download-path is ${quoteInput(path)}, the file entry '${earlier}' writes; each entry needs a file of its own.`)
    else writers.set(key, id)
  }
  return problems
}
