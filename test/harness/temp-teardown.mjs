// jest globalTeardown: removes the folder temp-setup.mjs made for this test run.
import { rmSync } from 'node:fs'

export default function teardown() {
  const dir = process.env.EVOLINK_TESTS_TMP
  if (dir) rmSync(dir, { recursive: true, force: true, maxRetries: 5 })
}
