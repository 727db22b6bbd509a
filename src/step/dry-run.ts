// dry-run of a plan: each video's request as it would be sent, nothing sent. A manifest's plan also sets the
// `matrix` output: the entries to make, each connected set of the graph in one leg (so no video is made by two
// legs), never more legs than GitHub runs; with reuse identical, a set the cache supplies whole is left out.
import { dryRunReport } from '../report/dry-run.js'
import { openReuse, usableEarlierResult } from '../video/produce.js'
import type { VideoLog } from '../log.js'
import { connectedSets, packLegs } from './graph.js'
import type { StepPlan } from './plan.js'
import { entryLog, planFingerprints, stepPricing } from './scheduler.js'
import { buildGenerationRequest } from '../evolink/request.js'
import type { Settings } from '../inputs/settings.js'
import type { Estimate } from '../task/price.js'
import { capMarkdown, escapeMarkdown } from '../format.js'
import { MAX_SUMMARY_CHARS } from '../report/summary.js'
import type { Report } from '../report-model.js'

/** GitHub runs at most 256 legs of a matrix and drops the rest without a word. */
export const MAX_LEGS = 256

/** The legs of the matrix: the connected sets that hold an entry to make, packed into at most MAX_LEGS. */
export function matrixLegs(plan: Pick<StepPlan, 'videos'>, toMake: ReadonlySet<string>): string[][] {
  const sets = connectedSets(plan.videos.map(video => ({ id: video.id, from: video.from?.id })))
  return packLegs(
    sets.filter(set => set.some(id => toMake.has(id))),
    MAX_LEGS
  )
}

/** "≈ 28 credits, learned from a run of …" or "price unknown: no earlier run of …". */
export const estimateText = (estimate: Estimate) => (estimate.credits === undefined ? `price unknown: ${estimate.how}` : `≈ ${estimate.credits} credits, ${estimate.how}`)

/**
 * A single video: its report (outputs as a dry-run sets them). A manifest: every entry's request, and the
 * matrix. Both: what each video to make would cost, as far as earlier runs tell (output credits-estimate,
 * left empty when any price is unknown).
 */
export async function dryRunPlan(plan: StepPlan, log: VideoLog): Promise<{ report?: Report; summary?: string }> {
  const pricing = stepPricing(plan, log, true)
  try {
    const { book } = await pricing.open()
    const priced = async (settings: Settings) => (await book.estimateFor(buildGenerationRequest(settings))).estimate
    const [single] = plan.videos
    if (!plan.manifest && single) {
      const report = dryRunReport(single.settings, log)
      const estimate = single.settings.taskId ? undefined : await priced(single.settings)
      if (estimate) log.info(`Dry run: ${estimateText(estimate)}.`)
      if (estimate?.credits !== undefined) log.setOutput('credits-estimate', String(estimate.credits))
      return { report: { ...report, estimate } }
    }
    return { summary: await planManifest(plan, log, priced) }
  } finally {
    await pricing.close()
  }
}

/** The plan as a pull request reads it: one row per entry with its estimate, and the total. */
function planSummary(rows: string[], total: number | undefined, count: number, toMake: number): string {
  const lines = [
    `## 🧪 Plan: ${count} video(s), ${toMake} to make, ${total === undefined ? 'cost unknown' : `≈ ${total} credits`}`,
    '',
    '| entry | model | duration | estimate |',
    '|---|---|---|---|',
    ...rows,
    '',
    'Nothing was sent: this is a dry run. Estimates come from what earlier runs of the same model and settings reserved.',
    ''
  ]
  return capMarkdown(lines.join('\n'), MAX_SUMMARY_CHARS)
}

async function planManifest(plan: StepPlan, log: VideoLog, priced: (settings: Settings) => Promise<Estimate>): Promise<string> {
  const toMake = new Set<string>()
  const rows: string[] = []
  const cell = (text: unknown) => (text === undefined || text === '' ? '—' : escapeMarkdown(String(text)))
  if (plan.videos.some(({ settings }) => settings.reuse === 'identical' && !settings.apiKey)) {
    log.info('Dry run: without api-key the cache cannot be read (its entries are named and signed with a key derived from it): every entry is in the matrix.')
  }
  const fingerprint = planFingerprints(plan)
  let total: number | undefined = 0
  for (const { id, settings, from } of plan.videos) {
    const entry = entryLog(id, log)
    dryRunReport(settings, entry)
    if (from) entry.info(`${from.field}: the video of entry '${from.id}', once it is made (the URL above only stands for it).`)
    // Judged as the render judges it: the entry restored, its signature and its video checked.
    const ledger = settings.reuse === 'identical' ? await openReuse(settings, { log: entry, entry: id, fingerprint: () => fingerprint(id) }) : undefined
    const supplied = ledger !== undefined && (await usableEarlierResult(settings, ledger)) !== undefined
    await ledger?.close()
    const row = (estimate: string) => `| ${cell(from ? `${from.id} → ${id}` : id)} | ${cell(settings.model)} | ${cell(settings.fields.duration)} | ${estimate} |`
    if (supplied) {
      entry.info(`the Actions cache holds this video (reuse: identical): 0 credits.`)
      rows.push(row('0 (in the cache)'))
      continue
    }
    toMake.add(id)
    const estimate = await priced(settings)
    entry.info(`${estimateText(estimate)}.`)
    rows.push(row(cell(estimateText(estimate))))
    total = total === undefined || estimate.credits === undefined ? undefined : total + estimate.credits
  }
  const legs = matrixLegs(plan, toMake)
  log.setOutput('matrix', JSON.stringify({ include: legs.map(leg => ({ entry: leg.join(',') })) }))
  if (total !== undefined) log.setOutput('credits-estimate', String(total))
  const entries = (n: number) => `${n} entr${n === 1 ? 'y' : 'ies'}`
  log.info(
    `Dry run: ${entries(plan.videos.length)} checked, nothing was sent; matrix: ${entries(legs.reduce((sum, leg) => sum + leg.length, 0))} in ${legs.length} leg(s), ${toMake.size} to make (an entry made from another's runs in its leg); ${total === undefined ? 'estimate: unknown (a price is unknown)' : `estimate: ≈ ${total} credits`}.`
  )
  return planSummary(rows, total, plan.videos.length, toMake.size)
}
