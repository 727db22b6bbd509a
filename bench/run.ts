// npm run bench [startup|polling|download|hostile|upload|cache|manifest|artifact|graph|large-manifest]: start-up, polling cost, download and a hostile server,
// each beside a baseline measured in the same run.
// Prints a table and writes bench/results/<time>.json. Scale with BENCH_RUNS, BENCH_TASK_S, BENCH_SIZES_MIB.
import { spawn, spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { cpus, tmpdir, totalmem } from 'node:os'
import { join } from 'node:path'
import { EvoLinkSimulator } from '../test/simulator/server.js'
import { ACTION, ROOT, runAction } from '../test/harness/run-action.js'
import { turnHostile, type HostileName } from '../test/simulator/hostile.js'
import { ActionsCacheStandIn } from '../test/simulator/actions-cache.js'

const RUNS = Number(process.env.BENCH_RUNS ?? 5)
const TASK_S = Number(process.env.BENCH_TASK_S ?? 30)
const SIZES_MIB = (process.env.BENCH_SIZES_MIB ?? '64,1024').split(',').map(Number)
const WORK_DIR = process.env.BENCH_DIR ?? tmpdir()

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b)
  const mid = Math.floor(s.length / 2)
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2
}
const round = (x: number, digits = 2) => Number(x.toFixed(digits))
const rows: { bench: string; metric: string; value: number; baseline: number; ratio: number; target: string; met: boolean }[] = []
function row(bench: string, metric: string, value: number, baseline: number, target: string, met: boolean): void {
  rows.push({ bench, metric, value: round(value), baseline: round(baseline), ratio: round(value / baseline), target, met })
}

/** Spawns a node process the same way for both sides; resolves when it exits. */
function spawnNode(args: string[], env: NodeJS.ProcessEnv): Promise<number> {
  const started = performance.now()
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { env, stdio: 'ignore' })
    child.on('error', reject)
    child.on('exit', () => resolve(started))
  })
}

/** Model-specific inputs of the start-up runs: the default model, and one that is not (Veo 3.1, with params). */
const STARTUP_MODELS: [string, Record<string, string>][] = [
  ['kling-o3-text-to-video', { INPUT_MODEL: 'kling-o3-text-to-video', INPUT_DURATION: '5', 'INPUT_ASPECT-RATIO': '16:9', INPUT_QUALITY: '720p', INPUT_SOUND: 'off' }],
  [
    'veo-3.1-generate-preview',
    { INPUT_MODEL: 'veo-3.1-generate-preview', INPUT_DURATION: '6', 'INPUT_ASPECT-RATIO': '16:9', 'INPUT_GENERATE-AUDIO': 'true', INPUT_PARAMS: '{"n": 2}' }
  ]
]

/** The inputs of a run that submits and stops (wait: false): what the start-up and cache benches time. */
const submitOnlyInputs = (baseUrl: string): Record<string, string> => ({
  'INPUT_API-KEY': 'sk-evo-bench',
  INPUT_PROMPT: 'A benchmark',
  INPUT_WAIT: 'false',
  'INPUT_POLL-INTERVAL': '1',
  'INPUT_POLL-STRATEGY': 'adaptive',
  INPUT_TIMEOUT: '60',
  'INPUT_REQUEST-TIMEOUT': '30',
  'INPUT_MAX-CONSECUTIVE-ERRORS': '10',
  'INPUT_BASE-URL': baseUrl,
  'INPUT_DRY-RUN': 'false',
  'INPUT_MAX-DOWNLOAD-SIZE': '2GiB',
  'INPUT_PR-COMMENT': 'false',
  'INPUT_RELEASE-ASSET': 'false'
})

async function startup(): Promise<void> {
  for (const [model, modelInputs] of STARTUP_MODELS) {
    const sim = await new EvoLinkSimulator({ taskMs: 60_000 }).start()
    const inputs: Record<string, string> = {
      ...submitOnlyInputs(sim.url),
      ...modelInputs
    }
    const env = { PATH: process.env.PATH, HOME: process.env.HOME, ...inputs }
    const action: number[] = []
    const bare: number[] = []
    for (let i = 0; i < RUNS + 1; i++) {
      const before = sim.firstBytesAt.length
      const started = performance.now()
      await spawnNode([ACTION], env)
      const firstByte = sim.firstBytesAt[before]
      const bareStarted = performance.now()
      await spawnNode(['-e', ''], env)
      const bareMs = performance.now() - bareStarted
      if (i === 0 || firstByte === undefined) continue // the first round warms the disk cache
      action.push(firstByte - started)
      bare.push(bareMs)
    }
    const created = sim.creations
    await sim.stop()
    if (created < RUNS) throw new Error(`start-up bench: ${model} created ${created} tasks in ${RUNS + 1} runs: the request was refused`)
    const a = median(action)
    const b = median(bare)
    console.log(`start-up, ${model}: first byte of the submission after ${a.toFixed(1)} ms; bare node -e "" exits after ${b.toFixed(1)} ms (medians of ${action.length})`)
    row(`start-up, ${model}`, 'ms to first submission byte', a, b, '≤ 3.0× bare node (actions/cache: 3.5×)', a / b <= 3)
  }
  const files = readdirSync(join(ROOT, 'dist')).filter(f => f.endsWith('.js'))
  const total = files.reduce((sum, f) => sum + statSync(join(ROOT, 'dist', f)).size, 0)
  const entry = statSync(join(ROOT, 'dist', 'index.js')).size
  console.log(`bundle: dist/index.js ${(entry / 1024).toFixed(0)} KiB loaded at start; ${files.length} files, ${(total / 1024).toFixed(0)} KiB in all (the rest loads on demand)`)
  rows.push({
    bench: 'bundle',
    metric: 'KiB loaded at start / KiB in all',
    value: round(entry / 1024, 0),
    baseline: round(total / 1024, 0),
    ratio: round(entry / total),
    target: '—',
    met: true
  })
}

