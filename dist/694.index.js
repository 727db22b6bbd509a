export const id = 694;
export const ids = [694,175];
export const modules = {

/***/ 7175:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   RESULT_MARK: () => (/* binding */ RESULT_MARK),
/* harmony export */   runCacheJob: () => (/* binding */ runCacheJob)
/* harmony export */ });
// The child side of the Actions cache (actions-cache.ts starts it): one @actions/cache save or restore in a
// process of its own, so a cache service that is slow or down can be stopped at once (the library retries
// about 40 s and cannot be cancelled), and the library's own log lines come to the parent to judge, not to
// the step's log. Its answer is one line on stdout: RESULT_MARK followed by JSON.
const RESULT_MARK = 'evolink-cache-result:';
/** Runs the job the parent passed on the command line and prints the result. */
async function runCacheJob(argument) {
    let result;
    try {
        const job = JSON.parse(argument ?? '');
        const cache = await Promise.all(/* import() */[__webpack_require__.e(838), __webpack_require__.e(557)]).then(__webpack_require__.bind(__webpack_require__, 55557));
        if (job.op === 'save') {
            const id = await cache.saveCache(job.paths, job.key);
            result = id > 0 ? { key: job.key } : { error: 'the entry was not written' };
        }
        else {
            result = { key: await cache.restoreCache(job.paths, job.key, job.restoreKeys ?? [], { lookupOnly: job.lookupOnly === true }) };
        }
    }
    catch (error) {
        result = { error: error.message };
    }
    process.stdout.write(`\n${RESULT_MARK}${JSON.stringify(result)}\n`);
}


/***/ }),

/***/ 64694:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  openLedger: () => (/* binding */ openLedger)
});

// UNUSED EXPORTS: RECORD_BUDGET_MS, canonicalJson, fileSha256, identicalKey, parseRecord, requestFingerprint, rerunKey, rerunPrefix, runIdentity

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/evolink/contract.ts
var contract = __webpack_require__(79120);
// EXTERNAL MODULE: ./src/net/untrusted.ts
var untrusted = __webpack_require__(32949);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(73136);
// EXTERNAL MODULE: ./src/github/cache-job.ts
var cache_job = __webpack_require__(7175);
// EXTERNAL MODULE: ./src/github/cache-service.ts
var cache_service = __webpack_require__(26819);
;// CONCATENATED MODULE: ./src/github/actions-cache.ts
// GitHub's Actions cache, as an optional store: used only when the runner provides the service
// (ACTIONS_RESULTS_URL and ACTIONS_RUNTIME_TOKEN) and ACTIONS_CACHE_MODE allows it. Each save or restore runs
// @actions/cache in a child process (cache-job.ts) bounded by a budget of seconds: a cache that errs, is
// slow or never answers costs that budget and one warning, never the video. docs/paying-once.md.






/** dist/index.js: the child is the action's own bundle, started with --evolink-cache-job. This module may sit in a chunk beside it. */
const entry = () => (0,external_node_path_.join)((0,external_node_path_.dirname)((0,external_node_url_.fileURLToPath)(new URL(import.meta.url))), 'index.js');
/** The step's environment without its inputs: the child needs the runner's variables, never the key. */
const withoutInputs = (env) => Object.fromEntries(Object.entries(env).filter(([name]) => !name.startsWith('INPUT_')));
/**
 * Runs one save or restore; never throws. The answer's `error` says why nothing was saved or found
 * (the service failed, or gave no answer within the budget: the child is killed then).
 */
