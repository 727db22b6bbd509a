// The runner cancels a job with SIGINT, then SIGTERM 7.5 s later, then a kill 2.5 s after that; on Windows
// the signals arrive as SIGINT then SIGBREAK. Any of them aborts the run; a hard exit follows shortly so
// the step never outlives the grace period.
import { CancelledError } from '../net/http.js'

export interface Cancellation {
  signal: AbortSignal
  dispose(): void
}

/** Time left for writing outputs and the summary after a signal before the process exits anyway. */
const HARD_EXIT_MS = 1500

/** SIGBREAK can be listened for everywhere; only Windows sends it. */
export const CANCEL_SIGNALS: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGBREAK']

export function watchCancellation(exit: (code: number) => void = code => process.exit(code)): Cancellation {
  const controller = new AbortController()
  const onSignal = (name: NodeJS.Signals) => {
    process.exitCode = 1
    controller.abort(new CancelledError(name))
    setTimeout(() => exit(1), HARD_EXIT_MS).unref()
  }
  const signals = CANCEL_SIGNALS
  for (const name of signals) process.on(name, onSignal)
  return {
    signal: controller.signal,
    dispose: () => signals.forEach(name => process.off(name, onSignal))
  }
}