/** Runs the action to completion with one strategy; returns GET count and detection delay. */
async function pollOnce(strategy: 'fixed' | 'adaptive', taskMs: number, estimateS: number): Promise<{ gets: number; delayMs: number }> {
  const sim = await new EvoLinkSimulator({ taskMs, pendingMs: 2000, estimatedTimeS: estimateS }).start()
  const run = await runAction({
    'api-key': 'sk-evo-bench',
    prompt: 'A benchmark',
    'base-url': sim.url,
    'poll-interval': '1',
    'poll-strategy': strategy,
    timeout: String(TASK_S * 4)
  })
  await sim.stop()
  if (run.code !== 0) throw new Error(`polling bench run failed: ${run.stdout}`)
  const task = [...sim.tasks.values()][0]
  const doneAt = (task?.createdAtMs ?? 0) + taskMs
  const gets = sim.requests.filter(r => r.path.startsWith('/v1/tasks/'))
  const noticed = gets.find(r => r.at >= doneAt)
  return { gets: gets.length, delayMs: (noticed?.at ?? NaN) - doneAt }
}

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length

/**
 * A task ends at no particular phase of the polling, so run i of n lasts L + i/n of the interval: the
 * mean detection delay over the runs is then what either strategy costs on average (fixed: half an interval).
 */
async function polling(): Promise<void> {
  const scenarios = [
    { name: 'estimate right', estimate: 1, runs: Math.max(2, RUNS) },
    { name: 'estimate 2× too long', estimate: 2, runs: 2 },
    { name: 'estimate 2× too short', estimate: 0.5, runs: 2 }
  ]
  for (const scenario of scenarios) {
    const fixed: { gets: number; delayMs: number }[] = []
    const adaptive: { gets: number; delayMs: number }[] = []
    for (let i = 0; i < scenario.runs; i++) {
      const taskMs = TASK_S * 1000 + Math.round((1000 * i) / scenario.runs)
      const estimateS = Math.ceil((taskMs / 1000) * scenario.estimate)
      // Both strategies run at once, each against its own simulator, so they see the same machine load.
      const [f, a] = await Promise.all([pollOnce('fixed', taskMs, estimateS), pollOnce('adaptive', taskMs, estimateS)])
      fixed.push(f)
      adaptive.push(a)
    }
    const fg = mean(fixed.map(r => r.gets))
    const ag = mean(adaptive.map(r => r.gets))
    const fd = mean(fixed.map(r => r.delayMs))
    const ad = mean(adaptive.map(r => r.delayMs))
    console.log(
      `polling (L = ${TASK_S}–${TASK_S + 1} s, poll-interval 1 s, ${scenario.name}, n=${scenario.runs}): mean GETs fixed ${fg}, adaptive ${ag}; mean detection delay fixed ${fd.toFixed(0)} ms, adaptive ${ad.toFixed(0)} ms`
    )
    row(`polling, ${scenario.name}`, 'GET requests (mean)', ag, fg, '≤ 0.7× fixed', ag / fg <= 0.7)
    // "No worse than fixed": within 100 ms (request latency and timer jitter) of the fixed schedule's mean.
    row(`polling, ${scenario.name}`, 'detection delay ms (mean)', ad, fd, '≤ fixed + 100 ms', ad <= fd + 100)
  }
}

/** Peak RSS in KiB of a command, from GNU time. */
function timed(command: string[], env: NodeJS.ProcessEnv): Promise<{ ms: number; rssKiB: number; stdout: string }> {
  return new Promise((resolve, reject) => {
    const started = performance.now()
    const child = spawn('/usr/bin/time', ['-f', '%M', ...command], { env, stdio: ['ignore', 'pipe', 'pipe'] })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', c => (stdout += c))
    child.stderr.on('data', c => (stderr += c))
    child.on('error', reject)
    child.on('exit', () => resolve({ ms: performance.now() - started, rssKiB: Number(stderr.trim().split('\n').pop()), stdout }))
  })
}

