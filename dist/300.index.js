export const id = 300;
export const ids = [300,737,724,568];
export const modules = {

/***/ 737:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MAX_CREDITS_RESERVED: () => (/* binding */ MAX_CREDITS_RESERVED),
/* harmony export */   errorBodySchema: () => (/* binding */ errorBodySchema),
/* harmony export */   taskSchema: () => (/* binding */ taskSchema)
/* harmony export */ });
/* harmony import */ var zod_mini__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8532);
/* harmony import */ var zod_mini__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8395);
/* harmony import */ var zod_mini__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2306);
/* harmony import */ var _contract_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9120);
/* harmony import */ var _net_untrusted_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2949);
// Zod schemas of what EvoLink returns (docs/evolink-api.md); docs/reliability.md says how replies are trusted.
// Request fields are checked against the model catalogue instead (models.ts).
// Loaded on demand (after the submission is out): zod costs ~7 ms of
// start-up that the budget in bench/ does not have. zod/mini: the same checks for a fraction of that.



// Parse without generating code at run time: each schema is used a handful of times per run.
zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .config */ .$W({ jitless: true });
/** Builds a schema on first use: schemas for replies are not needed before the submission is out. */
function lazy(make) {
    let built;
    return () => (built ??= make());
}
/** An optional field that is dropped, rather than failing the whole reply, when it has the wrong type. */
const tolerant = (schema) => zod_mini__WEBPACK_IMPORTED_MODULE_2__/* ["catch"] */ .MfU(zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .optional */ .lqM(schema), undefined);
const code = () => zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .optional */ .lqM(zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .pipe */ .FsL(zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .union */ .KCZ([zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(), zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig()]), zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .transform */ .pdi(String)));
/** More credits than this for one video is not a reservation but a broken reply: left unread (unknown). */
const MAX_CREDITS_RESERVED = 10_000_000;
/** Longest estimate taken seriously: EvoLink's are minutes; a larger one says nothing. */
const MAX_ESTIMATE_S = 7 * 24 * 3600;
/** A `created` above this cannot be seconds (year 5138): it is read as milliseconds. */
const SECONDS_CEILING = 1e11;
const wireTask = () => zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .looseObject */ ._H3({
    id: zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().check(zod_mini__WEBPACK_IMPORTED_MODULE_3__/* ._maxLength */ .Eb(200), zod_mini__WEBPACK_IMPORTED_MODULE_3__/* ._regex */ .Fk(_contract_js__WEBPACK_IMPORTED_MODULE_4__/* .TASK_ID_PATTERN */ .F, { error: 'is not an EvoLink task id (task-unified-…)' })),
    status: zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().check(zod_mini__WEBPACK_IMPORTED_MODULE_3__/* ._minLength */ .m9(1)),
    created: tolerant(zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().check(zod_mini__WEBPACK_IMPORTED_MODULE_3__/* ._positive */ .NC())),
    model: tolerant(zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()),
    progress: tolerant(zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().check(zod_mini__WEBPACK_IMPORTED_MODULE_3__/* ._gte */ .qm(0), zod_mini__WEBPACK_IMPORTED_MODULE_3__/* ._lte */ .Zm(100))),
    results: tolerant(zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .unknown */ .L5J())),
    result_data: tolerant(zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .unknown */ .L5J())),
    task_info: tolerant(zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .looseObject */ ._H3({
        can_cancel: tolerant(zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .boolean */ .zMY()),
        estimated_time: tolerant(zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().check(zod_mini__WEBPACK_IMPORTED_MODULE_3__/* ._positive */ .NC(), zod_mini__WEBPACK_IMPORTED_MODULE_3__/* ._lte */ .Zm(MAX_ESTIMATE_S)))
    })),
    usage: tolerant(zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .looseObject */ ._H3({
        credits_reserved: tolerant(zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().check(zod_mini__WEBPACK_IMPORTED_MODULE_3__/* ._nonnegative */ .UI(), zod_mini__WEBPACK_IMPORTED_MODULE_3__/* ._lte */ .Zm(MAX_CREDITS_RESERVED))),
        billing_rule: tolerant(zod_mini__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(['per_call', 'per_token', 'per_second']))
    })),
    error: tolerant(zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .looseObject */ ._H3({ code: code(), message: tolerant(zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()) }))
});
function cleanTask(wire) {
    const candidates = [...(wire.results ?? []), ...(wire.result_data ?? []).map(item => item?.video_url)].filter(url => url !== undefined && url !== null);
    const results = [];
    const refusedResults = [];
    for (const candidate of candidates.slice(0, _net_untrusted_js__WEBPACK_IMPORTED_MODULE_0__/* .MAX_RESULT_URLS */ .Sx)) {
        const verdict = typeof candidate === 'string' ? (0,_net_untrusted_js__WEBPACK_IMPORTED_MODULE_0__/* .checkResultUrl */ .n)(candidate) : { ok: false, problem: 'not a string' };
        if (verdict.ok)
            results.push(verdict.url);
        else
            refusedResults.push(`${(0,_net_untrusted_js__WEBPACK_IMPORTED_MODULE_0__/* .cleanText */ .X5)(String(candidate), 80)}: ${verdict.problem}`);
    }
    if (candidates.length > _net_untrusted_js__WEBPACK_IMPORTED_MODULE_0__/* .MAX_RESULT_URLS */ .Sx)
        refusedResults.push(`${candidates.length - _net_untrusted_js__WEBPACK_IMPORTED_MODULE_0__/* .MAX_RESULT_URLS */ .Sx} more URLs: only the first ${_net_untrusted_js__WEBPACK_IMPORTED_MODULE_0__/* .MAX_RESULT_URLS */ .Sx} are read`);
    const { created, task_info: info, error } = wire;
    return {
        id: wire.id,
        status: (0,_net_untrusted_js__WEBPACK_IMPORTED_MODULE_0__/* .cleanText */ .X5)(wire.status, _net_untrusted_js__WEBPACK_IMPORTED_MODULE_0__/* .TEXT_CAP */ .hE.word),
        created: created === undefined ? undefined : created > SECONDS_CEILING ? created / 1000 : created,
        model: wire.model === undefined ? undefined : (0,_net_untrusted_js__WEBPACK_IMPORTED_MODULE_0__/* .cleanText */ .X5)(wire.model, _net_untrusted_js__WEBPACK_IMPORTED_MODULE_0__/* .TEXT_CAP */ .hE.word),
        progress: wire.progress,
        results,
        refusedResults,
        task_info: info && { can_cancel: info.can_cancel, estimated_time: info.estimated_time },
        usage: wire.usage && { credits_reserved: wire.usage.credits_reserved, billing_rule: wire.usage.billing_rule },
        error: error && {
            code: error.code === undefined ? undefined : (0,_net_untrusted_js__WEBPACK_IMPORTED_MODULE_0__/* .cleanText */ .X5)(error.code, _net_untrusted_js__WEBPACK_IMPORTED_MODULE_0__/* .TEXT_CAP */ .hE.word),
            message: error.message === undefined ? undefined : (0,_net_untrusted_js__WEBPACK_IMPORTED_MODULE_0__/* .cleanText */ .X5)(error.message, _net_untrusted_js__WEBPACK_IMPORTED_MODULE_0__/* .TEXT_CAP */ .hE.message)
        }
    };
}
/**
 * A task as POST and GET return it. Loose on purpose: only `id` and `status` are required, everything
 * else may be missing, extra or of the wrong type without breaking the action.
 */
