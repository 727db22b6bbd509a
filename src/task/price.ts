// What a video costs before it is made, and the step's credit cap (max-credits). EvoLink publishes no price
// table: each accepted submission says what it reserved (usage.credits_reserved, usage.billing_rule). A
// price is learned per model and price-setting fields (the request without free text and media), and a
// later request with the same key is estimated at it; a per-second price scales with `duration`. The cap
// admits a submission only when what is reserved, what is on its way and its estimate stay within it; a
// request of unknown price goes alone, so only that one can take the step past the cap. Plain functions
// and one small class: scheduler and tests drive them with their own clock.
import { createHash } from 'node:crypto'
import { canonicalJson } from './records.js'

/** Text that sets no price: the prompt, the negative prompt, a shot's prompt (as a string). */
const TEXT_FIELD = /(^|_)(prompt|text)$/
/** Media that sets no price by its URL (an upscale's input is priced by its seconds: see `estimate`), the callback, the seed. */
const NO_PRICE_FIELD = /_urls?$|^image_(start|end)$|^seed$/

/** The request as far as it sets a price, at any depth (model_params.multi_prompt keeps its shots' durations). */
export function priceFields(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(priceFields)
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([key, item]) => !NO_PRICE_FIELD.test(key) && !(TEXT_FIELD.test(key) && typeof item === 'string'))
        .map(([key, item]) => [key, priceFields(item)])
    )
  }
  return value
}

const hash = (value: unknown) => createHash('sha256').update(canonicalJson(value)).digest('hex').slice(0, 32)

export interface PriceKey {
  model: string
  /** The price-setting fields, duration included: a price learned under this key is this request's. */
  exact: string
  /** The same without duration: a per-second price learned under it scales to this request's duration. */
  scalable: string
  /** The request's duration in seconds, when it has one. */
  duration?: number
}

export function priceKey(body: Record<string, unknown>): PriceKey {
  const fields = priceFields(body) as Record<string, unknown>
  const { duration, ...rest } = fields
  const seconds = typeof duration === 'number' ? duration : typeof duration === 'string' && /^\d+(\.\d+)?$/.test(duration) ? Number(duration) : undefined
  return { model: String(body.model), exact: hash(fields), scalable: hash(rest), ...(seconds !== undefined ? { duration: seconds } : {}) }
}

/** A price seen: what one accepted submission under `key` reserved, and how EvoLink bills it. */
export interface LearnedPrice {
  exact: string
  scalable: string
  model: string
  credits: number
  billingRule?: string
  duration?: number
  /** A short description of the request it was learned from: "10 s, 720p". */
  settings: string
}

export type Estimate = { credits: number; how: string } | { credits?: undefined; how: string }

/**
 * The estimate for a request from the prices known: the same key, or a per-second price of the same settings
 * at another duration, scaled. A per-second price of a request without `duration` depends on its input media
 * (an upscale bills the input video's seconds): unknown, so it goes alone.
 */
export function estimate(key: PriceKey, known: readonly LearnedPrice[]): Estimate {
  const exact = known.find(price => price.exact === key.exact)
  if (exact && !(exact.billingRule === 'per_second' && key.duration === undefined)) {
    return { credits: exact.credits, how: `learned from a run of ${key.model} at ${exact.settings}` }
  }
  const scalable = known.find(price => price.scalable === key.scalable && price.billingRule === 'per_second' && price.duration && key.duration !== undefined)
  if (scalable && scalable.duration && key.duration !== undefined) {
    const credits = Math.ceil((scalable.credits * key.duration) / scalable.duration)
    return { credits, how: `scaled from a run of ${key.model} at ${scalable.settings} (billed per second)` }
  }
  if (exact) return { how: `${key.model} bills per second of its input media, which the request does not say` }
  return { how: `no earlier run of ${key.model} with these settings` }
}

/** Why a submission is not sent: budget_exceeded. */
export const budgetMessage = (cap: number, reserved: number, credits: number) =>
  `Not submitted: max-credits is ${cap}, this step has reserved ${reserved}, and this video is estimated at ${credits} credits (${reserved + credits} > ${cap}).`

export type Admission = { go: true } | { go: false; wait: true } | { go: false; wait: false; reason: string }

/**
 * The step's cap. `admit` answers for one submission given what is reserved and on its way; `settle` books
 * what EvoLink reserved (or releases the estimate when nothing was created). A request of unknown price is
 * admitted only when nothing else is on its way, and nothing is admitted while it is.
 */
export class Budget {
  reserved = 0
  private pending = new Map<number, number | undefined>()
  private next = 0
  /** Set when a submission of unknown price ended in doubt: nothing can be promised any more. */
  private exhausted = false
  private waiting: (() => void)[] = []

  constructor(readonly cap: number) {}

  admit(credits: number | undefined): Admission {
    if (this.exhausted) return { go: false, wait: false, reason: `Not submitted: max-credits is ${this.cap}, and a submission of unknown price may have been billed.` }
    const onItsWay = [...this.pending.values()]
    if (onItsWay.includes(undefined)) return { go: false, wait: true }
    const promised = this.reserved + onItsWay.reduce<number>((sum, n) => sum + (n ?? 0), 0)
    if (credits === undefined) {
      if (onItsWay.length > 0) return { go: false, wait: true }
      return this.reserved < this.cap ? { go: true } : { go: false, wait: false, reason: `Not submitted: max-credits is ${this.cap} and this step has reserved ${this.reserved}.` }
    }
    if (promised + credits <= this.cap) return { go: true }
    // Reservations on their way may come in lower than estimated: decide once they are in.
    if (onItsWay.length > 0) return { go: false, wait: true }
    return { go: false, wait: false, reason: budgetMessage(this.cap, this.reserved, credits) }
  }

  /** A submission admitted at `credits`: its ticket, to settle once EvoLink answered. */
  open(credits: number | undefined): number {
    const ticket = this.next++
    this.pending.set(ticket, credits)
    return ticket
  }

  /** What EvoLink reserved for the ticket's submission; `none` when nothing was created; `doubt` when unknown. */
  settle(ticket: number, outcome: { reserved: number } | 'none' | 'doubt'): void {
    const credits = this.pending.get(ticket)
    this.pending.delete(ticket)
    // In doubt, counted as spent at its estimate; of unknown price, nothing else can be promised.
    if (outcome === 'doubt' && credits === undefined) this.exhausted = true
    else if (outcome === 'doubt') this.reserved += credits ?? 0
    else if (outcome !== 'none') this.reserved += outcome.reserved
    const waiting = this.waiting
    this.waiting = []
    for (const wake of waiting) wake()
  }

  /** Resolves at the next settlement: a submission told to wait asks again then. */
  settled(): Promise<void> {
    return new Promise(resolve => this.waiting.push(resolve))
  }
}
