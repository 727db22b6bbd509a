// The one report of a step: outcomes in; outputs, the job summary, the pull request comment and the verdict
// out. A plan of one sets the single-video outputs, its summary card and its own comment (posted with the
// delivery); a manifest sets `results`, one table and one comment for all, and fails naming every entry.
import { batchTitle, buildBatchSummary, publishBatch } from '../report/batch-report.js'
import * as core from '@actions/core'
import { publish } from '../report/report.js'
import { buildSummary } from '../report/summary.js'
import type { Report } from '../report-model.js'
import type { StepPlan } from './plan.js'
import type { VideoOutcome } from './scheduler.js'
import type { Log } from '../log.js'

export async function publishStep(plan: StepPlan, outcomes: VideoOutcome[], signal: AbortSignal, log: Log): Promise<void> {
  const [single] = outcomes
  if (!plan.manifest && single) return publish(single.settings, single.report, single.failure)
  const summary = buildBatchSummary(outcomes, batchTitle(outcomes))
  const first = plan.videos[0]?.settings
  if (first?.delivery.prComment) {
    const { upsertPrComment } = await import('../github/pr-comment.js')
    await upsertPrComment(first.delivery.githubToken, summary, signal, log, first.delivery.prCommentKey)
  }
  await publishBatch(outcomes, summary)
}

/**
 * What a dry-run leaves behind: a single video's outputs and summary card, a manifest's plan table; with
 * pr-comment, the same posted to the pull request (what the change would cost, before anything is spent).
 */
export async function publishPlan(plan: StepPlan, planned: { report?: Report; summary?: string }, signal: AbortSignal, log: Log): Promise<void> {
  const first = plan.videos[0]?.settings
  if (!first) return
  const summary = planned.report ? buildSummary(first, planned.report) : planned.summary
  let commentUrl: string | undefined
  if (first.delivery.prComment && summary) {
    const { upsertPrComment } = await import('../github/pr-comment.js')
    commentUrl = await upsertPrComment(first.delivery.githubToken, summary, signal, log, first.delivery.prCommentKey)
  }
  if (planned.report) return publish(first, { ...planned.report, commentUrl })
  if (commentUrl) core.setOutput('comment-url', commentUrl)
  if (summary && process.env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(summary, true).write()
}
