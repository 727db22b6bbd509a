// Runs the EvoLink simulator on its own: node .build/test/simulator/cli.js [--port N] [--task-ms N] [--fail CODE]
// Used by the workflow that runs the action with `uses: ./`. Prints the base URL, stops on SIGINT/SIGTERM.
import { parseArgs } from 'node:util'
import { EvoLinkSimulator } from './server.js'

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '8787' },
    'task-ms': { type: 'string', default: '5000' },
    fail: { type: 'string' }
  }
})
const simulator = await new EvoLinkSimulator({
  taskMs: Number(values['task-ms']),
  pendingMs: Math.min(1000, Number(values['task-ms']) / 5),
  outcome: values.fail ? { status: 'failed', code: values.fail, message: `Simulated ${values.fail}` } : { status: 'completed' }
}).start(Number(values.port))
console.log(`EvoLink simulator: ${simulator.url} (results on ${simulator.filesUrl})`)
const stop = () => void simulator.stop().then(() => process.exit(0))
process.on('SIGINT', stop)
process.on('SIGTERM', stop)
