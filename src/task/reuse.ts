// What to do with what an earlier run paid for (docs/paying-once.md). Pure decisions; main.ts wires them.
import type { Task } from '../evolink/schema.js'
import { interpretTask } from './status.js'
import type { ResultRecord, SubmissionRecord } from './records.js'

/**
 * A re-run found the task an earlier attempt submitted: resume it unless it ended without a video
 * (failed, cancelled, completed empty) or no longer exists; when its state cannot be read, resume (the
 * poll loop retries), since submitting again could pay twice.
 */
export function rerunDecision(task: Task | 'not-found' | 'unreadable'): 'resume' | 'submit' {
  if (task === 'not-found') return 'submit'
  if (task === 'unreadable') return 'resume'
  return interpretTask(task).kind === 'failed' ? 'submit' : 'resume'
}

/** "task X, submitted by attempt 2 of run 123 for the same request". */
export const describeSubmission = (record: SubmissionRecord) => `task ${record.taskId}, submitted by attempt ${record.attempt} of this run (${record.runId}) for the same request`

export const describeResult = (record: ResultRecord) => `task ${record.taskId} of run ${record.runId}, the same request`

/** The links of an earlier result that still work at `now` (links last 24 hours); none when the expiry is unknown. */
export function liveUrls(record: ResultRecord, now: number): string[] {
  return record.expiresAt !== undefined && Date.parse(record.expiresAt) > now ? record.urls : []
}

/**
 * Whether an earlier identical result can stand in for a new video: with its file (checked), always; without
 * one, only while its links work (the download, if asked for, then fetches it as usual).
 */
export function identicalUsable(record: ResultRecord, fileRestored: boolean, now: number): boolean {
  return fileRestored || liveUrls(record, now).length > 0
}