const taskSchema = lazy(() => zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .pipe */ .FsL(wireTask(), zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .transform */ .pdi(cleanTask)));
/** `{ error: { code, message, type } }`; code is a string on newer pages and an integer on older ones. Cleaned. */
const errorBodySchema = lazy(() => zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .pipe */ .FsL(zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .looseObject */ ._H3({ error: zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .looseObject */ ._H3({ code: code(), message: tolerant(zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()) }) }), zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .transform */ .pdi(({ error }) => ({
    code: error.code === undefined ? undefined : (0,_net_untrusted_js__WEBPACK_IMPORTED_MODULE_0__/* .cleanText */ .X5)(error.code, _net_untrusted_js__WEBPACK_IMPORTED_MODULE_0__/* .TEXT_CAP */ .hE.word),
    message: error.message === undefined ? undefined : (0,_net_untrusted_js__WEBPACK_IMPORTED_MODULE_0__/* .cleanText */ .X5)(error.message, _net_untrusted_js__WEBPACK_IMPORTED_MODULE_0__/* .TEXT_CAP */ .hE.message)
}))));


/***/ }),

/***/ 568:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   TD: () => (/* binding */ openRecordStore),
/* harmony export */   Tc: () => (/* binding */ tag),
/* harmony export */   YZ: () => (/* binding */ signedFields),
/* harmony export */   dj: () => (/* binding */ canonicalJson),
/* harmony export */   fingerprintOf: () => (/* binding */ fingerprintOf),
/* harmony export */   lm: () => (/* binding */ signRecord),
/* harmony export */   openLedger: () => (/* binding */ openLedger),
/* harmony export */   yK: () => (/* binding */ runIdentity)
/* harmony export */ });
/* unused harmony exports requestFingerprint, accountKey, cacheKeys, parseRecord, fileSha256, RECORD_BUDGET_MS */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var _evolink_contract_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(9120);
/* harmony import */ var _net_untrusted_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2949);
/* harmony import */ var _github_actions_cache_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(3983);
// Paying once (docs/paying-once.md): what a run paid for is written to GitHub's Actions cache, so a re-run
// of the job resumes the task its earlier attempt submitted, and with `reuse: identical` a later identical
// request reuses the finished video. The fingerprint, the keys and the record checks are plain functions;
// `openLedger` ties them to the cache (github/actions-cache.ts). A record is untrusted input: every job of
// the repository can write cache entries, with or without the EvoLink secret. So keys and records are bound
// to the API key: a key's name holds an HMAC that only a holder of the API key can compute (nobody else can
// write, or block, the entry a step looks up), and a record carries an HMAC over its fields and the video's
// SHA-256 with a key derived from the API key (never the API key itself).








