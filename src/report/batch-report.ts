// What a manifest run leaves behind: the `results` output (one object per entry), one job summary table,
// the verdict naming every entry that failed, and for a single entry the single-video outputs as well.
import * as core from '@actions/core'
import type { Report } from '../report-model.js'
import type { Settings } from '../inputs/settings.js'
import { capMarkdown, escapeMarkdown, markdownLink } from '../format.js'
import { publishOutputs, verdict, vocabularyOutputs } from './report.js'
import { MAX_SUMMARY_CHARS } from './summary.js'
import { cleanText } from '../net/untrusted.js'

export interface EntryOutcome {
  id: string
  settings: Settings
  /** The entry this video was made from. */
  from?: string
  report: Report
  /** The message of an error that ended the entry early. */
  failure?: string
}

/** Why the entry failed, or undefined when its video was made and delivered. */
export const entryFailure = (entry: EntryOutcome) => entry.failure ?? verdict(entry.settings, entry.report, entry.id)

/** The `results` output: one object per entry, outputs' names, the vocabulary rules of the single outputs. */
export function resultsOf(entries: EntryOutcome[]): Record<string, unknown>[] {
  return entries.map(({ id, from, report }) => {
    const { status, errorCode, errorMessage } = vocabularyOutputs(report)
    return {
      id,
      'video-from': from ?? null,
      'task-id': report.taskId ?? null,
      status: status ?? null,
      'video-url': report.urls[0] ?? null,
      'video-urls': report.urls,
      'video-path': report.file?.path ?? null,
      'video-sha256': report.file?.sha256 ?? null,
      'artifact-url': report.artifactUrl ?? null,
      reused: report.reused === true,
      'credits-reserved': report.creditsReserved ?? null,
      'error-code': errorCode ?? null,
      'error-message': errorMessage ?? null
    }
  })
}

/** The ids from the first video of an entry's chain down to the entry (a manifest's graph has no cycles). */
function chainOf(entries: EntryOutcome[], id: string): string[] {
  const from = new Map(entries.map(entry => [entry.id, entry.from]))
  const chain = [id]
  for (let at = from.get(id); at !== undefined && !chain.includes(at); at = from.get(at)) chain.unshift(at)
  return chain
}

const cell = (text: string | number | undefined) => (text === undefined || text === '' ? '—' : escapeMarkdown(String(text)))

/** A request field as a label ("aspect_ratio 9:16"), a value of any shape in one short piece of text. */
const setting = (name: string, value: unknown) => `${name.replace(/_/g, ' ')} ${cleanText(typeof value === 'object' ? JSON.stringify(value) : String(value), 40)}`

/**
 * The settings that tell entries apart: request fields (not the prompt, model, duration or media) whose
 * values are not the same for every entry, so "one entry was 9:16" shows in its row.
 */
function differingSettings(entries: EntryOutcome[]): Map<string, string> {
  const skip = /^(prompt|model|duration)$|_urls?$|^image_(start|end)$/
  const names = [...new Set(entries.flatMap(({ settings }) => Object.keys(settings.fields)))].filter(name => !skip.test(name))
  const differing = names.filter(name => new Set(entries.map(({ settings }) => JSON.stringify(settings.fields[name] ?? null))).size > 1)
  return new Map(
    entries.map(({ id, settings }) => [
      id,
      differing
        .filter(name => settings.fields[name] !== undefined)
        .map(name => setting(name, settings.fields[name]))
        .join(', ')
    ])
  )
}

/** "until 2026-12-05 22:01 UTC": when EvoLink's link stops working. */
const until = (iso: string | undefined) => (iso ? ` (until ${iso.slice(0, 16).replace('T', ' ')} UTC)` : '')

/**
 * One table row per entry, for the person reviewing the pull request: what the video is (its prompt,
 * shortened, and the settings that set it apart), how it ended, its links (the artifact lasts; EvoLink's
 * link until the time shown), its file, credits and whether it was reused.
 */