async function downloadBench(): Promise<void> {
  if (spawnSync('/usr/bin/time', ['-f', '%M', 'true']).status !== 0 || spawnSync('curl', ['--version']).status !== 0 || spawnSync('openssl', ['version']).status !== 0) {
    console.log('download: skipped (needs /usr/bin/time, curl and openssl)')
    return
  }
  const peaks: [number, number][] = []
  for (const mib of SIZES_MIB) {
    const size = mib * 1024 * 1024
    const sim = await new EvoLinkSimulator({ taskMs: 100, pendingMs: 20, videoBytes: size }).start()
    const dir = mkdtempSync(join(WORK_DIR, 'evolink-bench-'))
    const actionMiBs: number[] = []
    const curlMiBs: number[] = []
    const curlHashMiBs: number[] = []
    const rss: number[] = []
    const inputs = {
      'INPUT_API-KEY': 'sk-evo-bench',
      INPUT_PROMPT: 'A benchmark',
      INPUT_MODEL: 'kling-o3-text-to-video',
      INPUT_DURATION: '5',
      'INPUT_ASPECT-RATIO': '16:9',
      INPUT_QUALITY: '720p',
      INPUT_SOUND: 'off',
      INPUT_WAIT: 'true',
      'INPUT_POLL-INTERVAL': '0.1',
      'INPUT_POLL-STRATEGY': 'fixed',
      INPUT_TIMEOUT: '600',
      'INPUT_REQUEST-TIMEOUT': '30',
      'INPUT_MAX-CONSECUTIVE-ERRORS': '10',
      'INPUT_BASE-URL': sim.url,
      'INPUT_DRY-RUN': 'false',
      'INPUT_DOWNLOAD-PATH': 'video.mp4',
      'INPUT_MAX-DOWNLOAD-SIZE': '4GiB',
      'INPUT_PR-COMMENT': 'false',
      'INPUT_RELEASE-ASSET': 'false'
    }
    // Both sides write a fresh file to the same disk. Dirty pages left by the previous run are flushed
    // first (their writeback would land in the next measurement), and the order alternates.
    const actionRun = async (): Promise<void> => {
      const workspace = mkdtempSync(join(dir, 'ws-'))
      const env = { PATH: process.env.PATH, HOME: process.env.HOME, GITHUB_WORKSPACE: workspace, RUNNER_TEMP: dir, ...inputs }
      spawnSync('sync')
      const run = await timed([process.execPath, ACTION], env)
      const saved = /Saved (\d+) bytes in ([\d.]+) s/.exec(run.stdout)
      if (!saved || Number(saved[1]) !== size) throw new Error(`download bench: the action did not save ${size} bytes:\n${run.stdout}`)
      actionMiBs.push(mib / Number(saved[2]))
      rss.push(run.rssKiB / 1024)
      rmSync(workspace, { recursive: true, force: true })
    }
    // A finished task gives the action its URL: the curl side downloads the very same URL.
    const curlRun = async (): Promise<void> => {
      spawnSync('sync')
      const url = `${sim.filesUrl}/videos/any.mp4`
      const curl = await timed(['curl', '-s', '-o', join(dir, 'curl.mp4'), '-w', '%{speed_download}', url], { PATH: process.env.PATH })
      curlMiBs.push(Number(curl.stdout) / 1048576)
      // The action also hands out the file's SHA-256: what the same result costs a shell step (openssl
      // uses the CPU's SHA instructions, as Node's crypto does; coreutils' sha256sum here does not).
      const hash = await timed(['openssl', 'dgst', '-sha256', join(dir, 'curl.mp4')], { PATH: process.env.PATH })
      curlHashMiBs.push(mib / (mib / (Number(curl.stdout) / 1048576) + hash.ms / 1000))
      rmSync(join(dir, 'curl.mp4'), { force: true })
    }
    for (let i = 0; i < RUNS; i++) {
      for (const side of i % 2 ? [curlRun, actionRun] : [actionRun, curlRun]) await side()
    }
    await sim.stop()
    rmSync(dir, { recursive: true, force: true })
    const list = (xs: number[]) => xs.map(x => x.toFixed(0)).join(' ')
    console.log(`  runs (MiB/s): action ${list(actionMiBs)}; curl ${list(curlMiBs)}; curl then openssl sha256 ${list(curlHashMiBs)}`)
    const a = median(actionMiBs)
    const c = median(curlMiBs)
    const ch = median(curlHashMiBs)
    const r = Math.max(...rss)
    console.log(`download ${mib} MiB: action ${a.toFixed(0)} MiB/s, curl ${c.toFixed(0)} MiB/s; action peak RSS ${r.toFixed(1)} MiB`)
    row(`download ${mib} MiB`, 'MiB/s vs curl -o', a, c, '≥ 0.8× curl', a / c >= 0.8)
    rows.push({
      bench: `download ${mib} MiB`,
      metric: 'MiB/s vs curl -o then openssl dgst -sha256 (file and hash, as the action)',
      value: round(a),
      baseline: round(ch),
      ratio: round(a / ch),
      target: '— (context)',
      met: true
    })
    rows.push({
      bench: `download ${mib} MiB`,
      metric: 'peak RSS MiB (whole process)',
      value: round(r, 1),
      baseline: 200,
      ratio: round(r / 200),
      target: '≤ 200 MiB',
      met: r <= 200
    })
    peaks.push([mib, r])
  }
  // Flat in the video's size: the largest download's peak at most 16 MiB above the smallest's.
  const [smallest, largest] = [peaks[0], peaks[peaks.length - 1]]
  if (smallest && largest && largest !== smallest) {
    row(`download ${largest[0]} MiB vs ${smallest[0]} MiB`, 'peak RSS MiB', largest[1], smallest[1], '≤ +16 MiB (flat)', largest[1] <= smallest[1] + 16)
  }
}

interface Measured {
  name: string
  ms: number
  rssMiB: number
}

/**
 * Runs the action RUNS times for each case, each time against a fresh simulator and workspace that `prepare`
 * sets up (returning the run's inputs and, optionally, a check of what the simulator saw); prints and returns
 * the median wall time and the largest peak RSS of each. Needs GNU time.
 */
