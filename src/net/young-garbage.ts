// A download reads the socket into a fresh 64 KiB buffer per read. V8 frees those only when it collects,
// and it waits for tens of MiB of them first: that is most of a download's resident memory, and the page
// faults of re-touching freed memory cost throughput too. Collecting the young generation after each 1 MiB
// keeps the same few buffers in use. `gc` is exposed the way jest-leak-detector does it: the flag is
// set at run time and a new context hands the function out.
import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'

type Collect = (options: { type: 'minor' | 'major' }) => void
let collect: Collect | null | undefined

function collector(): Collect | null {
  if (collect === undefined) {
    try {
      setFlagsFromString('--expose-gc')
      collect = runInNewContext('gc') as Collect
    } catch {
      collect = null // not worth failing a download over
    }
  }
  return collect
}

/** Collects the young generation (a fraction of a millisecond), freeing read buffers already consumed. */
export function collectYoungGarbage(): void {
  collector()?.({ type: 'minor' })
}