/** Bumped when a record's shape changes: older entries are then simply not found. */
const SCHEME = 'evolink-video-v2';
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
 * SHA-256 of its bytes (its uploaded URL differs on every upload; a changed picture is another request),
 * and a video made from another entry's video as that entry's fingerprint (its URL differs on every run; a
 * changed upstream is another request, down the whole chain). The key is never part of it.
 */
function requestFingerprint(body, uploads, upstream) {
    const stable = { ...body };
    if (upstream)
        stable[upstream.field] = `video-from:${upstream.fingerprint}`;
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
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(canonicalJson(stable)).digest('hex');
}
/** A key part from the runner's variables: letters, digits, . _ - only (keys hold no commas), capped. */
const part = (value) => (value ?? '').replace(/[^\w.-]+/g, '-').slice(0, 100) || '-';
function runIdentity(env) {
    const attempt = Number(env.GITHUB_RUN_ATTEMPT);
    return { runId: part(env.GITHUB_RUN_ID), attempt: Number.isInteger(attempt) && attempt > 0 ? attempt : 1, job: part(env.GITHUB_JOB), step: part(env.GITHUB_ACTION) };
}
const accountKey = (apiKey) => (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHmac)('sha256', apiKey).update('evolink-video: Actions cache entries').digest();
const tag = (account, ...parts) => (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHmac)('sha256', account).update(parts.join('\n')).digest('hex');
/**
 * The cache keys of a request. Each save adds a part of its own after the prefix, and a look-up takes the
 * newest entry under the prefix: a save killed before it finished (its key reserved, never written) does not
 * block the next one. The prefix holds an HMAC of the request (and, for re-runs, of the run, job and step)
 * with the account key, so no job without the API key can write under it.
 */
function cacheKeys(account, run, fingerprint) {
    const rerun = `${SCHEME}-rerun-${run.runId}-${tag(account, 'rerun', run.runId, run.job, run.step, fingerprint)}-`;
    const identical = `${SCHEME}-identical-${tag(account, 'identical', fingerprint)}-`;
    return {
        /** Every attempt of this run, job and step, for this request (newest first). */
        rerunPrefix: rerun,
        rerunKey: (unique) => `${rerun}a${run.attempt}-${unique}`,
        /** The finished video of a request, whichever run made it. */
        identicalPrefix: identical,
        identicalKey: (unique) => `${identical}${run.runId}-${run.attempt}-${unique}`
    };
}
const isText = (value, max = 200) => typeof value === 'string' && value.length > 0 && value.length <= max;
const isCount = (value) => typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
const recordMac = (account, fields) => tag(account, 'record', canonicalJson(fields));
/** The record as written to the cache: its fields and their HMAC with the account key. */
function signRecord(account, record) {
    // Signed as written: JSON leaves out fields that are undefined, and the reader sees only what was written.
    const fields = JSON.parse(JSON.stringify(record));
    return JSON.stringify({ ...fields, mac: recordMac(account, fields) });
}
/** Whether `json` was signed with this account key (compared in constant time). */
function signedBy(account, json) {
    const { mac, ...fields } = json;
    if (typeof mac !== 'string' || !/^[0-9a-f]{64}$/.test(mac))
        return false;
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.timingSafeEqual)(Buffer.from(mac, 'hex'), Buffer.from(recordMac(account, fields), 'hex'));
}
/** The fields of a record this account key signed (an object of at most 64 KiB of JSON), or undefined. */
function signedFields(text, account) {
    if (text.length > MAX_RECORD_BYTES)
        return undefined;
    let json;
    try {
        json = JSON.parse(text);
    }
    catch {
        return undefined;
    }
    if (typeof json !== 'object' || json === null || Array.isArray(json) || !signedBy(account, json))
        return undefined;
    return json;
}
/**
 * A record restored from the cache, checked as strictly as a reply; undefined when anything is off, and
 * when another account key (or none) signed it: a video paid for with another key is not this key's video.
 */
