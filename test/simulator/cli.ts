// Runs the EvoLink simulator on its own:
//   node .build/test/simulator/cli.js [--port N] [--task-ms N] [--fail CODE] [--hostile NAME]...
// Used by the workflow that runs the action with `uses: ./`. Prints the base URL, stops on SIGINT/SIGTERM.
// --hostile switches on a case of test/simulator/hostile.ts (--hostile list prints them).
import { parseArgs } from 'node:util'
import { EvoLinkSimulator } from './server.js'
import { HOSTILE, turnHostile, type HostileName } from './hostile.js'

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '8787' },
    'task-ms': { type: 'string', default: '5000' },
    fail: { type: 'string' },
    hostile: { type: 'string', multiple: true, default: [] }
  }
})
if (values.hostile.includes('list')) {
  for (const [name, { about }] of Object.entries(HOSTILE)) console.log(`${name.padEnd(22)} ${about}`)
  process.exit(0)
}
const unknown = values.hostile.filter(name => !(name in HOSTILE))
if (unknown.length > 0) throw new Error(`unknown --hostile ${unknown.join(', ')}: see --hostile list`)
const simulator = await new EvoLinkSimulator({
  taskMs: Number(values['task-ms']),
  pendingMs: Math.min(1000, Number(values['task-ms']) / 5),
  outcome: values.fail ? { status: 'failed', code: values.fail, message: `Simulated ${values.fail}` } : { status: 'completed' }
}).start(Number(values.port))
for (const name of values.hostile) turnHostile(simulator, name as HostileName)
console.log(`EvoLink simulator: ${simulator.url} (results on ${simulator.filesUrl})`)
// An image from the workspace goes to the files API first: point files-base-url here to try it locally.
console.log(`Files API (files-base-url): ${simulator.uploadsUrl}`)
const stop = () => void simulator.stop().then(() => process.exit(0))
process.on('SIGINT', stop)
process.on('SIGTERM', stop)
