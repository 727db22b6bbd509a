// What one run of the action ends with; report.ts turns it into outputs, summary and annotations.

export interface Report {
  outcome: 'completed' | 'failed' | 'timeout' | 'cancelled' | 'submitted' | 'dry-run'
  taskId?: string
  status?: string
  progress?: number
  urls: string[]
  errorCode?: string
  errorMessage?: string
  creditsReserved?: number
  expiresAt?: string
  elapsedMs?: number
}
