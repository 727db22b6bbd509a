// A step with `manifest`: read and check every entry, then either plan (dry-run: print each request, set
// the `matrix` output) or make the videos (batch.ts) and report them together: `results`, one summary
// table, one pull request comment, the step failing at the end when any entry failed.
import * as core from '@actions/core'
import { InputError } from '../errors.js'
import { createClient } from '../evolink/client.js'
import { sleep } from '../github/cancellation.js'
import type { InputReader } from '../inputs/input-kit.js'
import { readManifest } from '../inputs/manifest.js'
import { createTransport } from '../net/http.js'
import { quoteInput } from '../net/untrusted.js'
import { batchTitle, buildBatchSummary, publishBatch } from '../report/batch-report.js'
import { readEntries, runEntries, type EntryRun } from './batch.js'
import { openReuse, usableEarlierResult, type VideoLog } from './produce.js'

/** How many tasks may be in flight at once: EvoLink limits requests per model. */
const MAX_CONCURRENT = 50

export interface ManifestStep {
  read: InputReader
  mask: (secret: string) => void
  signal: AbortSignal
  startedAt: number
  log: () => Promise<VideoLog>
}

/** The entries this step runs: all, or the one `entry` names. */
async function selectedEntries(step: ManifestStep): Promise<{ runs: EntryRun[]; maxConcurrent: number }> {
  const workspace = process.env.GITHUB_WORKSPACE || process.cwd()
  const manifest = await readManifest(step.read('manifest'), workspace)
  if (!manifest.ok) throw new InputError(manifest.problems)
  const wanted = step.read('entry')
  const entries = wanted ? manifest.entries.filter(entry => entry.id === wanted) : manifest.entries
  const problems: string[] = [...manifest.problems]
  if (entries.length === 0 && wanted)
    problems.push(`Input 'entry' is ${quoteInput(wanted)}: it must be the id of an entry of the manifest: ${manifest.entries.map(e => e.id).join(', ')}.`)
  const concurrentRaw = step.read('max-concurrent')
  const maxConcurrent = /^\d+$/.test(concurrentRaw) ? Number(concurrentRaw) : NaN
  if (!(maxConcurrent >= 1 && maxConcurrent <= MAX_CONCURRENT))
    problems.push(`Input 'max-concurrent' is ${quoteInput(concurrentRaw)}: it must be a whole number from 1 to ${MAX_CONCURRENT}.`)
  // Every entry is checked even when others are wrong: all problems are reported at once.
  const runs = await readEntries(entries, step.read, step.mask).catch((error: unknown) => {
    if (!(error instanceof InputError)) throw error
    problems.push(...error.problems)
    return []
  })
  if (problems.length > 0) throw new InputError(problems)
  return { runs, maxConcurrent }
}

/** dry-run: each entry's request, and the matrix of the entries to make (with reuse identical, those the cache cannot supply). */
async function plan(runs: EntryRun[], log: () => Promise<VideoLog>): Promise<void> {
  const { dryRunReport } = await import('../report/dry-run.js')
  const toMake: string[] = []
  if (runs.some(({ settings }) => settings.reuse === 'identical' && !settings.apiKey)) {
    core.info('Dry run: without api-key the cache cannot be read (its entries are named and signed with a key derived from it): every entry is in the matrix.')
  }
  for (const { id, settings } of runs) {
    core.info(`[${id}]`)
    dryRunReport(settings)
    // Judged as the render judges it: the entry restored, its signature and its video checked.
    const ledger = settings.reuse === 'identical' ? await openReuse(settings, { log, entry: id }) : undefined
    const supplied = ledger !== undefined && (await usableEarlierResult(settings, ledger)) !== undefined
    await ledger?.close()
    if (supplied) core.info(`[${id}] the Actions cache holds this video (reuse: identical): left out of the matrix.`)
    else toMake.push(id)
  }
  core.setOutput('matrix', JSON.stringify({ include: toMake.map(entry => ({ entry })) }))
  core.info(`Dry run: ${runs.length} entries checked, nothing was sent; matrix: ${toMake.length} entr${toMake.length === 1 ? 'y' : 'ies'} to make.`)
}

export async function runManifest(step: ManifestStep): Promise<void> {
  const { runs, maxConcurrent } = await selectedEntries(step)
  const first = runs[0]?.settings
  if (!first) return
  if (first.dryRun) return plan(runs, step.log)
  const transport = await createTransport()
  try {
    const client = createClient({ ...first, open: transport.open })
    const results = await runEntries(runs, maxConcurrent, { client, transport, signal: step.signal, startedAt: step.startedAt, log: step.log }, sleep)
    const summary = buildBatchSummary(results, batchTitle(results))
    if (first.delivery.prComment) {
      const { upsertPrComment } = await import('../github/pr-comment.js')
      await upsertPrComment(first.delivery.githubToken, summary, step.signal, first.delivery.prCommentKey)
    }
    await publishBatch(results, summary)
  } finally {
    await transport.close()
  }
}
