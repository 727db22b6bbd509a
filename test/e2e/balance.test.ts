// The balance floor (min-credits) and the credits-remaining output, against the simulator's GET /v1/credits.
import { EvoLinkSimulator } from '../simulator/server.js'
import { runAction } from '../harness/run-action.js'

let sim: EvoLinkSimulator
beforeEach(async () => {
  sim = await new EvoLinkSimulator({ taskMs: 200, pendingMs: 40 }).start()
})
afterEach(() => sim.stop())
const run = (inputs: Record<string, string> = {}) =>
  runAction({ 'api-key': 'sk-evo-balance', prompt: 'A lighthouse at dusk', 'base-url': sim.url, 'poll-interval': '0.05', timeout: '30', ...inputs }, { killAfterMs: 30_000 })
const creditReads = () => sim.requests.filter(r => r.path === '/v1/credits')

it('below the floor nothing is submitted, and the message names the balance and the floor', async () => {
  sim.balance = { token: 1000, user: 500, unlimited: false }
  const result = await run({ 'min-credits': '600' })
  expect(result.code).toBe(1)
  expect(result.stdout).toMatch(/::error::The balance is 500 credits, below min-credits \(600\): nothing was submitted/)
  expect(result.outputs['error-code']).toBe('below_min_credits')
  expect(result.outputs.reused).toBe('false')
  expect(sim.creations).toBe(0)
})

it('at or above the floor the task is submitted, and credits-remaining is read after the submission', async () => {
  sim.balance = { token: 1000, user: 500, unlimited: false }
  const result = await run({ 'min-credits': '500' })
  expect(result.code).toBe(0)
  expect(sim.creations).toBe(1)
  // The lower of the key's and the user's balance, after the task's credits were reserved.
  expect(result.outputs['credits-remaining']).toBe(String(500 - sim.spent))
  expect(Number(result.outputs['credits-reserved'])).toBe(sim.spent)
  expect(creditReads()).toHaveLength(2)
})

it("the key's balance counts when it is the lower one; an unlimited key counts the user's", async () => {
  sim.balance = { token: 50, user: 500, unlimited: false }
  expect((await run({ 'min-credits': '60' })).outputs['error-message']).toContain('The balance is 50 credits')
  sim.balance = { token: 50, user: 500, unlimited: true }
  const result = await run({ 'min-credits': '60' })
  expect(result.code).toBe(0)
  expect(result.outputs['credits-remaining']).toBe(String(500 - sim.spent))
})

it('with a floor, an unreadable balance stops the run before submitting', async () => {
  sim.inject('credits', { kind: 'status', status: 503 })
  const result = await run({ 'min-credits': '1' })
  expect(result.code).toBe(1)
  expect(result.outputs['error-code']).toBe('balance_unreadable')
  expect(sim.creations).toBe(0)
})

it('without a floor a failing balance read never blocks or warns: credits-remaining is left empty', async () => {
  sim.inject('credits', { kind: 'status', status: 500 }, 5)
  const result = await run()
  expect(result.code).toBe(0)
  expect(result.stdout).not.toMatch(/::warning::/)
  expect(result.outputs['credits-remaining']).toBeUndefined()
  expect(sim.creations).toBe(1)
})

it('a malformed credits reply is unreadable, not a number', async () => {
  sim.inject('credits', { kind: 'malformed', body: '{"data":{"token":{"remaining_credits":"lots"}}}' })
  const result = await run({ 'min-credits': '1' })
  expect(result.code).toBe(1)
  expect(result.outputs['error-code']).toBe('balance_unreadable')
  expect(sim.creations).toBe(0)
})

it.each([
  ['a number sent as text', '{"data":{"token":{"remaining_credits":"900","unlimited_credits":false,"used_credits":0},"user":{"remaining_credits":5000,"used_credits":0}}}'],
  ['a key without an account figure', '{"data":{"token":{"remaining_credits":5000,"unlimited_credits":false,"used_credits":0}}}']
])('a balance that can only be half read (%s) stops a run that set a floor', async (_label, body) => {
  sim.inject('credits', { kind: 'malformed', body })
  const result = await run({ 'min-credits': '1000' })
  expect(result.code).toBe(1)
  expect(result.outputs['error-code']).toBe('balance_unreadable')
  expect(sim.creations).toBe(0)
})
