// Jest hooks for tests that run a toolkit library (@actions/cache, @actions/artifact) in this process against
// the results-service stand-in: its Azure-looking blob host resolved to loopback (offline.mjs, so nothing
// leaves the machine), a fresh stand-in and working folder per test, the environment restored after it.
import { afterEach, beforeAll, beforeEach } from '@jest/globals'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { ActionsCacheStandIn, BLOB_HOST } from '../simulator/actions-cache.js'
import { OFFLINE_PRELOAD } from './run-action.js'

export function useResultsStandIn(name: string, extraEnv: (dir: string) => Record<string, string> = () => ({})): { standIn: ActionsCacheStandIn; dir: string } {
  const state = {} as { standIn: ActionsCacheStandIn; dir: string }
  const saved = { ...process.env }
  let home = process.cwd()
  beforeAll(async () => {
    process.env.TEST_DNS = JSON.stringify({ [BLOB_HOST]: '127.0.0.1' })
    await import(OFFLINE_PRELOAD)
  })
  beforeEach(async () => {
    state.standIn = await new ActionsCacheStandIn().start()
    state.dir = mkdtempSync(join(tmpdir(), `evolink-${name}-`))
    Object.assign(process.env, state.standIn.env(), { GITHUB_WORKSPACE: state.dir, RUNNER_TEMP: state.dir }, extraEnv(state.dir))
    // The libraries write relative to the working directory: the test's folder, for this test only (the
    // worker runs other files next, and a removed working directory fails them all).
    home = process.cwd()
    process.chdir(state.dir)
  })
  afterEach(async () => {
    process.chdir(home)
    process.env = { ...saved }
    await state.standIn.stop()
    rmSync(state.dir, { recursive: true, force: true })
  })
  return state
}
