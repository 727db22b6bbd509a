// Jest's node environment, holding back what a test writes straight to stdout (the toolkit libraries run
// in-process print their ::debug:: and progress lines there, past jest's console capture): a passing test's
// lines are dropped, a failing test's are printed after it, so `npm test` shows only what helps.
import { Buffer } from 'node:buffer'
import { TestEnvironment } from 'jest-environment-node'

export default class QuietEnvironment extends TestEnvironment {
  held = []
  write = undefined

  async handleTestEvent(event) {
    if (event.name === 'test_start') {
      this.held = []
      this.write = process.stdout.write
      process.stdout.write = (chunk, encoding, done) => {
        this.held.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'))
        if (typeof encoding === 'function') encoding()
        else if (typeof done === 'function') done()
        return true
      }
    } else if (event.name === 'test_done' && this.write) {
      process.stdout.write = this.write
      this.write = undefined
      if (event.test.errors.length > 0 && this.held.length > 0) {
        process.stderr.write(`\nstdout of the failed test "${event.test.name}":\n${this.held.join('')}\n`)
      }
      this.held = []
    }
  }
}
