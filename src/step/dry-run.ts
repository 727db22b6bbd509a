// dry-run of a plan: each video's request as it would be sent, nothing sent. A manifest's plan also sets the
// `matrix` output: the entries to make, each connected set of the graph in one leg (so no video is made by two
// legs), never more legs than GitHub runs; with reuse identical, a set the cache supplies whole is left out.
import * as core from '@actions/core'
import { dryRunReport } from '../report/dry-run.js'
import { openReuse, usableEarlierResult, type VideoLog } from '../video/produce.js'
import { connectedSets, packLegs } from './graph.js'
import type { StepPlan } from './plan.js'
import { planFingerprints } from './scheduler.js'
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

/** A single video: its report (outputs as a dry-run sets them). A manifest: every entry's request, and the matrix. */
export async function dryRunPlan(plan: StepPlan, log: () => Promise<VideoLog>): Promise<Report | undefined> {
  const [single] = plan.videos
  if (!plan.manifest && single) return dryRunReport(single.settings)
  const toMake = new Set<string>()
  if (plan.videos.some(({ settings }) => settings.reuse === 'identical' && !settings.apiKey)) {
    core.info('Dry run: without api-key the cache cannot be read (its entries are named and signed with a key derived from it): every entry is in the matrix.')
  }
  const fingerprint = planFingerprints(plan)
  for (const { id, settings, from } of plan.videos) {
    core.info(`[${id}]`)
    dryRunReport(settings)
    if (from) core.info(`[${id}] ${from.field}: the video of entry '${from.id}', once it is made (the URL above only stands for it).`)
    // Judged as the render judges it: the entry restored, its signature and its video checked.
    const ledger = settings.reuse === 'identical' ? await openReuse(settings, { log, entry: id, fingerprint: () => fingerprint(id) }) : undefined
    const supplied = ledger !== undefined && (await usableEarlierResult(settings, ledger)) !== undefined
    await ledger?.close()
    if (supplied) core.info(`[${id}] the Actions cache holds this video (reuse: identical).`)
    else toMake.add(id)
  }
  const legs = matrixLegs(plan, toMake)
  core.setOutput('matrix', JSON.stringify({ include: legs.map(leg => ({ entry: leg.join(',') })) }))
  const entries = (n: number) => `${n} entr${n === 1 ? 'y' : 'ies'}`
  core.info(
    `Dry run: ${entries(plan.videos.length)} checked, nothing was sent; matrix: ${entries(legs.reduce((sum, leg) => sum + leg.length, 0))} in ${legs.length} leg(s), ${toMake.size} to make (an entry made from another's runs in its leg).`
  )
  return undefined
}
