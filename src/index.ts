// Entry point of the bundled action (dist/index.js).
import { run } from './main.js'

await run()
// The verdict is written: nothing may keep the step alive after it (a socket a hostile server holds open,
// a timer, a half-read body). Exit once what was written to stdout and stderr has gone out.
const flushed = (stream: NodeJS.WriteStream) => new Promise<void>(resolve => stream.write('', () => resolve()))
await Promise.all([flushed(process.stdout), flushed(process.stderr)])
process.exit()
