// What one run of the action ends with; report.ts turns it into outputs, summary and annotations.

export interface Report {
  /** `skipped`: never submitted, by the step's choice (a manifest entry whose upstream made no video). */
  outcome: 'completed' | 'failed' | 'timeout' | 'cancelled' | 'submitted' | 'dry-run' | 'skipped'
  taskId?: string
  /** True when this run resumed an existing task (task-id) instead of submitting one. */
  resumed?: boolean
  /** The model as the task's own reply names it. */
  model?: string
  status?: string
  progress?: number
  urls: string[]
  errorCode?: string
  errorMessage?: string
  creditsReserved?: number
  expiresAt?: string
  elapsedMs?: number
  /** The downloaded video, when download-path or release-asset asked for it. */
  file?: { path: string; size: number; sha256: string }
  commentUrl?: string
  assetUrl?: string
  /** The workflow artifact's page (artifact: true), and how many days it is kept (undefined: the repository's setting). */
  artifactUrl?: string
  artifactRetentionDays?: number
  /** Credits left after the submission (credits-remaining); undefined when unreadable. */
  creditsRemaining?: number
  /** This step submitted nothing: it picked up an earlier submission or video, described by `reusedFrom`. */
  reused?: boolean
  reusedFrom?: string
  /** dry-run: what the video would cost, as far as earlier runs tell. */
  estimate?: { credits?: number; how: string }
  /** Set when the video exists but could not be delivered as asked: the step fails. */
  deliveryError?: string
}
