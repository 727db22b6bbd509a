// The one report of a step: outcomes in; outputs, the job summary, the pull request comment and the verdict
// out. A plan of one sets the single-video outputs, its summary card and its own comment (posted with the
// delivery); a manifest sets `results`, one table and one comment for all, and fails naming every entry.
import { batchTitle, buildBatchSummary, publishBatch } from '../report/batch-report.js'
import { publish } from '../report/report.js'
import type { StepPlan } from './plan.js'
import type { VideoOutcome } from './scheduler.js'

export async function publishStep(plan: StepPlan, outcomes: VideoOutcome[], signal: AbortSignal): Promise<void> {
  const [single] = outcomes
  if (!plan.manifest && single) return publish(single.settings, single.report, single.failure)
  const summary = buildBatchSummary(outcomes, batchTitle(outcomes))
  const first = plan.videos[0]?.settings
  if (first?.delivery.prComment) {
    const { upsertPrComment } = await import('../github/pr-comment.js')
    await upsertPrComment(first.delivery.githubToken, summary, signal, first.delivery.prCommentKey)
  }
  await publishBatch(outcomes, summary)
}