async function measureCases<C>(
  label: string,
  cases: [string, C][],
  prepare: (sim: EvoLinkSimulator, workspace: string, c: C) => { inputs: Record<string, string>; check?: (stdout: string) => void }
): Promise<Measured[] | undefined> {
  if (spawnSync('/usr/bin/time', ['-f', '%M', 'true']).status !== 0) {
    console.log(`${label}: skipped (needs /usr/bin/time)`)
    return undefined
  }
  const measured: Measured[] = []
  for (const [name, c] of cases) {
    const ms: number[] = []
    const rss: number[] = []
    for (let i = 0; i < RUNS; i++) {
      const sim = await new EvoLinkSimulator({ taskMs: 300, pendingMs: 50 }).start()
      const workspace = mkdtempSync(join(WORK_DIR, 'evolink-bench-'))
      const { inputs, check } = prepare(sim, workspace, c)
      const env = { PATH: process.env.PATH, HOME: process.env.HOME, GITHUB_WORKSPACE: workspace, RUNNER_TEMP: workspace, ...inputs }
      const run = await timed([process.execPath, ACTION], env)
      check?.(run.stdout)
      await sim.stop()
      rmSync(workspace, { recursive: true, force: true })
      ms.push(run.ms)
      rss.push(run.rssKiB / 1024)
    }
    measured.push({ name, ms: median(ms), rssMiB: Math.max(...rss) })
    console.log(`${label}, ${name}: ${median(ms).toFixed(0)} ms (median), peak RSS ${Math.max(...rss).toFixed(1)} MiB (max of ${RUNS})`)
  }
  return measured
}

/**
 * A hostile server: a 1 GiB API reply, and a download announced as 40 GiB with max-download-size 1 MiB.
 * Peak RSS and wall time of the whole process beside a normal run (same task, a 4 KiB video) in the same run.
 */
async function hostileBench(): Promise<void> {
  const cases: [string, [HostileName | undefined, Record<string, string>]][] = [
    ['normal run (baseline)', [undefined, {}]],
    ['1 GiB API reply', ['huge-api-reply', { 'INPUT_MAX-CONSECUTIVE-ERRORS': '2' }]],
    ['40 GiB announced download, max-download-size 1 MiB', ['huge-content-length', { 'INPUT_MAX-DOWNLOAD-SIZE': '1MiB' }]]
  ]
  const measured = await measureCases('hostile', cases, (sim, _workspace, [hostile, extra]) => {
    if (hostile) turnHostile(sim, hostile)
    return {
      inputs: {
        'INPUT_API-KEY': 'sk-evo-bench',
        INPUT_PROMPT: 'A benchmark',
        INPUT_MODEL: 'kling-o3-text-to-video',
        INPUT_WAIT: 'true',
        'INPUT_POLL-INTERVAL': '0.1',
        'INPUT_POLL-STRATEGY': 'fixed',
        INPUT_TIMEOUT: '120',
        'INPUT_REQUEST-TIMEOUT': '30',
        'INPUT_BASE-URL': sim.url,
        'INPUT_DOWNLOAD-PATH': 'video.mp4',
        ...extra
      }
    }
  })
  const [base, ...rest] = measured ?? []
  for (const m of base ? rest : []) {
    row(`hostile: ${m.name}`, 'peak RSS MiB', m.rssMiB, base!.rssMiB, '≤ 1.5× a normal run', m.rssMiB <= 1.5 * base!.rssMiB)
    row(`hostile: ${m.name}`, 'wall time ms', m.ms, base!.ms, '≤ 3× a normal run', m.ms <= 3 * base!.ms)
  }
}

/**
 * Uploading an image from the workspace: peak RSS and wall time with a 1 MiB, a 10 MiB (max-upload-size's
 * default) and a 100 MiB file, beside the same run with the image given as a URL. Flat means the file is
 * streamed from disk, never held in memory.
 */
async function uploadBench(): Promise<void> {
  const PNG_HEAD = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
  const cases: [string, number | undefined][] = [
    ['image as a URL (baseline)', undefined],
    ['1 MiB', 1],
    ['10 MiB', 10],
    ['100 MiB', 100]
  ]
  const measured = await measureCases('upload', cases, (sim, workspace, mib) => {
    if (mib) writeFileSync(join(workspace, 'hero.png'), Buffer.concat([PNG_HEAD, Buffer.alloc(mib * 1024 * 1024 - PNG_HEAD.length, 7)]))
    return {
      inputs: {
        'INPUT_API-KEY': 'sk-evo-bench',
        INPUT_PROMPT: 'A benchmark',
        INPUT_MODEL: 'kling-o3-image-to-video',
        'INPUT_IMAGE-START': mib ? 'hero.png' : 'https://cdn.example.com/hero.png',
        'INPUT_FILES-BASE-URL': sim.uploadsUrl,
        'INPUT_MAX-UPLOAD-SIZE': '200MiB',
        INPUT_WAIT: 'false',
        INPUT_TIMEOUT: '120',
        'INPUT_REQUEST-TIMEOUT': '60',
        'INPUT_BASE-URL': sim.url
      },
      check: stdout => {
        if (mib && sim.uploads[0]?.size !== mib * 1024 * 1024) throw new Error(`upload bench: ${mib} MiB were not uploaded:\n${stdout}`)
      }
    }
  })
  const [base, ...rest] = measured ?? []
  for (const m of base ? rest : []) {
    row(`upload ${m.name}`, 'peak RSS MiB', m.rssMiB, base!.rssMiB, '≤ baseline + 16 MiB (flat in the size)', m.rssMiB <= base!.rssMiB + 16)
  }
}

/**
 * A preview that lasts: the cost of `artifact: true` on the way to the verdict, for a 4, 64 and 256 MiB video,
 * against the same run that only downloads it (download-path), and the peak RSS of the action and its child.
 */
