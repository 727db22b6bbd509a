// The step's log: @actions/core loaded once, on the first line, and every line and output kept in order.
import { stepLog } from '../../src/github/step-log.js'

/** A stand-in for @actions/core that records what reaches it, loaded after a delay like a real import. */
function fakeCore() {
  const got: string[] = []
  let loads = 0
  const core = {
    info: (line: string) => got.push(`info ${line}`),
    warning: (line: string) => got.push(`warning ${line}`),
    notice: (line: string) => got.push(`notice ${line}`),
    debug: (line: string) => got.push(`debug ${line}`),
    setOutput: (name: string, value: string) => got.push(`output ${name}=${value}`)
  }
  const load = async () => {
    loads++
    await new Promise(resolve => setTimeout(resolve, 5))
    return core as unknown as typeof import('@actions/core')
  }
  return { got, load, loads: () => loads }
}

describe('stepLog', () => {
  it('loads @actions/core only when something is written', async () => {
    const fake = fakeCore()
    const log = stepLog(fake.load)
    await log.flushed()
    expect(fake.loads()).toBe(0)
  })

  it('keeps the order of lines and outputs written before and after the load, loading once', async () => {
    const fake = fakeCore()
    const log = stepLog(fake.load)
    log.info('one')
    log.setOutput('task-id', 'task-unified-1')
    log.warning('two')
    await log.flushed()
    log.debug('three')
    log.notice('four')
    expect(fake.got).toEqual(['info one', 'output task-id=task-unified-1', 'warning two', 'debug three', 'notice four'])
    expect(fake.loads()).toBe(1)
  })
})
