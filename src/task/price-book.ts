// The prices a step knows (task/price.ts): learned from its own accepted submissions, and, only when a cap
// or a dry-run asks for an estimate, looked up in the Actions cache. Each price seen is written there once
// per step, while the task runs, as a small record signed like every record (ledger.ts): only a holder of
// the API key can write or block it, and it is checked as strictly as a reply on the way back.
import { describeFields } from '../evolink/request.js'
import type { Task } from '../evolink/schema.js'
import { MAX_CREDITS_RESERVED } from '../evolink/contract.js'
import { cleanText } from '../net/untrusted.js'
import { openRecordStore, type RecordStore, type StoreOptions } from './ledger.js'
import { runIdentity, signRecord, signedFields, tag } from './records.js'
import { NotSubmitted } from '../errors.js'
import { Budget, estimate, priceFields, priceKey, type Estimate, type LearnedPrice, type PriceKey } from './price.js'
import { SubmissionInDoubt } from './submit.js'

const SCHEME = 'evolink-price-v1'
const HEX32 = /^[0-9a-f]{32}$/
const BILLING_RULES = new Set(['per_call', 'per_token', 'per_second'])

export interface PriceRecord extends LearnedPrice {
  kind: 'price'
  runId: string
}

/** A price record restored from the cache, for this key's settings, signed with this account key; else undefined. */
export function parsePriceRecord(text: string, key: PriceKey, store: Pick<RecordStore, 'account'>): PriceRecord | undefined {
  const json = signedFields(text, store.account)
  if (!json) return undefined
  const { kind, exact, scalable, model, credits, billingRule, duration, settings, runId } = json
  const ok =
    kind === 'price' &&
    typeof exact === 'string' &&
    HEX32.test(exact) &&
    scalable === key.scalable &&
    model === key.model &&
    typeof credits === 'number' &&
    Number.isFinite(credits) &&
    credits >= 0 &&
    credits <= MAX_CREDITS_RESERVED &&
    (billingRule === undefined || (typeof billingRule === 'string' && BILLING_RULES.has(billingRule))) &&
    (duration === undefined || (typeof duration === 'number' && duration > 0 && duration <= 3600)) &&
    typeof settings === 'string' &&
    settings.length <= 300 &&
    typeof runId === 'string' &&
    /^[\w.-]{1,100}$/.test(runId)
  if (!ok) return undefined
  return { kind, exact, scalable, model, credits, billingRule, duration, settings: cleanText(settings, 200), runId } as PriceRecord
}

/** "duration 10, quality 720p": the price-setting fields of a request, for a line a person reads. */
export function describePriceSettings(body: Record<string, unknown>): string {
  const fields = Object.entries(priceFields(body) as Record<string, unknown>).filter(([name]) => name !== 'model')
  return describeFields(Object.fromEntries(fields)) || "the model's defaults"
}

export class PriceBook {
  private readonly known: LearnedPrice[] = []
  private readonly lookUps = new Map<string, Promise<void>>()
  private readonly saved = new Set<string>()
  private readonly store: RecordStore | undefined
  private readonly lookUp: boolean

  /** `lookUp`: whether estimates may cost a cache look-up (a cap is set, or a dry-run asks); never before a POST otherwise. */
  constructor(options: Omit<StoreOptions, 'maxVideoBytes'> & { lookUp: boolean }) {
    this.store = options.apiKey ? openRecordStore({ ...options, maxVideoBytes: 0 }) : undefined
    this.lookUp = options.lookUp
  }

  private keys(key: PriceKey) {
    const account = (this.store as RecordStore).account
    const settings = `${SCHEME}-${tag(account, 'price', key.model, key.scalable)}-`
    return { settings, exact: `${settings}${tag(account, 'price-exact', key.exact).slice(0, 32)}-` }
  }

  /** The estimate for a request: from this step's prices, else (when allowed) from the cache's. */
  async estimateFor(body: Record<string, unknown>): Promise<{ key: PriceKey; estimate: Estimate }> {
    const key = priceKey(body)
    let found = estimate(key, this.known)
    if (found.credits === undefined && this.lookUp && this.store) {
      let lookUp = this.lookUps.get(key.scalable)
      if (!lookUp) {
        lookUp = this.fetch(key)
        this.lookUps.set(key.scalable, lookUp)
      }
      await lookUp
      found = estimate(key, this.known)
    }
    return { key, estimate: found }
  }

