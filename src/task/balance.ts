// The balance floor (min-credits): read before submitting, and below the floor nothing is submitted. A run
// that set no floor never waits on the balance: it is read after the submission, for credits-remaining only.
import type { Credits, EvoLinkClient } from '../evolink/client.js'
import { ActionFailure } from '../errors.js'
import { describeFailure } from '../evolink/explain.js'

/** Why the run must not submit, or undefined when the balance is at or above the floor. */
export function floorProblem(credits: Credits, minCredits: number): string | undefined {
  if (credits.remaining >= minCredits) return undefined
  return `The balance is ${credits.remaining} credits, below min-credits (${minCredits}): nothing was submitted. Top up the account or lower min-credits.`
}

/** Reads the balance and throws when it is below the floor; an unreadable balance stops the run too (the floor was asked for). */
export async function checkFloor(client: EvoLinkClient, minCredits: number, signal: AbortSignal): Promise<Credits> {
  let credits: Credits
  try {
    credits = await client.getCredits(signal)
  } catch (error) {
    throw new ActionFailure(
      `min-credits is set, but the balance could not be read (${describeFailure(error)}: ${(error as Error).message}): nothing was submitted.`,
      'balance_unreadable'
    )
  }
  const problem = floorProblem(credits, minCredits)
  if (problem) throw new ActionFailure(problem, 'below_min_credits')
  return credits
}

let turn: Promise<unknown> = Promise.resolve()

/**
 * Floor checks and the submissions after them go one at a time in a step (a process is one step), so the
 * balance each check reads already has what the step reserved before it: concurrent manifest entries
 * cannot all pass one reading and together go below min-credits.
 */
export function oneAtATime<T>(work: () => Promise<T>): Promise<T> {
  const mine = turn.then(work, work)
  turn = mine.catch(() => undefined)
  return mine
}

/** The balance after a submission, for the credits-remaining output: undefined when unreadable, never a failure. */
export function creditsAfter(client: EvoLinkClient, signal: AbortSignal): Promise<number | undefined> {
  return client.getCredits(signal).then(
    credits => credits.remaining,
    () => undefined
  )
}
