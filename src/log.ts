// Where a video's lines go: the step's log, or a manifest entry's (each line prefixed with its id). One
// logger is passed down to everything that logs for a video, so every line says which video it is about.
export interface Log {
  info(line: string): void
  warning(line: string): void
  notice(line: string): void
  debug(line: string): void
}

/** A video's log and its outputs: the step's own, or a manifest entry's (lines prefixed, outputs kept back). */
export interface VideoLog extends Log {
  setOutput(name: string, value: string): void
}
