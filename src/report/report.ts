// The thin GitHub side of the result: step outputs, the job summary and the failure annotation.
import * as core from '@actions/core'
import { formatDuration, resumeHint } from '../format.js'
import type { Report } from '../report-model.js'
import type { Settings } from '../inputs/settings.js'
import { failureAdvice } from '../task/status.js'
import { buildSummary } from './summary.js'
import { cleanText, identifier } from '../net/untrusted.js'

/**
 * Everything the step leaves behind: outputs, the verdict (an error annotation when it failed) and the
 * job summary. `failure` is the message of an error that ended the run early, if one did.
 */
export async function publish(settings: Settings, report: Report, failure = verdict(settings, report)): Promise<void> {
  publishOutputs(report)
  if (failure) core.setFailed(failure)
  else if (report.urls[0]) core.info(`Video: ${report.urls[0]}`)
  await publishSummary(settings, report)
}

/** Why the step fails, or undefined when it succeeds. */
export function verdict(settings: Settings, report: Report, entry?: string): string | undefined {
  const resume = resumeHint(report.taskId ?? '', entry)
  switch (report.outcome) {
    case 'failed':
      return `Task ${report.taskId} ${report.status}: ${report.errorCode}: ${report.errorMessage} ${failureAdvice(report.errorCode ?? '')}`
    case 'timeout':
      return `Task ${report.taskId} did not finish within timeout (${formatDuration(settings.timeoutMs)}); it may still complete. ${resume}`
    case 'cancelled':
      return report.errorMessage ?? `Cancelled while waiting for task ${report.taskId}. ${resume}`
    case 'skipped':
      return report.errorMessage ?? 'Not submitted.'
    default:
      return report.deliveryError ? `The video is ready (${report.urls[0]}) but was not delivered as asked: ${report.deliveryError}` : undefined
  }
}

/**
 * `status` and `error-code` keep a fixed vocabulary (an identifier: letters, digits, `_ . : -`), so a
 * workflow can compare them safely; a value outside it is output as `unknown` and shown in `error-message`.
 */
export function vocabularyOutputs(report: Pick<Report, 'status' | 'errorCode' | 'errorMessage'>): { status?: string; errorCode?: string; errorMessage?: string } {
  const odd: string[] = []
  const keep = (what: string, raw: string | undefined) => {
    if (raw === undefined || raw === '') return undefined
    const id = identifier(raw)
    if (id === undefined) odd.push(`${what} was ${JSON.stringify(cleanText(raw, 200))}`)
    return id ?? 'unknown'
  }
  const status = keep('status', report.status)
  const errorCode = keep('error code', report.errorCode)
  const errorMessage = [report.errorMessage, odd.length > 0 ? `(${odd.join('; ')})` : undefined].filter(Boolean).join(' ')
  return { status, errorCode, errorMessage: errorMessage || undefined }
}

/** Sets every output but task-id, which main sets the moment it is known. Unknown values stay unset. */
export function publishOutputs(report: Report): void {
  const { status, errorCode, errorMessage } = vocabularyOutputs(report)
  const outputs: Record<string, string | number | undefined> = {
    status,
    'video-url': report.urls[0],
    'video-urls': report.urls.length > 0 ? JSON.stringify(report.urls) : undefined,
    progress: report.progress,
    'error-code': errorCode,
    'error-message': errorMessage,
    'credits-reserved': report.creditsReserved,
    'expires-at': report.expiresAt,
    'video-path': report.file?.path,
    'video-size': report.file?.size,
    'video-sha256': report.file?.sha256,
    'comment-url': report.commentUrl,
    'asset-url': report.assetUrl,
    'artifact-url': report.artifactUrl,
    'credits-remaining': report.creditsRemaining,
    reused: report.outcome === 'dry-run' ? undefined : String(report.reused === true)
  }
  for (const [name, value] of Object.entries(outputs)) {
    if (value !== undefined && value !== '') core.setOutput(name, String(value))
  }
}

async function publishSummary(settings: Settings, report: Report): Promise<void> {
  // A missing GITHUB_STEP_SUMMARY (running outside Actions) must not fail the step.
  if (!process.env.GITHUB_STEP_SUMMARY) return
  await core.summary.addRaw(buildSummary(settings, report), true).write()
}