function parseRecord(text, fingerprint, account) {
    const json = signedFields(text, account);
    if (!json)
        return undefined;
    const { kind, taskId, model, runId } = json;
    if (json.fingerprint !== fingerprint ||
        !isText(taskId) ||
        !_evolink_contract_js__WEBPACK_IMPORTED_MODULE_7__/* .TASK_ID_PATTERN */ .F.test(taskId) ||
        !isText(model) ||
        !/^[\w.:-]+$/.test(model) ||
        !isText(runId) ||
        !/^[\w.-]+$/.test(runId))
        return undefined;
    if (kind === 'submission') {
        return isCount(json.attempt) ? { kind, fingerprint, taskId, model, runId, attempt: json.attempt } : undefined;
    }
    if (kind !== 'result' || !Array.isArray(json.urls) || json.urls.length > _net_untrusted_js__WEBPACK_IMPORTED_MODULE_5__/* .MAX_RESULT_URLS */ .Sx)
        return undefined;
    const urls = [];
    for (const url of json.urls) {
        const verdict = typeof url === 'string' ? (0,_net_untrusted_js__WEBPACK_IMPORTED_MODULE_5__/* .checkResultUrl */ .n)(url) : undefined;
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
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    for await (const chunk of (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createReadStream)(path))
        hash.update(chunk);
    return hash.digest('hex');
}
/** How long a record save or look-up may take, and a video save per MiB on top: a cache outage costs seconds. */
const RECORD_BUDGET_MS = 5000;
const VIDEO_BUDGET_MS_PER_MIB = 100;
/** Fetching an entry that is known to exist and may hold a video. */
const RESULT_BUDGET_MS = 60_000;
/**
 * Whether the cache failed in this process. A process is one step: after one failure the cache is left alone
 * for the rest of the step, by every video of a manifest, so an outage costs one budget and one warning.
 */
const health = { down: false };
/** The fingerprint of a request whose workspace files are read (and hashed) now. */
async function fingerprintOf(body, uploads, upstream) {
    const hashed = await Promise.all(uploads.map(async (upload) => ({ field: upload.field, index: upload.index, sha256: await fileSha256(upload.path) })));
    return requestFingerprint(body, hashed, upstream);
}
/** The record store of this step, or undefined when no cache service is there. */
function openRecordStore(o) {
    const env = o.env ?? process.env;
    const service = (0,_github_actions_cache_js__WEBPACK_IMPORTED_MODULE_6__/* .cacheService */ .qI)(env);
    if (!service)
        return undefined;
    const account = accountKey(o.apiKey);
    const root = (0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(env.RUNNER_TEMP || (0,node_os__WEBPACK_IMPORTED_MODULE_3__.tmpdir)(), `evolink-video-cache-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(6).toString('hex')}`);
    const trouble = (what, why) => {
        o.debug(`Actions cache: ${what}: ${why}`);
        if (health.down)
            return;
        health.down = true;
        o.warn(`The Actions cache could not ${what} (${(0,_net_untrusted_js__WEBPACK_IMPORTED_MODULE_5__/* .cleanText */ .X5)(why, 300)}); the step goes on without it. A re-run may submit again.`);
    };
    /** A staging folder per call: the archive holds the folder `name`, relative to it. */
    const staging = async (name) => {
        const cwd = (0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(root, (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(4).toString('hex'));
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(cwd, name), { recursive: true });
        return { cwd, dir: (0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(cwd, name) };
    };
    const onLog = (line) => o.debug(`Actions cache: ${line}`);
    const ignored = (key, why) => {
        o.warn(`The Actions cache entry ${(0,_net_untrusted_js__WEBPACK_IMPORTED_MODULE_5__/* .cleanText */ .X5)(key, 200)} was not used (${(0,_net_untrusted_js__WEBPACK_IMPORTED_MODULE_5__/* .cleanText */ .X5)(why, 300)}); nothing of it was kept.`);
    };
    return {
        account,
        service,
        env,
        unique: () => (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(4).toString('hex'),
        ignored,
        async restore(name, prefix, what, parse, heavy = false) {
            if (!service.readable || health.down)
                return undefined;
            // An entry that may hold a video is first looked up (seconds when the service is down), then fetched with a budget for its size.
            if (heavy) {
                const { cwd } = await staging(name);
                const found = await (0,_github_actions_cache_js__WEBPACK_IMPORTED_MODULE_6__/* .callCache */ .ZK)({ op: 'restore', paths: [name], key: prefix, cwd, lookupOnly: true, budgetMs: RECORD_BUDGET_MS, onLog });
                if (found.error)
                    return trouble(what, found.error);
                if (!found.key)
                    return undefined;
            }
            const { cwd, dir } = await staging(name);
            const members = { [`${name}/${RECORD}`]: MAX_RECORD_BYTES, ...(heavy ? { [`${name}/${VIDEO}`]: o.maxVideoBytes } : {}) };
            const answer = await (0,_github_actions_cache_js__WEBPACK_IMPORTED_MODULE_6__/* .callCache */ .ZK)({ op: 'restore', paths: [name], key: prefix, cwd, onLog, members, budgetMs: heavy ? RESULT_BUDGET_MS : RECORD_BUDGET_MS });
            if (answer.error)
                return trouble(what, answer.error);
            if (!answer.key)
                return undefined;
            if (answer.refused)
                return ignored(answer.key, answer.refused);
            const text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readFile)((0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(dir, RECORD), 'utf8').catch(() => '');
            const record = text.length > MAX_RECORD_BYTES ? undefined : parse(text);
            if (record === undefined)
                return ignored(answer.key, 'it is not a record this action wrote with this API key, or it was altered');
            return { record, dir, video: answer.files?.[`${name}/${VIDEO}`], key: answer.key };
        },
        async save(name, key, record, what, video) {
            if (!service.writable || health.down)
                return;
            const { cwd, dir } = await staging(name);
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.writeFile)((0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(dir, RECORD), record);
            // A hard link costs nothing; another file system needs a copy.
            if (video)
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.link)(video.path, (0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(dir, VIDEO)).catch(() => (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.copyFile)(video.path, (0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(dir, VIDEO)));
            const budgetMs = RECORD_BUDGET_MS + (video ? Math.ceil(video.size / 1048576) * VIDEO_BUDGET_MS_PER_MIB : 0);
            const answer = await (0,_github_actions_cache_js__WEBPACK_IMPORTED_MODULE_6__/* .callCache */ .ZK)({ op: 'save', paths: [name], key, cwd, budgetMs, onLog });
            if (answer.error)
                trouble(what, answer.error);
            else
                o.debug(`Actions cache: saved ${key}`);
        },
        close: () => (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm)(root, { recursive: true, force: true, maxRetries: 3 }).catch((error) => o.debug(`Actions cache: staging folder ${root} left behind: ${error.message}`))
    };
}
/** The ledger of this run, or undefined when no cache service is there (then the run is exactly as without). */
async function openLedger(o) {
    const store = openRecordStore(o);
    if (!store)
        return undefined;
    const { fingerprint } = o;
    const step = runIdentity(store.env);
    const run = o.entry ? { ...step, step: `${step.step}-${part(o.entry)}` } : step;
    const { account, ignored, unique } = store;
    const keys = cacheKeys(account, run, fingerprint);
    const parse = (text) => parseRecord(text, fingerprint, account);
    const restore = (name, prefix, what, heavy = false) => store.restore(name, prefix, what, parse, heavy);
    const save = (name, key, record, what, video) => store.save(name, key, signRecord(account, record), what, video);
    return {
        fingerprint,
        run,
        service: store.service,
        async earlierSubmission() {
            if (run.attempt < 2)
                return undefined; // the first attempt has nothing to resume: no look-up at all
            const found = await restore('submission', keys.rerunPrefix, 'look up an earlier attempt');
            if (!found)
                return undefined;
            const { record } = found;
            // Only an earlier attempt of this very run: a record of another run (or a later attempt) is not resumed.
            if (record.kind !== 'submission' || record.runId !== run.runId || record.attempt >= run.attempt) {
                return ignored(found.key, `it names ${record.kind === 'submission' ? `attempt ${record.attempt} of run ${record.runId}` : 'no submission'}`);
            }
            return record;
        },
        async earlierResult() {
            const found = await restore('result', keys.identicalPrefix, 'look up an earlier identical video', true);
            if (!found)
                return undefined;
            const { record, dir, video, key } = found;
            if (record.kind !== 'result')
                return ignored(key, 'it holds no result');
            if (!record.video)
                return { record };
            if (!video || video.size !== record.video.size || video.sha256 !== record.video.sha256) {
                return ignored(key, video ? `its video has ${video.size} bytes and SHA-256 ${video.sha256}, the record says ${record.video.size} and ${record.video.sha256}` : 'its video is missing');
            }
            return { record, videoPath: (0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(dir, VIDEO) };
        },
        async recordSubmission(taskId, model) {
            const record = { kind: 'submission', fingerprint, taskId, model, runId: run.runId, attempt: run.attempt };
            await save('submission', keys.rerunKey(unique()), record, 'record the task for a re-run');
        },
        async recordResult(result, videoPath) {
            const record = { kind: 'result', fingerprint, runId: run.runId, ...result };
            await save('result', keys.identicalKey(unique()), record, 'keep the video for identical requests', videoPath && result.video ? { path: videoPath, size: result.video.size } : undefined);
        },
        close: () => store.close()
    };
}


/***/ }),

/***/ 4300:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PriceBook: () => (/* binding */ PriceBook),
/* harmony export */   admitUnderCap: () => (/* binding */ admitUnderCap),
/* harmony export */   describePriceSettings: () => (/* binding */ describePriceSettings),
/* harmony export */   parsePriceRecord: () => (/* binding */ parsePriceRecord),
/* harmony export */   settlementOf: () => (/* binding */ settlementOf)
/* harmony export */ });
/* harmony import */ var _evolink_request_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1729);
/* harmony import */ var _evolink_schema_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(737);
/* harmony import */ var _net_untrusted_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2949);
/* harmony import */ var _ledger_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(568);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3916);
/* harmony import */ var _price_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8724);
/* harmony import */ var _submit_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(1905);
// The prices a step knows (task/price.ts): learned from its own accepted submissions, and, only when a cap
// or a dry-run asks for an estimate, looked up in the Actions cache. Each price seen is written there once
// per step, while the task runs, as a small record signed like every record (ledger.ts): only a holder of
// the API key can write or block it, and it is checked as strictly as a reply on the way back.







