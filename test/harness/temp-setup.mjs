// jest globalSetup: every temporary file or folder of a test run (the tests', the harness's, and the
// action's own under RUNNER_TEMP) goes under one folder, which temp-teardown.mjs removes: npm test leaves
// nothing behind. Workers and the processes they start inherit TMPDIR (TEMP and TMP on Windows).
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

export default function setup() {
  const dir = mkdtempSync(join(tmpdir(), 'evolink-tests-'))
  for (const name of ['TMPDIR', 'TEMP', 'TMP']) process.env[name] = dir
  process.env.EVOLINK_TESTS_TMP = dir
}
