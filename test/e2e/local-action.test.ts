// `npm run local-action`: GitHub's local runner (@github/local-action) runs src/main.ts from a .env that
// gives only the key, the prompt and (here) the simulator's URL; every other input takes its default.
import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { EvoLinkSimulator } from '../simulator/server.js'
import { ROOT } from '../harness/run-action.js'

const KEY = 'sk-evo-local-action-key'
let sim: EvoLinkSimulator
let dir: string
beforeAll(async () => {
  sim = await new EvoLinkSimulator({ taskMs: 600, pendingMs: 100 }).start()
  dir = mkdtempSync(join(tmpdir(), 'evolink-local-action-'))
})
afterAll(async () => {
  await sim.stop()
  rmSync(dir, { recursive: true, force: true })
})

/** Runs a command to its end without blocking this process (the simulator answers from it). */
function runToEnd(command: string, args: string[], options: { cwd: string; env: NodeJS.ProcessEnv }): Promise<{ status: number | null; log: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] })
    let log = ''
    child.stdout.on('data', c => (log += c))
    child.stderr.on('data', c => (log += c))
    const killer = setTimeout(() => child.kill('SIGKILL'), 60_000)
    child.on('error', reject)
    child.on('close', status => {
      clearTimeout(killer)
      resolve({ status, log })
    })
  })
}

it('runs the action from a .env with the key and the prompt, defaults for the rest, the key never in clear', async () => {
  const envFile = join(dir, '.env')
  writeFileSync(envFile, `INPUT_API-KEY=${KEY}\nINPUT_PROMPT=A red fox in the snow\nINPUT_BASE-URL=${sim.url}\nINPUT_POLL-INTERVAL=0.2\n`)
  // The same entry point as `npm run local-action`, with this .env; no runner variables.
  const { status, log } = await runToEnd(process.execPath, [join(ROOT, 'node_modules', '@github', 'local-action', 'bin', 'local-action.js'), 'run', '.', 'src/main.ts', envFile], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', SystemRoot: process.env.SystemRoot ?? '', FORCE_COLOR: '0' }
  })
  expect(status).toBe(0)
  expect(log).toMatch(/::set-output name=status::completed/)
  expect(log).toMatch(/'task-id'\s*│\s*'task-unified-/)
  expect(log).not.toMatch(/::error::/)
  expect(log).not.toContain(KEY)
  expect(sim.creations).toBe(1)
  expect(sim.tasks.values().next().value?.body).toMatchObject({ model: 'kling-o3-text-to-video', duration: 5, aspect_ratio: '16:9', quality: '720p', sound: 'off' })
})
