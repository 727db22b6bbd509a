// Pieces shared by the modules that read inputs: how a problem is reported, and the boolean rule.
import * as z from 'zod/mini'

/** Reads one input as the runner passes it ('' when unset). */
export type InputReader = (name: string) => string
/** Records "Input 'name' is "raw": must be <allowed>." */
export type Fail = (name: string, raw: string, allowed: string) => void
/** Records "Input 'name' is "raw": <reason>." */
export type Refuse = (name: string, raw: string, reason: string) => void

export const bool = z.pipe(z.enum(['true', 'false'], { error: 'true or false' }), z.transform(v => v === 'true'))