const SCHEME = 'evolink-price-v1';
const HEX32 = /^[0-9a-f]{32}$/;
const BILLING_RULES = new Set(['per_call', 'per_token', 'per_second']);
/** A price record restored from the cache, for this key's settings, signed with this account key; else undefined. */
function parsePriceRecord(text, key, store) {
    const json = (0,_ledger_js__WEBPACK_IMPORTED_MODULE_3__/* .signedFields */ .YZ)(text, store.account);
    if (!json)
        return undefined;
    const { kind, exact, scalable, model, credits, billingRule, duration, settings, runId } = json;
    const ok = kind === 'price' &&
        typeof exact === 'string' &&
        HEX32.test(exact) &&
        scalable === key.scalable &&
        model === key.model &&
        typeof credits === 'number' &&
        Number.isFinite(credits) &&
        credits >= 0 &&
        credits <= _evolink_schema_js__WEBPACK_IMPORTED_MODULE_1__.MAX_CREDITS_RESERVED &&
        (billingRule === undefined || (typeof billingRule === 'string' && BILLING_RULES.has(billingRule))) &&
        (duration === undefined || (typeof duration === 'number' && duration > 0 && duration <= 3600)) &&
        typeof settings === 'string' &&
        settings.length <= 300 &&
        typeof runId === 'string' &&
        /^[\w.-]{1,100}$/.test(runId);
    if (!ok)
        return undefined;
    return { kind, exact, scalable, model, credits, billingRule, duration, settings: (0,_net_untrusted_js__WEBPACK_IMPORTED_MODULE_2__/* .cleanText */ .X5)(settings, 200), runId };
}
/** "duration 10, quality 720p": the price-setting fields of a request, for a line a person reads. */
function describePriceSettings(body) {
    const fields = Object.entries((0,_price_js__WEBPACK_IMPORTED_MODULE_5__.priceFields)(body)).filter(([name]) => name !== 'model');
    return (0,_evolink_request_js__WEBPACK_IMPORTED_MODULE_0__/* .describeFields */ .V)(Object.fromEntries(fields)) || "the model's defaults";
}
class PriceBook {
    known = [];
    lookUps = new Map();
    saved = new Set();
    store;
    lookUp;
    /** `lookUp`: whether estimates may cost a cache look-up (a cap is set, or a dry-run asks); never before a POST otherwise. */
    constructor(options) {
        this.store = options.apiKey ? (0,_ledger_js__WEBPACK_IMPORTED_MODULE_3__/* .openRecordStore */ .TD)({ ...options, maxVideoBytes: 0 }) : undefined;
        this.lookUp = options.lookUp;
    }
    keys(key) {
        const account = this.store.account;
        const settings = `${SCHEME}-${(0,_ledger_js__WEBPACK_IMPORTED_MODULE_3__/* .tag */ .Tc)(account, 'price', key.model, key.scalable)}-`;
        return { settings, exact: `${settings}${(0,_ledger_js__WEBPACK_IMPORTED_MODULE_3__/* .tag */ .Tc)(account, 'price-exact', key.exact).slice(0, 32)}-` };
    }
    /** The estimate for a request: from this step's prices, else (when allowed) from the cache's. */
    async estimateFor(body) {
        const key = (0,_price_js__WEBPACK_IMPORTED_MODULE_5__.priceKey)(body);
        let found = (0,_price_js__WEBPACK_IMPORTED_MODULE_5__.estimate)(key, this.known);
        if (found.credits === undefined && this.lookUp && this.store) {
            let lookUp = this.lookUps.get(key.scalable);
            if (!lookUp) {
                lookUp = this.fetch(key);
                this.lookUps.set(key.scalable, lookUp);
            }
            await lookUp;
            found = (0,_price_js__WEBPACK_IMPORTED_MODULE_5__.estimate)(key, this.known);
        }
        return { key, estimate: found };
    }
    /** The newest price of these settings at this duration, else at any duration (a per-second price scales). */
    async fetch(key) {
        const store = this.store;
        const parse = (text) => parsePriceRecord(text, key, store);
        const { settings, exact } = this.keys(key);
        const found = (await store.restore('price', exact, 'look up a price', parse)) ?? (await store.restore('price', settings, 'look up a price', parse));
        if (found)
            this.known.push(found.record);
    }
    /** What an accepted submission reserved: known to this step at once, and written to the cache once per price. */
    async learn(body, usage) {
        const credits = usage?.credits_reserved;
        if (credits === undefined)
            return;
        const key = (0,_price_js__WEBPACK_IMPORTED_MODULE_5__.priceKey)(body);
        const price = {
            exact: key.exact,
            scalable: key.scalable,
            model: key.model,
            credits,
            billingRule: usage?.billing_rule,
            duration: key.duration,
            settings: describePriceSettings(body)
        };
        // Known to this step before anything awaits: a submission waiting on the cap is estimated with it.
        this.known.unshift(price);
        if (!this.store?.service.writable || this.saved.has(key.exact))
            return;
        this.saved.add(key.exact);
        // One record per price: written only when the cache does not hold this one already (looked up after the POST).
        const store = this.store;
        const exactKey = this.keys(key).exact;
        const held = await store.restore('price', exactKey, 'look up a price', text => parsePriceRecord(text, key, store));
        if (held && held.record.exact === key.exact && held.record.credits === credits && held.record.billingRule === price.billingRule)
            return;
        const record = { kind: 'price', ...price, runId: (0,_ledger_js__WEBPACK_IMPORTED_MODULE_3__/* .runIdentity */ .yK)(store.env).runId };
        await store.save('price', `${exactKey}${store.unique()}`, (0,_ledger_js__WEBPACK_IMPORTED_MODULE_3__/* .signRecord */ .lm)(store.account, record), 'record a price');
    }
    close() {
        return this.store?.close() ?? Promise.resolve();
    }
}
/**
 * The cap's gate for one submission: waits while the cap cannot answer yet (a reservation on its way; the
 * estimate is taken again after each, since it may have taught a price), then admits it or throws
 * NotSubmitted with budget_exceeded. The returned function settles it: an accepted submission's price is
 * learned before the cap is told, so whatever it wakes is estimated with it. `say` gets lines for the log.
 */
