// The coverage figure CI holds: a minimum, and a committed badge that says the measured figure.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { ROOT } from '../harness/run-action.js'
import { MINIMUM, badgeSvg, coverageProblem } from '../../scripts/coverage.js'

describe('coverage badge and minimum', () => {
  it('passes a figure the badge shows, within run-to-run noise', () => {
    expect(coverageProblem(97.07, badgeSvg(97.07))).toBeUndefined()
    expect(coverageProblem(96.9, badgeSvg(97.02))).toBeUndefined()
  })

  it('fails a badge that shows another figure, naming the command that writes it', () => {
    expect(coverageProblem(97.5, badgeSvg(99))).toMatch(/badge says 99% but coverage is 97.5%: run npm run coverage/)
    expect(coverageProblem(98.6, badgeSvg(97))).toMatch(/badge says 97%/)
  })

  it('fails coverage under the minimum, whatever the badge', () => {
    expect(coverageProblem(MINIMUM - 0.01, undefined)).toMatch(new RegExp(`under the minimum of ${MINIMUM}%`))
    expect(coverageProblem(MINIMUM - 0.01, badgeSvg(MINIMUM - 0.01))).toMatch(/under the minimum/)
  })

  it('the committed badge shows a figure at or over the minimum', () => {
    const shown = Number(/aria-label="coverage: (\d+)%"/.exec(readFileSync(join(ROOT, 'docs', 'badges', 'coverage.svg'), 'utf8'))?.[1])
    expect(shown).toBeGreaterThanOrEqual(MINIMUM)
  })
})