function callCache(call) {
    const job = { op: call.op, paths: call.paths, key: call.key, restoreKeys: call.restoreKeys, lookupOnly: call.lookupOnly };
    return new Promise(resolve => {
        // The library writes its archive relative to GITHUB_WORKSPACE: the staging folder, not the user's workspace.
        const child = (0,external_node_child_process_.spawn)(process.execPath, [entry(), '--evolink-cache-job', JSON.stringify(job)], {
            cwd: call.cwd,
            env: { ...withoutInputs(process.env), GITHUB_WORKSPACE: call.cwd },
            stdio: ['ignore', 'pipe', 'pipe']
        });
        let result;
        let pending = '';
        const take = (text) => {
            pending += text;
            const lines = pending.split('\n');
            pending = lines.pop() ?? '';
            for (const line of lines) {
                if (line.startsWith(cache_job.RESULT_MARK)) {
                    try {
                        result = JSON.parse(line.slice(cache_job.RESULT_MARK.length));
                    }
                    catch {
                        result = { error: 'unreadable answer' };
                    }
                }
                else if (line.trim())
                    call.onLog?.((0,untrusted/* cleanText */.X5)(line, 500));
            }
        };
        child.stdout.setEncoding('utf8').on('data', take);
        child.stderr.setEncoding('utf8').on('data', take);
        const timer = setTimeout(() => {
            result = { error: `no answer within ${call.budgetMs / 1000} s` };
            child.kill('SIGKILL');
        }, call.budgetMs);
        const done = (fallback) => {
            clearTimeout(timer);
            take('\n');
            resolve(result ?? { error: fallback });
        };
        child.on('error', error => done(error.message));
        child.on('close', code => done(`the cache process ended with code ${code}`));
    });
}

;// CONCATENATED MODULE: ./src/task/ledger.ts
// Paying once (docs/paying-once.md): what a run paid for is written to GitHub's Actions cache, so a re-run
// of the job resumes the task its earlier attempt submitted, and with `reuse: identical` a later identical
// request reuses the finished video. The fingerprint, the keys and the record checks are plain functions;
// `openLedger` ties them to the cache (github/actions-cache.ts). A record is untrusted input: anything with
// write access to the cache scope can write an entry, so it is checked as strictly as an EvoLink reply.








/** Bumped when a record's shape changes: older entries are then simply not found. */
const SCHEME = 'evolink-video-v1';
const MAX_RECORD_BYTES = 64 << 10;
const RECORD = 'record.json';
const VIDEO = 'video.mp4';
/** JSON with object keys sorted at every depth: the same request always gives the same text. */
function canonicalJson(value) {
    if (Array.isArray(value))
        return `[${value.map(canonicalJson).join(',')}]`;
    if (value && typeof value === 'object') {
        return `{${Object.keys(value)
            .sort()
            .map(key => `${JSON.stringify(key)}:${canonicalJson(value[key])}`)
            .join(',')}}`;
    }
    return JSON.stringify(value) ?? 'null';
}
/**
 * The request's fingerprint: SHA-256 of the canonical body, where each workspace file stands as the
 * SHA-256 of its bytes (its uploaded URL differs on every upload; a changed picture is another request).
 * The key is never part of it.
 */