async function admitUnderCap(budget, book, body, say) {
    for (let told = false;; told = true) {
        const { estimate: price } = await book.estimateFor(body);
        const decision = budget.admit(price.credits);
        if (decision.go) {
            const ticket = budget.open(price.credits);
            say(price.credits === undefined
                ? `Price unknown (${price.how}): submitted alone under max-credits ${budget.cap} (${budget.reserved} reserved so far); nothing else is submitted until EvoLink says what it reserved.`
                : `≈ ${price.credits} credits, ${price.how}; max-credits ${budget.cap}, ${budget.reserved} reserved so far.`);
            return result => {
                const learning = result.task ? book.learn(body, result.task.usage) : Promise.resolve();
                budget.settle(ticket, settlementOf(result));
                return learning;
            };
        }
        if (!decision.wait) {
            const message = `${decision.reason} ${price.credits === undefined ? `Price unknown: ${price.how}.` : `Estimate: ${price.how}.`}`;
            say(message);
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .NotSubmitted */ .X0(message, 'budget_exceeded');
        }
        if (!told)
            say('Waiting for the reservations on their way before this submission (max-credits).');
        await budget.settled();
    }
}
/** How a submission's end settles its admission: what was reserved, or (when the reply does not say) as in doubt. */
function settlementOf(result) {
    if (result.task)
        return result.task.usage?.credits_reserved === undefined ? 'doubt' : { reserved: result.task.usage.credits_reserved };
    return result.error instanceof _submit_js__WEBPACK_IMPORTED_MODULE_6__/* .SubmissionInDoubt */ .i ? 'doubt' : 'none';
}