async function artifactBench(): Promise<void> {
  if (spawnSync('/usr/bin/time', ['-f', '%M', 'true']).status !== 0) return console.log('artifact: skipped (needs /usr/bin/time)')
  for (const mib of [4, 64, 256]) {
    const sim = await new EvoLinkSimulator({ taskMs: 300, pendingMs: 30, videoBytes: mib << 20 }).start()
    const service = await new ActionsCacheStandIn().start()
    const plain: { ms: number; rssKiB: number }[] = []
    const uploaded: { ms: number; rssKiB: number }[] = []
    for (let i = 0; i < Math.max(1, Math.min(RUNS, 5)); i++) {
      const workspace = mkdtempSync(join(WORK_DIR, 'evolink-bench-'))
      const env = {
        PATH: process.env.PATH,
        HOME: process.env.HOME,
        GITHUB_WORKSPACE: workspace,
        RUNNER_TEMP: workspace,
        ...service.stepEnv(1, `art${mib}-${i}`),
        GITHUB_SERVER_URL: 'https://github.com',
        GITHUB_REPOSITORY: 'octo/bench',
        ...submitOnlyInputs(sim.url),
        INPUT_WAIT: 'true',
        'INPUT_POLL-INTERVAL': '0.05',
        INPUT_REUSE: 'off',
        INPUT_MODEL: 'kling-o3-text-to-video',
        'INPUT_FILES-BASE-URL': 'https://files-api.evolink.ai',
        'INPUT_MAX-UPLOAD-SIZE': '10MiB',
        'INPUT_DOWNLOAD-PATH': 'v.mp4',
        'INPUT_ARTIFACT-RETENTION-DAYS': ''
      }
      plain.push(await timed([process.execPath, ACTION], { ...env, INPUT_ARTIFACT: 'false' }))
      const run = await timed([process.execPath, ACTION], { ...env, INPUT_ARTIFACT: 'true' })
      if (!run.stdout.includes('Uploaded the artifact')) throw new Error(`artifact bench: no artifact:\n${run.stdout.slice(-2000)}`)
      uploaded.push(run)
      rmSync(workspace, { recursive: true, force: true })
    }
    await sim.stop()
    await service.stop()
    const ms = (runs: { ms: number }[]) => median(runs.map(r => r.ms))
    const rss = (runs: { rssKiB: number }[]) => Math.max(...runs.map(r => r.rssKiB)) / 1024
    console.log(
      `artifact, ${mib} MiB: ${ms(uploaded).toFixed(0)} ms with the upload, ${ms(plain).toFixed(0)} ms without; peak RSS ${rss(uploaded).toFixed(1)} / ${rss(plain).toFixed(1)} MiB`
    )
    row(`artifact, ${mib} MiB video`, 'ms to the verdict vs download only', ms(uploaded), ms(plain), '— (the cost of the upload)', true)
    // The library holds at most 5 chunks of 8 MiB in flight: memory is bounded, not growing with the video.
    row(`artifact, ${mib} MiB video`, 'peak RSS MiB vs download only', rss(uploaded), rss(plain), '≤ 200 MiB', rss(uploaded) <= 200)
  }
}

/**
 * Paying once: what the Actions cache costs. Time to the first submission byte without a cache service
 * (baseline), with one on attempt 1 (no look-up is made) and on a re-run that finds no record (one look-up);
 * the wall time of a whole run with the record and the video saved on the way to the verdict; and the wall
 * time when the cache service never answers.
 */
async function cacheBench(): Promise<void> {
  const sim = await new EvoLinkSimulator({ taskMs: 60_000 }).start()
  const cache = await new ActionsCacheStandIn().start()
  const firstByte = async (env: NodeJS.ProcessEnv) => {
    const before = sim.firstBytesAt.length
    const started = performance.now()
    await spawnNode([ACTION], env)
    const at = sim.firstBytesAt[before]
    if (at === undefined) throw new Error('cache bench: no submission')
    return at - started
  }
  const base = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    ...submitOnlyInputs(sim.url),
    INPUT_REUSE: 're-run',
    INPUT_MODEL: 'kling-o3-text-to-video',
    'INPUT_FILES-BASE-URL': 'https://files-api.evolink.ai',
    'INPUT_MAX-UPLOAD-SIZE': '10MiB'
  }
  const none: number[] = []
  const first: number[] = []
  const rerun: number[] = []
  for (let i = 0; i < RUNS + 1; i++) {
    const a = await firstByte(base)
    // Attempt 1 looks nothing up before its POST; its price is looked up after it, while the task runs.
    const videoLookUps = () => cache.calls.filter(c => c.method === 'GetCacheEntryDownloadURL' && String(c.body.key).startsWith('evolink-video-')).length
    const lookupsBefore = videoLookUps()
    const b = await firstByte({ ...base, ...cache.env(), GITHUB_RUN_ID: `b${i}`, GITHUB_RUN_ATTEMPT: '1' })
    if (videoLookUps() !== lookupsBefore) throw new Error('cache bench: attempt 1 looked up')
    const c = await firstByte({ ...base, ...cache.env(), GITHUB_RUN_ID: `c${i}`, GITHUB_RUN_ATTEMPT: '2' })
    if (i === 0) continue
    none.push(a)
    first.push(b)
    rerun.push(c)
  }
  await sim.stop()
  console.log(
    `paying once: first submission byte ${median(none).toFixed(1)} ms without a cache service, ${median(first).toFixed(1)} ms with one (attempt 1), ${median(rerun).toFixed(1)} ms on a re-run with nothing recorded (medians of ${none.length})`
  )
  row('cache, attempt 1', 'ms to first submission byte', median(first), median(none), '≤ 1.1× no cache (no look-up)', median(first) <= 1.1 * median(none))
  row('cache, re-run, nothing recorded', 'ms to first submission byte', median(rerun), median(none), '— (one look-up)', true)

  // Whole runs: a 0.5 s task downloaded, reuse identical (record + video saved before the verdict), against no cache.
  const quick = await new EvoLinkSimulator({ taskMs: 500, pendingMs: 50, videoBytes: 4 << 20 }).start()
  const whole = async (env: Record<string, string>) => {
    const run = await runAction(
      { 'api-key': 'sk-evo-bench', prompt: 'A benchmark', 'base-url': quick.url, 'poll-interval': '0.05', reuse: 'identical', 'download-path': 'v.mp4' },
      { env }
    )
    if (run.code !== 0 || run.outputs.reused !== 'false') throw new Error(`cache bench: a whole run failed or reused:\n${run.stdout}`)
    return run.elapsedMs
  }
  const plain: number[] = []
  const saved: number[] = []
  const outage: number[] = []
  for (let i = 0; i < RUNS; i++) {
    plain.push(await whole({}))
    saved.push(await whole({ ...cache.env(), GITHUB_RUN_ID: `w${i}` }))
    cache.fault = 'hang'
    outage.push(await whole({ ...cache.env(), GITHUB_RUN_ID: `o${i}` }))
    cache.fault = undefined
    cache.entries.length = 0 // every saved run is a first: nothing to reuse
  }
  await quick.stop()
  await cache.stop()
  console.log(
    `paying once: a whole run (0.5 s task, 4 MiB video) ${median(plain).toFixed(0)} ms without a cache, ${median(saved).toFixed(0)} ms saving record and video, ${median(outage).toFixed(0)} ms with a cache that never answers`
  )
  row('cache, whole run with saves', 'ms to the verdict', median(saved), median(plain), '— (the cost of the save)', true)
  row('cache, service never answers', 'ms to the verdict', median(outage), median(plain), '≤ baseline + 6 s (one bounded call)', median(outage) <= median(plain) + 6000)
}