function requestFingerprint(body, uploads) {
    const stable = { ...body };
    for (const upload of uploads) {
        const file = `file:sha256:${upload.sha256}`;
        if (upload.index === undefined)
            stable[upload.field] = file;
        else {
            const list = [...stable[upload.field]];
            list[upload.index] = file;
            stable[upload.field] = list;
        }
    }
    return (0,external_node_crypto_.createHash)('sha256').update(canonicalJson(stable)).digest('hex');
}
/** A key part from the runner's variables: letters, digits, . _ - only (keys hold no commas), capped. */
const part = (value) => (value ?? '').replace(/[^\w.-]+/g, '-').slice(0, 100) || '-';
function runIdentity(env) {
    const attempt = Number(env.GITHUB_RUN_ATTEMPT);
    return { runId: part(env.GITHUB_RUN_ID), attempt: Number.isInteger(attempt) && attempt > 0 ? attempt : 1, job: part(env.GITHUB_JOB), step: part(env.GITHUB_ACTION) };
}
/** Every attempt of this run, job and step, for this request: the prefix a re-run looks up (newest first). */
const rerunPrefix = (run, fingerprint) => `${SCHEME}-rerun-${run.runId}-${run.job}-${run.step}-${fingerprint}-`;
/** One entry per attempt: cache entries are immutable, and a later attempt may have to record a new task. */
const rerunKey = (run, fingerprint) => `${rerunPrefix(run, fingerprint)}a${run.attempt}`;
/** The finished video of a request, whichever run made it. */
const identicalKey = (fingerprint) => `${SCHEME}-identical-${fingerprint}`;
const isText = (value, max = 200) => typeof value === 'string' && value.length > 0 && value.length <= max;
const isCount = (value) => typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
/** A record restored from the cache, checked as strictly as a reply; undefined when anything is off. */
function parseRecord(text, fingerprint) {
    if (text.length > MAX_RECORD_BYTES)
        return undefined;
    let json;
    try {
        json = JSON.parse(text);
    }
    catch {
        return undefined;
    }
    if (typeof json !== 'object' || json === null)
        return undefined;
    const { kind, taskId, model, runId } = json;
    if (json.fingerprint !== fingerprint ||
        !isText(taskId) ||
        !contract/* TASK_ID_PATTERN */.F.test(taskId) ||
        !isText(model) ||
        !/^[\w.:-]+$/.test(model) ||
        !isText(runId) ||
        !/^[\w.-]+$/.test(runId))
        return undefined;
    if (kind === 'submission') {
        return isCount(json.attempt) ? { kind, fingerprint, taskId, model, runId, attempt: json.attempt } : undefined;
    }
    if (kind !== 'result' || !Array.isArray(json.urls) || json.urls.length > untrusted/* MAX_RESULT_URLS */.Sx)
        return undefined;
    const urls = [];
    for (const url of json.urls) {
        const verdict = typeof url === 'string' ? (0,untrusted/* checkResultUrl */.n)(url) : undefined;
        if (!verdict?.ok || verdict.url !== url)
            return undefined;
        urls.push(verdict.url);
    }
    const expiresAt = typeof json.expiresAt === 'string' && !Number.isNaN(Date.parse(json.expiresAt)) ? new Date(json.expiresAt).toISOString() : undefined;
    const video = json.video;
    const videoOk = video === undefined || (isCount(video.size) && typeof video.sha256 === 'string' && /^[0-9a-f]{64}$/.test(video.sha256));
    if (!videoOk || (json.expiresAt !== undefined && !expiresAt) || (json.creditsReserved !== undefined && typeof json.creditsReserved !== 'number'))
        return undefined;
    return {
        kind,
        fingerprint,
        taskId,
        model,
        runId,
        urls,
        expiresAt,
        creditsReserved: typeof json.creditsReserved === 'number' && Number.isFinite(json.creditsReserved) ? json.creditsReserved : undefined,
        video: video && { size: video.size, sha256: video.sha256 }
    };
}
/** SHA-256 of a file, streamed. */
async function fileSha256(path) {
    const hash = (0,external_node_crypto_.createHash)('sha256');
    for await (const chunk of (0,external_node_fs_.createReadStream)(path))
        hash.update(chunk);
    return hash.digest('hex');
}
/** How long a record save or look-up may take, and a video save per MiB on top: a cache outage costs seconds. */
const RECORD_BUDGET_MS = 5000;
const VIDEO_BUDGET_MS_PER_MIB = 100;
/** Fetching an entry that is known to exist and may hold a video. */
const RESULT_BUDGET_MS = 60_000;
/** The ledger of this run, or undefined when no cache service is there (then the run is exactly as without). */
async function openLedger(o) {
    const env = o.env ?? process.env;
    const service = (0,cache_service/* cacheService */.q)(env);
    if (!service)
        return undefined;
    const hashed = await Promise.all(o.uploads.map(async (upload) => ({ field: upload.field, index: upload.index, sha256: await fileSha256(upload.path) })));
    const fingerprint = requestFingerprint(o.body, hashed);
    const step = runIdentity(env);
    const run = o.entry ? { ...step, step: `${step.step}-${part(o.entry)}` } : step;
    const root = (0,external_node_path_.join)(env.RUNNER_TEMP || (0,external_node_os_.tmpdir)(), `evolink-video-cache-${(0,external_node_crypto_.randomBytes)(6).toString('hex')}`);
    // After one failure the cache is left alone for the rest of the run: an outage costs one budget, once.
    let down = false;
    const trouble = (what, why) => {
        o.debug(`Actions cache: ${what}: ${why}`);
        if (down)
            return;
        down = true;
        o.warn(`The Actions cache could not ${what} (${why}); the run goes on without it. A re-run may submit again.`);
    };
    /** A staging folder per call: the library archives and restores the folder `name` relative to it. */
    const staging = async (name) => {
        const cwd = (0,external_node_path_.join)(root, (0,external_node_crypto_.randomBytes)(4).toString('hex'));
        await (0,promises_.mkdir)((0,external_node_path_.join)(cwd, name), { recursive: true });
        return { cwd, dir: (0,external_node_path_.join)(cwd, name) };
    };
    const onLog = (line) => o.debug(`Actions cache: ${line}`);
    /** Whether an entry matches, nothing downloaded: seconds at most when the service is down. */
    const lookup = async (name, key, what) => {
        if (!service.readable || down)
            return false;
        const { cwd } = await staging(name);
        const found = await callCache({ op: 'restore', paths: [name], key, cwd, lookupOnly: true, budgetMs: RECORD_BUDGET_MS, onLog });
        if (found.error)
            trouble(what, found.error);
        return Boolean(found.key);
    };
    const restore = async (name, key, restoreKeys, what, heavy = false) => {
        if (!service.readable || down)
            return undefined;
        // An entry that may hold a video is first looked up, then fetched with a budget for its size.
        if (heavy && !(await lookup(name, key, what)))
            return undefined;
        const { cwd, dir } = await staging(name);
        const answer = await callCache({ op: 'restore', paths: [name], key, restoreKeys, cwd, onLog, budgetMs: heavy ? RESULT_BUDGET_MS : RECORD_BUDGET_MS });
        if (answer.error)
            return trouble(what, answer.error);
        if (!answer.key)
            return undefined;
        const text = await (0,promises_.readFile)((0,external_node_path_.join)(dir, RECORD), 'utf8').catch(() => '');
        const record = parseRecord(text.slice(0, MAX_RECORD_BYTES + 1), fingerprint);
        if (!record)
            o.warn(`The Actions cache entry ${answer.key} is not a record this action wrote (or it was altered): it is ignored, and the video is generated.`);
        return record && { record, dir };
    };
    const save = async (name, key, record, what, video) => {
        if (!service.writable || down)
            return;
        const { cwd, dir } = await staging(name);
        await (0,promises_.writeFile)((0,external_node_path_.join)(dir, RECORD), JSON.stringify(record));
        // A hard link costs nothing; another file system needs a copy.
        if (video)
            await (0,promises_.link)(video.path, (0,external_node_path_.join)(dir, VIDEO)).catch(() => (0,promises_.copyFile)(video.path, (0,external_node_path_.join)(dir, VIDEO)));
        const budgetMs = RECORD_BUDGET_MS + (video ? Math.ceil(video.size / 1048576) * VIDEO_BUDGET_MS_PER_MIB : 0);
        const answer = await callCache({ op: 'save', paths: [name], key, cwd, budgetMs, onLog });
        if (answer.error)
            trouble(what, answer.error);
        else
            o.debug(`Actions cache: saved ${key}`);
    };
    return {
        fingerprint,
        run,
        service,
        async earlierSubmission() {
            if (run.attempt < 2)
                return undefined; // the first attempt has nothing to resume: no look-up at all
            const found = await restore('submission', rerunKey(run, fingerprint), [rerunPrefix(run, fingerprint)], 'look up an earlier attempt');
            return found?.record.kind === 'submission' ? found.record : undefined;
        },
        async earlierResult() {
            const found = await restore('result', identicalKey(fingerprint), [], 'look up an earlier identical video', true);
            if (found?.record.kind !== 'result')
                return undefined;
            return { record: found.record, videoPath: found.record.video ? (0,external_node_path_.join)(found.dir, VIDEO) : undefined };
        },
        hasEarlierResult: () => lookup('result', identicalKey(fingerprint), 'look up an earlier identical video'),
        async recordSubmission(taskId, model) {
            const record = { kind: 'submission', fingerprint, taskId, model, runId: run.runId, attempt: run.attempt };
            await save('submission', rerunKey(run, fingerprint), record, 'record the task for a re-run');
        },
        async recordResult(result, videoPath) {
            const record = { kind: 'result', fingerprint, runId: run.runId, ...result };
            await save('result', identicalKey(fingerprint), record, 'keep the video for identical requests', videoPath && result.video ? { path: videoPath, size: result.video.size } : undefined);
        },
        close: () => (0,promises_.rm)(root, { recursive: true, force: true })
    };
}


/***/ })

};
