// Builds the job summary as Markdown. Pure: every piece of text from inputs or the API is escaped here.
import type { Settings } from '../inputs/settings.js'
import { capMarkdown, escapeMarkdown, formatDuration, markdownLink, resumeHint } from '../format.js'
import type { Report } from '../report-model.js'

/**
 * The runner refuses a step summary over 1 MiB. Every value in it is capped already (untrusted.ts); this
 * bounds the whole, at most 3 bytes a character, whatever a reply holds.
 */
export const MAX_SUMMARY_CHARS = 256 * 1024

/** A request field as a label beside the others ("aspect_ratio" → "Aspect ratio"), not an API name. */
const fieldLabel = (name: string) => escapeMarkdown(name.charAt(0).toUpperCase() + name.slice(1).replace(/_/g, ' '))

const cell = (text: string | number | undefined) => (text === undefined || text === '' ? '—' : escapeMarkdown(String(text)))

export function buildSummary(settings: Settings, report: Report): string {
  const title = {
    completed: '✅ Video ready',
    failed: '❌ Video generation failed',
    timeout: '⏳ Still running when the step timed out',
    cancelled: report.urls.length > 0 ? '🛑 Cancelled before the video was delivered' : '🛑 Cancelled while waiting',
    submitted: '📨 Task submitted (not waited for)',
    'dry-run': '🧪 Dry run: nothing was sent',
    skipped: '⏭️ Not submitted'
  }[report.outcome]

  const rows: [string, string][] = [
    ['Status', cell(report.status)],
    ['Task id', cell(report.taskId)],
    ...report.urls.map((url, i): [string, string] => [
      report.urls.length > 1 ? `Video ${i + 1}` : 'Video',
      markdownLink(report.urls.length > 1 ? `Open video ${i + 1}` : 'Open the video', url)
    ]),
    ['Links valid until', cell(report.expiresAt)],
    ...(report.file
      ? ([
          ['File', `${cell(report.file.path)} (${report.file.size} bytes)`],
          ['SHA\\-256', cell(report.file.sha256)]
        ] as [string, string][])
      : []),
    ...(report.assetUrl ? ([['Release asset', markdownLink('Download', report.assetUrl)]] as [string, string][]) : []),
    ...(report.artifactUrl
      ? ([
          [
            'Artifact',
            `${markdownLink('Download the video', report.artifactUrl)} (kept ${report.artifactRetentionDays === undefined ? "for the repository's artifact retention, 90 days by default" : `${report.artifactRetentionDays} days`}; the link above expires with EvoLink's)`
          ]
        ] as [string, string][])
      : []),
    ['Progress', report.progress === undefined ? '—' : `${report.progress}%`],
    ['Elapsed', report.elapsedMs === undefined ? '—' : formatDuration(report.elapsedMs)],
    ['Credits reserved', `${cell(report.creditsReserved)}${settings.maxCredits === undefined ? '' : ` (max-credits ${settings.maxCredits})`}`],
    ...(report.creditsRemaining === undefined ? [] : ([['Balance after', cell(report.creditsRemaining)]] as [string, string][])),
    ...(report.estimate
      ? ([['Estimate', cell(report.estimate.credits === undefined ? `unknown: ${report.estimate.how}` : `≈ ${report.estimate.credits} credits, ${report.estimate.how}`)]] as [
          string,
          string
        ][])
      : []),
    // What was sent, for a submission; for a resumed task only what its reply says (the inputs of this
    // run are not the task's settings).
    ...(report.resumed
      ? ([['Model', cell(report.model)]] as [string, string][])
      : ([
          ['Model', cell(settings.model)],
          ...Object.entries(settings.fields)
            .filter(([name]) => name !== 'prompt')
            .map(([name, value]): [string, string] => [
              fieldLabel(name),
              cell(typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? String(value) : JSON.stringify(value))
            ])
        ] as [string, string][]))
  ]
  if (report.errorCode || report.errorMessage) rows.push(['Error', `${cell(report.errorCode)}: ${cell(report.errorMessage)}`])
  if (report.deliveryError) rows.push(['Delivery', cell(report.deliveryError)])

  // The first row is the table's header: a table that opens with an empty row reads as a broken one.
  const [first, ...rest] = rows.map(([k, v]) => `| ${k} | ${v} |`)
  const lines = [`## ${title}`, '', first ?? '| | |', '|---|---|', ...rest, '']
  if (report.reusedFrom) lines.push(`Reused ${escapeMarkdown(report.reusedFrom)}: nothing was submitted by this step, no credits were spent.`, '')
  else if (report.resumed) lines.push("Resumed with `task-id`: nothing was submitted by this run; the task's own settings are not in its reply.", '')
  else if (settings.prompt) lines.push('**Prompt**', '', `> ${escapeMarkdown(settings.prompt)}`, '')
  if ((report.outcome === 'timeout' || report.outcome === 'cancelled' || report.outcome === 'submitted') && report.taskId) {
    lines.push(escapeMarkdown(resumeHint(report.taskId)), '')
  }
  return capMarkdown(lines.join('\n'), MAX_SUMMARY_CHARS)
}
