export const id = 724;
export const ids = [724,568];
export const modules = {

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
