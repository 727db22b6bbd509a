// The thin GitHub side of the result: step outputs, the job summary and the failure annotation.
import * as core from '@actions/core'
import type { Report } from './report-model.js'
import type { Settings } from './settings.js'
import { buildSummary } from './summary.js'

/** Sets every output but task-id, which main sets the moment it is known. Unknown values stay unset. */
export function publishOutputs(report: Report): void {
  const outputs: Record<string, string | number | undefined> = {
    status: report.status,
    'video-url': report.urls[0],
    'video-urls': report.urls.length > 0 ? JSON.stringify(report.urls) : undefined,
    progress: report.progress,
    'error-code': report.errorCode,
    'error-message': report.errorMessage,
    'credits-reserved': report.creditsReserved,
    'expires-at': report.expiresAt,
    'video-path': report.file?.path,
    'video-size': report.file?.size,
    'video-sha256': report.file?.sha256,
    'comment-url': report.commentUrl,
    'asset-url': report.assetUrl
  }
  for (const [name, value] of Object.entries(outputs)) {
    if (value !== undefined && value !== '') core.setOutput(name, String(value))
  }
}

export async function publishSummary(settings: Settings, report: Report): Promise<void> {
  // A missing GITHUB_STEP_SUMMARY (running outside Actions) must not fail the step.
  if (!process.env.GITHUB_STEP_SUMMARY) return
  await core.summary.addRaw(buildSummary(settings, report), true).write()
}
