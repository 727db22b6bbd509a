// The balance floor (min-credits): read before submitting, and below the floor nothing is submitted. A run
// that set no floor never waits on the balance: it is read after the submission, for credits-remaining only.
import type { Credits, EvoLinkClient } from '../evolink/client.js'
import { ActionFailure } from '../errors.js'
import { describeFailure } from '../evolink/explain.js'

/** Why the run must not submit, or undefined when the balance is at or above the floor (or unlimited). */
export function floorProblem(credits: Credits, minCredits: number): string | undefined {
  if (credits.remaining === undefined || credits.remaining >= minCredits) return undefined
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

/** The balance after a submission, for the credits-remaining output: undefined when unlimited or unreadable, never a failure. */
export function creditsAfter(client: EvoLinkClient, signal: AbortSignal): Promise<number | undefined> {
  return client.getCredits(signal).then(
    credits => credits.remaining,
    () => undefined
  )
}
