export const id = 694;
export const ids = [694,562];
export const modules = {

/***/ 6562:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  RESULT_MARK: () => (/* binding */ RESULT_MARK),
  runCacheJob: () => (/* binding */ runCacheJob)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(7075);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
// EXTERNAL MODULE: ./src/net/untrusted.ts
var untrusted = __webpack_require__(2949);
;// CONCATENATED MODULE: ./src/github/cache-archive.ts
// Unpacks a cache entry's archive without `tar`: @actions/cache extracts with `tar -P`, so a planted entry
// with absolute or `../` members would write anywhere the step can (docs/paying-once.md). Here the archive is
// read as data: only the members the caller names (regular files and their folder, as GNU tar --posix writes
// them) are accepted, each within its size; anything else refuses the whole archive in a first pass that
// writes nothing, and the second pass writes each accepted member to a path of the caller's, never one the
// archive names.








const BLOCK = 512;
/** A pax header holds a few attributes; a larger one is not what tar writes for our files. */
const MAX_PAX_BYTES = 64 << 10;
class ArchiveRefused extends Error {
}
/**
 * The archive's bytes, decompressed: zlib where it can (zstd from Node 22.15), else the `zstd` the library
 * itself found. A read error of the file ends the stream with that error (pipeline), never a silent stall.
 */
function decompressed(path, compression) {
    const zstd = external_node_zlib_.createZstdDecompress;
    if (compression === 'zstd' && !zstd) {
        const child = (0,external_node_child_process_.spawn)('zstd', ['-d', '-c', '-q', '--', path], { stdio: ['ignore', 'pipe', 'ignore'] });
        child.on('error', error => child.stdout.destroy(error));
        child.on('close', code => code !== 0 && code !== null && child.stdout.destroy(new Error(`zstd ended with code ${code}`)));
        return child.stdout;
    }
    const file = (0,external_node_fs_.createReadStream)(path);
    if (compression === 'none')
        return file;
    // The error reaches the returned stream, which the reader iterates; the callback has nothing more to do.
    return (0,external_node_stream_.pipeline)(file, compression === 'gzip' ? external_node_zlib_.createGunzip() : zstd(), () => undefined);
}
const cache_archive_text = (block, start, length) => {
    const field = block.subarray(start, start + length);
    const end = field.indexOf(0);
    return field.subarray(0, end < 0 ? length : end).toString('utf8');
};
function octal(block, start, length, what) {
    const raw = cache_archive_text(block, start, length).trim();
    if (!/^[0-7]+$/.test(raw))
        throw new ArchiveRefused(`a header's ${what} is not an octal number`);
    return parseInt(raw, 8);
}
function checksumOk(block) {
    let sum = 0;
    for (let i = 0; i < BLOCK; i++)
        sum += i >= 148 && i < 156 ? 32 : block[i];
    return sum === octal(block, 148, 8, 'checksum');
}
/** A pax header's records ("LEN key=value\n"): only path and size change what we read; sparse files are refused. */
function paxAttributes(data) {
    const attributes = {};
    let at = 0;
    while (at < data.length) {
        const space = data.indexOf(0x20, at);
        const length = Number(data.subarray(at, space).toString('latin1'));
        if (space < 0 || !Number.isSafeInteger(length) || length <= space - at + 1 || at + length > data.length)
            throw new ArchiveRefused('a pax header is malformed');
        const record = data.subarray(space + 1, at + length - 1).toString('utf8');
        const equals = record.indexOf('=');
        if (equals < 1)
            throw new ArchiveRefused('a pax header is malformed');
        attributes[record.slice(0, equals)] = record.slice(equals + 1);
        at += length;
    }
    if (Object.keys(attributes).some(key => key.startsWith('GNU.sparse')))
        throw new ArchiveRefused('it holds a sparse file');
    return attributes;
}
/**
 * Walks a tar stream, calling `visit` for each member before its bytes; the sink it returns receives them.
 * Refuses (ArchiveRefused) anything but regular files, folders and pax headers, and a header that does not add up.
 */
async function walk(source, visit) {
    let pending = Buffer.alloc(0);
    let pax = {};
    // The member being read: bytes still to come, then padding to the block.
    let remaining = 0;
    let padding = 0;
    let sink;
    let collect;
    let collecting;
    let ended = false;
    for await (const chunk of source) {
        if (ended)
            continue; // the rest is tar's zero padding; nothing in it is read
        pending = pending.length > 0 ? Buffer.concat([pending, chunk]) : chunk;
        while (pending.length > 0 && !ended) {
            if (remaining > 0) {
                const piece = pending.subarray(0, Math.min(remaining, pending.length));
                remaining -= piece.length;
                pending = pending.subarray(piece.length);
                if (collect)
                    collect.push(Buffer.from(piece));
                else if (sink)
                    await sink(piece);
                continue;
            }
            if (padding > 0) {
                const skip = Math.min(padding, pending.length);
                padding -= skip;
                pending = pending.subarray(skip);
                continue;
            }
            if (collect) {
                const data = Buffer.concat(collect);
                collect = undefined;
                if (collecting === 'x')
                    pax = paxAttributes(data);
                else if ('path' in paxAttributes(data))
                    throw new ArchiveRefused('a global header sets a path');
                collecting = undefined;
            }
            if (pending.length < BLOCK)
                break;
            const block = pending.subarray(0, BLOCK);
            pending = pending.subarray(BLOCK);
            if (block.every(byte => byte === 0)) {
                ended = true;
                break;
            }
            if (!checksumOk(block))
                throw new ArchiveRefused('a header checksum is wrong');
            const type = String.fromCharCode(block[156]);
            const prefix = cache_archive_text(block, 345, 155);
            const headerName = prefix ? `${prefix}/${cache_archive_text(block, 0, 100)}` : cache_archive_text(block, 0, 100);
            const size = pax.size !== undefined && /^\d+$/.test(pax.size) ? Number(pax.size) : octal(block, 124, 12, 'size');
            const name = pax.path ?? headerName;
            padding = (BLOCK - (size % BLOCK)) % BLOCK;
            remaining = size;
            sink = undefined;
            if (type === 'x' || type === 'g') {
                if (size > MAX_PAX_BYTES)
                    throw new ArchiveRefused('a pax header is too large');
                collect = [];
                collecting = type;
                continue;
            }
            pax = {};
            if (type !== '0' && type !== '\0' && type !== '5') {
                throw new ArchiveRefused(`member ${JSON.stringify((0,untrusted/* cleanText */.X5)(name, 120))} is ${type === '1' || type === '2' ? 'a link' : `of type '${(0,untrusted/* cleanText */.X5)(type, 4)}'`}`);
            }
            sink = await visit({ name, type: type === '5' ? 'directory' : 'file', size });
        }
    }
    if (remaining > 0 || collect)
        throw new ArchiveRefused('it ends inside a member');
    if (!ended)
        throw new ArchiveRefused('it has no end-of-archive block');
}
/** Why `member` may not be unpacked, or undefined when it is one of the allowed files (or their folder). */
function memberProblem(member, allowed, folders, seen) {
    const shown = JSON.stringify((0,untrusted/* cleanText */.X5)(member.name, 120));
    if (member.type === 'directory') {
        return folders.has(member.name.endsWith('/') ? member.name : `${member.name}/`) && member.size === 0 ? undefined : `member ${shown} is not a folder this action writes`;
    }
    const max = Object.hasOwn(allowed, member.name) ? allowed[member.name] : undefined;
    if (max === undefined)
        return `member ${shown} is not a file this action writes (absolute, '..' and other paths are refused)`;
    if (seen.has(member.name))
        return `member ${shown} appears twice`;
    if (member.size > max)
        return `member ${shown} has ${member.size} bytes, more than ${max}`;
    seen.add(member.name);
    return undefined;
}
/**
 * Checks every member of the archive, then writes the allowed files into `destination` (each under its
 * allowed name's last part, created exclusively, never through a link), hashing each on the way. Throws
 * ArchiveRefused, having written nothing, when any member is not allowed.
 */
async function unpackArchive(path, compression, allowed, destination) {
    const folders = new Set(Object.keys(allowed).map(name => name.slice(0, name.lastIndexOf('/') + 1)));
    const seen = new Set();
    await walk(decompressed(path, compression), async (member) => {
        const problem = memberProblem(member, allowed, folders, seen);
        if (problem)
            throw new ArchiveRefused(problem);
        return undefined;
    });
    const files = {};
    let current;
    const finish = async () => {
        if (!current)
            return;
        const { handle, hash, name, size } = current;
        current = undefined;
        await handle.close();
        files[name] = { size, sha256: hash.digest('hex') };
    };
    try {
        await walk(decompressed(path, compression), async (member) => {
            await finish();
            if (member.type === 'directory')
                return undefined;
            const handle = await (0,promises_.open)((0,external_node_path_.join)(destination, (0,external_node_path_.basename)(member.name)), external_node_fs_.constants.O_WRONLY | external_node_fs_.constants.O_CREAT | external_node_fs_.constants.O_EXCL | (external_node_fs_.constants.O_NOFOLLOW ?? 0), 0o600);
            const file = (current = { handle, hash: (0,external_node_crypto_.createHash)('sha256'), name: member.name, size: member.size });
            return async (chunk) => {
                file.hash.update(chunk);
                await file.handle.write(chunk);
            };
        });
        await finish();
    }
    finally {
        await current?.handle.close();
    }
    return files;
}

;// CONCATENATED MODULE: ./src/github/cache-job.ts
// The child side of the Actions cache (actions-cache.ts starts it): one save or restore in a process of its
// own, so a cache service that is slow or down can be stopped at once (the library retries about 40 s and
// cannot be cancelled), and the library's own log lines come to the parent to judge, not to the step's log.
// Its answer is one line on stdout: RESULT_MARK followed by JSON.
//
// A save is @actions/cache's saveCache. A restore takes the library's own steps (the same Twirp call, the
// same download code, so the same requests GitHub sees) but not its extraction: `tar -P` would let a planted
// archive write outside the staging folder. cache-archive.ts unpacks the named members only. The steps come
// from the library's internal modules, which its package does not export: @actions/cache is pinned to an
// exact version in package.json, and the typecheck fails if these modules change.



const RESULT_MARK = 'evolink-cache-result:';
async function restore(job) {
    const [{ internalCacheTwirpClient }, utils, { downloadCache }] = await Promise.all([
        Promise.all(/* import() */[__webpack_require__.e(752), __webpack_require__.e(838), __webpack_require__.e(691), __webpack_require__.e(513), __webpack_require__.e(201)]).then(__webpack_require__.bind(__webpack_require__, 9513)),
        Promise.all(/* import() */[__webpack_require__.e(752), __webpack_require__.e(838), __webpack_require__.e(691)]).then(__webpack_require__.bind(__webpack_require__, 4691)),
        Promise.all(/* import() */[__webpack_require__.e(752), __webpack_require__.e(838), __webpack_require__.e(691), __webpack_require__.e(613)]).then(__webpack_require__.bind(__webpack_require__, 6613))
    ]);
    const method = await utils.getCompressionMethod();
    // Errors (a 401, a 403, a service that is down) are thrown here, not turned into a miss as restoreCache does.
    const response = await internalCacheTwirpClient().GetCacheEntryDownloadURL({
        key: job.key,
        restoreKeys: job.restoreKeys ?? [],
        version: utils.getCacheVersion(job.paths, method)
    });
    if (!response.ok)
        return {};
    if (job.lookupOnly)
        return { key: response.matchedKey };
    const archive = (0,external_node_path_.join)(process.cwd(), utils.getCacheFileName(method));
    try {
        // useAzureSdk as restoreCache sets it: on GitHub's blob host, HEAD then ranged GETs.
        await downloadCache(response.signedDownloadUrl, archive, { useAzureSdk: true });
        const compression = method === 'gzip' ? 'gzip' : 'zstd';
        const files = await unpackArchive(archive, compression, job.members ?? {}, (0,external_node_path_.join)(process.cwd(), job.paths[0] ?? '.'));
        return { key: response.matchedKey, files };
    }
    catch (error) {
        if (error instanceof ArchiveRefused)
            return { key: response.matchedKey, refused: error.message };
        throw error;
    }
    finally {
        await (0,promises_.rm)(archive, { force: true });
    }
}
/** Why the job failed, never empty: the Azure SDK's error for a HEAD that found nothing has no message, only a status. */
function describe(error) {
    const { message, statusCode, name } = (error ?? {});
    const status = typeof statusCode === 'number' ? `HTTP ${statusCode}` : '';
    const text = typeof message === 'string' ? message.trim() : '';
    return [status, text].filter(Boolean).join(': ') || (typeof name === 'string' && name) || 'unknown error';
}
/** Runs the job the parent passed on the command line and prints the result. */
async function runCacheJob(argument) {
    let result;
    try {
        const job = JSON.parse(argument ?? '');
        if (job.op === 'save') {
            const cache = await Promise.all(/* import() */[__webpack_require__.e(752), __webpack_require__.e(838), __webpack_require__.e(691), __webpack_require__.e(613), __webpack_require__.e(513), __webpack_require__.e(682)]).then(__webpack_require__.bind(__webpack_require__, 8682));
            const id = await cache.saveCache(job.paths, job.key);
            result = id > 0 ? { key: job.key } : { error: 'the entry was not written' };
        }
        else {
            result = await restore(job);
        }
    }
    catch (error) {
        result = { error: describe(error) };
    }
    process.stdout.write(`\n${RESULT_MARK}${JSON.stringify(result)}\n`);
}


/***/ }),

