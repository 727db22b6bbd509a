// The step's own log and outputs, through @actions/core, which loads on the first line written: loading it
// (with the HTTP client its OIDC helper brings) takes about 50 ms, longer than the whole start-up budget
// before the submission (docs/performance.md), and a run that goes well writes nothing before its POST.
// Lines and outputs keep their order; `flushed()` is awaited before the verdict.
import type { VideoLog } from '../log.js'

type Core = typeof import('@actions/core')

export interface StepLog extends VideoLog {
  /** Settles once every line and output written so far has reached @actions/core. */
  flushed(): Promise<void>
}

export function stepLog(load: () => Promise<Core> = () => import('@actions/core')): StepLog {
  let core: Core | undefined
  let loading: Promise<void> | undefined
  const waiting: ((core: Core) => void)[] = []
  const call = (use: (core: Core) => void) => {
    if (core) return use(core)
    waiting.push(use)
    loading ??= load().then(loaded => {
      core = loaded
      for (const next of waiting.splice(0)) next(loaded)
    })
  }
  return {
    info: line => call(core => core.info(line)),
    warning: line => call(core => core.warning(line)),
    notice: line => call(core => core.notice(line)),
    debug: line => call(core => core.debug(line)),
    setOutput: (name, value) => call(core => core.setOutput(name, value)),
    flushed: () => loading ?? Promise.resolve()
  }
}
