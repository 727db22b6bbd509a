// Prices and the cap, the plain parts: what sets a price and what does not, per-second scaling, and the
// cap's arithmetic with reservations arriving out of order.
import { Budget, estimate, priceKey, type LearnedPrice } from '../../src/task/price.js'

const body = (fields: Record<string, unknown> = {}) => ({ model: 'kling-o3-text-to-video', prompt: 'A lighthouse', duration: 5, quality: '720p', ...fields })
const learned = (fields: Record<string, unknown>, credits: number, billingRule?: string): LearnedPrice => {
  const key = priceKey(body(fields))
  return { exact: key.exact, scalable: key.scalable, model: key.model, credits, billingRule, duration: key.duration, settings: 'duration 5, quality 720p' }
}

describe('priceKey', () => {
  it('free text, media URLs, the callback and the seed set no price', () => {
    const key = priceKey(body())
    for (const other of [
      { prompt: 'Something else entirely' },
      { negative_prompt: 'blur' },
      { image_start: 'https://example.com/a.png', image_urls: ['https://example.com/b.png'], video_urls: ['https://example.com/v.mp4'], video_url: 'https://x.y/v.mp4' },
      { callback_url: 'https://example.com/hook' },
      { seed: 42 }
    ]) {
      expect(priceKey(body(other)).exact).toBe(key.exact)
    }
  })
  it('duration, quality, sound, the model and a shot plan set it; duration alone leaves the scalable key as it is', () => {
    const key = priceKey(body())
    for (const other of [{ quality: '1080p' }, { sound: 'on' }, { model: 'kling-v3-text-to-video' }, { aspect_ratio: '9:16' }])
      expect(priceKey(body(other)).exact).not.toBe(key.exact)
    const longer = priceKey(body({ duration: 10 }))
    expect(longer.exact).not.toBe(key.exact)
    expect(longer.scalable).toBe(key.scalable)
    expect(longer.duration).toBe(10)
    expect(priceKey(body({ duration: '10' })).duration).toBe(10)
    // A shot's prompt is text; its duration is not: two plans with other words and the same shots cost the same.
    const shots = (words: string, seconds: string) => priceKey(body({ model_params: { multi_prompt: [{ index: 1, prompt: words, duration: seconds }] } })).exact
    expect(shots('a', '5')).toBe(shots('b', '5'))
    expect(shots('a', '5')).not.toBe(shots('a', '3'))
  })
})

describe('estimate', () => {
  it('uses a price of the same key, scales a per-second price to another duration, and says which', () => {
    expect(estimate(priceKey(body()), [learned({}, 28, 'per_call')])).toEqual({ credits: 28, how: 'learned from a run of kling-o3-text-to-video at duration 5, quality 720p' })
    const scaled = estimate(priceKey(body({ duration: 12 })), [learned({}, 10, 'per_second')])
    expect(scaled).toEqual({ credits: 24, how: 'scaled from a run of kling-o3-text-to-video at duration 5, quality 720p (billed per second)' })
  })
  it('does not scale a per-call price, and a per-second price without a duration (it bills its input media) is unknown', () => {
    expect(estimate(priceKey(body({ duration: 12 })), [learned({}, 10, 'per_call')]).credits).toBeUndefined()
    const upscale = (url: string) => priceKey({ model: 'topaz-video-upscale', video_urls: [url] })
    const price: LearnedPrice = { ...learned({}, 40, 'per_second'), exact: upscale('a').exact, scalable: upscale('a').scalable, model: 'topaz-video-upscale', duration: undefined }
    expect(estimate(upscale('b'), [price])).toEqual({ how: 'topaz-video-upscale bills per second of its input media, which the request does not say' })
    expect(estimate(priceKey(body()), [])).toEqual({ how: 'no earlier run of kling-o3-text-to-video with these settings' })
  })
})

describe('Budget', () => {
  it('admits while the reserved, the promised and the estimate fit; refuses once they cannot; waits while a reservation is on its way', () => {
    const budget = new Budget(20)
    expect(budget.admit(7)).toEqual({ go: true })
    const a = budget.open(7)
    expect(budget.admit(7)).toEqual({ go: true })
    const b = budget.open(7)
    // 7 + 7 on their way: a third would make 21, but they may come in lower: wait.
    expect(budget.admit(7)).toEqual({ go: false, wait: true })
    // Out of order: b first, lower than estimated; then a.
    budget.settle(b, { reserved: 5 })
    expect(budget.admit(7)).toEqual({ go: true })
    const c = budget.open(7)
    budget.settle(a, { reserved: 7 })
    budget.settle(c, { reserved: 7 })
    expect(budget.reserved).toBe(19)
    const refused = budget.admit(7)
    expect(refused).toMatchObject({ go: false, wait: false })
    expect(!refused.go && !refused.wait && refused.reason).toBe('Not submitted: max-credits is 20, this step has reserved 19, and this video is estimated at 7 credits (26 > 20).')
  })
  it('a request of unknown price goes alone: it waits for everything on its way, and everything waits for it', () => {
    const budget = new Budget(20)
    const known = budget.open(7)
    expect(budget.admit(undefined)).toEqual({ go: false, wait: true })
    budget.settle(known, { reserved: 7 })
    expect(budget.admit(undefined)).toEqual({ go: true })
    const unknown = budget.open(undefined)
    expect(budget.admit(1)).toEqual({ go: false, wait: true })
    // It may take the step past the cap: the one overrun the cap allows; after it nothing is admitted.
    budget.settle(unknown, { reserved: 30 })
    expect(budget.admit(1)).toMatchObject({ go: false, wait: false })
    expect(budget.admit(undefined)).toMatchObject({ go: false, wait: false })
  })
  it('nothing created releases the estimate; a submission in doubt counts its estimate, or, of unknown price, ends all admissions', async () => {
    const budget = new Budget(10)
    budget.settle(budget.open(8), 'none')
    expect(budget.reserved).toBe(0)
    budget.settle(budget.open(8), 'doubt')
    expect(budget.reserved).toBe(8)
    const other = new Budget(100)
    const woken = other.settled()
    other.settle(other.open(undefined), 'doubt')
    await woken
    expect(other.admit(1)).toMatchObject({ go: false, wait: false })
  })
})
