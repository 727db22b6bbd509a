// The story of one run: settings → plan (one video, or a manifest's) → run (one scheduler) → report.
// The report, which needs @actions/core, loads once the videos are done (github/step-log.ts says why).
import { watchCancellation } from './github/cancellation.js'
import { sleep } from './net/retry.js'
import { createClient } from './evolink/client.js'
import { failureReport } from './report/failure.js'
import { createTransport, type HttpTransport } from './net/http.js'
import { maskSecret } from './github/runner.js'
import { readInput } from './inputs/read-input.js'
import { readPlan, type StepPlan } from './step/plan.js'
import { runPlan } from './step/scheduler.js'
import { dryRunPlan } from './step/dry-run.js'
import { stepLog } from './github/step-log.js'

export async function run(): Promise<void> {
  const cancellation = watchCancellation()
  const startedAt = Date.now()
  const log = stepLog()
  let plan: StepPlan | undefined
  let transport: HttpTransport | undefined
  try {
    plan = await readPlan(readInput, maskSecret)
    const first = plan.videos[0]?.settings
    if (!first) return
    if (first.dryRun) {
      const planned = await dryRunPlan(plan, log)
      await log.flushed()
      return await (await import('./step/report.js')).publishPlan(plan, planned, cancellation.signal, log)
    }
    transport = await createTransport()
    const client = createClient({ ...first, open: transport.open })
    const outcomes = await runPlan(plan, { client, transport, signal: cancellation.signal, startedAt, log }, sleep)
    await log.flushed()
    await (await import('./step/report.js')).publishStep(plan, outcomes, cancellation.signal, log)
  } catch (error) {
    const report = failureReport(error, {}, startedAt)
    const single = plan && !plan.manifest ? plan.videos[0] : undefined
    await log.flushed()
    if (single) await (await import('./report/report.js')).publish(single.settings, report, report.errorMessage)
    else (await import('@actions/core')).setFailed(report.errorMessage ?? String(error))
  } finally {
    await log.flushed()
    cancellation.dispose()
    await transport?.close()
  }
}
