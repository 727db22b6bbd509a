// npm run demo: runs the bundled action end to end, as the runner would, against the bundled EvoLink
// simulator on loopback (no key, no network, no credits), whatever the shell holds. Only
// `npm run demo -- --real-api` calls the real API, with EVOLINK_API_KEY (this creates a billed task).
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { EvoLinkSimulator } from '../test/simulator/server.js'
import { runAction } from '../test/harness/run-action.js'

const args = process.argv.slice(2)
const realApi = args.includes('--real-api')
const prompt = args.filter(arg => arg !== '--real-api').join(' ') || 'A cat running on a grassy field under bright sunshine'
const realKey = process.env.EVOLINK_API_KEY
if (realApi && !realKey) {
  console.error('--real-api needs EVOLINK_API_KEY in the environment.')
  process.exit(2)
}
const simulator = realApi ? undefined : await new EvoLinkSimulator({ taskMs: 4000, pendingMs: 600 }).start()

if (simulator) {
  const note = realKey ? ' (EVOLINK_API_KEY is set but not used: pass --real-api to call the real API, billed)' : ''
  console.log(`EvoLink simulator listening on ${simulator.url}${note}\n`)
} else console.log('--real-api: calling the real EvoLink API (this creates a billed task).\n')
// The demo's workspace is removed at the end: it leaves nothing behind.
const workspace = mkdtempSync(join(tmpdir(), 'evolink-demo-'))
const run = await runAction(
  simulator
    ? { 'api-key': 'sk-evo-demo-key', prompt, 'base-url': simulator.url, 'poll-interval': '0.5', timeout: '60', 'download-path': 'video.mp4' }
    : { 'api-key': realKey as string, prompt },
  { env: { FORCE_COLOR: '0' }, workspace }
)
await simulator?.stop()

console.log('--- action log ---')
// The runner hides what follows ::add-mask::; a terminal does not, so the key is not printed here.
process.stdout.write((run.stdout + run.stderr).replace(/^::add-mask::.*$/gm, '::add-mask::***'))
console.log('\n--- outputs (GITHUB_OUTPUT) ---')
for (const [name, value] of Object.entries(run.outputs)) console.log(`${name} = ${value}`)
console.log('\n--- job summary (GITHUB_STEP_SUMMARY) ---')
console.log(run.summary)
console.log(`exit code ${run.code}, ${(run.elapsedMs / 1000).toFixed(1)} s`)
if (simulator) console.log("The simulator's video is placeholder bytes, not a playable file: it shows the flow, not a picture.")
rmSync(workspace, { recursive: true, force: true })
rmSync(run.runnerDir, { recursive: true, force: true })
process.exitCode = run.code ?? 1