/** The inputs of a manifest run: waits, adaptive polls every `pollS`, no reuse, the given concurrency. */
const manifestInputs = (sim: EvoLinkSimulator, pollS: string, maxConcurrent: number): Record<string, string> => ({
  'INPUT_API-KEY': 'sk-evo-bench',
  INPUT_MODEL: 'kling-o3-text-to-video',
  INPUT_WAIT: 'true',
  'INPUT_POLL-INTERVAL': pollS,
  'INPUT_POLL-STRATEGY': 'adaptive',
  INPUT_TIMEOUT: '900',
  'INPUT_REQUEST-TIMEOUT': '30',
  'INPUT_MAX-CONSECUTIVE-ERRORS': '10',
  'INPUT_BASE-URL': sim.url,
  'INPUT_DRY-RUN': 'false',
  'INPUT_MAX-DOWNLOAD-SIZE': '2GiB',
  'INPUT_PR-COMMENT': 'false',
  'INPUT_RELEASE-ASSET': 'false',
  INPUT_REUSE: 'off',
  'INPUT_MAX-CONCURRENT': String(maxConcurrent),
  'INPUT_FILES-BASE-URL': 'https://files-api.evolink.ai',
  'INPUT_MAX-UPLOAD-SIZE': '10MiB'
})

/**
 * Many videos: 20 entries of 2-minute tasks, time-scaled by BENCH_MANIFEST_SCALE (default 20: a 6 s task,
 * polls 20× more often), with max-concurrent 20, against the same task run alone. Wall time against the
 * longest task plus the submissions; GETs against 20 single runs; peak RSS against a single run.
 */
async function manifestBench(): Promise<void> {
  if (spawnSync('/usr/bin/time', ['-f', '%M', 'true']).status !== 0) return console.log('manifest: skipped (needs /usr/bin/time)')
  const scale = Number(process.env.BENCH_MANIFEST_SCALE ?? 20)
  const taskMs = 120_000 / scale
  const pollS = String(10 / scale)
  const entries = 20
  const inputs = (sim: EvoLinkSimulator) => manifestInputs(sim, pollS, entries)
  const single = { ms: [] as number[], gets: [] as number[], rss: [] as number[] }
  const batch = { ms: [] as number[], gets: [] as number[], rss: [] as number[], submitMs: [] as number[] }
  for (let i = 0; i < Math.max(1, Math.min(RUNS, 3)); i++) {
    const sim = await new EvoLinkSimulator({ taskMs, pendingMs: taskMs / 10 }).start()
    const workspace = mkdtempSync(join(WORK_DIR, 'evolink-bench-'))
    const env = { PATH: process.env.PATH, HOME: process.env.HOME, GITHUB_WORKSPACE: workspace, RUNNER_TEMP: workspace }
    const alone = await timed([process.execPath, ACTION], { ...env, ...inputs(sim), INPUT_PROMPT: 'One video' })
    single.ms.push(alone.ms)
    single.gets.push(sim.polls)
    single.rss.push(alone.rssKiB / 1024)
    const manifest = ['videos:', ...Array.from({ length: entries }, (_, n) => `  - id: clip-${n}\n    prompt: Clip number ${n}`)].join('\n')
    writeFileSync(join(workspace, 'videos.yml'), manifest)
    const pollsBefore = sim.polls
    const creationsBefore = sim.tasks.size
    const many = await timed([process.execPath, ACTION], { ...env, ...inputs(sim), INPUT_MANIFEST: 'videos.yml' })
    if (sim.tasks.size - creationsBefore !== entries || !many.stdout.includes(`${entries} video(s) ready`))
      throw new Error(`manifest bench: the batch failed:\n${many.stdout.slice(-2000)}`)
    const created = [...sim.tasks.values()].slice(creationsBefore).map(task => task.createdAtMs)
    batch.ms.push(many.ms)
    batch.gets.push(sim.polls - pollsBefore)
    batch.rss.push(many.rssKiB / 1024)
    batch.submitMs.push(Math.max(...created) - Math.min(...created))
    await sim.stop()
    rmSync(workspace, { recursive: true, force: true })
  }
  const wall = median(batch.ms)
  const longest = taskMs + median(batch.submitMs)
  console.log(
    `manifest: ${entries} entries of ${taskMs / 1000} s tasks (2 min / ${scale}): ${wall.toFixed(0)} ms for all (${median(batch.gets)} GETs, peak RSS ${Math.max(...batch.rss).toFixed(1)} MiB); one alone ${median(single.ms).toFixed(0)} ms (${median(single.gets)} GETs, ${Math.max(...single.rss).toFixed(1)} MiB); submissions spread over ${median(batch.submitMs).toFixed(0)} ms`
  )
  row(`manifest, ${entries} entries`, 'wall ms vs longest task + submissions', wall, longest, '≤ 1.1×', wall <= 1.1 * longest)
  row(`manifest, ${entries} entries`, 'GETs vs 20 single runs', median(batch.gets), entries * median(single.gets), '≤ 1.0×', median(batch.gets) <= entries * median(single.gets))
  row(
    `manifest, ${entries} entries`,
    'peak RSS MiB vs a single run',
    Math.max(...batch.rss),
    Math.max(...single.rss),
    '≤ 1.5×',
    Math.max(...batch.rss) <= 1.5 * Math.max(...single.rss)
  )
}