export function buildBatchSummary(entries: EntryOutcome[], title: string): string {
  const settingsOf = differingSettings(entries)
  const rows = entries.map(({ id, from, settings, report }) => {
    const links = [
      report.artifactUrl && markdownLink('Artifact', report.artifactUrl),
      report.urls[0] && `${markdownLink('Open', report.urls[0])}${until(report.expiresAt)}`
    ].filter(Boolean)
    const link = links.length > 0 ? links.join(' · ') : '—'
    const duration = settings.fields.duration
    // A video made from another shows the chain it ends: intro → intro-4k.
    const name = from === undefined ? cell(id) : `${escapeMarkdown(chainOf(entries, id).join(' → '))}`
    const what = cell(cleanText(settings.prompt, 60))
    return `| ${name} | ${what} | ${cell(settingsOf.get(id))} | ${cell(report.status ?? report.outcome)} | ${cell(report.model ?? settings.model)} | ${cell(typeof duration === 'number' || typeof duration === 'string' ? duration : undefined)} | ${link} | ${cell(report.file?.path)} | ${cell(report.creditsReserved)} | ${report.reused ? `yes (${cell(report.reusedFrom)})` : 'no'} |`
  })
  const failed = entries.filter(entry => entryFailure(entry))
  const lines = [
    `## ${title}`,
    '',
    '| entry | prompt | settings | status | model | duration | video | file | credits | reused |',
    '|---|---|---|---|---|---|---|---|---|---|',
    ...rows,
    '',
    creditsLine(entries),
    '',
    ...failed.map(entry => `- **${cell(entry.id)}**: ${cell(entryFailure(entry))}`),
    ''
  ]
  return capMarkdown(lines.join('\n'), MAX_SUMMARY_CHARS)
}

/** What the step reserved in all: the sum of its entries' reservations (a reused video counts 0). */
export const totalCredits = (entries: EntryOutcome[]) => entries.reduce((sum, { report }) => sum + (report.creditsReserved ?? 0), 0)

/** "Credits reserved by this step: 14 of max-credits 20; balance after: 986." */
export function creditsLine(entries: EntryOutcome[]): string {
  const cap = entries[0]?.settings.maxCredits
  const balances = entries.map(({ report }) => report.creditsRemaining).filter((n): n is number => n !== undefined)
  const parts = [
    `Credits reserved by this step: ${totalCredits(entries)}${cap === undefined ? '' : ` of max-credits ${cap}`}`,
    ...(balances.length > 0 ? [`balance after: ${Math.min(...balances)}`] : [])
  ]
  return `${parts.join('; ')}.`
}

export function batchTitle(entries: EntryOutcome[]): string {
  const failed = entries.filter(entry => entryFailure(entry)).length
  return failed === 0 ? `✅ ${entries.length} video(s) ready` : `❌ ${failed} of ${entries.length} video(s) failed`
}

/** Outputs, the verdict and the summary of a manifest run. */
export async function publishBatch(entries: EntryOutcome[], summary: string): Promise<void> {
  core.setOutput('results', JSON.stringify(resultsOf(entries)))
  core.setOutput('credits-reserved', String(totalCredits(entries)))
  const only = entries.length === 1 ? entries[0] : undefined
  if (only) {
    publishOutputs(only.report)
    if (only.report.taskId) core.setOutput('task-id', only.report.taskId)
  }
  const failed = entries.filter(entry => entryFailure(entry))
  if (failed.length > 0) {
    core.setFailed(`${failed.length} of ${entries.length} video(s) failed:\n${failed.map(entry => `- ${entry.id}: ${entryFailure(entry)}`).join('\n')}`)
  } else {
    core.info(`${entries.length} video(s) ready: ${entries.map(e => `${e.id} ${e.report.urls[0] ?? e.report.file?.path ?? ''}`.trim()).join(', ')}`)
  }
  if (process.env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(summary, true).write()
}
