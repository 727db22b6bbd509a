// dry-run: show exactly what would be sent, with the key redacted, and send nothing.
import type { Log } from '../log.js'
import { buildGenerationRequest } from '../evolink/request.js'
import { withUploadedUrls } from '../task/upload-images.js'
import type { Report } from '../report-model.js'
import { brokenRuleWarning, type Settings } from '../inputs/settings.js'
import { cleanText, inertJson } from '../net/untrusted.js'

export function dryRunReport(settings: Settings, log: Log): Report {
  for (const rule of settings.brokenRules) log.warning(brokenRuleWarning(rule))
  const headers = 'Authorization: Bearer ***\nContent-Type: application/json'
  if (settings.taskId) {
    log.info(`Dry run: would poll GET ${settings.baseUrl}/v1/tasks/${settings.taskId}\n${headers}`)
  } else {
    // Images from the workspace were checked; they would be uploaded first, and their URLs sent.
    const pending = settings.uploads.map(image => `<${cleanText(image.raw, 200)}: ${image.type}, ${image.size} bytes, uploaded to the files API first>`)
    const body = inertJson(JSON.stringify(buildGenerationRequest({ ...settings, fields: withUploadedUrls(settings.fields, settings.uploads, pending) }), null, 2))
    log.info(`Dry run: would send POST ${settings.baseUrl}/v1/videos/generations\n${headers}\n\n${body}`)
  }
  log.info('Dry run: nothing was sent and no credits were spent.')
  return { outcome: 'dry-run', taskId: settings.taskId, resumed: settings.taskId !== undefined, status: 'dry-run', urls: [] }
}
