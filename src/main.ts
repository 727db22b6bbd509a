// The story of one run: settings → one video (video/produce.ts) → outputs, verdict and summary.
// @actions/core and everything after the submission are imported once the POST is out (runner.ts says why).
import { watchCancellation } from './github/cancellation.js'
import { createClient } from './evolink/client.js'
import { failureReport } from './report/failure.js'
import { createTransport, type HttpTransport } from './net/http.js'
import type { Report } from './report-model.js'
import { maskSecret } from './github/runner.js'
import { readInput } from './inputs/read-input.js'
import { readSettings, type Settings } from './inputs/settings.js'
import { produceVideo, type VideoLog } from './video/produce.js'

const loadCore = () => import('@actions/core')
/** The step's own log and outputs. */
const stepLog = async (): Promise<VideoLog> => {
  const core = await loadCore()
  return { info: core.info, warning: core.warning, notice: core.notice, debug: core.debug, setOutput: core.setOutput }
}

export async function run(): Promise<void> {
  const cancellation = watchCancellation()
  const startedAt = Date.now()
  let settings: Settings | undefined
  let transport: HttpTransport | undefined
  try {
    if (readInput('manifest')) {
      const { runManifest } = await import('./video/manifest-run.js')
      return await runManifest({ read: readInput, mask: maskSecret, signal: cancellation.signal, startedAt, log: stepLog })
    }
    settings = await readSettings(
      name => readInput(name),
      secret => maskSecret(secret)
    )
    if (settings.dryRun) return await conclude(settings, (await import('./report/dry-run.js')).dryRunReport(settings))
    transport = await createTransport()
    const client = createClient({ ...settings, open: transport.open })
    const { report, failure } = await produceVideo(settings, { client, transport, signal: cancellation.signal, startedAt, log: stepLog })
    await conclude(settings, report, failure)
  } catch (error) {
    const report = failureReport(error, {}, startedAt)
    if (settings) await conclude(settings, report, report.errorMessage)
    else (await loadCore()).setFailed(report.errorMessage ?? String(error))
  } finally {
    cancellation.dispose()
    await transport?.close()
  }
}

/** Outputs, the step's verdict (`failure` when the run ended on an error) and the job summary. */
async function conclude(settings: Settings, report: Report, failure?: string): Promise<void> {
  const { publish } = await import('./report/report.js')
  await publish(settings, report, failure)
}