/** `pairs` chains of two: a clip, then its upscale (topaz-video-upscale, video-from the clip). */
const chainsManifest = (pairs: number) =>
  [
    'videos:',
    ...Array.from({ length: pairs }, (_, n) => `  - id: clip-${n}\n    prompt: Clip number ${n}\n  - id: clip-${n}-4k\n    model: topaz-video-upscale\n    video-from: clip-${n}`)
  ].join('\n')

/**
 * A graph: 20 entries in 10 chains of two (a clip, then its upscale), 2-minute tasks time-scaled by
 * BENCH_MANIFEST_SCALE, max-concurrent 20, against one chain of two run alone in the same run. Target: all
 * twenty finish within 1.1× that one chain.
 */
async function graphBench(): Promise<void> {
  if (spawnSync('/usr/bin/time', ['-f', '%M', 'true']).status !== 0) return console.log('graph: skipped (needs /usr/bin/time)')
  const scale = Number(process.env.BENCH_MANIFEST_SCALE ?? 20)
  const taskMs = 120_000 / scale
  const pairs = 10
  const one: number[] = []
  const all: number[] = []
  for (let i = 0; i < Math.max(1, Math.min(RUNS, 3)); i++) {
    const sim = await new EvoLinkSimulator({ taskMs, pendingMs: taskMs / 10 }).start()
    const workspace = mkdtempSync(join(WORK_DIR, 'evolink-bench-'))
    const env = { PATH: process.env.PATH, HOME: process.env.HOME, GITHUB_WORKSPACE: workspace, RUNNER_TEMP: workspace, ...manifestInputs(sim, String(10 / scale), 2 * pairs) }
    for (const [count, into] of [
      [1, one],
      [pairs, all]
    ] as const) {
      writeFileSync(join(workspace, 'videos.yml'), chainsManifest(count))
      const before = sim.tasks.size
      const ran = await timed([process.execPath, ACTION], { ...env, INPUT_MANIFEST: 'videos.yml' })
      if (sim.tasks.size - before !== 2 * count || !ran.stdout.includes(`${2 * count} video(s) ready`)) throw new Error(`graph bench: the run failed:\n${ran.stdout.slice(-2000)}`)
      into.push(ran.ms)
    }
    await sim.stop()
    rmSync(workspace, { recursive: true, force: true })
  }
  console.log(`graph: ${pairs} chains of 2 (${taskMs / 1000} s tasks): ${median(all).toFixed(0)} ms for all; one chain alone ${median(one).toFixed(0)} ms`)
  row(`graph, ${2 * pairs} entries in chains of 2`, 'wall ms vs one chain alone', median(all), median(one), '≤ 1.1×', median(all) <= 1.1 * median(one))
}

/**
 * A manifest of 1,000 entries: validated and planned (dry-run) against 10 entries planned the same way (time,
 * peak RSS), the worst manifest the token bound lets through, then 1,000 entries run for real with short
 * tasks, max-concurrent 50: the `results` output's size (GitHub takes at most 1 MB per output).
 */
