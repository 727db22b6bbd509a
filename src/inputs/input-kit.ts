// Pieces shared by the modules that read inputs: how a problem is reported, and the boolean rule.
// Inputs are plain strings checked by small parsers, not zod: they run before the submission, which zod's
// load (~7 ms) would delay. zod parses the structured data: replies, model-params.

/** Reads one input as the runner passes it ('' when unset). */
export type InputReader = (name: string) => string
/** Records "Input 'name' is "raw": must be <allowed>." */
export type Fail = (name: string, raw: string, allowed: string) => void
/** Records "Input 'name' is "raw": <reason>." */
export type Refuse = (name: string, raw: string, reason: string) => void

/** Reads one input's raw string; undefined when it is not allowed. */
export type Parse<T> = (raw: string) => T | undefined

/** The spellings core.getBooleanInput accepts (YAML 1.2 core schema). */
const TRUE = ['true', 'True', 'TRUE']
const FALSE = ['false', 'False', 'FALSE']
export const bool: Parse<boolean> = raw => (TRUE.includes(raw) ? true : FALSE.includes(raw) ? false : undefined)
export const BOOL_ALLOWED = 'true or false (True, TRUE, False and FALSE too)'
