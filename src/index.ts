// Entry point of the bundled action (dist/index.js). Started with --evolink-cache-job by the action itself,
// it is a short-lived child that talks to the Actions cache (github/actions-cache.ts); the runner never
// passes arguments to an action.
import { run } from './main.js'

if (process.argv[2] === '--evolink-cache-job') await (await import('./github/cache-job.js')).runCacheJob(process.argv[3])
else await run()
// The verdict is written: nothing may keep the step alive after it (a socket a hostile server holds open,
// a timer, a half-read body). Exit once what was written to stdout and stderr has gone out.
const flushed = (stream: NodeJS.WriteStream) => new Promise<void>(resolve => stream.write('', () => resolve()))
await Promise.all([flushed(process.stdout), flushed(process.stderr)])
process.exit()