/***/ }),

/***/ 8724:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Budget: () => (/* binding */ Budget),
/* harmony export */   budgetMessage: () => (/* binding */ budgetMessage),
/* harmony export */   estimate: () => (/* binding */ estimate),
/* harmony export */   priceFields: () => (/* binding */ priceFields),
/* harmony export */   priceKey: () => (/* binding */ priceKey)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _ledger_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(568);
// What a video costs before it is made, and the step's credit cap (max-credits). EvoLink publishes no price
// table: each accepted submission says what it reserved (usage.credits_reserved, usage.billing_rule). A
// price is learned per model and price-setting fields (the request without free text and media), and a
// later request with the same key is estimated at it; a per-second price scales with `duration`. The cap
// admits a submission only when what is reserved, what is on its way and its estimate stay within it; a
// request of unknown price goes alone, so only that one can take the step past the cap. Plain functions
// and one small class: scheduler and tests drive them with their own clock.


/** Text that sets no price: the prompt, the negative prompt, a shot's prompt (as a string). */
const TEXT_FIELD = /(^|_)(prompt|text)$/;
/** Media that sets no price by its URL (an upscale's input is priced by its seconds: see `estimate`), the callback, the seed. */
const NO_PRICE_FIELD = /_urls?$|^image_(start|end)$|^seed$/;
/** The request as far as it sets a price, at any depth (model_params.multi_prompt keeps its shots' durations). */
function priceFields(value) {
    if (Array.isArray(value))
        return value.map(priceFields);
    if (value && typeof value === 'object') {
        return Object.fromEntries(Object.entries(value)
            .filter(([key, item]) => !NO_PRICE_FIELD.test(key) && !(TEXT_FIELD.test(key) && typeof item === 'string'))
            .map(([key, item]) => [key, priceFields(item)]));
    }
    return value;
}
const hash = (value) => (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update((0,_ledger_js__WEBPACK_IMPORTED_MODULE_1__/* .canonicalJson */ .dj)(value)).digest('hex').slice(0, 32);
function priceKey(body) {
    const fields = priceFields(body);
    const { duration, ...rest } = fields;
    const seconds = typeof duration === 'number' ? duration : typeof duration === 'string' && /^\d+(\.\d+)?$/.test(duration) ? Number(duration) : undefined;
    return { model: String(body.model), exact: hash(fields), scalable: hash(rest), ...(seconds !== undefined ? { duration: seconds } : {}) };
}
/**
 * The estimate for a request from the prices known: the same key, or a per-second price of the same settings
 * at another duration, scaled. A per-second price of a request without `duration` depends on its input media
 * (an upscale bills the input video's seconds): unknown, so it goes alone.
 */
function estimate(key, known) {
    const exact = known.find(price => price.exact === key.exact);
    if (exact && !(exact.billingRule === 'per_second' && key.duration === undefined)) {
        return { credits: exact.credits, how: `learned from a run of ${key.model} at ${exact.settings}` };
    }
    const scalable = known.find(price => price.scalable === key.scalable && price.billingRule === 'per_second' && price.duration && key.duration !== undefined);
    if (scalable && scalable.duration && key.duration !== undefined) {
        const credits = Math.ceil((scalable.credits * key.duration) / scalable.duration);
        return { credits, how: `scaled from a run of ${key.model} at ${scalable.settings} (billed per second)` };
    }
    if (exact)
        return { how: `${key.model} bills per second of its input media, which the request does not say` };
    return { how: `no earlier run of ${key.model} with these settings` };
}
/** Why a submission is not sent: budget_exceeded. */
const budgetMessage = (cap, reserved, credits) => `Not submitted: max-credits is ${cap}, this step has reserved ${reserved}, and this video is estimated at ${credits} credits (${reserved + credits} > ${cap}).`;
/**
 * The step's cap. `admit` answers for one submission given what is reserved and on its way; `settle` books
 * what EvoLink reserved (or releases the estimate when nothing was created). A request of unknown price is
 * admitted only when nothing else is on its way, and nothing is admitted while it is.
 */
class Budget {
    cap;
    reserved = 0;
    pending = new Map();
    next = 0;
    /** Set when a submission of unknown price ended in doubt: nothing can be promised any more. */
    exhausted = false;
    waiting = [];
    constructor(cap) {
        this.cap = cap;
    }
    admit(credits) {
        if (this.exhausted)
            return { go: false, wait: false, reason: `Not submitted: max-credits is ${this.cap}, and a submission of unknown price may have been billed.` };
        const onItsWay = [...this.pending.values()];
        if (onItsWay.includes(undefined))
            return { go: false, wait: true };
        const promised = this.reserved + onItsWay.reduce((sum, n) => sum + (n ?? 0), 0);
        if (credits === undefined) {
            if (onItsWay.length > 0)
                return { go: false, wait: true };
            return this.reserved < this.cap ? { go: true } : { go: false, wait: false, reason: `Not submitted: max-credits is ${this.cap} and this step has reserved ${this.reserved}.` };
        }
        if (promised + credits <= this.cap)
            return { go: true };
        // Reservations on their way may come in lower than estimated: decide once they are in.
        if (onItsWay.length > 0)
            return { go: false, wait: true };
        return { go: false, wait: false, reason: budgetMessage(this.cap, this.reserved, credits) };
    }
    /** A submission admitted at `credits`: its ticket, to settle once EvoLink answered. */
    open(credits) {
        const ticket = this.next++;
        this.pending.set(ticket, credits);
        return ticket;
    }
    /** What EvoLink reserved for the ticket's submission; `none` when nothing was created; `doubt` when unknown. */
    settle(ticket, outcome) {
        const credits = this.pending.get(ticket);
        this.pending.delete(ticket);
        // In doubt, counted as spent at its estimate; of unknown price, nothing else can be promised.
        if (outcome === 'doubt' && credits === undefined)
            this.exhausted = true;
        else if (outcome === 'doubt')
            this.reserved += credits ?? 0;
        else if (outcome !== 'none')
            this.reserved += outcome.reserved;
        const waiting = this.waiting;
        this.waiting = [];
        for (const wake of waiting)
            wake();
    }
    /** Resolves at the next settlement: a submission told to wait asks again then. */
    settled() {
        return new Promise(resolve => this.waiting.push(resolve));
    }
}


/***/ })

};