async function largeManifestBench(): Promise<void> {
  if (spawnSync('/usr/bin/time', ['-f', '%M', 'true']).status !== 0) return console.log('large-manifest: skipped (needs /usr/bin/time)')
  const sim = await new EvoLinkSimulator({ taskMs: 200, pendingMs: 20 }).start()
  const workspace = mkdtempSync(join(WORK_DIR, 'evolink-bench-'))
  const outputs = join(workspace, 'outputs')
  const env = { PATH: process.env.PATH, HOME: process.env.HOME, GITHUB_WORKSPACE: workspace, RUNNER_TEMP: workspace, ...manifestInputs(sim, '0.1', 50) }
  // Entries as people write them: an id, a prompt of a few sentences, a duration and a file.
  const manifest = (n: number) =>
    [
      'videos:',
      ...Array.from(
        { length: n },
        (_, i) =>
          `  - id: scene-${i}\n    prompt: Scene ${i} of the product tour. The camera glides over the dashboard, then rests on the new chart as the light shifts to dusk.\n    duration: ${5 + (i % 6)}\n    download-path: out/scene-${i}.mp4`
      )
    ].join('\n')
  const plan = { small: [] as { ms: number; rssKiB: number }[], large: [] as { ms: number; rssKiB: number }[] }
  for (let i = 0; i < Math.max(1, Math.min(RUNS, 3)); i++) {
    for (const [n, into] of [
      [10, plan.small],
      [1000, plan.large]
    ] as const) {
      writeFileSync(join(workspace, 'videos.yml'), manifest(n))
      const ran = await timed([process.execPath, ACTION], { ...env, INPUT_MANIFEST: 'videos.yml', 'INPUT_DRY-RUN': 'true' })
      if (!ran.stdout.includes(`${n} entries checked`)) throw new Error(`large-manifest bench: the plan failed:\n${ran.stdout.slice(-2000)}`)
      into.push(ran)
    }
  }
  // The worst a manifest may be: just under the token bound, in one list (a hostile file's shape).
  const { MAX_MANIFEST_TOKENS } = await import('../src/inputs/manifest.js')
  writeFileSync(
    join(workspace, 'videos.yml'),
    `videos:\n  - id: a\n    params: {"n": [${Array(Math.floor(MAX_MANIFEST_TOKENS / 3) - 20)
      .fill('1')
      .join(',')}]}\n`
  )
  const worst = await timed([process.execPath, ACTION], { ...env, INPUT_MANIFEST: 'videos.yml', 'INPUT_DRY-RUN': 'true' })
  if (worst.stdout.includes('YAML tokens')) throw new Error('large-manifest bench: the worst case was refused as over the token bound')
  writeFileSync(join(workspace, 'videos.yml'), manifest(1000))
  writeFileSync(outputs, '')
  const ran = await timed([process.execPath, ACTION], { ...env, INPUT_MANIFEST: 'videos.yml', GITHUB_OUTPUT: outputs })
  if (!ran.stdout.includes('1000 video(s) ready')) throw new Error(`large-manifest bench: the run failed:\n${ran.stdout.slice(-2000)}`)
  const text = readFileSync(outputs, 'utf8')
  const start = text.indexOf('results<<')
  const results = text.slice(text.indexOf('\n', start) + 1).split('\n')[0] ?? ''
  await sim.stop()
  rmSync(workspace, { recursive: true, force: true })
  const ms = (runs: { ms: number }[]) => median(runs.map(r => r.ms))
  const rss = (runs: { rssKiB: number }[]) => Math.max(...runs.map(r => r.rssKiB)) / 1024
  console.log(
    `large-manifest: 1,000 entries planned in ${ms(plan.large).toFixed(0)} ms (peak RSS ${rss(plan.large).toFixed(1)} MiB), 10 in ${ms(plan.small).toFixed(0)} ms (${rss(plan.small).toFixed(1)} MiB); run: ${ran.ms.toFixed(0)} ms, peak RSS ${(ran.rssKiB / 1024).toFixed(1)} MiB, results ${Buffer.byteLength(results)} bytes`
  )
  // The growth is the YAML library's (its parse of the 250 KB file alone peaks 25 MiB above bare node): bounded by the token count, not flat.
  row('large-manifest, 1,000 entries planned', 'peak RSS MiB vs 10 entries', rss(plan.large), rss(plan.small), 'reported', true)
  row('large-manifest, 1,000 entries planned', 'peak RSS MiB vs 200 MiB', rss(plan.large), 200, '≤ 1.0×', rss(plan.large) <= 200)
  row('large-manifest, 1,000 entries planned', 'ms vs 10 entries', ms(plan.large), ms(plan.small), 'reported', true)
  row('large-manifest, at the token bound, planned', 'peak RSS MiB vs 200 MiB', worst.rssKiB / 1024, 200, '≤ 1.0×', worst.rssKiB / 1024 <= 200)
  row('large-manifest, 1,000 entries run', 'results bytes vs 1 MB', Buffer.byteLength(results), 1_000_000, '≤ 1.0×', Buffer.byteLength(results) <= 1_000_000)
}

const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`
console.log(`EvoLink action benchmarks on ${machine}; runs=${RUNS}, task=${TASK_S} s, sizes=${SIZES_MIB.join('/')} MiB\n`)
// The benches by name: `npm run bench <name>` runs one (docs/performance.md lists them; a test keeps the list true).
const BENCHES: Record<string, () => Promise<void>> = {
  startup,
  polling,
  download: downloadBench,
  hostile: hostileBench,
  upload: uploadBench,
  cache: cacheBench,
  manifest: manifestBench,
  artifact: artifactBench,
  graph: graphBench,
  'large-manifest': largeManifestBench
}
const only = process.argv[2]
if (only && !(only in BENCHES)) {
  console.error(`no bench named ${only}: one of ${Object.keys(BENCHES).join(', ')}`)
  process.exit(2)
}
for (const [name, bench] of Object.entries(BENCHES)) if (!only || only === name) await bench()

console.log('\n| bench | metric | value | baseline | ratio | target | met |\n|---|---|---|---|---|---|---|')
for (const r of rows) console.log(`| ${r.bench} | ${r.metric} | ${r.value} | ${r.baseline} | ${r.ratio} | ${r.target} | ${r.met ? 'yes' : 'NO'} |`)
const resultsDir = join(ROOT, 'bench', 'results')
mkdirSync(resultsDir, { recursive: true })
const file = join(resultsDir, `${new Date().toISOString().replace(/[:.]/g, '-')}.json`)
writeFileSync(file, JSON.stringify({ machine, runs: RUNS, taskS: TASK_S, rows }, null, 2))
console.log(`\nwritten to ${file}`)
