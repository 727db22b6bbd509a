// The story of one run: settings → plan (one video, or a manifest's) → run (one scheduler) → report.
// @actions/core and everything after the submission are imported once the POST is out (runner.ts says why).
import { watchCancellation } from './github/cancellation.js'
import { sleep } from './net/retry.js'
import { createClient } from './evolink/client.js'
import { failureReport } from './report/failure.js'
import { createTransport, type HttpTransport } from './net/http.js'
import { maskSecret } from './github/runner.js'
import { readInput } from './inputs/read-input.js'
import { readPlan, type StepPlan } from './step/plan.js'
import { runPlan } from './step/scheduler.js'
import type { VideoLog } from './video/produce.js'

const loadCore = () => import('@actions/core')
/** The step's own log and outputs. */
const stepLog = async (): Promise<VideoLog> => {
  const core = await loadCore()
  return { info: core.info, warning: core.warning, notice: core.notice, debug: core.debug, setOutput: core.setOutput }
}

export async function run(): Promise<void> {
  const cancellation = watchCancellation()
  const startedAt = Date.now()
  let plan: StepPlan | undefined
  let transport: HttpTransport | undefined
  try {
    plan = await readPlan(readInput, maskSecret)
    const first = plan.videos[0]?.settings
    if (!first) return
    if (first.dryRun) {
      const planned = await (await import('./step/dry-run.js')).dryRunPlan(plan, stepLog)
      return await (await import('./step/report.js')).publishPlan(plan, planned, cancellation.signal)
    }
    transport = await createTransport()
    const client = createClient({ ...first, open: transport.open })
    const outcomes = await runPlan(plan, { client, transport, signal: cancellation.signal, startedAt, log: stepLog }, sleep)
    await (await import('./step/report.js')).publishStep(plan, outcomes, cancellation.signal)
  } catch (error) {
    const report = failureReport(error, {}, startedAt)
    const single = plan && !plan.manifest ? plan.videos[0] : undefined
    if (single) await (await import('./report/report.js')).publish(single.settings, report, report.errorMessage)
    else (await loadCore()).setFailed(report.errorMessage ?? String(error))
  } finally {
    cancellation.dispose()
    await transport?.close()
  }
}
