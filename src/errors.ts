// Error types the orchestration tells apart. Messages are written for the person reading the log.

/** One or more inputs are invalid; nothing was sent. */
export class InputError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.length === 1 ? problems[0] : `${problems.length} inputs are invalid:\n- ${problems.join('\n- ')}`)
    this.name = 'InputError'
  }
}

/** The step cannot go on; `code` and `details` end up in the outputs and the summary. */
export class ActionFailure extends Error {
  constructor(
    message: string,
    readonly code?: string
  ) {
    super(message)
    this.name = 'ActionFailure'
  }
}

/** A video the step chose not to submit (its upstream made no video): it ends `skipped` with `code`. */
export class NotSubmitted extends Error {
  constructor(
    message: string,
    readonly code: string
  ) {
    super(message)
    this.name = 'NotSubmitted'
  }
}