/***/ 4694:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  dj: () => (/* binding */ canonicalJson),
  fingerprintOf: () => (/* binding */ fingerprintOf),
  openLedger: () => (/* binding */ openLedger),
  TD: () => (/* binding */ openRecordStore),
  yK: () => (/* binding */ runIdentity),
  lm: () => (/* binding */ signRecord),
  YZ: () => (/* binding */ signedFields),
  Tc: () => (/* binding */ tag)
});

// UNUSED EXPORTS: RECORD_BUDGET_MS, accountKey, cacheKeys, fileSha256, parseRecord, requestFingerprint

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/evolink/contract.ts
var contract = __webpack_require__(9120);
// EXTERNAL MODULE: ./src/net/untrusted.ts
var untrusted = __webpack_require__(2949);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(3136);
// EXTERNAL MODULE: ./src/github/cache-job.ts + 1 modules
var cache_job = __webpack_require__(6562);
// EXTERNAL MODULE: ./src/github/cache-service.ts
var cache_service = __webpack_require__(6819);
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
 * A line the library printed, as a readable debug line: a workflow command's name instead of its `::` markers
 * (`::debug::x` → `debug: x`), what it masked (the signed URLs' signatures) hidden in every later line, and
 * `::add-mask::` lines themselves kept out (undefined). The child's commands never reach the step's log.
 */
function libraryLine(line, masks) {
    const command = /^::([\w-]+)(?: [^:]*)?::(.*)$/.exec(line);
    if (command?.[1] === 'add-mask') {
        if ((command[2] ?? '').length >= 4)
            masks.add(command[2]);
        return undefined;
    }
    // A command's data carries its line breaks and percent signs escaped (%0A, %0D, %25): read back, then folded.
    const data = (command?.[2] ?? '').replace(/%0D|%0A|%25/gi, code => ({ '%0D': '\r', '%0A': '\n', '%25': '%' })[code.toUpperCase()] ?? code);
    let text = command ? `${command[1]}: ${data}` : line;
    for (const secret of masks)
        text = text.split(secret).join('***');
    return (0,untrusted/* cleanText */.X5)(text, 500);
}
/** Cache processes still running: killed, with whatever they started, if the step ends first. */
const running = new Set();
let exitHook = false;
/** Ends the child and everything it started (tar, zstd): on POSIX it leads a process group of its own. */
function killTree(child) {
    try {
        if (child.pid !== undefined && process.platform !== 'win32')
            process.kill(-child.pid, 'SIGKILL');
        else
            child.kill('SIGKILL');
    }
    catch {
        // already gone
    }
}
/**
 * Runs one save or restore; never throws. The answer's `error` says why nothing was saved or found
 * (the service failed, or gave no answer within the budget: the child and its own children are killed then).
 */
function callCache(call) {
    const job = { op: call.op, paths: call.paths, key: call.key, restoreKeys: call.restoreKeys, lookupOnly: call.lookupOnly, members: call.members };
    if (!exitHook) {
        exitHook = true;
        process.on('exit', () => running.forEach(killTree));
    }
    return new Promise(resolve => {
        // The library writes its archive relative to GITHUB_WORKSPACE: the staging folder, not the user's workspace.
        const child = (0,external_node_child_process_.spawn)(process.execPath, [entry(), '--evolink-cache-job', JSON.stringify(job)], {
            cwd: call.cwd,
            env: { ...withoutInputs(process.env), GITHUB_WORKSPACE: call.cwd },
            stdio: ['ignore', 'pipe', 'pipe'],
            detached: process.platform !== 'win32'
        });
        running.add(child);
        let result;
        let pending = '';
        const masks = new Set();
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
                else if (line.trim()) {
                    const shown = libraryLine(line, masks);
                    if (shown)
                        call.onLog?.(shown);
                }
            }
        };
        child.stdout?.setEncoding('utf8').on('data', take);
        child.stderr?.setEncoding('utf8').on('data', take);
        const timer = setTimeout(() => {
            result = { error: `no answer within ${call.budgetMs / 1000} s` };
            killTree(child);
        }, call.budgetMs);
        const done = (fallback) => {
            clearTimeout(timer);
            running.delete(child);
            // Anything the job left behind (a tar it started) ends with it.
            killTree(child);
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
    return (0,external_node_crypto_.createHash)('sha256').update(canonicalJson(stable)).digest('hex');
}
/** A key part from the runner's variables: letters, digits, . _ - only (keys hold no commas), capped. */
const part = (value) => (value ?? '').replace(/[^\w.-]+/g, '-').slice(0, 100) || '-';
function runIdentity(env) {
    const attempt = Number(env.GITHUB_RUN_ATTEMPT);
    return { runId: part(env.GITHUB_RUN_ID), attempt: Number.isInteger(attempt) && attempt > 0 ? attempt : 1, job: part(env.GITHUB_JOB), step: part(env.GITHUB_ACTION) };
}
const accountKey = (apiKey) => (0,external_node_crypto_.createHmac)('sha256', apiKey).update('evolink-video: Actions cache entries').digest();
const tag = (account, ...parts) => (0,external_node_crypto_.createHmac)('sha256', account).update(parts.join('\n')).digest('hex');
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
    return (0,external_node_crypto_.timingSafeEqual)(Buffer.from(mac, 'hex'), Buffer.from(recordMac(account, fields), 'hex'));
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
    const service = (0,cache_service/* cacheService */.q)(env);
    if (!service)
        return undefined;
    const account = accountKey(o.apiKey);
    const root = (0,external_node_path_.join)(env.RUNNER_TEMP || (0,external_node_os_.tmpdir)(), `evolink-video-cache-${(0,external_node_crypto_.randomBytes)(6).toString('hex')}`);
    const trouble = (what, why) => {
        o.debug(`Actions cache: ${what}: ${why}`);
        if (health.down)
            return;
        health.down = true;
        o.warn(`The Actions cache could not ${what} (${(0,untrusted/* cleanText */.X5)(why, 300)}); the step goes on without it. A re-run may submit again.`);
    };
    /** A staging folder per call: the archive holds the folder `name`, relative to it. */
    const staging = async (name) => {
        const cwd = (0,external_node_path_.join)(root, (0,external_node_crypto_.randomBytes)(4).toString('hex'));
        await (0,promises_.mkdir)((0,external_node_path_.join)(cwd, name), { recursive: true });
        return { cwd, dir: (0,external_node_path_.join)(cwd, name) };
    };
    const onLog = (line) => o.debug(`Actions cache: ${line}`);
    const ignored = (key, why) => {
        o.warn(`The Actions cache entry ${(0,untrusted/* cleanText */.X5)(key, 200)} was not used (${(0,untrusted/* cleanText */.X5)(why, 300)}); nothing of it was kept.`);
    };
    return {
        account,
        service,
        env,
        unique: () => (0,external_node_crypto_.randomBytes)(4).toString('hex'),
        ignored,
        async restore(name, prefix, what, parse, heavy = false) {
            if (!service.readable || health.down)
                return undefined;
            // An entry that may hold a video is first looked up (seconds when the service is down), then fetched with a budget for its size.
            if (heavy) {
                const { cwd } = await staging(name);
                const found = await callCache({ op: 'restore', paths: [name], key: prefix, cwd, lookupOnly: true, budgetMs: RECORD_BUDGET_MS, onLog });
                if (found.error)
                    return trouble(what, found.error);
                if (!found.key)
                    return undefined;
            }
            const { cwd, dir } = await staging(name);
            const members = { [`${name}/${RECORD}`]: MAX_RECORD_BYTES, ...(heavy ? { [`${name}/${VIDEO}`]: o.maxVideoBytes } : {}) };
            const answer = await callCache({ op: 'restore', paths: [name], key: prefix, cwd, onLog, members, budgetMs: heavy ? RESULT_BUDGET_MS : RECORD_BUDGET_MS });
            if (answer.error)
                return trouble(what, answer.error);
            if (!answer.key)
                return undefined;
            if (answer.refused)
                return ignored(answer.key, answer.refused);
            const text = await (0,promises_.readFile)((0,external_node_path_.join)(dir, RECORD), 'utf8').catch(() => '');
            const record = text.length > MAX_RECORD_BYTES ? undefined : parse(text);
            if (record === undefined)
                return ignored(answer.key, 'it is not a record this action wrote with this API key, or it was altered');
            return { record, dir, video: answer.files?.[`${name}/${VIDEO}`], key: answer.key };
        },
        async save(name, key, record, what, video) {
            if (!service.writable || health.down)
                return;
            const { cwd, dir } = await staging(name);
            await (0,promises_.writeFile)((0,external_node_path_.join)(dir, RECORD), record);
            // A hard link costs nothing; another file system needs a copy.
            if (video)
                await (0,promises_.link)(video.path, (0,external_node_path_.join)(dir, VIDEO)).catch(() => (0,promises_.copyFile)(video.path, (0,external_node_path_.join)(dir, VIDEO)));
            const budgetMs = RECORD_BUDGET_MS + (video ? Math.ceil(video.size / 1048576) * VIDEO_BUDGET_MS_PER_MIB : 0);
            const answer = await callCache({ op: 'save', paths: [name], key, cwd, budgetMs, onLog });
            if (answer.error)
                trouble(what, answer.error);
            else
                o.debug(`Actions cache: saved ${key}`);
        },
        close: () => (0,promises_.rm)(root, { recursive: true, force: true, maxRetries: 3 }).catch((error) => o.debug(`Actions cache: staging folder ${root} left behind: ${error.message}`))
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
            return { record, videoPath: (0,external_node_path_.join)(dir, VIDEO) };
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


/***/ })

};