  /** The newest price of these settings at this duration, else at any duration (a per-second price scales). */
  private async fetch(key: PriceKey): Promise<void> {
    const store = this.store as RecordStore
    const parse = (text: string) => parsePriceRecord(text, key, store)
    const { settings, exact } = this.keys(key)
    const found = (await store.restore('price', exact, 'look up a price', parse)) ?? (await store.restore('price', settings, 'look up a price', parse))
    if (found) this.known.push(found.record)
  }

  /** What an accepted submission reserved: known to this step at once, and written to the cache once per price. */
  async learn(body: Record<string, unknown>, usage: Task['usage']): Promise<void> {
    const credits = usage?.credits_reserved
    if (credits === undefined) return
    const key = priceKey(body)
    const price: LearnedPrice = {
      exact: key.exact,
      scalable: key.scalable,
      model: key.model,
      credits,
      billingRule: usage?.billing_rule,
      duration: key.duration,
      settings: describePriceSettings(body)
    }
    // Known to this step before anything awaits: a submission waiting on the cap is estimated with it.
    this.known.unshift(price)
    if (!this.store?.service.writable || this.saved.has(key.exact)) return
    this.saved.add(key.exact)
    // One record per price: written only when the cache does not hold this one already (looked up after the POST).
    const store = this.store
    const exactKey = this.keys(key).exact
    const held = await store.restore('price', exactKey, 'look up a price', text => parsePriceRecord(text, key, store))
    if (held && held.record.exact === key.exact && held.record.credits === credits && held.record.billingRule === price.billingRule) return
    const record: PriceRecord = { kind: 'price', ...price, runId: runIdentity(store.env).runId }
    await store.save('price', `${exactKey}${store.unique()}`, signRecord(store.account, record), 'record a price')
  }

  close(): Promise<void> {
    return this.store?.close() ?? Promise.resolve()
  }
}

/** How a submission ended, for the cap: what EvoLink reserved, nothing created, or unknown. */
export type Settlement = { reserved: number } | 'none' | 'doubt'

/**
 * The cap's gate for one submission: waits while the cap cannot answer yet (a reservation on its way; the
 * estimate is taken again after each, since it may have taught a price), then admits it or throws
 * NotSubmitted with budget_exceeded. The returned function settles it: an accepted submission's price is
 * learned before the cap is told, so whatever it wakes is estimated with it. `say` gets lines for the log.
 */
export async function admitUnderCap(
  budget: Budget,
  book: PriceBook,
  body: Record<string, unknown>,
  say: (line: string) => void
): Promise<(result: { task?: Task; error?: unknown }) => Promise<void>> {
  for (let told = false; ; told = true) {
    const { estimate: price } = await book.estimateFor(body)
    const decision = budget.admit(price.credits)
    if (decision.go) {
      const ticket = budget.open(price.credits)
      say(
        price.credits === undefined
          ? `Price unknown (${price.how}): submitted alone under max-credits ${budget.cap} (${budget.reserved} reserved so far); nothing else is submitted until EvoLink says what it reserved.`
          : `≈ ${price.credits} credits, ${price.how}; max-credits ${budget.cap}, ${budget.reserved} reserved so far.`
      )
      return result => {
        const learning = result.task ? book.learn(body, result.task.usage) : Promise.resolve()
        budget.settle(ticket, settlementOf(result))
        return learning
      }
    }
    if (!decision.wait) {
      const message = `${decision.reason} ${price.credits === undefined ? `Price unknown: ${price.how}.` : `Estimate: ${price.how}.`}`
      say(message)
      throw new NotSubmitted(message, 'budget_exceeded')
    }
    if (!told) say('Waiting for the reservations on their way before this submission (max-credits).')
    await budget.settled()
  }
}

/** How a submission's end settles its admission: what was reserved, or (when the reply does not say) as in doubt. */
export function settlementOf(result: { task?: Task; error?: unknown }): Settlement {
  if (result.task) return result.task.usage?.credits_reserved === undefined ? 'doubt' : { reserved: result.task.usage.credits_reserved }
  return result.error instanceof SubmissionInDoubt ? 'doubt' : 'none'
}
