import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 3916:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   X0: () => (/* binding */ NotSubmitted),
/* harmony export */   dR: () => (/* binding */ ActionFailure),
/* harmony export */   dz: () => (/* binding */ InputError)
/* harmony export */ });
// Error types the orchestration tells apart. Messages are written for the person reading the log.
/** One or more inputs are invalid; nothing was sent. */
class InputError extends Error {
    problems;
    constructor(problems) {
        super(problems.length === 1 ? problems[0] : `${problems.length} inputs are invalid:\n- ${problems.join('\n- ')}`);
        this.problems = problems;
        this.name = 'InputError';
    }
}
/** The step cannot go on; `code` and `details` end up in the outputs and the summary. */
class ActionFailure extends Error {
    code;
    constructor(message, code) {
        super(message);
        this.code = code;
        this.name = 'ActionFailure';
    }
}
/** A video the step chose not to submit (its upstream made no video): it ends `skipped` with `code`. */
class NotSubmitted extends Error {
    code;
    constructor(message, code) {
        super(message);
        this.code = code;
        this.name = 'NotSubmitted';
    }
}


/***/ }),

/***/ 9120:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Fq: () => (/* binding */ TASK_ID_PATTERN),
/* harmony export */   R8: () => (/* binding */ MAX_CREDITS_RESERVED),
/* harmony export */   np: () => (/* binding */ MAX_CALLBACK_URL_CHARS)
/* harmony export */ });
// Constants of EvoLink's API (docs/evolink-api.md) that do not depend on the model; what each model accepts
// is in the catalogue (catalog.ts, models.ts).
const MAX_CALLBACK_URL_CHARS = 2048;
const TASK_ID_PATTERN = /^task-unified-[A-Za-z0-9_-]+$/;
/** More credits than this for one video is not a reservation but a broken reply: left unread (unknown). */
const MAX_CREDITS_RESERVED = 10_000_000;


/***/ }),

/***/ 6264:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   FV: () => (/* binding */ escapeMarkdown),
/* harmony export */   a3: () => (/* binding */ formatDuration),
/* harmony export */   iQ: () => (/* binding */ markdownLink),
/* harmony export */   tJ: () => (/* binding */ resumeHint),
/* harmony export */   y3: () => (/* binding */ capMarkdown)
/* harmony export */ });
/* harmony import */ var _hidden_characters_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(560);
// Pure text helpers for logs and the job summary.

/**
 * Escapes text from inputs or the API so it renders literally in GitHub Markdown: no HTML, links, tables
 * or line structure (CR, LF and CRLF all become <br>; bidi, zero-width and other controls a space), no @user or @org/team mention that would notify
 * anyone (a zero-width space after the @, as Renovate does), and no autolink: GitHub turns bare `www.`,
 * `http(s)://` and `mailto:` text into links, so a zero-width space breaks each. Links are the action's own
 * (markdownLink), never made from text.
 */
function escapeMarkdown(text) {
    return (0,_hidden_characters_js__WEBPACK_IMPORTED_MODULE_0__/* .withoutHiddenCharacters */ .Pq)(text)
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/"/g, '&quot;')
        .replace(/([\\`*_{}[\]()#+!|~/])/g, '\\$1')
        .replace(/\r\n|\r|\n/g, '<br>')
        .replace(/@(?=[A-Za-z0-9])/g, '@&#8203;')
        .replace(/\b(www)(?=\.)|\b(https?|ftp|mailto|xmpp)(?=:)/gi, '$1$2&#8203;');
}
/** Cuts Markdown at `maxChars` (at a line end when there is one) and says so. */
function capMarkdown(markdown, maxChars) {
    if (markdown.length <= maxChars)
        return markdown;
    const cut = markdown.slice(0, maxChars);
    const lineEnd = cut.lastIndexOf('\n');
    return `${lineEnd > 0 ? cut.slice(0, lineEnd) : cut}\n\n*(cut: longer than ${maxChars} characters)*\n`;
}
/** A Markdown link, or escaped text when the URL is not plain http(s). Parentheses and spaces are encoded. */
function markdownLink(label, url) {
    let parsed;
    try {
        parsed = new URL(url);
    }
    catch {
        return escapeMarkdown(url);
    }
    if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:')
        return escapeMarkdown(url);
    const href = parsed.href.replace(/[()<> "'`]/g, c => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
    return `[${escapeMarkdown(label)}](${href})`;
}
/** 75_000 → "1m 15s"; 1_500 → "1.5s" (short waits in tests and retries need the decimal). */
function formatDuration(ms) {
    if (ms > 0 && ms < 10_000 && ms % 1000 !== 0)
        return `${(ms / 1000).toFixed(1)}s`;
    const total = Math.max(0, Math.round(ms / 1000));
    const h = Math.floor(total / 3600);
    const m = Math.floor((total % 3600) / 60);
    const s = total % 60;
    if (h > 0)
        return `${h}h ${String(m).padStart(2, '0')}m`;
    return m > 0 ? `${m}m ${String(s).padStart(2, '0')}s` : `${s}s`;
}
/** The YAML a user adds to resume a task. */
function resumeHint(taskId, entry) {
    if (entry) {
        return `To pick the task up again, set "task-id: ${taskId}" on entry '${entry}' of the manifest and re-run (nothing is submitted for it, no credits are spent).`;
    }
    return `To pick the task up again, re-run this step with "task-id: ${taskId}" (nothing is submitted, no credits are spent).`;
}


/***/ }),

/***/ 3983:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   ZK: () => (/* binding */ callCache),
/* harmony export */   qI: () => (/* reexport safe */ _cache_service_js__WEBPACK_IMPORTED_MODULE_5__.q)
/* harmony export */ });
/* unused harmony export libraryLine */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(3136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__nccwpck_require__.n(node_url__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _cache_job_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(6562);
/* harmony import */ var _net_untrusted_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(2949);
/* harmony import */ var _cache_service_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(6819);
// GitHub's Actions cache, as an optional store: used only when the runner provides the service
// (ACTIONS_RESULTS_URL and ACTIONS_RUNTIME_TOKEN) and ACTIONS_CACHE_MODE allows it. Each save or restore runs
// @actions/cache in a child process (cache-job.ts) bounded by a budget of seconds: a cache that errs, is
// slow or never answers costs that budget and one warning, never the video. docs/paying-once.md.






/** dist/index.js: the child is the action's own bundle, started with --evolink-cache-job. This module may sit in a chunk beside it. */
const entry = () => (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)((0,node_url__WEBPACK_IMPORTED_MODULE_2__.fileURLToPath)(new URL(import.meta.url))), 'index.js');
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
    return (0,_net_untrusted_js__WEBPACK_IMPORTED_MODULE_4__/* .cleanText */ .X5)(text, 500);
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
    const job = {
        op: call.op,
        paths: call.paths,
        key: call.key,
        restoreKeys: call.restoreKeys,
        lookupOnly: call.lookupOnly,
        members: call.members,
        retentionDays: call.retentionDays
    };
    if (!exitHook) {
        exitHook = true;
        process.on('exit', () => running.forEach(killTree));
    }
    return new Promise(resolve => {
        // The library writes its archive relative to GITHUB_WORKSPACE: the staging folder, not the user's workspace.
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(process.execPath, [entry(), '--evolink-cache-job', JSON.stringify(job)], {
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
                if (line.startsWith(_cache_job_js__WEBPACK_IMPORTED_MODULE_3__.RESULT_MARK)) {
                    try {
                        result = JSON.parse(line.slice(_cache_job_js__WEBPACK_IMPORTED_MODULE_3__.RESULT_MARK.length));
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


/***/ }),

/***/ 6562:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

// ESM COMPAT FLAG
__nccwpck_require__.r(__webpack_exports__);

// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  RESULT_MARK: () => (/* binding */ RESULT_MARK),
  runCacheJob: () => (/* binding */ runCacheJob)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __nccwpck_require__(1421);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __nccwpck_require__(7075);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __nccwpck_require__(8522);
// EXTERNAL MODULE: ./src/net/untrusted.ts
var untrusted = __nccwpck_require__(2949);
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
// The child side of the runner's results service (actions-cache.ts starts it): one cache save or restore, or
// one artifact upload, in a process of its own, so a service that is slow or down can be stopped at once (the
// libraries retry for 30 to 40 s and cannot be cancelled), and their log lines come to the parent to judge,
// not to the step's log. Its answer is one line on stdout: RESULT_MARK followed by JSON.
//
// A save is @actions/cache's saveCache. A restore takes the library's own steps (the same Twirp call, the
// same download code, so the same requests GitHub sees) but not its extraction: `tar -P` would let a planted
// archive write outside the staging folder. cache-archive.ts unpacks the named members only. The steps come
// from the library's internal modules, which its package does not export: @actions/cache is pinned to an
// exact version in package.json, and the typecheck fails if these modules change.



const RESULT_MARK = 'evolink-cache-result:';
/**
 * The file as an artifact of this run, unzipped, as @actions/artifact's skipArchive upload makes it (the
 * library's own Twirp client, token parsing and retention; the artifact named after the file, typed
 * video/mp4, its digest the file's SHA-256). The blob goes up with the Azure SDK's uploadFile in 4 MiB blocks,
 * two at a time, read from the file as they go: the library's stream holds 8 MiB chunks five at a time and
 * its process grew past 200 MiB for a 64 MiB video on Node 24. Names are unique within a run across its
 * attempts: an earlier attempt's artifact of this name is kept when it holds the same bytes, else deleted.
 */
async function uploadArtifact(job) {
    const [{ internalArtifactTwirpClient }, { getBackendIdsFromToken }, { StringValue }, { getExpiration }, { BlobClient }, { createHash }, { createReadStream }, { stat }] = await Promise.all([
        Promise.all(/* import() */[__nccwpck_require__.e(752), __nccwpck_require__.e(838), __nccwpck_require__.e(420), __nccwpck_require__.e(911), __nccwpck_require__.e(683)]).then(__nccwpck_require__.bind(__nccwpck_require__, 683)),
        Promise.all(/* import() */[__nccwpck_require__.e(752), __nccwpck_require__.e(838), __nccwpck_require__.e(659)]).then(__nccwpck_require__.bind(__nccwpck_require__, 4659)),
        Promise.all(/* import() */[__nccwpck_require__.e(420), __nccwpck_require__.e(911)]).then(__nccwpck_require__.bind(__nccwpck_require__, 7911)),
        Promise.all(/* import() */[__nccwpck_require__.e(752), __nccwpck_require__.e(838), __nccwpck_require__.e(420), __nccwpck_require__.e(911), __nccwpck_require__.e(593)]).then(__nccwpck_require__.bind(__nccwpck_require__, 7593)),
        __nccwpck_require__.e(/* import() */ 73).then(__nccwpck_require__.bind(__nccwpck_require__, 5073)),
        Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 7598, 23)),
        Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 3024, 23)),
        Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 1455, 23))
    ]);
    const name = job.paths[0] ?? '';
    const file = (0,external_node_path_.join)(process.cwd(), name);
    const hash = createHash('sha256');
    for await (const chunk of createReadStream(file))
        hash.update(chunk);
    const sha256 = hash.digest('hex');
    const { size } = await stat(file);
    const ids = getBackendIdsFromToken();
    const client = internalArtifactTwirpClient();
    const earlier = (await client.ListArtifacts({ ...ids, nameFilter: StringValue.create({ value: name }) })).artifacts.sort((a, b) => Number(b.databaseId) - Number(a.databaseId))[0];
    if (earlier && earlier.digest?.value.replace(/^sha256:/, '') === sha256) {
        return { key: name, artifact: { id: Number(earlier.databaseId), size: Number(earlier.size), kept: true, replaced: false } };
    }
    if (earlier)
        await client.DeleteArtifact({ workflowRunBackendId: earlier.workflowRunBackendId, workflowJobRunBackendId: earlier.workflowJobRunBackendId, name });
    const expiresAt = getExpiration(job.retentionDays);
    const created = await client.CreateArtifact({ ...ids, name, mimeType: StringValue.create({ value: 'video/mp4' }), version: 7, ...(expiresAt ? { expiresAt } : {}) });
    if (!created.ok)
        return { error: 'the artifact service did not create the artifact' };
    const blocks = 4 << 20;
    await new BlobClient(created.signedUploadUrl)
        .getBlockBlobClient()
        .uploadFile(file, { blockSize: blocks, maxSingleShotSize: blocks, concurrency: 2, blobHTTPHeaders: { blobContentType: 'video/mp4' } });
    const finalized = await client.FinalizeArtifact({ ...ids, name, size: String(size), hash: StringValue.create({ value: `sha256:${sha256}` }) });
    if (!finalized.ok)
        return { error: 'the artifact service did not finalize the artifact' };
    return { key: name, artifact: { id: Number(finalized.artifactId), size, kept: false, replaced: earlier !== undefined } };
}
async function restore(job) {
    const [{ internalCacheTwirpClient }, utils, { downloadCache }] = await Promise.all([
        Promise.all(/* import() */[__nccwpck_require__.e(752), __nccwpck_require__.e(838), __nccwpck_require__.e(420), __nccwpck_require__.e(691), __nccwpck_require__.e(513), __nccwpck_require__.e(201)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9513)),
        Promise.all(/* import() */[__nccwpck_require__.e(752), __nccwpck_require__.e(838), __nccwpck_require__.e(691)]).then(__nccwpck_require__.bind(__nccwpck_require__, 4691)),
        Promise.all(/* import() */[__nccwpck_require__.e(752), __nccwpck_require__.e(838), __nccwpck_require__.e(691), __nccwpck_require__.e(73), __nccwpck_require__.e(392)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8392))
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
            const cache = await Promise.all(/* import() */[__nccwpck_require__.e(752), __nccwpck_require__.e(838), __nccwpck_require__.e(420), __nccwpck_require__.e(691), __nccwpck_require__.e(73), __nccwpck_require__.e(392), __nccwpck_require__.e(513), __nccwpck_require__.e(682)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8682));
            const id = await cache.saveCache(job.paths, job.key);
            result = id > 0 ? { key: job.key } : { error: 'the entry was not written' };
        }
        else if (job.op === 'artifact') {
            result = await uploadArtifact(job);
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

/***/ 6819:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   q: () => (/* binding */ cacheService)
/* harmony export */ });
/** The cache service this step may use, or undefined: no service (the local runner, GHES without cache) or mode `none`. */
function cacheService(env = process.env) {
    if (!env.ACTIONS_RESULTS_URL || !env.ACTIONS_RUNTIME_TOKEN)
        return undefined;
    // The runner's cache-mode: read, write, write-only, none; anything else (or unset) allows both, as @actions/cache does.
    const mode = (env.ACTIONS_CACHE_MODE ?? '').trim().toLowerCase();
    const known = ['none', 'read', 'write', 'write-only'].includes(mode);
    const service = { readable: !known || mode === 'read' || mode === 'write', writable: !known || mode === 'write' || mode === 'write-only' };
    return service.readable || service.writable ? service : undefined;
}


/***/ }),

/***/ 560:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   K0: () => (/* binding */ UNSAFE_CHAR),
/* harmony export */   Pq: () => (/* binding */ withoutHiddenCharacters),
/* harmony export */   kX: () => (/* binding */ UNSAFE_CLASS)
/* harmony export */ });
// The characters that can break a line, hide text or reorder it on screen: C0 and C1 controls, DEL,
// line/paragraph separators, bidi overrides and isolates, zero-width characters and the BOM. Text from the
// network or from inputs has them removed or escaped before any log line, summary or comment (net/untrusted.ts).
const UNSAFE_CLASS = '\\u0000-\\u001f\\u007f-\\u009f\\u2028\\u2029\\u202a-\\u202e\\u2060-\\u2069\\u200b-\\u200f\\ufeff';
/** One unsafe character (global: for replace). */
const UNSAFE_CHAR = new RegExp(`[${UNSAFE_CLASS}]`, 'g');
/** Multi-line text (a prompt) for Markdown: line breaks kept for the caller to render, every other unsafe character a space. */
function withoutHiddenCharacters(text) {
    return text.replace(UNSAFE_CHAR, c => (c === '\n' || c === '\r' ? c : ' '));
}


/***/ }),

/***/ 9407:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1235);
// Entry point of the bundled action (dist/index.js). Started with --evolink-cache-job by the action itself,
// it is a short-lived child that talks to the Actions cache (github/actions-cache.ts); the runner never
// passes arguments to an action.

if (process.argv[2] === '--evolink-cache-job')
    await (await Promise.resolve(/* import() */).then(__nccwpck_require__.bind(__nccwpck_require__, 6562))).runCacheJob(process.argv[3]);
else
    await (0,_main_js__WEBPACK_IMPORTED_MODULE_0__/* .run */ .e)();
// The verdict is written: nothing may keep the step alive after it (a socket a hostile server holds open,
// a timer, a half-read body). Exit once what was written to stdout and stderr has gone out.
const flushed = (stream) => new Promise(resolve => stream.write('', () => resolve()));
await Promise.all([flushed(process.stdout), flushed(process.stderr)]);
process.exit();

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 1235:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  e: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./src/net/http.ts
var http = __nccwpck_require__(9663);
;// CONCATENATED MODULE: ./src/github/cancellation.ts
// The runner cancels a job with SIGINT, then SIGTERM 7.5 s later, then a kill 2.5 s after that; on Windows
// the signals arrive as SIGINT then SIGBREAK. Any of them aborts the run; a hard exit follows shortly so
// the step never outlives the grace period.

/** Time left for writing outputs and the summary after a signal before the process exits anyway. */
const HARD_EXIT_MS = 1500;
/** SIGBREAK can be listened for everywhere; only Windows sends it. */
const CANCEL_SIGNALS = ['SIGINT', 'SIGTERM', 'SIGBREAK'];
function watchCancellation(exit = code => process.exit(code)) {
    const controller = new AbortController();
    const onSignal = (name) => {
        process.exitCode = 1;
        controller.abort(new http/* CancelledError */.cc(name));
        setTimeout(() => exit(1), HARD_EXIT_MS).unref();
    };
    const signals = CANCEL_SIGNALS;
    for (const name of signals)
        process.on(name, onSignal);
    return {
        signal: controller.signal,
        dispose: () => signals.forEach(name => process.off(name, onSignal))
    };
}

// EXTERNAL MODULE: ./src/net/retry.ts
var retry = __nccwpck_require__(7893);
;// CONCATENATED MODULE: ./src/evolink/errors.ts
// Errors of the EvoLink API itself, as opposed to the network (http.ts).

/** The API answered with an HTTP error. */
class ApiError extends Error {
    status;
    code;
    apiMessage;
    retryAfterMs;
    constructor(status, code, apiMessage, retryAfterMs) {
        super(`HTTP ${status}${code ? ` ${code}` : ''}: ${apiMessage}`);
        this.status = status;
        this.code = code;
        this.apiMessage = apiMessage;
        this.retryAfterMs = retryAfterMs;
        this.name = 'ApiError';
    }
}
/** A 2xx reply that is not the JSON task the API documents (a proxy's HTML page, a cut-off body…). */
class MalformedReplyError extends retry/* BadReplyError */.o4 {
    constructor(message) {
        super(message);
        this.name = 'MalformedReplyError';
    }
}

// EXTERNAL MODULE: ./src/net/untrusted.ts
var untrusted = __nccwpck_require__(2949);
;// CONCATENATED MODULE: ./src/evolink/client.ts
// The two EvoLink calls the action makes (docs/evolink-api.md). One HTTP exchange each; no retries here
// (see task/retry.ts).



/**
 * Reads a credits reply (docs/evolink-api.md): the token's balance (unless unlimited) and the user's, the
 * lower wins. Every figure EvoLink's schema requires must be there as a number: a reply that can only be
 * half read (a number sent as text, no user figure) is unreadable, since a floor is only as good as its reading.
 */
function parseCredits(json) {
    const data = json?.data;
    const finite = (value) => (typeof value === 'number' && Number.isFinite(value) ? value : undefined);
    const token = finite(data?.token?.remaining_credits);
    const user = finite(data?.user?.remaining_credits);
    const unlimited = data?.token?.unlimited_credits;
    if (token === undefined || user === undefined || typeof unlimited !== 'boolean')
        return undefined;
    return { remaining: unlimited ? user : Math.min(token, user) };
}
/** A task is a few hundred bytes; a reply of this size is not one, and is not read further. */
const MAX_REPLY_BYTES = 1 << 20;
/** Of an error reply, only the start is read: its JSON error or the first words of a proxy's page. */
const MAX_ERROR_REPLY_BYTES = 64 << 10;
/** The first words of a body that is not what was expected, tags dropped, safe to show. */
function snippet(text) {
    return (0,untrusted/* cleanText */.X5)(text.slice(0, 4096).replace(/<[^>]*>/g, ' '), 120);
}
function parseJson(text) {
    try {
        return JSON.parse(text);
    }
    catch {
        return undefined;
    }
}
async function toApiError(reply) {
    const parsed = (await Promise.all(/* import() */[__nccwpck_require__.e(395), __nccwpck_require__.e(737)]).then(__nccwpck_require__.bind(__nccwpck_require__, 737))).errorBodySchema().safeParse(parseJson(reply.text));
    const retryAfterMs = (0,http/* parseRetryAfter */.mu)(reply.header('retry-after'), Date.now());
    if (parsed.success) {
        return new ApiError(reply.status, parsed.data.code, parsed.data.message ?? 'no message', retryAfterMs);
    }
    const body = snippet(reply.text);
    return new ApiError(reply.status, undefined, body ? `non-JSON reply: ${body}` : 'empty reply', retryAfterMs);
}
async function toTask(reply) {
    if (reply.status < 200 || reply.status >= 300)
        throw await toApiError(reply);
    if (reply.truncated)
        throw new MalformedReplyError(`HTTP ${reply.status} reply is larger than ${MAX_REPLY_BYTES} bytes: not an EvoLink task, not read further`);
    const json = parseJson(reply.text);
    const parsed = (await Promise.all(/* import() */[__nccwpck_require__.e(395), __nccwpck_require__.e(737)]).then(__nccwpck_require__.bind(__nccwpck_require__, 737))).taskSchema().safeParse(json);
    if (!parsed.success) {
        const why = json === undefined || typeof json !== 'object'
            ? ''
            : ` (${(0,untrusted/* cleanText */.X5)(parsed.error.issues
                .map(i => `${i.path.map(String).join('.')} ${i.message}`)
                .slice(0, 3)
                .join('; '), 200)})`;
        throw new MalformedReplyError(`HTTP ${reply.status} reply is not an EvoLink task${why}: ${snippet(reply.text) || 'empty body'}`);
    }
    return parsed.data;
}
function createClient(options) {
    // The key goes only into requests built here, and these only ever target base-url.
    const headers = {
        authorization: `Bearer ${options.apiKey}`,
        accept: 'application/json',
        'user-agent': options.userAgent ?? 'evolink-video-action'
    };
    const send = (method, path, signal, body) => (0,http/* exchange */.cv)(options.open, {
        method,
        url: `${options.baseUrl}${path}`,
        headers: body === undefined ? headers : { ...headers, 'content-type': 'application/json' },
        body,
        timeoutMs: options.requestTimeoutMs,
        maxBytes: status => (status >= 200 && status < 300 ? MAX_REPLY_BYTES : MAX_ERROR_REPLY_BYTES),
        signal
    });
    const call = (method, path, signal, body) => send(method, path, signal, body).then(toTask);
    return {
        submit: (body, signal) => call('POST', '/v1/videos/generations', signal, JSON.stringify(body)),
        getTask: async (id, signal) => {
            const task = await call('GET', `/v1/tasks/${encodeURIComponent(id)}`, signal);
            if (task.id !== id)
                throw new MalformedReplyError(`the reply describes task ${task.id}, not ${id}`);
            return task;
        },
        getCredits: async (signal) => {
            const reply = await send('GET', '/v1/credits', signal);
            if (reply.status < 200 || reply.status >= 300)
                throw await toApiError(reply);
            const credits = reply.truncated ? undefined : parseCredits(parseJson(reply.text));
            if (!credits)
                throw new MalformedReplyError(`HTTP ${reply.status} reply is not EvoLink's credits: ${snippet(reply.text) || 'empty body'}`);
            return credits;
        }
    };
}

// EXTERNAL MODULE: ./src/errors.ts
var errors = __nccwpck_require__(3916);
;// CONCATENATED MODULE: ./src/evolink/explain.ts
// Turns failures into sentences a workflow author can act on.


/** A short label for logs and error-budget summaries: "HTTP 503 service_unavailable", "ECONNRESET". */
function describeFailure(error) {
    if (error instanceof ApiError)
        return `HTTP ${error.status}${error.code ? ` ${error.code}` : ''}`;
    if (error instanceof http/* TransportError */.wX)
        return error.reason === 'timeout' ? 'request timeout' : error.reason;
    if (error instanceof MalformedReplyError)
        return 'malformed reply';
    return error instanceof Error ? error.name : String(error);
}
/** What to do about an HTTP error from the API, beyond what the API said. */
function adviceFor(error, context) {
    switch (error.status) {
        case 401:
            return 'Check the secret you pass as api-key: EvoLink does not know this key, or it was revoked.';
        case 402:
            return 'The EvoLink account is out of credits. Top it up in the EvoLink dashboard, then re-run.';
        case 403:
            return error.code === 'model_access_denied'
                ? `This API key may not use the model ${context.model ?? ''}. Enable the model for the key or pick another model.`
                : 'This API key may not access this resource (a task created with another key?).';
        case 404:
            return context.taskId ? 'The id is wrong, belongs to another key, or the task record has expired.' : 'The API endpoint was not found: check base-url.';
        case 400:
            return 'EvoLink refused the request as invalid; fix the inputs named in the message.';
        case 429:
            return 'EvoLink kept rate-limiting the requests; try again later or run fewer generations at once.';
        default:
            return error.status >= 500 ? 'EvoLink had a server error.' : '';
    }
}
function explainApiError(error, context) {
    const advice = adviceFor(error, context);
    return `EvoLink answered ${error.message}.${advice ? ` ${advice}` : ''}`;
}
/** What a DNS failure or a refused connection means to the person reading the log. */
function unreachable(error) {
    const reason = error instanceof http/* TransportError */.wX ? error.reason : '';
    const what = /^(ENOTFOUND|EAI_AGAIN)$/.test(reason) ? "base-url's host name did not resolve" : 'the connection was refused or the host unreachable';
    return `EvoLink's API could not be reached (${what}): check base-url, the runner's network, and the proxy settings (HTTPS_PROXY, NO_PROXY)`;
}

// EXTERNAL MODULE: ./src/format.ts
var format = __nccwpck_require__(6264);
;// CONCATENATED MODULE: ./src/report/failure.ts
// Turns an error that ended the run into a Report: message, code, and whatever is known of the task.





function failureReport(error, facts, startedAt) {
    const base = {
        taskId: facts.taskId,
        resumed: facts.taskId !== undefined && !facts.submitted,
        model: facts.submitted?.model,
        status: facts.submitted?.status,
        urls: [],
        creditsReserved: facts.submitted?.usage?.credits_reserved,
        elapsedMs: Date.now() - startedAt
    };
    const resume = facts.taskId ? ` ${(0,format/* resumeHint */.tJ)(facts.taskId, facts.entry)}` : '';
    if (error instanceof http/* CancelledError */.cc) {
        const message = facts.taskId
            ? `Cancelled (${error.signalName}) while working on task ${facts.taskId}.${resume}`
            : `Cancelled (${error.signalName}) before EvoLink returned a task id. If the submission was under way a task may have been created: check your EvoLink dashboard before re-running.`;
        return { ...base, outcome: 'cancelled', errorCode: 'cancelled', errorMessage: message };
    }
    if (error instanceof ApiError) {
        // A task that is not found (or an id refused as invalid) cannot be resumed: no hint to try the same id again.
        const hint = error.status === 404 || error.status === 400 ? '' : resume;
        return { ...base, outcome: 'failed', errorCode: error.code ?? String(error.status), errorMessage: explainApiError(error, { taskId: facts.taskId }) + hint };
    }
    if (error instanceof errors/* NotSubmitted */.X0)
        return { ...base, outcome: 'skipped', status: 'skipped', errorCode: error.code, errorMessage: error.message };
    if (error instanceof errors/* ActionFailure */.dR)
        return { ...base, outcome: 'failed', errorCode: error.code, errorMessage: error.message + resume };
    if (error instanceof errors/* InputError */.dz)
        return { ...base, outcome: 'failed', errorCode: 'invalid_input', errorMessage: error.message };
    // Anything else is a bug of ours; say so instead of printing a bare stack trace.
    const message = error instanceof Error ? error.message : String(error);
    return { ...base, outcome: 'failed', errorCode: 'internal_error', errorMessage: `Unexpected error: ${message}.${resume}` };
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
;// CONCATENATED MODULE: ./src/github/runner.ts
// The runner command needed before the submission, written directly instead of through @actions/core:
// @actions/core alone, bundled, takes ~3× bare node to load on Node 24 (its OIDC helper brings an HTTP client
// and undici), the whole start-up budget (docs/performance.md). Every later line goes through it (step-log.ts).

/**
 * Same as core.setSecret(secret): the runner masks the value in every later log line. Only the Actions
 * runner reads `::add-mask::`; anywhere else (a terminal, @github/local-action) the line would print the
 * secret in clear, so it is written only when GITHUB_ACTIONS is true. The action never logs a secret itself.
 */
function maskSecret(secret, env = process.env, write = line => void process.stdout.write(line)) {
    if (env.GITHUB_ACTIONS !== 'true')
        return;
    const escaped = secret.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
    write(`::add-mask::${escaped}${external_node_os_.EOL}`);
}

;// CONCATENATED MODULE: ./src/inputs/action-defaults.ts
// Generated from action.yml by scripts/action-defaults.mjs (part of npm run build): do not edit.
/** Each input's default as action.yml declares it; inputs whose default is an expression are absent. */
const ACTION_DEFAULTS = {
    "model": "kling-o3-text-to-video",
    "files-base-url": "https://files-api.evolink.ai",
    "max-upload-size": "10MiB",
    "wait": "true",
    "poll-interval": "10",
    "poll-strategy": "adaptive",
    "timeout": "900",
    "request-timeout": "30",
    "max-consecutive-errors": "10",
    "base-url": "https://api.evolink.ai",
    "max-download-size": "2GiB",
    "pr-comment": "false",
    "release-asset": "false",
    "artifact": "false",
    "dry-run": "false",
    "reuse": "re-run",
    "max-concurrent": "4",
    "model-checks": "enforce"
};

;// CONCATENATED MODULE: ./src/inputs/read-input.ts
// How every input is read: the runner's INPUT_<NAME> variable, trimmed, and action.yml's default when that
// is empty. A workflow that passes `quality: ${{ inputs.quality }}` with the input unset hands over '',
// which must mean "the default", as `core.getInput(x) || default` does across actions.

/** INPUT_<NAME> (spaces as underscores, upper case, as the runner names it), trimmed; the default when empty. */
function readInput(name, env = process.env) {
    const raw = (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
    return raw === '' ? (ACTION_DEFAULTS[name] ?? '') : raw;
}

;// CONCATENATED MODULE: ./src/evolink/check-field.ts
/** A record's own entry: never one inherited from Object.prototype ("constructor", "toString" …). */
function own(record, key) {
    return record !== undefined && Object.hasOwn(record, key) ? record[key] : undefined;
}
/** Field paths of a model, top level and one level into objects ("model_params.multi_shot"). */
function fieldPaths(fields) {
    return Object.entries(fields).flatMap(([name, spec]) => [name, ...Object.keys(spec.properties ?? {}).map(key => `${name}.${key}`)]);
}
/** The field at a path ("duration", "model_params.file_url"). */
function fieldSpecAt(fields, path) {
    const [top, inner] = path.split('.');
    const spec = own(fields, top);
    return inner === undefined ? spec : own(spec?.properties, inner);
}
/** "4, 6 or 8"; "16:9, 9:16 or 1:1". */
function listOr(values) {
    const items = values.map(v => String(v));
    return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} or ${items.at(-1)}`;
}
/** What a field allows, in words: "4, 6 or 8", "a whole number from 3 to 15", "text of at most 2500 characters". */
function allowedText(spec) {
    if (spec.oneOf)
        return spec.oneOf.map(allowedText).join(', or ');
    if (spec.enum)
        return listOr(spec.enum);
    const range = spec.minimum !== undefined && spec.maximum !== undefined
        ? ` from ${spec.minimum} to ${spec.maximum}`
        : spec.minimum !== undefined
            ? ` of at least ${spec.minimum}`
            : spec.maximum !== undefined
                ? ` of at most ${spec.maximum}`
                : '';
    switch (spec.type) {
        case 'integer':
            return `a whole number${range}`;
        case 'number':
            return `a number${range}`;
        case 'boolean':
            return 'true or false';
        case 'string':
            return spec.maxLength !== undefined ? `text of at most ${spec.maxLength} characters` : 'text';
        case 'array': {
            const count = spec.minItems !== undefined && spec.maxItems !== undefined
                ? spec.minItems === spec.maxItems
                    ? `exactly ${spec.maxItems}`
                    : `${spec.minItems} to ${spec.maxItems}`
                : spec.maxItems !== undefined
                    ? `at most ${spec.maxItems}`
                    : spec.minItems !== undefined
                        ? `at least ${spec.minItems}`
                        : 'any number of';
            return `a list of ${count} item${spec.maxItems === 1 ? '' : 's'}`;
        }
        case 'object':
            return spec.properties ? `an object with the keys ${Object.keys(spec.properties).join(', ')}` : 'an object';
        default:
            return 'a value';
    }
}
const typeOk = (spec, value) => {
    switch (spec.type) {
        case 'string':
            return typeof value === 'string';
        case 'integer':
            return typeof value === 'number' && Number.isInteger(value);
        case 'number':
            return typeof value === 'number' && Number.isFinite(value);
        case 'boolean':
            return typeof value === 'boolean';
        case 'array':
            return Array.isArray(value);
        case 'object':
            return typeof value === 'object' && value !== null && !Array.isArray(value);
        default:
            return true;
    }
};
/**
 * Why `value` does not fit `spec`, or undefined when it does. `path` names the value in the message
 * (model_params.multi_prompt[1].duration). Objects with listed properties refuse unknown keys, so a
 * typo costs nothing.
 */
function check_field_checkValue(spec, value, path, mustBe = `${path} must be`) {
    const must = `${mustBe} ${allowedText(spec)}`;
    if (spec.oneOf)
        return spec.oneOf.some(alternative => check_field_checkValue(alternative, value, path) === undefined) ? undefined : must;
    if (!typeOk(spec, value))
        return must;
    if (spec.enum && !spec.enum.some(option => option === value))
        return must;
    if (typeof value === 'number' && ((spec.minimum !== undefined && value < spec.minimum) || (spec.maximum !== undefined && value > spec.maximum)))
        return must;
    if (typeof value === 'string') {
        const length = Array.from(value).length;
        if (spec.maxLength !== undefined && length > spec.maxLength)
            return `${mustBe} at most ${spec.maxLength} characters (it has ${length})`;
        if (spec.minLength !== undefined && length < spec.minLength)
            return `${mustBe} at least ${spec.minLength} characters`;
    }
    if (Array.isArray(value)) {
        if ((spec.maxItems !== undefined && value.length > spec.maxItems) || (spec.minItems !== undefined && value.length < spec.minItems)) {
            return `${mustBe} ${allowedText(spec)} (it has ${value.length})`;
        }
        if (spec.items) {
            for (const [i, item] of value.entries()) {
                const problem = check_field_checkValue(spec.items, item, `${path}[${i}]`);
                if (problem)
                    return problem;
            }
        }
    }
    if (!spec.properties && typeOk({ type: 'object' }, value)) {
        const keys = Object.keys(value);
        if (spec.maxProperties !== undefined && keys.length > spec.maxProperties)
            return `${path} has ${keys.length} keys: at most ${spec.maxProperties}`;
        const pattern = spec.keyPattern === undefined ? undefined : new RegExp(spec.keyPattern);
        const odd = pattern ? keys.find(key => !pattern.test(key)) : undefined;
        // The catalogue writes key forms as ^(?:image|video)[1-9][0-9]*$ (scripts/prose-rules.ts, 'key form').
        const words = /^\^\(\?:([\w|]+)\)/.exec(spec.keyPattern ?? '')?.[1]?.split('|');
        if (pattern && odd !== undefined)
            return `${path} has the key ${JSON.stringify(odd)}: keys must be ${words ? `${listOr(words)} followed by 1, 2, 3 … (no leading zero)` : `of the form ${spec.keyPattern}`}`;
    }
    if (spec.properties && typeOk({ type: 'object' }, value)) {
        const object = value;
        const unknown = Object.keys(object).filter(key => own(spec.properties, key) === undefined);
        if (unknown.length > 0)
            return `${path} has ${unknown.map(k => `"${k}"`).join(', ')}, which this model does not take (it takes ${Object.keys(spec.properties).join(', ')})`;
        for (const key of spec.required ?? [])
            if (own(object, key) === undefined)
                return `${path}.${key} is required`;
        for (const [key, item] of Object.entries(object)) {
            const problem = check_field_checkValue(own(spec.properties, key), item, `${path}.${key}`);
            if (problem)
                return problem;
        }
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/evolink/catalog.ts
// JSON text parsed at load: V8 reads a string and JSON.parse much faster than an object literal this size,
// and the catalogue is loaded before every submission (docs/performance.md, start-up).
const CATALOG = JSON.parse(String.raw `[
 {
  "model": "MiniMax-Hailuo-02",
  "source": "hailuo/hailuo-02-video-generate.json",
  "date": "2026-08-21",
  "required": [],
  "fields": {
   "prompt": {
    "type": "string",
    "maxLength": 2000
   },
   "image_urls": {
    "type": "array",
    "maxItems": 2,
    "items": {
     "type": "string"
    },
    "media": "image",
    "file": {
     "prose": [
      "Image size: max 20MB",
      "Formats: JPG, JPEG, PNG, WebP",
      "Aspect ratio: 2:5 to 5:2",
      "Short edge > 300px"
     ],
     "maxBytes": 20971520,
     "types": [
      "image/jpeg",
      "image/png",
      "image/webp"
     ],
     "minRatio": 0.4,
     "maxRatio": 2.5,
     "minSide": 301
    }
   },
   "quality": {
    "type": "string",
    "enum": [
     "512p",
     "768p",
     "1080p"
    ],
    "default": "768p"
   },
   "duration": {
    "type": "integer",
    "enum": [
     6,
     10
    ],
    "default": 6
   },
   "model_params": {
    "type": "object",
    "properties": {
     "prompt_optimizer": {
      "type": "boolean",
      "default": true
     },
     "fast_pretreatment": {
      "type": "boolean",
      "default": false
     }
    }
   },
   "callback_url": {
    "type": "string",
    "maxLength": 2048,
    "prose": [
     "URL length must not exceed '2048' characters"
    ]
   }
  },
  "rules": [
   {
    "kind": "whenValue",
    "field": "quality",
    "value": "1080p",
    "other": "duration",
    "values": [
     6
    ],
    "sentence": "1080p: 6s only"
   },
   {
    "kind": "requiredWithout",
    "field": "prompt",
    "other": "image_urls",
    "sentence": "Required for T2V, optional for I2V/FLF"
   }
  ]
 },
 {
  "model": "MiniMax-Hailuo-2.3",
  "source": "hailuo/hailuo-2-3-video-generate.json",
  "date": "2026-08-21",
  "required": [
   "prompt"
  ],
  "fields": {
   "prompt": {
    "type": "string",
    "maxLength": 2000
   },
   "image_urls": {
    "type": "array",
    "maxItems": 1,
    "items": {
     "type": "string"
    },
    "media": "image",
    "file": {
     "prose": [
      "Image size: max 20MB",
      "Formats: JPG, JPEG, PNG, WebP",
      "Aspect ratio: 2:5 to 5:2",
      "Short edge > 300px"
     ],
     "maxBytes": 20971520,
     "types": [
      "image/jpeg",
      "image/png",
      "image/webp"
     ],
     "minRatio": 0.4,
     "maxRatio": 2.5,
     "minSide": 301
    }
   },
   "quality": {
    "type": "string",
    "enum": [
     "768p",
     "1080p"
    ],
    "default": "768p"
   },
   "duration": {
    "type": "integer",
    "enum": [
     6,
     10
    ],
    "default": 6
   },
   "model_params": {
    "type": "object",
    "properties": {
     "prompt_optimizer": {
      "type": "boolean",
      "default": true
     },
     "fast_pretreatment": {
      "type": "boolean",
      "default": false
     }
    }
   },
   "callback_url": {
    "type": "string",
    "maxLength": 2048,
    "prose": [
     "URL length must not exceed '2048' characters"
    ]
   }
  },
  "rules": [
   {
    "kind": "whenValue",
    "field": "quality",
    "value": "1080p",
    "other": "duration",
    "values": [
     6
    ],
    "sentence": "1080p: 6s only"
   },
   {
    "kind": "requiredWithout",
    "field": "prompt",
    "other": "image_urls",
    "sentence": "Required for T2V, optional for I2V"
   }
  ]
 },
 {
  "model": "MiniMax-Hailuo-2.3-Fast",
  "source": "hailuo/hailuo-2-3-fast-video-generate.json",
  "date": "2026-08-21",
  "required": [
   "image_urls"
  ],
  "fields": {
   "prompt": {
    "type": "string",
    "maxLength": 2000
   },
   "image_urls": {
    "type": "array",
    "minItems": 1,
    "maxItems": 1,
    "items": {
     "type": "string"
    },
    "media": "image",
    "file": {
     "prose": [
      "Image size: max 20MB",
      "Formats: JPG, JPEG, PNG, WebP",
      "Aspect ratio: 2:5 to 5:2",
      "Short edge > 300px"
     ],
     "maxBytes": 20971520,
     "types": [
      "image/jpeg",
      "image/png",
      "image/webp"
     ],
     "minRatio": 0.4,
     "maxRatio": 2.5,
     "minSide": 301
    }
   },
   "quality": {
    "type": "string",
    "enum": [
     "768p",
     "1080p"
    ],
    "default": "768p"
   },
   "duration": {
    "type": "integer",
    "enum": [
     6,
     10
    ],
    "default": 6
   },
   "model_params": {
    "type": "object",
    "properties": {
     "prompt_optimizer": {
      "type": "boolean",
      "default": true
     }
    }
   },
   "callback_url": {
    "type": "string",
    "maxLength": 2048,
    "prose": [
     "URL length must not exceed '2048' characters"
    ]
   }
  },
  "rules": [
   {
    "kind": "whenValue",
    "field": "quality",
    "value": "1080p",
    "other": "duration",
    "values": [
     6
    ],
    "sentence": "1080p: 6s only"
   }
  ]
 },
 {
  "model": "doubao-seedance-1.0-pro-fast",
  "source": "seedance1.0/seedance-1.0-pro-fast-video-generate.json",
  "date": "2026-08-21",
  "required": [
   "prompt"
  ],
  "fields": {
   "prompt": {
    "type": "string",
    "maxLength": 2000
   },
   "duration": {
    "type": "integer",
    "minimum": 2,
    "maximum": 12,
    "default": 5
   },
   "quality": {
    "type": "string",
    "enum": [
     "480p",
     "720p",
     "1080p"
    ],
    "default": "1080p"
   },
   "aspect_ratio": {
    "type": "string",
    "enum": [
     "16:9",
     "9:16",
     "1:1",
     "4:3",
     "3:4",
     "21:9",
     "keep_ratio",
     "adaptive"
    ]
   },
   "image_urls": {
    "type": "array",
    "maxItems": 1,
    "items": {
     "type": "string"
    },
    "media": "image",
    "file": {
     "prose": [
      "Image size: Not exceeding '10MB'",
      "Supported file formats: '.jpg', '.jpeg', '.png', '.webp'"
     ],
     "maxBytes": 10485760,
     "types": [
      "image/jpeg",
      "image/png",
      "image/webp"
     ]
    }
   },
   "callback_url": {
    "type": "string",
    "maxLength": 2048,
    "prose": [
     "URL length must not exceed '2048' characters"
    ]
   }
  },
  "rules": [
   {
    "kind": "valuesWithout",
    "field": "aspect_ratio",
    "other": "image_urls",
    "values": [
     "16:9",
     "9:16",
     "1:1",
     "4:3",
     "3:4",
     "21:9"
    ],
    "sentence": "Text-to-video Supported values: '16:9' (landscape), '9:16' (portrait), '1:1' (square), '4:3', '3:4', '21:9' (ultra-wide) / Supported values: In addition to the above 6 ratios, also supports 'keep_ratio' (keep original aspect ratio) and 'adaptive' (adaptive)"
   }
  ]
 },
 {
  "model": "gemini-omni-flash-image-to-video",
  "source": "gemini-omni-flash/gemini-omni-flash-image-to-video.json",
  "date": "2026-08-21",
  "required": [
   "prompt"
  ],
  "fields": {
   "prompt": {
    "type": "string"
   },
   "image_urls": {
    "type": "array",
    "minItems": 1,
    "maxItems": 1,
    "items": {
     "type": "string"
    },
    "media": "image",
    "file": {
     "prose": [
      "Format requirements: 'png', 'jpeg', 'webp' are supported"
     ],
     "types": [
      "image/png",
      "image/jpeg",
      "image/webp"
     ]
    }
   },
   "duration": {
    "oneOf": [
     {
      "type": "integer",
      "minimum": 3,
      "maximum": 10
     },
     {
      "type": "string",
      "enum": [
       "auto"
      ]
     }
    ],
    "default": 10
   },
   "aspect_ratio": {
    "type": "string",
    "enum": [
     "16:9",
     "9:16",
     "auto"
    ],
    "default": "16:9"
   },
   "callback_url": {
    "type": "string",
    "maxLength": 2048,
    "prose": [
     "URL length must not exceed '2048' characters"
    ]
   }
  }
 },
 {
  "model": "gemini-omni-flash-reference-to-video",
  "source": "gemini-omni-flash/gemini-omni-flash-reference-to-video.json",
  "date": "2026-08-21",
  "required": [
   "prompt"
  ],
  "fields": {
   "prompt": {
    "type": "string"
   },
   "image_urls": {
    "type": "array",
    "minItems": 1,
    "maxItems": 6,
    "items": {
     "type": "string"
    },
    "media": "image",
    "file": {
     "prose": [
      "Format requirements: 'png', 'jpeg', 'webp' are supported"
     ],
     "types": [
      "image/png",
      "image/jpeg",
      "image/webp"
     ]
    }
   },
   "duration": {
    "oneOf": [
     {
      "type": "integer",
      "minimum": 3,
      "maximum": 10
     },
     {
      "type": "string",
      "enum": [
       "auto"
      ]
     }
    ],
    "default": 10
   },
   "aspect_ratio": {
    "type": "string",
    "enum": [
     "16:9",
     "9:16",
     "auto"
    ],
    "default": "16:9"
   },
   "callback_url": {
    "type": "string",
    "maxLength": 2048,
    "prose": [
     "URL length must not exceed '2048' characters"
    ]
   }
  }
 },
 {
  "model": "gemini-omni-flash-text-to-video",
  "source": "gemini-omni-flash/gemini-omni-flash-text-to-video.json",
  "date": "2026-08-21",
  "required": [
   "prompt"
  ],
  "fields": {
   "prompt": {
    "type": "string"
   },
   "duration": {
    "oneOf": [
     {
      "type": "integer",
      "minimum": 3,
      "maximum": 10
     },
     {
      "type": "string",
      "enum": [
       "auto"
      ]
     }
    ],
    "default": 10
   },
   "aspect_ratio": {
    "type": "string",
    "enum": [
     "16:9",
     "9:16",
     "auto"
    ],
    "default": "16:9"
   },
   "callback_url": {
    "type": "string",
    "maxLength": 2048,
    "prose": [
     "URL length must not exceed '2048' characters"
    ]
   }
  }
 },
 {
  "model": "gemini-omni-flash-video-edit",
  "source": "gemini-omni-flash/gemini-omni-flash-video-edit.json",
  "date": "2026-08-21",
  "required": [
   "prompt"
  ],
  "fields": {
   "prompt": {
    "type": "string"
   },
   "video_urls": {
    "type": "array",
    "minItems": 1,
    "maxItems": 1,
    "items": {
     "type": "string"
    },
    "media": "video"
   },
   "callback_url": {
    "type": "string",
    "maxLength": 2048,
    "prose": [
     "URL length must not exceed '2048' characters"
    ]
   }
  }
 },
 {
  "model": "grok-imagine-image-to-video-beta",
  "source": "grok/grok-imagine-image-to-video.json",
  "date": "2026-08-21",
  "required": [
   "prompt",
   "image_urls"
  ],
  "fields": {
   "prompt": {
    "type": "string"
   },
   "image_urls": {
    "type": "array",
    "minItems": 1,
    "maxItems": 7,
    "items": {
     "type": "string"
    },
    "media": "image",
    "file": {
     "prose": [
      "Image size: max '10MB'",
      "Supported formats: JPEG, PNG, WebP"
     ],
     "maxBytes": 10485760,
     "types": [
      "image/jpeg",
      "image/png",
      "image/webp"
     ]
    }
   },
   "duration": {
    "type": "integer",
    "minimum": 6,
    "maximum": 30,
    "default": 6
   },
   "mode": {
    "type": "string",
    "enum": [
     "fun",
     "normal",
     "spicy"
    ],
    "default": "normal"
   },
   "aspect_ratio": {
    "type": "string",
    "enum": [
     "16:9",
     "9:16",
     "1:1",
     "3:2",
     "2:3"
    ],
    "default": "16:9"
   },
   "quality": {
    "type": "string",
    "enum": [
     "480p",
     "720p"
    ],
    "default": "480p"
   },
   "callback_url": {
    "type": "string",
    "maxLength": 2048,
    "prose": [
     "URL length must not exceed '2048' characters"
    ]
   }
  }
 },
 {
  "model": "grok-imagine-text-to-video-beta",
  "source": "grok/grok-imagine-text-to-video.json",
  "date": "2026-08-21",
  "required": [
   "prompt"
  ],
  "fields": {
   "prompt": {
    "type": "string"
   },
   "duration": {
    "type": "integer",
    "minimum": 6,
    "maximum": 30,
    "default": 6
   },
   "mode": {
    "type": "string",
    "enum": [
     "fun",
     "normal",
     "spicy"
    ],
    "default": "normal"
   },
   "aspect_ratio": {
    "type": "string",
    "enum": [
     "16:9",
     "9:16",
     "1:1",
     "3:2",
     "2:3"
    ],
    "default": "16:9"
   },
   "quality": {
    "type": "string",
    "enum": [
     "480p",
     "720p"
    ],
    "default": "480p"
   },
   "callback_url": {
    "type": "string",
    "maxLength": 2048,
    "prose": [
     "URL length must not exceed '2048' characters"
    ]
   }
  }
 },
 {
  "model": "grok-imagine-video-1.0-i2v",
  "source": "grok/grok-imagine-video-1.0-i2v.json",
  "date": "2026-08-21",
  "required": [
   "prompt",
   "image_urls"
  ],
  "fields": {
   "prompt": {
    "type": "string"
   },
   "image_urls": {
    "type": "array",
    "minItems": 1,
    "maxItems": 7,
    "items": {
     "type": "string"
    },
    "media": "image",
    "file": {
     "prose": [
      "Image size: max '10MB' per image",
      "Supported formats: JPEG, PNG, WebP"
     ],
     "maxBytes": 10485760,
     "types": [
      "image/jpeg",
      "image/png",
      "image/webp"
     ]
    }
   },
   "duration": {
    "type": "integer",
    "minimum": 1,
    "maximum": 15,
    "default": 6
   },
   "aspect_ratio": {
    "type": "string",
    "enum": [
     "16:9",
     "9:16",
     "1:1",
     "3:2",
     "2:3",
     "4:3",
     "3:4"
    ],
    "default": "16:9"
   },
   "quality": {
    "type": "string",
    "enum": [
     "480p",
     "720p"
    ],
    "default": "480p"
   },
   "callback_url": {
    "type": "string",
    "maxLength": 2048,
    "prose": [
     "URL length must not exceed '2048' characters"
    ]
   }
  }
 },
 {
  "model": "grok-imagine-video-1.0-t2v",
  "source": "grok/grok-imagine-video-1.0-t2v.json",
  "date": "2026-08-21",
  "required": [
   "prompt"
  ],
  "fields": {
   "prompt": {
    "type": "string"
   },
   "duration": {
    "type": "integer",
    "minimum": 1,
    "maximum": 15,
    "default": 6
   },
   "aspect_ratio": {
    "type": "string",
    "enum": [
     "16:9",
     "9:16",
     "1:1",
     "3:2",
     "2:3",
     "4:3",
     "3:4"
    ],
    "default": "16:9"
   },
   "quality": {
    "type": "string",
    "enum": [
     "480p",
     "720p"
    ],
    "default": "480p"
   },
   "callback_url": {
    "type": "string",
    "maxLength": 2048,
    "prose": [
     "URL length must not exceed '2048' characters"
    ]
   }
  }
 },
 {
  "model": "grok-imagine-video-1.5-preview",
  "source": "grok/grok-imagine-video-1.5-preview.json",
  "date": "2026-08-21",
  "required": [
   "prompt"
  ],
  "fields": {
   "prompt": {
    "type": "string",
    "maxLength": 4096,
    "prose": [
     "**Length limit:** Up to '4096' characters"
    ]
   },
   "image_urls": {
    "type": "array",
    "minItems": 0,
    "maxItems": 7,
    "items": {
     "type": "string"
    },
    "media": "image",
    "file": {
     "prose": [
      "Image size: max '10MB' each",
      "Supported formats: JPEG, PNG, WebP"
     ],
     "maxBytes": 10485760,
     "types": [
      "image/jpeg",
      "image/png",
      "image/webp"
     ]
    }
   },
   "duration": {
    "type": "integer",
    "minimum": 1,
    "maximum": 15,
    "default": 6
   },
   "quality": {
    "type": "string",
    "enum": [
     "480p",
     "720p",
     "1080p"
    ],
    "default": "480p"
   },
   "aspect_ratio": {
    "type": "string",
    "enum": [
     "auto",
     "16:9",
     "9:16",
     "1:1",
     "3:2",
     "2:3"
    ],
    "default": "auto"
   },
   "callback_url": {
    "type": "string",
    "maxLength": 2048,
    "prose": [
     "URL length must not exceed '2048' characters"
    ]
   }
  },
  "rules": [
   {
    "kind": "whenValue",
    "field": "quality",
    "value": "1080p",
    "other": "image_urls",
    "maxItems": 1,
    "sentence": "Reference-to-video (2-7 images) supports up to '720p'. Sending '1080p' together with 2 or more images is rejected."
   }
  ]
 },
 {
  "model": "happyhorse-1.0-image-to-video",
  "source": "happyhorse1.0/happyhorse-1.0-image-to-video.json",
  "date": "2026-08-21",
  "required": [
   "image_urls"
  ],
  "fields": {
   "prompt": {
    "type": "string"
   },
   "image_urls": {
    "type": "array",
    "minItems": 1,
    "maxItems": 1,
    "items": {
     "type": "string"
    },
    "media": "image",
    "file": {
     "prose": [
      "Supported formats: JPEG, JPG, PNG, WEBP",
      "Resolution: width and height ≥ '300' px",
      "Aspect ratio: '1:2.5' ~ '2.5:1'",
      "File size: ≤ '10MB'"
     ],
     "types": [
      "image/jpeg",
      "image/png",
      "image/webp"
     ],
     "minSide": 300,
     "minRatio": 0.4,
     "maxRatio": 2.5,
     "maxBytes": 10485760
    }
   },
   "quality": {
    "type": "string",
    "enum": [
     "720p",
     "1080p"
    ],
    "default": "720p"
   },
   "duration": {
    "type": "integer",
    "minimum": 3,
    "maximum": 15,
    "default": 5
   },
   "seed": {
    "type": "integer",
    "minimum": 1,
    "maximum": 2147483647
   },
   "callback_url": {
    "type": "string",
    "maxLength": 2048,
    "prose": [
     "URL length must not exceed '2048' characters"
    ]
   }
  }
 },
 {
  "model": "happyhorse-1.0-reference-to-video",
  "source": "happyhorse1.0/happyhorse-1.0-reference-to-video.json",
  "date": "2026-08-21",
  "required": [
   "prompt",
   "image_urls"
  ],
  "fields": {
   "prompt": {
    "type": "string"
   },
   "image_urls": {
    "type": "array",
    "minItems": 1,
    "maxItems": 9,
    "items": {
     "type": "string"
    },
    "media": "image",
    "file": {
     "prose": [
      "Supported formats: JPEG, JPG, PNG, WEBP",
      "File size: ≤ '10MB' per image"
     ],
     "types": [
      "image/jpeg",
      "image/png",
      "image/webp"
     ],
     "maxBytes": 10485760
    }
   },
   "quality": {
    "type": "string",
    "enum": [
     "720p",
     "1080p"
    ],
    "default": "720p"
   },
   "aspect_ratio": {
    "type": "string",
    "enum": [
     "16:9",
     "9:16",
     "1:1",
     "4:3",
     "3:4",
     "4:5",
     "5:4",
     "9:21",
     "21:9"
    ],
    "default": "16:9"
   },
   "duration": {
    "type": "integer",
    "minimum": 3,
    "maximum": 15,
    "default": 5
   },
   "seed": {
    "type": "integer",
    "minimum": 1,
    "maximum": 2147483647
   },
   "callback_url": {
    "type": "string",
    "maxLength": 2048,
    "prose": [
     "URL length must not exceed '2048' characters"
    ]
   }
  }
 },
 {
  "model": "happyhorse-1.0-text-to-video",
  "source": "happyhorse1.0/happyhorse-1.0-text-to-video.json",
  "date": "2026-08-21",
  "required": [
   "prompt"
  ],
  "fields": {
   "prompt": {
    "type": "string"
   },
   "quality": {
    "type": "string",
    "enum": [
     "720p",
     "1080p"
    ],
    "default": "720p"
   },
   "aspect_ratio": {
    "type": "string",
    "enum": [
     "16:9",
     "9:16",
     "1:1",
     "4:3",
     "3:4",
     "4:5",
     "5:4",
     "9:21",
     "21:9"
    ],
    "default": "16:9"
   },
   "duration": {
    "type": "integer",
    "minimum": 3,
    "maximum": 15,
    "default": 5
   },
   "seed": {
    "type": "integer",
    "minimum": 1,
    "maximum": 2147483647
   },
   "callback_url": {
    "type": "string",
    "maxLength": 2048,
    "prose": [
     "URL length must not exceed '2048' characters"
    ]
   }
  }
 },
 {
  "model": "happyhorse-1.0-video-edit",
  "source": "happyhorse1.0/happyhorse-1.0-video-edit.json",
  "date": "2026-08-21",
  "required": [
   "prompt",
   "video_urls"
  ],
  "fields": {
   "prompt": {
    "type": "string"
   },
   "video_urls": {
    "type": "array",
    "minItems": 1,
    "maxItems": 1,
    "items": {
     "type": "string"
    },
    "media": "video"
   },
   "image_urls": {
    "type": "array",
    "maxItems": 5,
    "items": {
     "type": "string"
    },
    "media": "image",
    "file": {
     "prose": [
      "Supported formats: JPEG, JPG, PNG, WEBP",
      "Resolution: width and height ≥ '300' px",
      "Aspect ratio: '1:2.5' ~ '2.5:1'",
      "File size: ≤ '10MB'"
     ],
     "types": [
      "image/jpeg",
      "image/png",
      "image/webp"
     ],
     "minSide": 300,
     "minRatio": 0.4,
     "maxRatio": 2.5,
     "maxBytes": 10485760
    }
   },
   "keep_original_sound": {
    "type": "boolean",
    "default": false
   },
   "quality": {
    "type": "string",
    "enum": [
     "720p",
     "1080p"
    ],
    "default": "720p"
   },
   "seed": {
    "type": "integer",
    "minimum": 1,
    "maximum": 2147483647
   },
   "callback_url": {
    "type": "string",
    "maxLength": 2048,
    "prose": [
     "URL length must not exceed '2048' characters"
    ]
   }
  }
 },
 {
  "model": "happyhorse-1.1-image-to-video",
  "source": "happyhorse1.1/happyhorse-1.1-image-to-video.json",
  "date": "2026-08-21",
  "required": [
   "image_urls"
  ],
  "fields": {
   "prompt": {
    "type": "string"
   },
   "image_urls": {
    "type": "array",
    "minItems": 1,
    "maxItems": 1,
    "items": {
     "type": "string"
    },
    "media": "image",
    "file": {
     "prose": [
      "Supported formats: JPEG, JPG, PNG, WEBP",
      "Resolution: width and height ≥ '300' px",
      "Aspect ratio: '1:2.5' ~ '2.5:1'",
      "File size: ≤ '10MB'"
     ],
     "types": [
      "image/jpeg",
      "image/png",
      "image/webp"
     ],
     "minSide": 300,
     "minRatio": 0.4,
     "maxRatio": 2.5,
     "maxBytes": 10485760
    }
   },
   "quality": {
    "type": "string",
    "enum": [
     "720p",
     "1080p"
    ],
    "default": "720p"
   },
   "duration": {
    "type": "integer",
    "minimum": 3,
    "maximum": 15,
    "default": 5
   },
   "seed": {
    "type": "integer",
    "minimum": 1,
    "maximum": 2147483647
   },
   "callback_url": {
    "type": "string",
    "maxLength": 2048,
    "prose": [
     "URL length must not exceed '2048' characters"
    ]
   }
  }
 },
 {
  "model": "happyhorse-1.1-reference-to-video",
  "source": "happyhorse1.1/happyhorse-1.1-reference-to-video.json",
  "date": "2026-08-21",
  "required": [
   "prompt",
   "image_urls"
  ],
  "fields": {
   "prompt": {
    "type": "string"
   },
   "image_urls": {
    "type": "array",
    "minItems": 1,
    "maxItems": 9,
    "items": {
     "type": "string"
    },
    "media": "image",
    "file": {
     "prose": [
      "Supported formats: JPEG, JPG, PNG, WEBP",
      "File size: ≤ '10MB' per image"
     ],
     "types": [
      "image/jpeg",
      "image/png",
      "image/webp"
     ],
     "maxBytes": 10485760
    }
   },
   "quality": {
    "type": "string",
    "enum": [
     "720p",
     "1080p"
    ],
    "default": "720p"
   },
   "aspect_ratio": {
    "type": "string",
    "enum": [
     "16:9",
     "9:16",
     "1:1",
     "4:3",
     "3:4",
     "4:5",
     "5:4",
     "9:21",
     "21:9"
    ],
    "default": "16:9"
   },
   "duration": {
    "type": "integer",
    "minimum": 3,
    "maximum": 15,
    "default": 5
   },
   "seed": {
    "type": "integer",
    "minimum": 1,
    "maximum": 2147483647
   },
   "callback_url": {
    "type": "string",
    "maxLength": 2048,
    "prose": [
     "URL length must not exceed '2048' characters"
    ]
   }
  }
 },
 {
  "model": "happyhorse-1.1-text-to-video",
  "source": "happyhorse1.1/happyhorse-1.1-text-to-video.json",
  "date": "2026-08-21",
  "required": [
   "prompt"
  ],
  "fields": {
   "prompt": {
    "type": "string"
   },
   "quality": {
    "type": "string",
    "enum": [
     "720p",
     "1080p"
    ],
    "default": "720p"
   },
   "aspect_ratio": {
    "type": "string",
    "enum": [
     "16:9",
     "9:16",
     "1:1",
     "4:3",
     "3:4",
     "4:5",
     "5:4",
     "9:21",
     "21:9"
    ],
    "default": "16:9"
   },
   "duration": {
    "type": "integer",
    "minimum": 3,
    "maximum": 15,
    "default": 5
   },
   "seed": {
    "type": "integer",
    "minimum": 1,
    "maximum": 2147483647
   },
   "callback_url": {
    "type": "string",
    "maxLength": 2048,
    "prose": [
     "URL length must not exceed '2048' characters"
    ]
   }
  }
 },
 {
  "model": "kling-o1-image-to-video",
  "source": "kling/kling-o1-image-to-video.json",
  "date": "2026-08-21",
  "required": [
   "prompt",
   "image_urls"
  ],
  "fields": {
   "prompt": {
    "type": "string",
    "maxLength": 5000
   },
   "image_urls": {
    "type": "array",
    "minItems": 1,
    "maxItems": 2,
    "items": {
     "type": "string"
    },
    "media": "image",
    "file": {
     "prose": [
      "Image size: up to '10MB'",
      "Supported formats: '.jpg', '.jpeg', '.png', '.webp'"
     ],
     "maxBytes": 10485760,
     "types": [
      "image/jpeg",
      "image/png",
      "image/webp"
     ]
    }
   },
   "aspect_ratio": {
    "type": "string",
    "enum": [
     "16:9",
     "9:16",
     "1:1"
    ]
   },
   "duration": {
    "type": "integer",
    "enum": [
     5,
     10
    ],
    "default": 5
   },
   "callback_url": {
    "type": "string",
    "maxLength": 2048,
    "prose": [
     "URL length must not exceed '2048' characters"
    ]
   }
  }
 },
 {
  "model": "kling-o1-video-edit",
  "source": "kling/kling-o1-video-edit.json",
  "date": "2026-08-21",
  "required": [
   "prompt",
   "video_urls"
  ],
  "fields": {
   "prompt": {
    "type": "string",
    "maxLength": 5000
   },
   "video_urls": {
    "type": "array",
    "minItems": 1,
    "maxItems": 1,
    "items": {
     "type": "string"
    },
    "media": "video"
   },
   "image_urls": {
    "type": "array",
    "minItems": 1,
    "maxItems": 4,
    "items": {
     "type": "string"
    },
    "media": "image",
    "file": {
     "prose": [
      "Image size: up to '10MB'",
      "Supported formats: '.jpg', '.jpeg', '.png', '.webp'"
     ],
     "maxBytes": 10485760,
     "types": [
      "image/jpeg",
      "image/png",
      "image/webp"
     ]
    }
   },
   "keep_original_sound": {
    "type": "boolean"
   },
   "callback_url": {
    "type": "string",
    "maxLength": 2048,
    "prose": [
     "URL length must not exceed '2048' characters"
    ]
   }
  }
 },
 {
  "model": "kling-o1-video-edit-fast",
  "source": "kling/kling-o1-video-edit-fast.json",
  "date": "2026-08-21",
  "required": [
   "prompt",
   "video_urls"
  ],
  "fields": {
   "prompt": {
    "type": "string",
    "maxLength": 5000
   },
   "video_urls": {
    "type": "array",
    "minItems": 1,
    "maxItems": 1,
    "items": {
     "type": "string"
    },
    "media": "video"
   },
   "image_urls": {
    "type": "array",
    "minItems": 1,
    "maxItems": 4,
    "items": {
     "type": "string"
    },
    "media": "image",
    "file": {
     "prose": [
      "Image size: up to '10MB'",
      "Supported formats: '.jpg', '.jpeg', '.png', '.webp'"
     ],
     "maxBytes": 10485760,
     "types": [
      "image/jpeg",
      "image/png",
      "image/webp"
     ]
    }
   },
   "keep_original_sound": {
    "type": "boolean"
   },
   "callback_url": {
    "type": "string",
    "maxLength": 2048,
    "prose": [
     "URL length must not exceed '2048' characters"
    ]
   }
  }
 },
 {
  "model": "kling-o3-image-to-video",
  "source": "kling/kling-o3-image-to-video.json",
  "date": "2026-08-21",
  "required": [
   "prompt"
  ],
  "fields": {
   "prompt": {
    "type": "string",
    "maxLength": 2500
   },
   "image_start": {
    "type": "string",
    "media": "image",
    "file": {
     "prose": [
      "Format: JPG / JPEG / PNG",
      "Size: <= 10MB",
      "Dimensions: width and height >= 300px, aspect ratio between 1:2.5 and 2.5:1"
     ],
     "types": [
      "image/jpeg",
      "image/png"
     ],
     "maxBytes": 10485760,
     "minSide": 300,
     "minRatio": 0.4,
     "maxRatio": 2.5
    }
   },
   "image_end": {
    "type": "string",
    "media": "image"
   },
   "image_urls": {
    "type": "array",
    "items": {
     "type": "string"
    },
    "media": "image"
   },
   "duration": {
    "type": "integer",
    "minimum": 3,
    "maximum": 15,
    "default": 5
   },
   "aspect_ratio": {
    "type": "string",
    "enum": [
     "16:9",
     "9:16",
     "1:1"
    ]
   },
   "quality": {
    "type": "string",
    "enum": [
     "720p",
     "1080p",
     "4k"
    ]
   },
   "sound": {
    "type": "string",
    "enum": [
     "on",
     "off"
    ],
    "default": "off"
   },
   "model_params": {
    "type": "object",
    "properties": {
     "multi_shot": {
      "type": "boolean"
     },
     "shot_type": {
      "type": "string",
      "enum": [
       "customize"
      ]
     },
     "multi_prompt": {
      "type": "array"
     },
     "element_list": {
      "type": "array",
      "items": {
       "type": "object",
       "properties": {
        "element_id": {
         "type": "string"
        }
       }
      }
     },
     "watermark_info": {
      "type": "object",
      "properties": {
       "enabled": {
        "type": "boolean"
       }
      }
     }
    }
   },
   "callback_url": {
    "type": "string",
    "maxLength": 2048,
    "prose": [
     "URL length must not exceed '2048' characters"
    ]
   }
  },
  "rules": [
   {
    "kind": "sumEquals",
    "list": "model_params.multi_prompt",
    "item": "duration",
    "field": "duration",
    "when": {
     "model_params.multi_shot": true
    },
    "sentence": "The sum of all shot 'duration' values must equal the total video duration"
   },
   {
    "kind": "emptyWhen",
    "field": "prompt",
    "when": {
     "model_params.multi_shot": true,
     "model_params.shot_type": "customize"
    },
    "sentence": "Can be empty when 'multi_shot=true' and 'shot_type=customize'"
   },
   {
    "kind": "totalItems",
    "fields": [
     "image_start",
     "image_end",
     "image_urls"
    ],
    "max": 2,
    "when": "image_end",
    "sentence": "Last frame not supported when total image count exceeds 2"
   },
   {
    "kind": "needs",
    "field": "image_end",
    "others": [
     "image_start"
    ],
    "sentence": "Last frame requires a first frame"
   },
   {
    "kind": "totalItems",
    "fields": [
     "model_params.element_list"
    ],
    "max": 3,
    "when": "image_start",
    "sentence": "Element count <= 3 when first frame is provided"
   },
   {
    "kind": "totalItems",
    "fields": [
     "image_start",
     "image_end",
     "image_urls",
     "model_params.element_list"
    ],
    "max": 7,
    "sentence": "Image count + element count <= 7 when no video"
   }
  ]
 },
 {
  "model": "kling-o3-reference-to-video",
  "source": "kling/kling-o3-reference-to-video.json",
  "date": "2026-08-21",
  "required": [
   "prompt"
  ],
  "fields": {
   "prompt": {
    "type": "string",
    "maxLength": 2500
   },
   "video_url": {
    "type": "string",
    "media": "video"
   },
   "keep_original_sound": {
    "type": "boolean",
    "default": true
   },
   "image_urls": {
    "type": "array",
    "items": {
     "type": "string"
    },
    "media": "image"
   },
   "duration": {
    "type": "integer",
    "minimum": 3,
    "maximum": 10,
    "default": 5
   },
   "aspect_ratio": {
    "type": "string",
    "enum": [
     "16:9",
     "9:16",
     "1:1"
    ]
   },
   "quality": {
    "type": "string",
    "enum": [
     "720p",
     "1080p"
    ],
    "default": "720p"
   },
   "model_params": {
    "type": "object",
    "properties": {
     "element_list": {
      "type": "array",
      "items": {
       "type": "object",
       "properties": {
        "element_id": {
         "type": "string"
        }
       }
      }
     },
     "watermark_info": {
      "type": "object",
      "properties": {
       "enabled": {
        "type": "boolean"
       }
      }
     }
    }
   },
   "callback_url": {
    "type": "string",
    "maxLength": 2048,
    "prose": [
     "URL length must not exceed '2048' characters"
    ]
   }
  }
 },
 {
  "model": "kling-o3-text-to-video",
  "source": "kling/kling-o3-text-to-video.json",
  "date": "2026-08-21",
  "required": [
   "prompt"
  ],
  "fields": {
   "prompt": {
    "type": "string",
    "maxLength": 2500
   },
   "duration": {
    "type": "integer",
    "minimum": 3,
    "maximum": 15,
    "default": 5
   },
   "aspect_ratio": {
    "type": "string",
    "enum": [
     "16:9",
     "9:16",
     "1:1"
    ],
    "default": "16:9"
   },
   "quality": {
    "type": "string",
    "enum": [
     "720p",
     "1080p",
     "4k"
    ],
    "default": "720p"
   },
   "sound": {
    "type": "string",
    "enum": [
     "on",
     "off"
    ],
    "default": "off"
   },
   "model_params": {
    "type": "object",
    "properties": {
     "multi_shot": {
      "type": "boolean",
      "default": false
     },
     "shot_type": {
      "type": "string",
      "enum": [
       "customize"
      ]
     },
     "multi_prompt": {
      "type": "array",
      "maxItems": 6,
      "items": {
       "type": "object",
       "properties": {
        "index": {
         "type": "integer"
        },
        "prompt": {
         "type": "string"
        },
        "duration": {
         "type": "string"
        }
       },
       "required": [
        "index",
        "prompt",
        "duration"
       ]
      }
     },
     "element_list": {
      "type": "array",
      "maxItems": 7,
      "items": {
       "type": "object",
       "properties": {
        "element_id": {
         "type": "string"
        }
       },
       "required": [
        "element_id"
       ]
      }
     },
     "watermark_info": {
      "type": "object",
      "properties": {
       "enabled": {
        "type": "boolean"
       }
      }
     }
    }
   },
   "callback_url": {
    "type": "string",
    "maxLength": 2048,
    "prose": [
     "URL length must not exceed '2048' characters"
    ]
   }
  },
  "rules": [
   {
    "kind": "requiredWhen",
    "field": "model_params.shot_type",
    "when": {
     "model_params.multi_shot": true
    },
    "sentence": "Required when 'multi_shot=true'"
   },
   {
    "kind": "requiredWhen",
    "field": "model_params.multi_prompt",
    "when": {
     "model_params.multi_shot": true,
     "model_params.shot_type": "customize"
    },
    "sentence": "Required when 'multi_shot=true' and 'shot_type=customize'"
   },
   {
    "kind": "sumEquals",
    "list": "model_params.multi_prompt",
    "item": "duration",
    "field": "duration",
    "when": {
     "model_params.multi_shot": true
    },
    "sentence": "The sum of all shot 'duration' values must equal the total video duration"
   },
   {
    "kind": "emptyWhen",
    "field": "prompt",
    "when": {
     "model_params.multi_shot": true,
     "model_params.shot_type": "customize"
    },
    "sentence": "Can be empty when 'multi_shot=true' and 'shot_type=customize'"
   }
  ]
 },
 {
  "model": "kling-o3-video-edit",
  "source": "kling/kling-o3-video-edit.json",
  "date": "2026-08-21",
  "required": [],
  "fields": {
   "prompt": {
    "type": "string",
    "maxLength": 2500
   },
   "video_url": {
    "type": "string",
    "media": "video"
   },
   "keep_original_sound": {
    "type": "boolean",
    "default": true
   },
   "image_urls": {
    "type": "array",
    "items": {
     "type": "string"
    },
    "media": "image"
   },
   "quality": {
    "type": "string",
    "enum": [
     "720p",
     "1080p"
    ],
    "default": "720p"
   },
   "model_params": {
    "type": "object",
    "properties": {
     "element_list": {
      "type": "array",
      "items": {
       "type": "object",
       "properties": {
        "element_id": {
         "type": "string"
        }
       }
      }
     },
     "watermark_info": {
      "type": "object",
      "properties": {
       "enabled": {
        "type": "boolean"
       }
      }
     }
    }
   },
   "callback_url": {
    "type": "string",
    "maxLength": 2048,
    "prose": [
     "URL length must not exceed '2048' characters"
    ]
   }
  }
 },
 {
  "model": "kling-v3-image-to-video",
  "source": "kling/kling-v3-image-to-video.json",
  "date": "2026-08-21",
  "required": [
   "image_start"
  ],
  "fields": {
   "image_start": {
    "type": "string",
    "media": "image",
    "file": {
     "prose": [
      "Image size: up to '10MB'",
      "Supported formats: '.jpg', '.jpeg', '.png'",
      "Image dimensions: width and height >= '300px', aspect ratio between '1:2.5' and '2.5:1'"
     ],
     "maxBytes": 10485760,
     "types": [
      "image/jpeg",
      "image/png"
     ],
     "minSide": 300,
     "minRatio": 0.4,
     "maxRatio": 2.5
    }
   },
   "image_end": {
    "type": "string",
    "media": "image",
    "file": {
     "prose": [
      "Supported formats: '.jpg', '.jpeg', '.png'",
      "Image size: up to '10MB'"
     ],
     "types": [
      "image/jpeg",
      "image/png"
     ],
     "maxBytes": 10485760
    }
   },
   "prompt": {
    "type": "string",
    "maxLength": 2500
   },
   "negative_prompt": {
    "type": "string"
   },
   "duration": {
    "type": "integer",
    "minimum": 3,
    "maximum": 15,
    "default": 5
   },
   "quality": {
    "type": "string",
    "enum": [
     "720p",
     "1080p",
     "4k"
    ],
    "default": "720p"
   },
   "sound": {
    "type": "string",
    "enum": [
     "on",
     "off"
    ],
    "default": "off"
   },
   "model_params": {
    "type": "object",
    "properties": {
     "multi_shot": {
      "type": "boolean",
      "default": false
     },
     "shot_type": {
      "type": "string",
      "enum": [
       "customize",
       "intelligence"
      ]
     },
     "multi_prompt": {
      "type": "array",
      "minItems": 1,
      "maxItems": 6,
      "items": {
       "type": "object",
       "properties": {
        "index": {
         "type": "integer"
        },
        "prompt": {
         "type": "string",
         "maxLength": 512
        },
        "duration": {
         "type": "string"
        }
       },
       "required": [
        "index",
        "prompt",
        "duration"
       ]
      }
     },
     "element_list": {
      "type": "array",
      "maxItems": 3,
      "items": {
       "type": "object",
       "properties": {
        "element_id": {
         "type": "string"
        }
       },
       "required": [
        "element_id"
       ]
      }
     },
     "watermark_info": {
      "type": "object",
      "properties": {
       "enabled": {
        "type": "boolean"
       }
      }
     }
    }
   },
   "callback_url": {
    "type": "string",
    "maxLength": 2048,
    "prose": [
     "URL length must not exceed '2048' characters"
    ]
   }
  },
  "rules": [
   {
    "kind": "needs",
    "field": "image_end",
    "others": [
     "image_start"
    ],
    "sentence": "'image_start' (first frame) must be provided when using last frame"
   },
   {
    "kind": "requiredWhen",
    "field": "model_params.shot_type",
    "when": {
     "model_params.multi_shot": true
    },
    "sentence": "Shot segmentation method, required when 'multi_shot=true'"
   },
   {
    "kind": "requiredWhen",
    "field": "model_params.multi_prompt",
    "when": {
     "model_params.multi_shot": true,
     "model_params.shot_type": "customize"
    },
    "sentence": "Shot information list, required when 'multi_shot=true' and 'shot_type=customize'"
   },
   {
    "kind": "sumEquals",
    "list": "model_params.multi_prompt",
    "item": "duration",
    "field": "duration",
    "when": {
     "model_params.multi_shot": true
    },
    "sentence": "The sum of all shot 'duration' values must equal the total video duration"
   },
   {
    "kind": "emptyWhen",
    "field": "prompt",
    "when": {
     "model_params.multi_shot": true,
     "model_params.shot_type": "customize"
    },
    "sentence": "Can be empty when 'multi_shot=true' and 'shot_type=customize'"
   }
  ]
 },
 {
  "model": "kling-v3-motion-control",
  "source": "kling/kling-v3-motion-control.json",
  "date": "2026-08-21",
  "required": [
   "image_urls",
   "video_urls",
   "model_params"
  ],
  "fields": {
   "image_urls": {
    "type": "array",
    "items": {
     "type": "string"
    },
    "maxItems": 1,
    "prose": [
     "Provide one reference image"
    ],
    "media": "image",
    "file": {
     "prose": [
      "Image size: no larger than '10MB'",
      "Supported file formats: '.jpg', '.jpeg', '.png'",
      "Image dimensions: width and height ≥ '300px', aspect ratio between '1:2.5' and '2.5:1'"
     ],
     "maxBytes": 10485760,
     "types": [
      "image/jpeg",
      "image/png"
     ],
     "minSide": 300,
     "minRatio": 0.4,
     "maxRatio": 2.5
    }
   },
   "video_urls": {
    "type": "array",
    "items": {
     "type": "string"
    },
    "maxItems": 1,
    "prose": [
     "Provide one reference video"
    ],
    "media": "video"
   },
   "prompt": {
    "type": "string",
    "maxLength": 2500
   },
   "quality": {
    "type": "string",
    "enum": [
     "720p",
     "1080p"
    ],
    "default": "720p"
   },
   "model_params": {
    "type": "object",
    "properties": {
     "character_orientation": {
      "type": "string",
      "enum": [
       "image",
       "video"
      ]
     },
     "element_list": {
      "type": "array",
      "maxItems": 1,
      "items": {
       "type": "object",
       "properties": {
        "element_id": {
         "type": "string"
        }
       },
       "required": [
        "element_id"
       ]
      }
     },
     "keep_sound": {
      "type": "boolean",
      "default": true
     },
     "watermark_info": {
      "type": "object",
      "properties": {
       "enabled": {
        "type": "boolean"
       }
      }
     }
    },
    "required": [
     "character_orientation"
    ]
   },
   "callback_url": {
    "type": "string",
    "maxLength": 2048,
    "prose": [
     "URL length must not exceed '2048' characters"
    ]
   }
  },
  "rules": [
   {
    "kind": "valuesWith",
    "field": "model_params.character_orientation",
    "other": "model_params.element_list",
    "values": [
     "video"
    ],
    "sentence": "When using 'element_list', only 'video' is supported"
   }
  ]
 },
 {
  "model": "kling-v3-text-to-video",
  "source": "kling/kling-v3-text-to-video.json",
  "date": "2026-08-21",
  "required": [
   "prompt"
  ],
  "fields": {
   "prompt": {
    "type": "string",
    "maxLength": 2500
   },
   "negative_prompt": {
    "type": "string"
   },
   "duration": {
    "type": "integer",
    "minimum": 3,
    "maximum": 15,
    "default": 5
   },
   "aspect_ratio": {
    "type": "string",
    "enum": [
     "16:9",
     "9:16",
     "1:1"
    ]
   },
   "quality": {
    "type": "string",
    "enum": [
     "720p",
     "1080p",
     "4k"
    ],
    "default": "720p"
   },
   "sound": {
    "type": "string",
    "enum": [
     "on",
     "off"
    ],
    "default": "off"
   },
   "model_params": {
    "type": "object",
    "properties": {
     "multi_shot": {
      "type": "boolean",
      "default": false
     },
     "shot_type": {
      "type": "string",
      "enum": [
       "customize",
       "intelligence"
      ]
     },
     "multi_prompt": {
      "type": "array",
      "minItems": 1,
      "maxItems": 6,
      "items": {
       "type": "object",
       "properties": {
        "index": {
         "type": "integer"
        },
        "prompt": {
         "type": "string",
         "maxLength": 512
        },
        "duration": {
         "type": "string"
        }
       },
       "required": [
        "index",
        "prompt",
        "duration"
       ]
      }
     },
     "watermark_info": {
      "type": "object",
      "properties": {
       "enabled": {
        "type": "boolean"
       }
      }
     }
    }
   },
   "callback_url": {
    "type": "string",
    "maxLength": 2048,
    "prose": [
     "URL length must not exceed '2048' characters"
    ]
   }
  },
  "rules": [
   {
    "kind": "requiredWhen",
    "field": "prompt",
    "when": {
     "model_params.multi_shot": false
    },
    "sentence": "Required when 'multi_shot=false' or 'shot_type=intelligence'"
   },
   {
    "kind": "requiredWhen",
    "field": "prompt",
    "when": {
     "model_params.shot_type": "intelligence"
    },
    "sentence": "Required when 'multi_shot=false' or 'shot_type=intelligence'"
   },
   {
    "kind": "requiredWhen",
    "field": "model_params.shot_type",
    "when": {
     "model_params.multi_shot": true
    },
    "sentence": "Shot segmentation method, required when 'multi_shot=true'"
   },
   {
    "kind": "requiredWhen",
    "field": "model_params.multi_prompt",
    "when": {
     "model_params.multi_shot": true,
     "model_params.shot_type": "customize"
    },
    "sentence": "Shot information list, required when 'multi_shot=true' and 'shot_type=customize'"
   },
   {
    "kind": "sumEquals",
    "list": "model_params.multi_prompt",
    "item": "duration",
    "field": "duration",
    "when": {
     "model_params.multi_shot": true
    },
    "sentence": "The sum of all shot 'duration' values must equal the total video duration"
   },
   {
    "kind": "emptyWhen",
    "field": "prompt",
    "when": {
     "model_params.multi_shot": true,
     "model_params.shot_type": "customize"
    },
    "sentence": "Can be empty when 'multi_shot=true' and 'shot_type=customize' (content provided by 'multi_prompt')"
   }
  ]
 },
 {
  "model": "kling-v3-turbo-image-to-video",
  "source": "kling/kling-v3-turbo-image-to-video.json",
  "date": "2026-08-21",
  "required": [
   "image_start"
  ],
  "fields": {
   "image_start": {
    "type": "string",
    "media": "image",
    "file": {
     "prose": [
      "Formats: '.jpg' / '.jpeg' / '.png'",
      "Size: <= '50MB'",
      "Dimensions: width and height both >= '300px'",
      "Aspect ratio: between '1:2.5' and '2.5:1'"
     ],
     "types": [
      "image/jpeg",
      "image/png"
     ],
     "maxBytes": 52428800,
     "minSide": 300,
     "minRatio": 0.4,
     "maxRatio": 2.5
    }
   },
   "prompt": {
    "type": "string",
    "maxLength": 2500
   },
   "quality": {
    "type": "string",
    "enum": [
     "720p",
     "1080p"
    ],
    "default": "720p"
   },
   "duration": {
    "type": "integer",
    "minimum": 3,
    "maximum": 15,
    "default": 5
   },
   "callback_url": {
    "type": "string",
    "maxLength": 2048,
    "prose": [
     "URL length must not exceed '2048' characters"
    ]
   }
  }
 },
 {
  "model": "kling-v3-turbo-text-to-video",
  "source": "kling/kling-v3-turbo-text-to-video.json",
  "date": "2026-08-21",
  "required": [
   "prompt"
  ],
  "fields": {
   "prompt": {
    "type": "string",
    "maxLength": 2500
   },
   "quality": {
    "type": "string",
    "enum": [
     "720p",
     "1080p"
    ],
    "default": "720p"
   },
   "aspect_ratio": {
    "type": "string",
    "enum": [
     "16:9",
     "9:16",
     "1:1"
    ],
    "default": "16:9"
   },
   "duration": {
    "type": "integer",
    "minimum": 3,
    "maximum": 15,
    "default": 5
   },
   "callback_url": {
    "type": "string",
    "maxLength": 2048,
    "prose": [
     "URL length must not exceed '2048' characters"
    ]
   }
  }
 },
 {
  "model": "minimax-h3-image-to-video",
  "source": "minimax/minimax-h3/minimax-h3-image-to-video.json",
  "date": "2026-08-21",
  "required": [
   "prompt"
  ],
  "fields": {
   "prompt": {
    "type": "string",
    "minLength": 1,
    "maxLength": 7000
   },
   "image_start": {
    "type": "string",
    "media": "image",
    "file": {
     "prose": [
      "Formats: JPG, JPEG, PNG, WEBP, HEIC, HEIF",
      "File size: no more than '30MB'",
      "Width and height: each from '256' to '5760' px",
      "Aspect ratio (width/height): '0.4'–'2.5'"
     ],
     "types": [
      "image/jpeg",
      "image/png",
      "image/webp",
      "image/heic"
     ],
     "maxBytes": 31457280,
     "minSide": 256,
     "maxSide": 5760,
     "minRatio": 0.4,
     "maxRatio": 2.5
    }
   },
   "image_end": {
    "type": "string",
    "media": "image",
    "file": {
     "prose": [
      "Formats: JPG, JPEG, PNG, WEBP, HEIC, HEIF",
      "File size: no more than '30MB'",
      "Width and height: each from '256' to '5760' px",
      "Aspect ratio (width/height): '0.4'–'2.5'"
     ],
     "types": [
      "image/jpeg",
      "image/png",
      "image/webp",
      "image/heic"
     ],
     "maxBytes": 31457280,
     "minSide": 256,
     "maxSide": 5760,
     "minRatio": 0.4,
     "maxRatio": 2.5
    }
   },
   "duration": {
    "type": "integer",
    "minimum": 4,
    "maximum": 15,
    "default": 4
   },
   "quality": {
    "type": "string",
    "enum": [
     "768p",
     "2k"
    ],
    "default": "768p"
   },
   "callback_url": {
    "type": "string",
    "pattern": "^https://",
    "maxLength": 2048,
    "prose": [
     "URL length must not exceed '2048' characters"
    ]
   }
  },
  "rules": [
   {
    "kind": "oneNeeded",
    "fields": [
     "image_end",
     "image_start"
    ],
    "sentence": "Provide at least one of 'image_end' and 'image_start'"
   }
  ]
 },
 {
  "model": "minimax-h3-reference-to-video",
  "source": "minimax/minimax-h3/minimax-h3-reference-to-video.json",
  "date": "2026-08-21",
  "required": [
   "prompt"
  ],
  "fields": {
   "prompt": {
    "type": "string",
    "minLength": 1,
    "maxLength": 7000
   },
   "image_urls": {
    "type": "array",
    "maxItems": 9,
    "items": {
     "type": "string"
    },
    "default": [],
    "media": "image",
    "file": {
     "prose": [
      "Formats: JPG, JPEG, PNG, WEBP, HEIC, HEIF",
      "File size: no more than '30MB' each",
      "Width and height: each from '256' to '5760' px",
      "Aspect ratio (width/height): '0.4'–'2.5'"
     ],
     "types": [
      "image/jpeg",
      "image/png",
      "image/webp",
      "image/heic"
     ],
     "maxBytes": 31457280,
     "minSide": 256,
     "maxSide": 5760,
     "minRatio": 0.4,
     "maxRatio": 2.5
    }
   },
   "video_urls": {
    "type": "array",
    "maxItems": 3,
    "items": {
     "type": "string"
    },
    "default": [],
    "media": "video"
   },
   "audio_urls": {
    "type": "array",
    "maxItems": 3,
    "items": {
     "type": "string"
    },
    "default": [],
    "media": "audio"
   },
   "duration": {
    "type": "integer",
    "minimum": 4,
    "maximum": 15,
    "default": 4
   },
   "quality": {
    "type": "string",
    "enum": [
     "768p",
     "2k"
    ],
    "default": "768p"
   },
   "aspect_ratio": {
    "type": "string",
    "enum": [
     "adaptive",
     "16:9",
     "21:9",
     "4:3",
     "1:1",
     "3:4",
     "9:16"
    ],
    "default": "adaptive"
   },
   "callback_url": {
    "type": "string",
    "pattern": "^https://",
    "maxLength": 2048,
    "prose": [
     "URL length must not exceed '2048' characters"
    ]
   }
  },
  "rules": [
   {
    "kind": "oneNeeded",
    "fields": [
     "audio_urls",
     "image_urls",
     "video_urls"
    ],
    "sentence": "Provide at least one of 'image_urls', 'video_urls', or 'audio_urls'"
   },
   {
    "kind": "totalItems",
    "fields": [
     "audio_urls",
     "image_urls",
     "video_urls"
    ],
    "max": 12,
    "sentence": "The three reference types combined must not exceed '12' items (images + videos + audio clips)"
   }
  ]
 },
 {
  "model": "minimax-h3-text-to-video",
  "source": "minimax/minimax-h3/minimax-h3-text-to-video.json",
  "date": "2026-08-21",
  "required": [
   "prompt"
  ],
  "fields": {
   "prompt": {
    "type": "string",
    "minLength": 1,
    "maxLength": 7000
   },
   "duration": {
    "type": "integer",
    "minimum": 4,
    "maximum": 15,
    "default": 4
   },
   "quality": {
    "type": "string",
    "enum": [
     "768p",
     "2k"
    ],
    "default": "768p"
   },
   "aspect_ratio": {
    "type": "string",
    "enum": [
     "16:9",
     "21:9",
     "4:3",
     "1:1",
     "3:4",
     "9:16"
    ],
    "default": "16:9"
   },
   "callback_url": {
    "type": "string",
    "pattern": "^https://",
    "maxLength": 2048,
    "prose": [
     "URL length must not exceed '2048' characters"
    ]
   }
  }
 },
 {
  "model": "omnihuman-1.5",
  "source": "omnihuman/omnihuman-1.5-video-generate.json",
  "date": "2026-08-21",
  "required": [
   "audio_url",
   "image_urls"
  ],
  "fields": {
   "audio_url": {
    "type": "string",
    "media": "audio"
   },
   "image_urls": {
    "type": "array",
    "maxItems": 1,
    "items": {
     "type": "string"
    },
    "media": "image",
    "file": {
     "prose": [
      "Image size: no more than '10MB'",
      "Supported file formats: '.jpg', '.jpeg', '.png', '.webp'"
     ],
     "maxBytes": 10485760,
     "types": [
      "image/jpeg",
      "image/png",
      "image/webp"
     ]
    }
   },
   "prompt": {
    "type": "string"
   },
   "pe_fast_mode": {
    "type": "boolean",
    "default": false
   },
   "mask_url": {
    "type": "array",
    "items": {
     "type": "string"
    },
    "media": "image"
   },
   "seed": {
    "type": "integer"
   },
   "subject_check": {
    "type": "boolean",
    "default": false
   },
   "auto_mask": {
    "type": "boolean",
    "default": false
   },
   "callback_url": {
    "type": "string",
    "maxLength": 2048,
    "prose": [
     "URL length must not exceed '2048' characters"
    ]
   }
  }
 },
 {
  "model": "seedance-1.5-pro",
  "source": "seedance1.5/seedance-1.5-pro-video-generate.json",
  "date": "2026-08-21",
  "required": [
   "prompt"
  ],
  "fields": {
   "prompt": {
    "type": "string",
    "maxLength": 2000
   },
   "image_urls": {
    "type": "array",
    "maxItems": 2,
    "items": {
     "type": "string"
    },
    "media": "image",
    "file": {
     "prose": [
      "Image size: Not exceeding '10MB'",
      "Supported file formats: '.jpg', '.jpeg', '.png', '.webp'",
      "Aspect ratio (width/height): '0.4' ~ '2.5'",
      "Width and height: '300' ~ '6000' px"
     ],
     "maxBytes": 10485760,
     "types": [
      "image/jpeg",
      "image/png",
      "image/webp"
     ],
     "minRatio": 0.4,
     "maxRatio": 2.5,
     "minSide": 300,
     "maxSide": 6000
    }
   },
   "duration": {
    "type": "integer",
    "minimum": 4,
    "maximum": 12,
    "default": 5
   },
   "quality": {
    "type": "string",
    "enum": [
     "480p",
     "720p",
     "1080p"
    ],
    "default": "720p"
   },
   "aspect_ratio": {
    "type": "string",
    "enum": [
     "16:9",
     "9:16",
     "1:1",
     "4:3",
     "3:4",
     "21:9",
     "adaptive"
    ],
    "prose": [
     "- '16:9' (landscape), '9:16' (portrait), '1:1' (square), '4:3', '3:4', '21:9' (ultra-wide), 'adaptive'"
    ]
   },
   "generate_audio": {
    "type": "boolean",
    "default": true
   },
   "callback_url": {
    "type": "string",
    "maxLength": 2048,
    "prose": [
     "URL length must not exceed '2048' characters"
    ]
   }
  }
 },
 {
  "model": "seedance-2.0-fast-image-to-video",
  "source": "seedance2.0/seedance-2.0-fast-image-to-video.json",
  "date": "2026-08-21",
  "required": [
   "prompt",
   "image_urls"
  ],
  "fields": {
   "prompt": {
    "type": "string"
   },
   "image_urls": {
    "type": "array",
    "minItems": 1,
    "maxItems": 2,
    "items": {
     "type": "string"
    },
    "media": "image",
    "file": {
     "prose": [
      "Supported formats: '.jpeg', '.png', '.webp'",
      "Aspect ratio (width/height): '0.4' ~ '2.5'",
      "Width/height pixels: '300' ~ '6000' px",
      "Max size per image: '30MB'"
     ],
     "types": [
      "image/jpeg",
      "image/png",
      "image/webp"
     ],
     "minRatio": 0.4,
     "maxRatio": 2.5,
     "minSide": 300,
     "maxSide": 6000,
     "maxBytes": 31457280
    }
   },
   "duration": {
    "type": "integer",
    "minimum": 4,
    "maximum": 15,
    "default": 5
   },
   "quality": {
    "type": "string",
    "enum": [
     "480p",
     "720p"
    ],
    "default": "720p"
   },
   "aspect_ratio": {
    "type": "string",
    "enum": [
     "16:9",
     "9:16",
     "1:1",
     "4:3",
     "3:4",
     "21:9",
     "adaptive"
    ],
    "default": "adaptive"
   },
   "generate_audio": {
    "type": "boolean",
    "default": true
   },
   "content_filter": {
    "type": "boolean",
    "default": true
   },
   "callback_url": {
    "type": "string",
    "maxLength": 2048,
    "prose": [
     "URL length must not exceed '2048' characters"
    ]
   }
  }
 },
 {
  "model": "seedance-2.0-fast-reference-to-video",
  "source": "seedance2.0/seedance-2.0-fast-reference-to-video.json",
  "date": "2026-08-21",
  "required": [
   "prompt"
  ],
  "fields": {
   "prompt": {
    "type": "string"
   },
   "image_urls": {
    "type": "array",
    "maxItems": 9,
    "items": {
     "type": "string"
    },
    "media": "image",
    "file": {
     "prose": [
      "Supported formats: '.jpeg', '.png', '.webp'",
      "Aspect ratio (width/height): '0.4' ~ '2.5'",
      "Width/height pixels: '300' ~ '6000' px",
      "Max size per image: '30MB'"
     ],
     "types": [
      "image/jpeg",
      "image/png",
      "image/webp"
     ],
     "minRatio": 0.4,
     "maxRatio": 2.5,
     "minSide": 300,
     "maxSide": 6000,
     "maxBytes": 31457280
    }
   },
   "video_urls": {
    "type": "array",
    "maxItems": 3,
    "items": {
     "type": "string"
    },
    "media": "video"
   },
   "audio_urls": {
    "type": "array",
    "maxItems": 3,
    "items": {
     "type": "string"
    },
    "media": "audio"
   },
   "duration": {
    "type": "integer",
    "minimum": 4,
    "maximum": 15,
    "default": 5
   },
   "quality": {
    "type": "string",
    "enum": [
     "480p",
     "720p"
    ],
    "default": "720p"
   },
   "aspect_ratio": {
    "type": "string",
    "enum": [
     "16:9",
     "9:16",
     "1:1",
     "4:3",
     "3:4",
     "21:9",
     "adaptive"
    ],
    "default": "adaptive"
   },
   "generate_audio": {
    "type": "boolean",
    "default": true
   },
   "content_filter": {
    "type": "boolean",
    "default": true
   },
   "callback_url": {
    "type": "string",
    "maxLength": 2048,
    "prose": [
     "URL length must not exceed '2048' characters"
    ]
   }
  },
  "rules": [
   {
    "kind": "needs",
    "field": "audio_urls",
    "others": [
     "image_urls",
     "video_urls"
    ],
    "sentence": "Note: You cannot provide only 'audio_urls'; at least 1 image ('image_urls') or 1 video ('video_urls') must be included"
   }
  ]
 },
 {
  "model": "seedance-2.0-fast-text-to-video",
  "source": "seedance2.0/seedance-2.0-fast-text-to-video.json",
  "date": "2026-08-21",
  "required": [
   "prompt"
  ],
  "fields": {
   "prompt": {
    "type": "string"
   },
   "duration": {
    "type": "integer",
    "minimum": 4,
    "maximum": 15,
    "default": 5
   },
   "quality": {
    "type": "string",
    "enum": [
     "480p",
     "720p"
    ],
    "default": "720p"
   },
   "aspect_ratio": {
    "type": "string",
    "enum": [
     "16:9",
     "9:16",
     "1:1",
     "4:3",
     "3:4",
     "21:9",
     "adaptive"
    ],
    "default": "adaptive"
   },
   "generate_audio": {
    "type": "boolean",
    "default": true
   },
   "content_filter": {
    "type": "boolean",
    "default": true
   },
   "model_params": {
    "type": "object",
    "properties": {
     "web_search": {
      "type": "boolean",
      "default": false
     }
    }
   },
   "callback_url": {
    "type": "string",
    "maxLength": 2048,
    "prose": [
     "URL length must not exceed '2048' characters"
    ]
   }
  }
 },
 {
  "model": "seedance-2.0-image-to-video",
  "source": "seedance2.0/seedance-2.0-image-to-video.json",
  "date": "2026-08-21",
  "required": [
   "prompt",
   "image_urls"
  ],
  "fields": {
   "prompt": {
    "type": "string"
   },
   "image_urls": {
    "type": "array",
    "minItems": 1,
    "maxItems": 2,
    "items": {
     "type": "string"
    },
    "media": "image",
    "file": {
     "prose": [
      "Supported formats: '.jpeg', '.png', '.webp'",
      "Aspect ratio (width/height): '0.4' ~ '2.5'",
      "Width/height pixels: '300' ~ '6000' px",
      "Max size per image: '30MB'"
     ],
     "types": [
      "image/jpeg",
      "image/png",
      "image/webp"
     ],
     "minRatio": 0.4,
     "maxRatio": 2.5,
     "minSide": 300,
     "maxSide": 6000,
     "maxBytes": 31457280
    }
   },
   "duration": {
    "type": "integer",
    "minimum": 4,
    "maximum": 15,
    "default": 5
   },
   "quality": {
    "type": "string",
    "enum": [
     "480p",
     "720p",
     "1080p",
     "4k"
    ],
    "default": "720p"
   },
   "aspect_ratio": {
    "type": "string",
    "enum": [
     "16:9",
     "9:16",
     "1:1",
     "4:3",
     "3:4",
     "21:9",
     "adaptive"
    ],
    "default": "adaptive"
   },
   "generate_audio": {
    "type": "boolean",
    "default": true
   },
   "content_filter": {
    "type": "boolean",
    "default": true
   },
   "callback_url": {
    "type": "string",
    "maxLength": 2048,
    "prose": [
     "URL length must not exceed '2048' characters"
    ]
   }
  }
 },
 {
  "model": "seedance-2.0-mini-image-to-video",
  "source": "seedance2.0/seedance-2.0-mini-image-to-video.json",
  "date": "2026-08-21",
  "required": [
   "prompt",
   "image_urls"
  ],
  "fields": {
   "prompt": {
    "type": "string"
   },
   "image_urls": {
    "type": "array",
    "minItems": 1,
    "maxItems": 2,
    "items": {
     "type": "string"
    },
    "media": "image",
    "file": {
     "prose": [
      "Supported formats: '.jpeg', '.png', '.webp'",
      "Aspect ratio (width/height): '0.4' ~ '2.5'",
      "Width/height pixels: '300' ~ '6000' px",
      "Max size per image: '30MB'"
     ],
     "types": [
      "image/jpeg",
      "image/png",
      "image/webp"
     ],
     "minRatio": 0.4,
     "maxRatio": 2.5,
     "minSide": 300,
     "maxSide": 6000,
     "maxBytes": 31457280
    }
   },
   "duration": {
    "type": "integer",
    "minimum": 4,
    "maximum": 15,
    "default": 5
   },
   "quality": {
    "type": "string",
    "enum": [
     "480p",
     "720p"
    ],
    "default": "720p"
   },
   "aspect_ratio": {
    "type": "string",
    "enum": [
     "16:9",
     "9:16",
     "1:1",
     "4:3",
     "3:4",
     "21:9",
     "adaptive"
    ],
    "default": "adaptive"
   },
   "generate_audio": {
    "type": "boolean",
    "default": true
   },
   "content_filter": {
    "type": "boolean",
    "default": true
   },
   "callback_url": {
    "type": "string",
    "maxLength": 2048,
    "prose": [
     "URL length must not exceed '2048' characters"
    ]
   }
  }
 },
 {
  "model": "seedance-2.0-mini-reference-to-video",
  "source": "seedance2.0/seedance-2.0-mini-reference-to-video.json",
  "date": "2026-08-21",
  "required": [
   "prompt"
  ],
  "fields": {
   "prompt": {
    "type": "string"
   },
   "image_urls": {
    "type": "array",
    "maxItems": 9,
    "items": {
     "type": "string"
    },
    "media": "image",
    "file": {
     "prose": [
      "Supported formats: '.jpeg', '.png', '.webp'",
      "Aspect ratio (width/height): '0.4' ~ '2.5'",
      "Width/height pixels: '300' ~ '6000' px",
      "Max size per image: '30MB'"
     ],
     "types": [
      "image/jpeg",
      "image/png",
      "image/webp"
     ],
     "minRatio": 0.4,
     "maxRatio": 2.5,
     "minSide": 300,
     "maxSide": 6000,
     "maxBytes": 31457280
    }
   },
   "video_urls": {
    "type": "array",
    "maxItems": 3,
    "items": {
     "type": "string"
    },
    "media": "video"
   },
   "audio_urls": {
    "type": "array",
    "maxItems": 3,
    "items": {
     "type": "string"
    },
    "media": "audio"
   },
   "duration": {
    "type": "integer",
    "minimum": 4,
    "maximum": 15,
    "default": 5
   },
   "quality": {
    "type": "string",
    "enum": [
     "480p",
     "720p"
    ],
    "default": "720p"
   },
   "aspect_ratio": {
    "type": "string",
    "enum": [
     "16:9",
     "9:16",
     "1:1",
     "4:3",
     "3:4",
     "21:9",
     "adaptive"
    ],
    "default": "adaptive"
   },
   "generate_audio": {
    "type": "boolean",
    "default": true
   },
   "content_filter": {
    "type": "boolean",
    "default": true
   },
   "callback_url": {
    "type": "string",
    "maxLength": 2048,
    "prose": [
     "URL length must not exceed '2048' characters"
    ]
   }
  },
  "rules": [
   {
    "kind": "needs",
    "field": "audio_urls",
    "others": [
     "image_urls",
     "video_urls"
    ],
    "sentence": "Note: You cannot provide only 'audio_urls'; at least 1 image ('image_urls') or 1 video ('video_urls') must be included"
   }
  ]
 },
 {
  "model": "seedance-2.0-mini-text-to-video",
  "source": "seedance2.0/seedance-2.0-mini-text-to-video.json",
  "date": "2026-08-21",
  "required": [
   "prompt"
  ],
  "fields": {
   "prompt": {
    "type": "string"
   },
   "duration": {
    "type": "integer",
    "minimum": 4,
    "maximum": 15,
    "default": 5
   },
   "quality": {
    "type": "string",
    "enum": [
     "480p",
     "720p"
    ],
    "default": "720p"
   },
   "aspect_ratio": {
    "type": "string",
    "enum": [
     "16:9",
     "9:16",
     "1:1",
     "4:3",
     "3:4",
     "21:9",
     "adaptive"
    ],
    "default": "adaptive"
   },
   "generate_audio": {
    "type": "boolean",
    "default": true
   },
   "content_filter": {
    "type": "boolean",
    "default": true
   },
   "callback_url": {
    "type": "string",
    "maxLength": 2048,
    "prose": [
     "URL length must not exceed '2048' characters"
    ]
   }
  }
 },
 {
  "model": "seedance-2.0-reference-to-video",
  "source": "seedance2.0/seedance-2.0-reference-to-video.json",
  "date": "2026-08-21",
  "required": [
   "prompt"
  ],
  "fields": {
   "prompt": {
    "type": "string"
   },
   "image_urls": {
    "type": "array",
    "maxItems": 9,
    "items": {
     "type": "string"
    },
    "media": "image",
    "file": {
     "prose": [
      "Supported formats: '.jpeg', '.png', '.webp'",
      "Aspect ratio (width/height): '0.4' ~ '2.5'",
      "Width/height pixels: '300' ~ '6000' px",
      "Max size per image: '30MB'"
     ],
     "types": [
      "image/jpeg",
      "image/png",
      "image/webp"
     ],
     "minRatio": 0.4,
     "maxRatio": 2.5,
     "minSide": 300,
     "maxSide": 6000,
     "maxBytes": 31457280
    }
   },
   "video_urls": {
    "type": "array",
    "maxItems": 3,
    "items": {
     "type": "string"
    },
    "media": "video"
   },
   "audio_urls": {
    "type": "array",
    "maxItems": 3,
    "items": {
     "type": "string"
    },
    "media": "audio"
   },
   "duration": {
    "type": "integer",
    "minimum": 4,
    "maximum": 15,
    "default": 5
   },
   "quality": {
    "type": "string",
    "enum": [
     "480p",
     "720p",
     "1080p",
     "4k"
    ],
    "default": "720p"
   },
   "aspect_ratio": {
    "type": "string",
    "enum": [
     "16:9",
     "9:16",
     "1:1",
     "4:3",
     "3:4",
     "21:9",
     "adaptive"
    ],
    "default": "adaptive"
   },
   "generate_audio": {
    "type": "boolean",
    "default": true
   },
   "content_filter": {
    "type": "boolean",
    "default": true
   },
   "callback_url": {
    "type": "string",
    "maxLength": 2048,
    "prose": [
     "URL length must not exceed '2048' characters"
    ]
   }
  },
  "rules": [
   {
    "kind": "needs",
    "field": "audio_urls",
    "others": [
     "image_urls",
     "video_urls"
    ],
    "sentence": "Note: You cannot provide only 'audio_urls'; at least 1 image ('image_urls') or 1 video ('video_urls') must be included"
   }
  ]
 },
 {
  "model": "seedance-2.0-text-to-video",
  "source": "seedance2.0/seedance-2.0-text-to-video.json",
  "date": "2026-08-21",
  "required": [
   "prompt"
  ],
  "fields": {
   "prompt": {
    "type": "string"
   },
   "duration": {
    "type": "integer",
    "minimum": 4,
    "maximum": 15,
    "default": 5
   },
   "quality": {
    "type": "string",
    "enum": [
     "480p",
     "720p",
     "1080p",
     "4k"
    ],
    "default": "720p"
   },
   "aspect_ratio": {
    "type": "string",
    "enum": [
     "16:9",
     "9:16",
     "1:1",
     "4:3",
     "3:4",
     "21:9",
     "adaptive"
    ],
    "default": "adaptive"
   },
   "generate_audio": {
    "type": "boolean",
    "default": true
   },
   "content_filter": {
    "type": "boolean",
    "default": true
   },
   "model_params": {
    "type": "object",
    "properties": {
     "web_search": {
      "type": "boolean",
      "default": false
     }
    }
   },
   "callback_url": {
    "type": "string",
    "maxLength": 2048,
    "prose": [
     "URL length must not exceed '2048' characters"
    ]
   }
  }
 },
 {
  "model": "seedance-2.5-image-to-video",
  "source": "seedance2.5/seedance-2.5-image-to-video.json",
  "date": "2026-08-21",
  "required": [
   "prompt",
   "image_urls"
  ],
  "fields": {
   "prompt": {
    "type": "string"
   },
   "image_urls": {
    "type": "array",
    "minItems": 1,
    "maxItems": 2,
    "items": {
     "type": "string"
    },
    "media": "image",
    "file": {
     "prose": [
      "Supported formats: '.jpeg', '.png', '.webp'",
      "Aspect ratio (width/height): '0.4' ~ '2.5'",
      "Width/height pixels: '300' ~ '6000' px",
      "Max size per image: '30MB'"
     ],
     "types": [
      "image/jpeg",
      "image/png",
      "image/webp"
     ],
     "minRatio": 0.4,
     "maxRatio": 2.5,
     "minSide": 300,
     "maxSide": 6000,
     "maxBytes": 31457280
    }
   },
   "duration": {
    "type": "integer",
    "default": 5,
    "oneOf": [
     {
      "type": "integer",
      "minimum": 4,
      "maximum": 30
     },
     {
      "type": "integer",
      "enum": [
       -1
      ]
     }
    ],
    "prose": [
     "Supports any integer value between '4'–'30' seconds"
    ]
   },
   "quality": {
    "type": "string",
    "enum": [
     "480p",
     "720p",
     "1080p"
    ],
    "default": "720p"
   },
   "aspect_ratio": {
    "type": "string",
    "enum": [
     "adaptive"
    ],
    "default": "adaptive"
   },
   "generate_audio": {
    "type": "boolean",
    "default": true
   },
   "content_filter": {
    "type": "boolean",
    "default": true
   },
   "output_format": {
    "type": "string",
    "enum": [
     "mp4",
     "mov"
    ],
    "default": "mp4"
   },
   "callback_url": {
    "type": "string",
    "maxLength": 2048,
    "prose": [
     "URL length must not exceed '2048' characters"
    ]
   }
  }
 },
 {
  "model": "seedance-2.5-reference-to-video",
  "source": "seedance2.5/seedance-2.5-reference-to-video.json",
  "date": "2026-08-21",
  "required": [
   "prompt"
  ],
  "fields": {
   "prompt": {
    "type": "string"
   },
   "image_urls": {
    "type": "array",
    "minItems": 1,
    "maxItems": 30,
    "items": {
     "type": "string"
    },
    "media": "image",
    "file": {
     "prose": [
      "Supported formats: '.jpeg', '.png', '.webp'",
      "Aspect ratio (width/height): '0.4' ~ '2.5'",
      "Width/height pixels: '300' ~ '6000' px",
      "Max size per image: '30MB'"
     ],
     "types": [
      "image/jpeg",
      "image/png",
      "image/webp"
     ],
     "minRatio": 0.4,
     "maxRatio": 2.5,
     "minSide": 300,
     "maxSide": 6000,
     "maxBytes": 31457280
    }
   },
   "video_urls": {
    "type": "array",
    "minItems": 1,
    "maxItems": 10,
    "items": {
     "type": "string"
    },
    "media": "video"
   },
   "audio_urls": {
    "type": "array",
    "minItems": 1,
    "maxItems": 10,
    "items": {
     "type": "string"
    },
    "media": "audio"
   },
   "duration": {
    "type": "integer",
    "default": 5,
    "oneOf": [
     {
      "type": "integer",
      "minimum": 4,
      "maximum": 30
     },
     {
      "type": "integer",
      "enum": [
       -1
      ]
     }
    ],
    "prose": [
     "Supports any integer value between '4'–'30' seconds"
    ]
   },
   "quality": {
    "type": "string",
    "enum": [
     "480p",
     "720p",
     "1080p"
    ],
    "default": "720p"
   },
   "aspect_ratio": {
    "type": "string",
    "enum": [
     "16:9",
     "9:16",
     "1:1",
     "4:3",
     "3:4",
     "21:9",
     "adaptive"
    ],
    "default": "adaptive"
   },
   "generate_audio": {
    "type": "boolean",
    "default": true
   },
   "content_filter": {
    "type": "boolean",
    "default": true
   },
   "output_format": {
    "type": "string",
    "enum": [
     "mp4",
     "mov"
    ],
    "default": "mp4"
   },
   "callback_url": {
    "type": "string",
    "maxLength": 2048,
    "prose": [
     "URL length must not exceed '2048' characters"
    ]
   }
  },
  "rules": [
   {
    "kind": "oneNeeded",
    "fields": [
     "audio_urls",
     "image_urls",
     "video_urls"
    ],
    "sentence": "Requirement: At least one of 'image_urls', 'video_urls', or 'audio_urls' must be provided."
   }
  ]
 },
 {
  "model": "seedance-2.5-text-to-video",
  "source": "seedance2.5/seedance-2.5-text-to-video.json",
  "date": "2026-08-21",
  "required": [
   "prompt"
  ],
  "fields": {
   "prompt": {
    "type": "string"
   },
   "duration": {
    "type": "integer",
    "default": 5,
    "oneOf": [
     {
      "type": "integer",
      "minimum": 4,
      "maximum": 30
     },
     {
      "type": "integer",
      "enum": [
       -1
      ]
     }
    ],
    "prose": [
     "Supports any integer value between '4'–'30' seconds"
    ]
   },
   "quality": {
    "type": "string",
    "enum": [
     "480p",
     "720p",
     "1080p"
    ],
    "default": "720p"
   },
   "aspect_ratio": {
    "type": "string",
    "enum": [
     "16:9",
     "9:16",
     "1:1",
     "4:3",
     "3:4",
     "21:9",
     "adaptive"
    ],
    "default": "adaptive"
   },
   "generate_audio": {
    "type": "boolean",
    "default": true
   },
   "content_filter": {
    "type": "boolean",
    "default": true
   },
   "output_format": {
    "type": "string",
    "enum": [
     "mp4",
     "mov"
    ],
    "default": "mp4"
   },
   "model_params": {
    "type": "object",
    "properties": {
     "web_search": {
      "type": "boolean",
      "default": false
     }
    }
   },
   "callback_url": {
    "type": "string",
    "maxLength": 2048,
    "prose": [
     "URL length must not exceed '2048' characters"
    ]
   }
  }
 },
 {
  "model": "seedance-2.5-video-edit",
  "source": "seedance2.5/seedance-2.5-video-edit.json",
  "date": "2026-08-21",
  "required": [
   "prompt",
   "video_urls"
  ],
  "fields": {
   "prompt": {
    "type": "string"
   },
   "video_urls": {
    "type": "array",
    "minItems": 1,
    "maxItems": 10,
    "items": {
     "type": "string"
    },
    "media": "video"
   },
   "image_urls": {
    "type": "array",
    "minItems": 1,
    "maxItems": 30,
    "items": {
     "type": "string"
    },
    "media": "image",
    "file": {
     "prose": [
      "Supported formats: '.jpeg', '.png', '.webp'",
      "Aspect ratio (width/height): '0.4' ~ '2.5'",
      "Width/height pixels: '300' ~ '6000' px",
      "Max size per image: '30MB'"
     ],
     "types": [
      "image/jpeg",
      "image/png",
      "image/webp"
     ],
     "minRatio": 0.4,
     "maxRatio": 2.5,
     "minSide": 300,
     "maxSide": 6000,
     "maxBytes": 31457280
    }
   },
   "audio_urls": {
    "type": "array",
    "minItems": 1,
    "maxItems": 10,
    "items": {
     "type": "string"
    },
    "media": "audio"
   },
   "duration": {
    "type": "integer",
    "enum": [
     -1
    ],
    "default": -1
   },
   "quality": {
    "type": "string",
    "enum": [
     "480p",
     "720p",
     "1080p"
    ],
    "default": "720p"
   },
   "aspect_ratio": {
    "type": "string",
    "enum": [
     "adaptive"
    ],
    "default": "adaptive"
   },
   "generate_audio": {
    "type": "boolean",
    "default": true
   },
   "content_filter": {
    "type": "boolean",
    "default": true
   },
   "output_format": {
    "type": "string",
    "enum": [
     "mp4",
     "mov"
    ],
    "default": "mp4"
   },
   "callback_url": {
    "type": "string",
    "maxLength": 2048,
    "prose": [
     "URL length must not exceed '2048' characters"
    ]
   }
  }
 },
 {
  "model": "seedance-2.5-video-extend",
  "source": "seedance2.5/seedance-2.5-video-extend.json",
  "date": "2026-08-21",
  "required": [
   "prompt",
   "video_urls"
  ],
  "fields": {
   "prompt": {
    "type": "string"
   },
   "video_urls": {
    "type": "array",
    "minItems": 1,
    "maxItems": 10,
    "items": {
     "type": "string"
    },
    "media": "video"
   },
   "image_urls": {
    "type": "array",
    "minItems": 1,
    "maxItems": 30,
    "items": {
     "type": "string"
    },
    "media": "image",
    "file": {
     "prose": [
      "Supported formats: '.jpeg', '.png', '.webp'",
      "Aspect ratio (width/height): '0.4' ~ '2.5'",
      "Width/height pixels: '300' ~ '6000' px",
      "Max size per image: '30MB'"
     ],
     "types": [
      "image/jpeg",
      "image/png",
      "image/webp"
     ],
     "minRatio": 0.4,
     "maxRatio": 2.5,
     "minSide": 300,
     "maxSide": 6000,
     "maxBytes": 31457280
    }
   },
   "audio_urls": {
    "type": "array",
    "minItems": 1,
    "maxItems": 10,
    "items": {
     "type": "string"
    },
    "media": "audio"
   },
   "duration": {
    "type": "integer",
    "default": 5,
    "oneOf": [
     {
      "type": "integer",
      "minimum": 4,
      "maximum": 30
     },
     {
      "type": "integer",
      "enum": [
       -1
      ]
     }
    ],
    "prose": [
     "Supports any integer value between '4'–'30' seconds"
    ]
   },
   "quality": {
    "type": "string",
    "enum": [
     "480p",
     "720p",
     "1080p"
    ],
    "default": "720p"
   },
   "aspect_ratio": {
    "type": "string",
    "enum": [
     "adaptive"
    ],
    "default": "adaptive"
   },
   "generate_audio": {
    "type": "boolean",
    "default": true
   },
   "content_filter": {
    "type": "boolean",
    "default": true
   },
   "output_format": {
    "type": "string",
    "enum": [
     "mp4",
     "mov"
    ],
    "default": "mp4"
   },
   "callback_url": {
    "type": "string",
    "maxLength": 2048,
    "prose": [
     "URL length must not exceed '2048' characters"
    ]
   }
  }
 },
 {
  "model": "sora-2-preview",
  "source": "sora2/sora-2-preview-video-generate.json",
  "date": "2026-08-21",
  "required": [
   "prompt"
  ],
  "fields": {
   "prompt": {
    "type": "string",
    "maxLength": 5000
   },
   "aspect_ratio": {
    "type": "string",
    "enum": [
     "1280x720",
     "720x1280",
     "16:9",
     "9:16"
    ]
   },
   "duration": {
    "type": "integer",
    "default": 4,
    "enum": [
     4,
     8,
     12
    ],
    "prose": [
     "Only supports '4', '8', '12' seconds"
    ]
   },
   "image_urls": {
    "type": "array",
    "maxItems": 1,
    "items": {
     "type": "string"
    },
    "media": "image",
    "file": {
     "prose": [
      "Max size: 10MB",
      "Formats: .jpg, .jpeg, .png, .webp",
      "Image pixel dimensions must exactly match the selected aspect_ratio (e.g., if aspect_ratio is '1280x720', the uploaded image must be exactly 1280x720 pixels)"
     ],
     "maxBytes": 10485760,
     "types": [
      "image/jpeg",
      "image/png",
      "image/webp"
     ],
     "sizeOf": "aspect_ratio"
    }
   },
   "callback_url": {
    "type": "string",
    "maxLength": 2048,
    "prose": [
     "URL length max 2048 characters"
    ]
   }
  }
 },
 {
  "model": "sora-2-pro-preview",
  "source": "sora2pro/sora-2-pro-preview-video-generate.json",
  "date": "2026-08-21",
  "required": [
   "prompt"
  ],
  "fields": {
   "prompt": {
    "type": "string",
    "maxLength": 5000
   },
   "aspect_ratio": {
    "type": "string",
    "enum": [
     "16:9",
     "9:16"
    ]
   },
   "duration": {
    "type": "integer",
    "enum": [
     4,
     8,
     12
    ],
    "prose": [
     "Currently only supports '4', '8', '12' values"
    ]
   },
   "quality": {
    "type": "string",
    "enum": [
     "720p",
     "1080p"
    ]
   },
   "image_urls": {
    "type": "array",
    "maxItems": 1,
    "items": {
     "type": "string"
    },
    "media": "image",
    "file": {
     "prose": [
      "Image size: no more than '10MB'",
      "Supported file formats: '.jpg', '.jpeg', '.png', '.webp'"
     ],
     "maxBytes": 10485760,
     "types": [
      "image/jpeg",
      "image/png",
      "image/webp"
     ]
    }
   },
   "callback_url": {
    "type": "string",
    "maxLength": 2048,
    "prose": [
     "URL length must not exceed '2048' characters"
    ]
   }
  }
 },
 {
  "model": "topaz-video-upscale",
  "source": "topaz/topaz-video-upscale.json",
  "date": "2026-08-21",
  "required": [
   "video_urls"
  ],
  "fields": {
   "video_urls": {
    "type": "array",
    "minItems": 1,
    "maxItems": 1,
    "items": {
     "type": "string"
    },
    "media": "video"
   },
   "model_params": {
    "type": "object",
    "properties": {
     "upscale_factor": {
      "type": "string",
      "enum": [
       "1",
       "2",
       "4"
      ],
      "default": "2"
     }
    }
   },
   "callback_url": {
    "type": "string",
    "maxLength": 2048,
    "prose": [
     "URL length must not exceed '2048' characters"
    ]
   }
  }
 },
 {
  "model": "veo-3.1-fast-generate-preview",
  "source": "veo3.1/veo-3.1-fast-generate-preview-generate.json",
  "date": "2026-08-21",
  "required": [
   "prompt"
  ],
  "fields": {
   "prompt": {
    "type": "string",
    "maxLength": 2000
   },
   "image_urls": {
    "type": "array",
    "maxItems": 3,
    "items": {
     "type": "string"
    },
    "media": "image",
    "file": {
     "prose": [
      "Reference image URLs, max 3 images (FIRST&LAST mode supports 1-2, REFERENCE mode supports up to 3), max 10MB each"
     ],
     "maxBytes": 10485760
    }
   },
   "generation_type": {
    "type": "string",
    "enum": [
     "TEXT",
     "FIRST&LAST",
     "REFERENCE"
    ]
   },
   "aspect_ratio": {
    "type": "string",
    "enum": [
     "auto",
     "16:9",
     "9:16"
    ]
   },
   "generate_audio": {
    "type": "boolean",
    "default": true
   },
   "duration": {
    "type": "integer",
    "enum": [
     4,
     6,
     8
    ],
    "default": 4
   },
   "n": {
    "type": "integer",
    "minimum": 1,
    "maximum": 4,
    "default": 1
   },
   "quality": {
    "type": "string",
    "enum": [
     "720p",
     "1080p",
     "4k"
    ],
    "default": "720p"
   },
   "seed": {
    "type": "integer",
    "minimum": 1,
    "maximum": 4294967295
   },
   "negative_prompt": {
    "type": "string"
   },
   "person_generation": {
    "type": "string",
    "enum": [
     "allow_adult",
     "dont_allow"
    ],
    "default": "allow_adult"
   },
   "resize_mode": {
    "type": "string",
    "enum": [
     "pad",
     "crop"
    ],
    "default": "pad"
   },
   "callback_url": {
    "type": "string",
    "media": "file"
   }
  },
  "rules": [
   {
    "kind": "whenValue",
    "field": "generation_type",
    "value": "FIRST&LAST",
    "sentence": "'FIRST&LAST': First-last frame, 1-2 images",
    "other": "image_urls",
    "minItems": 1,
    "maxItems": 2
   },
   {
    "kind": "whenValue",
    "field": "generation_type",
    "value": "REFERENCE",
    "sentence": "'REFERENCE': Reference image, max 3 images, duration fixed at 8s, aspect ratio fixed at 16:9, except 'generate_audio', other advanced params not supported",
    "other": "image_urls",
    "maxItems": 3
   },
   {
    "kind": "whenValue",
    "field": "generation_type",
    "value": "REFERENCE",
    "sentence": "'REFERENCE': Reference image, max 3 images, duration fixed at 8s, aspect ratio fixed at 16:9, except 'generate_audio', other advanced params not supported",
    "other": "duration",
    "values": [
     8
    ]
   },
   {
    "kind": "whenValue",
    "field": "generation_type",
    "value": "REFERENCE",
    "sentence": "'REFERENCE': Reference image, max 3 images, duration fixed at 8s, aspect ratio fixed at 16:9, except 'generate_audio', other advanced params not supported",
    "other": "aspect_ratio",
    "values": [
     "16:9"
    ]
   }
  ]
 },
 {
  "model": "veo-3.1-generate-preview",
  "source": "veo3.1/veo-3.1-generate-preview-generate.json",
  "date": "2026-08-21",
  "required": [
   "prompt"
  ],
  "fields": {
   "prompt": {
    "type": "string",
    "maxLength": 2000
   },
   "image_urls": {
    "type": "array",
    "maxItems": 3,
    "items": {
     "type": "string"
    },
    "media": "image",
    "file": {
     "prose": [
      "Reference images, max 3, max 10MB each"
     ],
     "maxBytes": 10485760
    }
   },
   "generation_type": {
    "type": "string",
    "enum": [
     "TEXT",
     "FIRST&LAST",
     "REFERENCE"
    ]
   },
   "aspect_ratio": {
    "type": "string",
    "enum": [
     "auto",
     "16:9",
     "9:16"
    ]
   },
   "generate_audio": {
    "type": "boolean",
    "default": true
   },
   "duration": {
    "type": "integer",
    "enum": [
     4,
     6,
     8
    ],
    "default": 4
   },
   "n": {
    "type": "integer",
    "minimum": 1,
    "maximum": 4,
    "default": 1
   },
   "quality": {
    "type": "string",
    "enum": [
     "720p",
     "1080p",
     "4k"
    ],
    "default": "720p"
   },
   "seed": {
    "type": "integer",
    "minimum": 1,
    "maximum": 4294967295
   },
   "negative_prompt": {
    "type": "string"
   },
   "person_generation": {
    "type": "string",
    "enum": [
     "allow_adult",
     "dont_allow"
    ],
    "default": "allow_adult"
   },
   "resize_mode": {
    "type": "string",
    "enum": [
     "pad",
     "crop"
    ],
    "default": "pad"
   },
   "callback_url": {
    "type": "string",
    "media": "file"
   }
  },
  "rules": [
   {
    "kind": "whenValue",
    "field": "generation_type",
    "value": "FIRST&LAST",
    "sentence": "'FIRST&LAST': First-last frame, 1-2 images",
    "other": "image_urls",
    "minItems": 1,
    "maxItems": 2
   },
   {
    "kind": "whenValue",
    "field": "generation_type",
    "value": "REFERENCE",
    "sentence": "'REFERENCE': Reference image, max 3 images, duration fixed at 8s, aspect ratio fixed at 16:9, except 'generate_audio', other advanced params not supported",
    "other": "image_urls",
    "maxItems": 3
   },
   {
    "kind": "whenValue",
    "field": "generation_type",
    "value": "REFERENCE",
    "sentence": "'REFERENCE': Reference image, max 3 images, duration fixed at 8s, aspect ratio fixed at 16:9, except 'generate_audio', other advanced params not supported",
    "other": "duration",
    "values": [
     8
    ]
   },
   {
    "kind": "whenValue",
    "field": "generation_type",
    "value": "REFERENCE",
    "sentence": "'REFERENCE': Reference image, max 3 images, duration fixed at 8s, aspect ratio fixed at 16:9, except 'generate_audio', other advanced params not supported",
    "other": "aspect_ratio",
    "values": [
     "16:9"
    ]
   }
  ]
 },
 {
  "model": "veo3.1-fast-beta",
  "source": "veo3.1/veo3.1-fast-video-generate.json",
  "date": "2026-08-21",
  "required": [
   "prompt"
  ],
  "fields": {
   "prompt": {
    "type": "string",
    "maxLength": 2000
   },
   "aspect_ratio": {
    "type": "string",
    "enum": [
     "auto",
     "16:9",
     "9:16"
    ],
    "default": "auto"
   },
   "image_urls": {
    "type": "array",
    "maxItems": 3,
    "items": {
     "type": "string"
    },
    "media": "image",
    "file": {
     "prose": [
      "Image size: no more than '10MB'",
      "Supported file formats: '.jpg', '.jpeg', '.png', '.webp'"
     ],
     "maxBytes": 10485760,
     "types": [
      "image/jpeg",
      "image/png",
      "image/webp"
     ]
    }
   },
   "quality": {
    "type": "string",
    "enum": [
     "720p"
    ],
    "default": "720p"
   },
   "generation_type": {
    "type": "string",
    "enum": [
     "TEXT",
     "FIRST&LAST",
     "REFERENCE"
    ]
   },
   "enhance_prompt": {
    "type": "boolean",
    "default": true
   },
   "callback_url": {
    "type": "string",
    "maxLength": 2048,
    "prose": [
     "URL length must not exceed '2048' characters"
    ]
   }
  },
  "rules": [
   {
    "kind": "whenValue",
    "field": "generation_type",
    "value": "FIRST&LAST",
    "sentence": "'FIRST&LAST': First and last frame to video, supports '1'~'2' images",
    "other": "image_urls",
    "minItems": 1,
    "maxItems": 2
   },
   {
    "kind": "whenValue",
    "field": "generation_type",
    "value": "REFERENCE",
    "sentence": "'REFERENCE': Reference image to video, supports up to '3' images",
    "other": "image_urls",
    "maxItems": 3
   },
   {
    "kind": "whenValue",
    "field": "generation_type",
    "value": "REFERENCE",
    "other": "aspect_ratio",
    "values": [
     "16:9"
    ],
    "sentence": "Currently, the reference image to video 'REFERENCE' mode only supports '16:9' aspect ratio"
   }
  ]
 },
 {
  "model": "veo3.1-pro-beta",
  "source": "veo3.1/veo3.1-pro-video-generate.json",
  "date": "2026-08-21",
  "required": [
   "prompt"
  ],
  "fields": {
   "prompt": {
    "type": "string",
    "maxLength": 2000
   },
   "aspect_ratio": {
    "type": "string",
    "enum": [
     "auto",
     "16:9",
     "9:16"
    ],
    "default": "auto"
   },
   "image_urls": {
    "type": "array",
    "maxItems": 2,
    "items": {
     "type": "string"
    },
    "media": "image",
    "file": {
     "prose": [
      "Image size: no more than '10MB'",
      "Supported file formats: '.jpg', '.jpeg', '.png', '.webp'"
     ],
     "maxBytes": 10485760,
     "types": [
      "image/jpeg",
      "image/png",
      "image/webp"
     ]
    }
   },
   "quality": {
    "type": "string",
    "enum": [
     "720p"
    ],
    "default": "720p"
   },
   "generation_type": {
    "type": "string",
    "enum": [
     "TEXT",
     "FIRST&LAST"
    ]
   },
   "enhance_prompt": {
    "type": "boolean",
    "default": true
   },
   "callback_url": {
    "type": "string",
    "maxLength": 2048,
    "prose": [
     "URL length must not exceed '2048' characters"
    ]
   }
  },
  "rules": [
   {
    "kind": "whenValue",
    "field": "generation_type",
    "value": "FIRST&LAST",
    "sentence": "'FIRST&LAST': First and last frame to video, supports '1'~'2' images",
    "other": "image_urls",
    "minItems": 1,
    "maxItems": 2
   }
  ]
 },
 {
  "model": "videoretalk",
  "source": "videoretalk/videoretalk-video-generate.json",
  "date": "2026-08-21",
  "required": [
   "video_url",
   "audio_url"
  ],
  "fields": {
   "video_url": {
    "type": "string",
    "media": "video"
   },
   "audio_url": {
    "type": "string",
    "media": "audio"
   },
   "ref_image_url": {
    "type": "string",
    "media": "image"
   },
   "video_extension": {
    "type": "boolean",
    "default": false
   },
   "query_face_threshold": {
    "type": "integer",
    "minimum": 120,
    "maximum": 200,
    "default": 170
   },
   "callback_url": {
    "type": "string",
    "maxLength": 2048,
    "prose": [
     "URL length must not exceed '2048' characters"
    ]
   }
  }
 },
 {
  "model": "wan2.5-image-to-video",
  "source": "wan2.5/wan2.5-image-to-video.json",
  "date": "2026-08-21",
  "required": [
   "prompt",
   "image_urls"
  ],
  "fields": {
   "prompt": {
    "type": "string",
    "maxLength": 2000
   },
   "duration": {
    "type": "integer",
    "enum": [
     5,
     10
    ],
    "prose": [
     "Only supports values '5' and '10', representing '5 seconds' and '10 seconds' respectively"
    ]
   },
   "quality": {
    "type": "string",
    "default": "720p",
    "enum": [
     "480p",
     "720p",
     "1080p"
    ],
    "prose": [
     "- '480p': Lower quality, lower price - '720p': Standard quality, standard price, this is the default - '1080p': High quality, higher price"
    ]
   },
   "image_urls": {
    "type": "array",
    "maxItems": 1,
    "items": {
     "type": "string"
    },
    "media": "image",
    "file": {
     "prose": [
      "Image size: no more than '10MB'",
      "Supported image formats: '.jpeg', '.jpg', '.png' (transparent channels not supported), '.bmp', '.webp'",
      "Image resolution: image width and height range is '[360, 2000]' pixels"
     ],
     "maxBytes": 10485760,
     "types": [
      "image/jpeg",
      "image/png",
      "image/bmp",
      "image/webp"
     ],
     "minSide": 360,
     "maxSide": 2000
    }
   },
   "prompt_extend": {
    "type": "boolean",
    "default": true
   },
   "callback_url": {
    "type": "string",
    "maxLength": 2048,
    "prose": [
     "URL length must not exceed '2048' characters"
    ]
   }
  }
 },
 {
  "model": "wan2.5-text-to-video",
  "source": "wan2.5/wan2.5-text-to-video.json",
  "date": "2026-08-21",
  "required": [
   "prompt"
  ],
  "fields": {
   "prompt": {
    "type": "string",
    "maxLength": 2000
   },
   "aspect_ratio": {
    "type": "string",
    "default": "16:9",
    "enum": [
     "16:9",
     "9:16",
     "1:1",
     "4:3",
     "3:4"
    ]
   },
   "quality": {
    "type": "string",
    "default": "720p",
    "enum": [
     "480p",
     "720p",
     "1080p"
    ],
    "prose": [
     "- '480p': Lower quality, lower price - '720p': Standard quality, standard price, this is the default - '1080p': High quality, higher price"
    ]
   },
   "duration": {
    "type": "integer",
    "enum": [
     5,
     10
    ],
    "prose": [
     "Only supports values '5' and '10', representing '5 seconds' and '10 seconds' respectively"
    ]
   },
   "prompt_extend": {
    "type": "boolean",
    "default": true
   },
   "callback_url": {
    "type": "string",
    "maxLength": 2048,
    "prose": [
     "URL length must not exceed '2048' characters"
    ]
   }
  },
  "rules": [
   {
    "kind": "valuesBy",
    "field": "aspect_ratio",
    "other": "quality",
    "allowed": {
     "480p": [
      "16:9",
      "9:16",
      "1:1"
     ],
     "720p": [
      "16:9",
      "9:16",
      "1:1",
      "4:3",
      "3:4"
     ],
     "1080p": [
      "16:9",
      "9:16",
      "1:1",
      "4:3",
      "3:4"
     ]
    },
    "sentence": "- '480p': Supports '16:9' (landscape), '9:16' (portrait), '1:1' (square) - '720p': Supports '16:9' (landscape), '9:16' (portrait), '1:1' (square), '4:3', '3:4' - '1080p': Supports '16:9' (landscape), '9:16' (portrait), '1:1' (square), '4:3', '3:4'"
   }
  ]
 },
 {
  "model": "wan2.6-image-to-video",
  "source": "wan2.6/wan2.6-image-to-video.json",
  "date": "2026-08-21",
  "required": [
   "prompt",
   "image_urls"
  ],
  "fields": {
   "prompt": {
    "type": "string",
    "maxLength": 1500
   },
   "duration": {
    "type": "integer",
    "minimum": 2,
    "maximum": 15
   },
   "quality": {
    "type": "string",
    "default": "720p",
    "enum": [
     "720p",
     "1080p"
    ],
    "prose": [
     "- '720p': Standard definition, standard price, this is the default - '1080p': High definition, higher price"
    ]
   },
   "image_urls": {
    "type": "array",
    "maxItems": 1,
    "items": {
     "type": "string"
    },
    "media": "image",
    "file": {
     "prose": [
      "Image size: no more than '10MB'",
      "Supported formats: '.jpeg', '.jpg', '.png' (transparent channel not supported), '.bmp', '.webp'",
      "Image resolution: width and height range is '[360, 2000]' pixels"
     ],
     "maxBytes": 10485760,
     "types": [
      "image/jpeg",
      "image/png",
      "image/bmp",
      "image/webp"
     ],
     "minSide": 360,
     "maxSide": 2000
    }
   },
   "prompt_extend": {
    "type": "boolean",
    "default": true
   },
   "model_params": {
    "type": "object",
    "properties": {
     "shot_type": {
      "type": "string",
      "enum": [
       "single",
       "multi"
      ]
     }
    }
   },
   "audio_url": {
    "type": "string",
    "media": "audio"
   },
   "callback_url": {
    "type": "string",
    "maxLength": 2048,
    "prose": [
     "URL length must not exceed '2048' characters"
    ]
   }
  }
 },
 {
  "model": "wan2.6-image-to-video-flash",
  "source": "wan2.6/wan2.6-image-to-video-flash.json",
  "date": "2026-08-21",
  "required": [
   "prompt",
   "image_urls"
  ],
  "fields": {
   "prompt": {
    "type": "string",
    "maxLength": 1500
   },
   "duration": {
    "type": "integer",
    "minimum": 2,
    "maximum": 15
   },
   "quality": {
    "type": "string",
    "default": "720p",
    "enum": [
     "720p",
     "1080p"
    ],
    "prose": [
     "- '720p': Standard quality, standard pricing, this is the default - '1080p': High quality, higher pricing"
    ]
   },
   "image_urls": {
    "type": "array",
    "maxItems": 1,
    "items": {
     "type": "string"
    },
    "media": "image",
    "file": {
     "prose": [
      "Image size: not exceeding '10MB'",
      "Supported image formats: '.jpeg', '.jpg', '.png' (no transparency), '.bmp', '.webp'",
      "Image resolution: width and height range '[360, 2000]' pixels"
     ],
     "maxBytes": 10485760,
     "types": [
      "image/jpeg",
      "image/png",
      "image/bmp",
      "image/webp"
     ],
     "minSide": 360,
     "maxSide": 2000
    }
   },
   "prompt_extend": {
    "type": "boolean",
    "default": true
   },
   "model_params": {
    "type": "object",
    "properties": {
     "shot_type": {
      "type": "string",
      "enum": [
       "single",
       "multi"
      ]
     }
    }
   },
   "audio_url": {
    "type": "string",
    "media": "audio"
   },
   "generate_audio": {
    "type": "boolean",
    "default": true
   },
   "callback_url": {
    "type": "string",
    "maxLength": 2048,
    "prose": [
     "URL length not exceeding '2048' characters"
    ]
   }
  }
 },
 {
  "model": "wan2.6-reference-video",
  "source": "wan2.6/wan2.6-reference-video.json",
  "date": "2026-08-21",
  "required": [
   "prompt",
   "video_urls"
  ],
  "fields": {
   "prompt": {
    "type": "string",
    "maxLength": 1500
   },
   "video_urls": {
    "type": "array",
    "maxItems": 3,
    "items": {
     "type": "string"
    },
    "media": "video"
   },
   "aspect_ratio": {
    "type": "string",
    "default": "16:9",
    "enum": [
     "16:9",
     "9:16",
     "1:1",
     "4:3",
     "3:4"
    ]
   },
   "quality": {
    "type": "string",
    "default": "720p",
    "enum": [
     "720p",
     "1080p"
    ],
    "prose": [
     "- '720p': Standard definition, standard price, this is the default - '1080p': High definition, higher price"
    ]
   },
   "duration": {
    "type": "integer",
    "minimum": 2,
    "maximum": 10
   },
   "model_params": {
    "type": "object",
    "properties": {
     "shot_type": {
      "type": "string",
      "enum": [
       "single",
       "multi"
      ]
     }
    }
   },
   "callback_url": {
    "type": "string",
    "maxLength": 2048,
    "prose": [
     "URL length must not exceed '2048' characters"
    ]
   }
  },
  "rules": [
   {
    "kind": "valuesBy",
    "field": "aspect_ratio",
    "other": "quality",
    "allowed": {
     "720p": [
      "16:9",
      "9:16",
      "1:1",
      "4:3",
      "3:4"
     ],
     "1080p": [
      "16:9",
      "9:16",
      "1:1",
      "4:3",
      "3:4"
     ]
    },
    "sentence": "- '720p': Supports '16:9' (landscape), '9:16' (portrait), '1:1' (square), '4:3', '3:4' - '1080p': Supports '16:9' (landscape), '9:16' (portrait), '1:1' (square), '4:3', '3:4'"
   }
  ]
 },
 {
  "model": "wan2.6-reference-video-flash",
  "source": "wan2.6/wan2.6-reference-video-flash.json",
  "date": "2026-08-21",
  "required": [
   "prompt",
   "video_urls"
  ],
  "fields": {
   "prompt": {
    "type": "string",
    "maxLength": 1500
   },
   "video_urls": {
    "type": "array",
    "maxItems": 3,
    "items": {
     "type": "string"
    },
    "media": "video"
   },
   "aspect_ratio": {
    "type": "string",
    "default": "16:9",
    "enum": [
     "16:9",
     "9:16",
     "1:1",
     "4:3",
     "3:4"
    ]
   },
   "quality": {
    "type": "string",
    "default": "720p",
    "enum": [
     "720p",
     "1080p"
    ],
    "prose": [
     "- '720p': Standard quality, standard pricing, this is the default - '1080p': High quality, higher pricing"
    ]
   },
   "duration": {
    "type": "integer",
    "minimum": 2,
    "maximum": 10
   },
   "model_params": {
    "type": "object",
    "properties": {
     "shot_type": {
      "type": "string",
      "enum": [
       "single",
       "multi"
      ]
     }
    }
   },
   "generate_audio": {
    "type": "boolean",
    "default": true
   },
   "callback_url": {
    "type": "string",
    "maxLength": 2048,
    "prose": [
     "URL length not exceeding '2048' characters"
    ]
   }
  },
  "rules": [
   {
    "kind": "valuesBy",
    "field": "aspect_ratio",
    "other": "quality",
    "allowed": {
     "720p": [
      "16:9",
      "9:16",
      "1:1",
      "4:3",
      "3:4"
     ],
     "1080p": [
      "16:9",
      "9:16",
      "1:1",
      "4:3",
      "3:4"
     ]
    },
    "sentence": "- '720p': Supports '16:9' (landscape), '9:16' (portrait), '1:1' (square), '4:3', '3:4' - '1080p': Supports '16:9' (landscape), '9:16' (portrait), '1:1' (square), '4:3', '3:4'"
   }
  ]
 },
 {
  "model": "wan2.6-text-to-video",
  "source": "wan2.6/wan2.6-text-to-video.json",
  "date": "2026-08-21",
  "required": [
   "prompt"
  ],
  "fields": {
   "prompt": {
    "type": "string",
    "maxLength": 1500
   },
   "aspect_ratio": {
    "type": "string",
    "default": "16:9",
    "enum": [
     "16:9",
     "9:16",
     "1:1",
     "4:3",
     "3:4"
    ]
   },
   "quality": {
    "type": "string",
    "default": "720p",
    "enum": [
     "720p",
     "1080p"
    ],
    "prose": [
     "- '720p': Standard definition, standard price, this is the default - '1080p': High definition, higher price"
    ]
   },
   "duration": {
    "type": "integer",
    "minimum": 2,
    "maximum": 15
   },
   "prompt_extend": {
    "type": "boolean",
    "default": true
   },
   "model_params": {
    "type": "object",
    "properties": {
     "shot_type": {
      "type": "string",
      "enum": [
       "single",
       "multi"
      ]
     }
    }
   },
   "audio_url": {
    "type": "string",
    "media": "audio"
   },
   "callback_url": {
    "type": "string",
    "maxLength": 2048,
    "prose": [
     "URL length must not exceed '2048' characters"
    ]
   }
  },
  "rules": [
   {
    "kind": "valuesBy",
    "field": "aspect_ratio",
    "other": "quality",
    "allowed": {
     "720p": [
      "16:9",
      "9:16",
      "1:1",
      "4:3",
      "3:4"
     ],
     "1080p": [
      "16:9",
      "9:16",
      "1:1",
      "4:3",
      "3:4"
     ]
    },
    "sentence": "- '720p': Supports '16:9' (landscape), '9:16' (portrait), '1:1' (square), '4:3', '3:4' - '1080p': Supports '16:9' (landscape), '9:16' (portrait), '1:1' (square), '4:3', '3:4'"
   }
  ]
 },
 {
  "model": "wan2.7-image-to-video",
  "source": "wan2.7/wan2.7-image-to-video.json",
  "date": "2026-08-21",
  "required": [],
  "fields": {
   "generation_mode": {
    "type": "string",
    "enum": [
     "first_frame",
     "first_last_frame",
     "video_continuation"
    ]
   },
   "prompt": {
    "type": "string",
    "maxLength": 5000
   },
   "negative_prompt": {
    "type": "string",
    "maxLength": 500
   },
   "image_start": {
    "type": "string",
    "media": "image",
    "file": {
     "prose": [
      "Formats: JPEG, JPG, PNG (transparency not supported), BMP, WEBP",
      "Resolution: width and height in '[240, 8000]' pixels",
      "Aspect ratio: 1:8 ~ 8:1",
      "File size: up to '20MB'"
     ],
     "types": [
      "image/jpeg",
      "image/png",
      "image/bmp",
      "image/webp"
     ],
     "minSide": 240,
     "maxSide": 8000,
     "minRatio": 0.125,
     "maxRatio": 8,
     "maxBytes": 20971520
    }
   },
   "image_end": {
    "type": "string",
    "media": "image",
    "file": {
     "prose": [
      "Formats: JPEG, JPG, PNG (transparency not supported), BMP, WEBP",
      "Resolution: width and height in '[240, 8000]' pixels",
      "Aspect ratio: 1:8 ~ 8:1",
      "File size: up to '20MB'"
     ],
     "types": [
      "image/jpeg",
      "image/png",
      "image/bmp",
      "image/webp"
     ],
     "minSide": 240,
     "maxSide": 8000,
     "minRatio": 0.125,
     "maxRatio": 8,
     "maxBytes": 20971520
    }
   },
   "video_urls": {
    "type": "array",
    "items": {
     "type": "string"
    },
    "maxItems": 1,
    "prose": [
     "**Only 1 element is supported**"
    ],
    "media": "video"
   },
   "audio_urls": {
    "type": "array",
    "minItems": 1,
    "maxItems": 1,
    "items": {
     "type": "string"
    },
    "media": "audio"
   },
   "quality": {
    "type": "string",
    "enum": [
     "720p",
     "1080p"
    ],
    "default": "720p"
   },
   "duration": {
    "type": "number",
    "minimum": 2,
    "maximum": 15,
    "default": 5
   },
   "seed": {
    "type": "integer",
    "minimum": 1,
    "maximum": 2147483647
   },
   "prompt_extend": {
    "type": "boolean",
    "default": false
   },
   "callback_url": {
    "type": "string",
    "maxLength": 2048,
    "prose": [
     "URL length must not exceed '2048' characters"
    ]
   }
  },
  "rules": [
   {
    "kind": "byMode",
    "field": "image_start",
    "modeField": "generation_mode",
    "required": [
     "first_frame",
     "first_last_frame"
    ],
    "forbidden": [
     "video_continuation"
    ],
    "sentence": "'first_frame' mode: required 'first_last_frame' mode: required 'video_continuation' mode: not allowed"
   },
   {
    "kind": "byMode",
    "field": "image_end",
    "modeField": "generation_mode",
    "required": [
     "first_last_frame"
    ],
    "forbidden": [
     "first_frame"
    ],
    "sentence": "'first_last_frame' mode: required 'first_frame' mode: not allowed (use 'first_last_frame' if both first and last frames are needed)"
   },
   {
    "kind": "apart",
    "fields": [
     "audio_urls",
     "video_urls"
    ],
    "sentence": "'video_continuation' mode: not allowed (cannot be combined with 'video_urls')"
   },
   {
    "kind": "byMode",
    "field": "video_urls",
    "modeField": "generation_mode",
    "required": [
     "video_continuation"
    ],
    "forbidden": [
     "first_frame",
     "first_last_frame"
    ],
    "sentence": "'video_continuation' mode: required 'first_frame' / 'first_last_frame' mode: not allowed"
   },
   {
    "kind": "byMode",
    "field": "audio_urls",
    "modeField": "generation_mode",
    "required": [],
    "forbidden": [
     "video_continuation"
    ],
    "sentence": "'video_continuation' mode: not allowed (cannot be combined with 'video_urls')"
   }
  ]
 },
 {
  "model": "wan2.7-reference-video",
  "source": "wan2.7/wan2.7-reference-video.json",
  "date": "2026-08-21",
  "required": [
   "prompt"
  ],
  "fields": {
   "prompt": {
    "type": "string",
    "maxLength": 5000
   },
   "negative_prompt": {
    "type": "string",
    "maxLength": 500
   },
   "image_start": {
    "type": "string",
    "media": "image",
    "file": {
     "prose": [
      "Formats: JPEG, JPG, PNG (transparency not supported), BMP, WEBP",
      "Resolution: width and height in '[240, 8000]' pixels",
      "Aspect ratio: 1:8 ~ 8:1",
      "File size: up to '20MB'"
     ],
     "types": [
      "image/jpeg",
      "image/png",
      "image/bmp",
      "image/webp"
     ],
     "minSide": 240,
     "maxSide": 8000,
     "minRatio": 0.125,
     "maxRatio": 8,
     "maxBytes": 20971520
    }
   },
   "image_urls": {
    "type": "array",
    "items": {
     "type": "string"
    },
    "media": "image",
    "file": {
     "prose": [
      "Formats: JPEG, JPG, PNG (transparency not supported), BMP, WEBP",
      "Resolution: width and height in '[240, 8000]' pixels",
      "Aspect ratio: 1:8 ~ 8:1",
      "File size: up to '20MB'"
     ],
     "types": [
      "image/jpeg",
      "image/png",
      "image/bmp",
      "image/webp"
     ],
     "minSide": 240,
     "maxSide": 8000,
     "minRatio": 0.125,
     "maxRatio": 8,
     "maxBytes": 20971520
    }
   },
   "video_urls": {
    "type": "array",
    "items": {
     "type": "string"
    },
    "media": "video"
   },
   "audio_urls": {
    "type": "array",
    "maxItems": 5,
    "items": {
     "type": "string"
    },
    "media": "audio"
   },
   "model_params": {
    "type": "object",
    "properties": {
     "voice_bindings": {
      "type": "object",
      "keyPattern": "^(?:image|video)[1-9][0-9]*$",
      "maxProperties": 5,
      "prose": [
       "Keys are of the form 'image{N}' or 'video{N}' (1-based, no leading zeros, e.g. 'image1', 'video2')",
       "Total bindings ≤ 5"
      ],
      "values": {
       "type": "string",
       "media": "audio"
      }
     }
    }
   },
   "quality": {
    "type": "string",
    "enum": [
     "720p",
     "1080p"
    ],
    "default": "720p"
   },
   "aspect_ratio": {
    "type": "string",
    "enum": [
     "16:9",
     "9:16",
     "1:1",
     "4:3",
     "3:4"
    ],
    "default": "16:9"
   },
   "duration": {
    "type": "number",
    "minimum": 2,
    "maximum": 15,
    "default": 5
   },
   "seed": {
    "type": "integer",
    "minimum": 1,
    "maximum": 2147483647
   },
   "prompt_extend": {
    "type": "boolean",
    "default": false
   },
   "callback_url": {
    "type": "string",
    "maxLength": 2048,
    "prose": [
     "URL length must not exceed '2048' characters"
    ]
   }
  },
  "rules": [
   {
    "kind": "totalItems",
    "fields": [
     "image_urls",
     "video_urls"
    ],
    "max": 5,
    "sentence": "'image_urls' + 'video_urls' total ≤ 5"
   },
   {
    "kind": "oneNeeded",
    "fields": [
     "image_urls",
     "video_urls"
    ],
    "sentence": "At least one of 'image_urls' / 'video_urls' must be provided"
   },
   {
    "kind": "capWhen",
    "field": "duration",
    "other": "video_urls",
    "max": 10,
    "sentence": "Note: when 'video_urls' is provided, 'duration' is capped at 10 seconds"
   }
  ]
 },
 {
  "model": "wan2.7-text-to-video",
  "source": "wan2.7/wan2.7-text-to-video.json",
  "date": "2026-08-21",
  "required": [
   "prompt"
  ],
  "fields": {
   "prompt": {
    "type": "string",
    "maxLength": 5000
   },
   "negative_prompt": {
    "type": "string",
    "maxLength": 500
   },
   "audio_urls": {
    "type": "array",
    "minItems": 1,
    "maxItems": 1,
    "items": {
     "type": "string"
    },
    "media": "audio"
   },
   "quality": {
    "type": "string",
    "enum": [
     "720p",
     "1080p"
    ],
    "default": "720p"
   },
   "aspect_ratio": {
    "type": "string",
    "enum": [
     "16:9",
     "9:16",
     "1:1",
     "4:3",
     "3:4"
    ],
    "default": "16:9"
   },
   "duration": {
    "type": "number",
    "minimum": 2,
    "maximum": 15,
    "default": 5
   },
   "seed": {
    "type": "integer",
    "minimum": 1,
    "maximum": 2147483647
   },
   "prompt_extend": {
    "type": "boolean",
    "default": false
   },
   "callback_url": {
    "type": "string",
    "maxLength": 2048,
    "prose": [
     "URL length must not exceed '2048' characters"
    ]
   }
  }
 },
 {
  "model": "wan2.7-video-edit",
  "source": "wan2.7/wan2.7-video-edit.json",
  "date": "2026-08-21",
  "required": [
   "video_urls"
  ],
  "fields": {
   "prompt": {
    "type": "string",
    "maxLength": 5000
   },
   "negative_prompt": {
    "type": "string",
    "maxLength": 500
   },
   "video_urls": {
    "type": "array",
    "minItems": 1,
    "maxItems": 1,
    "items": {
     "type": "string"
    },
    "media": "video"
   },
   "image_urls": {
    "type": "array",
    "maxItems": 4,
    "items": {
     "type": "string"
    },
    "media": "image",
    "file": {
     "prose": [
      "Formats: JPEG, JPG, PNG (transparency not supported), BMP, WEBP",
      "Resolution: width and height in '[240, 8000]' pixels",
      "Aspect ratio: 1:8 ~ 8:1",
      "File size: up to '20MB'"
     ],
     "types": [
      "image/jpeg",
      "image/png",
      "image/bmp",
      "image/webp"
     ],
     "minSide": 240,
     "maxSide": 8000,
     "minRatio": 0.125,
     "maxRatio": 8,
     "maxBytes": 20971520
    }
   },
   "keep_original_sound": {
    "type": "boolean",
    "default": false
   },
   "quality": {
    "type": "string",
    "enum": [
     "720p",
     "1080p"
    ],
    "default": "720p"
   },
   "aspect_ratio": {
    "type": "string",
    "enum": [
     "16:9",
     "9:16",
     "1:1",
     "4:3",
     "3:4"
    ]
   },
   "duration": {
    "type": "number",
    "minimum": 0,
    "maximum": 10,
    "default": 0,
    "oneOf": [
     {
      "type": "number",
      "minimum": 2,
      "maximum": 10
     },
     {
      "type": "number",
      "enum": [
       0
      ]
     }
    ],
    "prose": [
     "When set explicitly, range is '2 ~ 10': the system truncates the input video starting at 0s up to the specified 'duration'"
    ]
   },
   "seed": {
    "type": "integer",
    "minimum": 1,
    "maximum": 2147483647
   },
   "prompt_extend": {
    "type": "boolean",
    "default": false
   },
   "callback_url": {
    "type": "string",
    "maxLength": 2048,
    "prose": [
     "URL length must not exceed '2048' characters"
    ]
   }
  }
 },
 {
  "model": "wan3.0-image-to-video",
  "source": "wan3.0/wan3.0-image-to-video.json",
  "date": "2026-08-21",
  "required": [
   "image_start"
  ],
  "fields": {
   "prompt": {
    "type": "string"
   },
   "image_start": {
    "type": "string",
    "media": "image",
    "file": {
     "prose": [
      "Formats: JPEG, JPG, PNG (transparency not supported), BMP, WEBP",
      "Resolution: width and height in '[240, 8000]' pixels",
      "Aspect ratio: 1:8 ~ 8:1",
      "File size: up to '20MB'"
     ],
     "types": [
      "image/jpeg",
      "image/png",
      "image/bmp",
      "image/webp"
     ],
     "minSide": 240,
     "maxSide": 8000,
     "minRatio": 0.125,
     "maxRatio": 8,
     "maxBytes": 20971520
    }
   },
   "image_end": {
    "type": "string",
    "media": "image",
    "file": {
     "prose": [
      "Formats: JPEG, JPG, PNG (transparency not supported), BMP, WEBP",
      "Resolution: width and height in '[240, 8000]' pixels",
      "Aspect ratio: 1:8 ~ 8:1",
      "File size: up to '20MB'"
     ],
     "types": [
      "image/jpeg",
      "image/png",
      "image/bmp",
      "image/webp"
     ],
     "minSide": 240,
     "maxSide": 8000,
     "minRatio": 0.125,
     "maxRatio": 8,
     "maxBytes": 20971520
    }
   },
   "duration": {
    "type": "integer",
    "default": 5,
    "oneOf": [
     {
      "type": "integer",
      "minimum": 2,
      "maximum": 30
     },
     {
      "type": "integer",
      "enum": [
       -1
      ]
     }
    ],
    "prose": [
     "Any integer between '2' and '30'"
    ]
   },
   "quality": {
    "type": "string",
    "enum": [
     "480p",
     "720p",
     "1080p"
    ],
    "default": "720p"
   },
   "aspect_ratio": {
    "type": "string",
    "enum": [
     "adaptive",
     "16:9",
     "9:16",
     "1:1",
     "4:3",
     "3:4"
    ],
    "default": "adaptive"
   },
   "generate_audio": {
    "type": "boolean",
    "default": true
   },
   "seed": {
    "type": "integer",
    "minimum": 0,
    "maximum": 2147483647
   },
   "callback_url": {
    "type": "string",
    "maxLength": 2048,
    "prose": [
     "URL length must not exceed '2048' characters"
    ]
   }
  },
  "rules": [
   {
    "kind": "needs",
    "field": "image_end",
    "others": [
     "image_start"
    ],
    "sentence": "Constraint: must be used together with 'image_start', passing the last frame alone is not supported."
   }
  ]
 },
 {
  "model": "wan3.0-reference-video",
  "source": "wan3.0/wan3.0-reference-video.json",
  "date": "2026-08-21",
  "required": [],
  "fields": {
   "prompt": {
    "type": "string"
   },
   "image_urls": {
    "type": "array",
    "maxItems": 10,
    "items": {
     "type": "string"
    },
    "media": "image",
    "file": {
     "prose": [
      "Formats: JPEG, JPG, PNG (transparency not supported), BMP, WEBP",
      "Resolution: width and height in '[240, 8000]' pixels",
      "Aspect ratio: 1:8 ~ 8:1",
      "File size: up to '20MB'"
     ],
     "types": [
      "image/jpeg",
      "image/png",
      "image/bmp",
      "image/webp"
     ],
     "minSide": 240,
     "maxSide": 8000,
     "minRatio": 0.125,
     "maxRatio": 8,
     "maxBytes": 20971520
    }
   },
   "video_urls": {
    "type": "array",
    "maxItems": 5,
    "items": {
     "type": "string"
    },
    "media": "video"
   },
   "audio_urls": {
    "type": "array",
    "maxItems": 5,
    "items": {
     "type": "string"
    },
    "media": "audio"
   },
   "model_params": {
    "type": "object",
    "properties": {
     "file_url": {
      "type": "string",
      "media": "file"
     },
     "link_url": {
      "type": "string",
      "media": "file"
     }
    }
   },
   "duration": {
    "type": "integer",
    "default": 5,
    "oneOf": [
     {
      "type": "integer",
      "minimum": 2,
      "maximum": 30
     },
     {
      "type": "integer",
      "enum": [
       -1
      ]
     }
    ],
    "prose": [
     "Any integer between '2' and '30'"
    ]
   },
   "quality": {
    "type": "string",
    "enum": [
     "480p",
     "720p",
     "1080p"
    ],
    "default": "720p"
   },
   "aspect_ratio": {
    "type": "string",
    "enum": [
     "adaptive",
     "16:9",
     "9:16",
     "1:1",
     "4:3",
     "3:4"
    ],
    "default": "adaptive"
   },
   "generate_audio": {
    "type": "boolean",
    "default": true
   },
   "seed": {
    "type": "integer",
    "minimum": 0,
    "maximum": 2147483647
   },
   "callback_url": {
    "type": "string",
    "maxLength": 2048,
    "prose": [
     "URL length must not exceed '2048' characters"
    ]
   }
  },
  "rules": [
   {
    "kind": "apart",
    "fields": [
     "model_params.file_url",
     "model_params.link_url"
    ],
    "sentence": "Mutually exclusive with 'file_url', the two cannot be supplied together"
   }
  ]
 },
 {
  "model": "wan3.0-text-to-video",
  "source": "wan3.0/wan3.0-text-to-video.json",
  "date": "2026-08-21",
  "required": [
   "prompt"
  ],
  "fields": {
   "prompt": {
    "type": "string"
   },
   "duration": {
    "type": "integer",
    "default": 5,
    "oneOf": [
     {
      "type": "integer",
      "minimum": 2,
      "maximum": 30
     },
     {
      "type": "integer",
      "enum": [
       -1
      ]
     }
    ],
    "prose": [
     "Any integer between '2' and '30'"
    ]
   },
   "quality": {
    "type": "string",
    "enum": [
     "480p",
     "720p",
     "1080p"
    ],
    "default": "720p"
   },
   "aspect_ratio": {
    "type": "string",
    "enum": [
     "adaptive",
     "16:9",
     "9:16",
     "1:1",
     "4:3",
     "3:4"
    ],
    "default": "adaptive"
   },
   "generate_audio": {
    "type": "boolean",
    "default": true
   },
   "seed": {
    "type": "integer",
    "minimum": 0,
    "maximum": 2147483647
   },
   "callback_url": {
    "type": "string",
    "maxLength": 2048,
    "prose": [
     "URL length must not exceed '2048' characters"
    ]
   }
  }
 }
]`);

;// CONCATENATED MODULE: ./src/evolink/not-video.ts
// Models of EvoLink's docs whose task returns no video, and what they make instead: left out of the catalogue
// (scripts/catalog.ts) and named when a workflow asks for one.
const NOT_VIDEO_MODELS = {
    'kling-custom-element': 'it makes reusable elements (a character or an object to put in later videos), not a video'
};

;// CONCATENATED MODULE: ./src/evolink/models.ts
// Every EvoLink video model the action speaks, from the catalogue (catalog.ts, generated from EvoLink's
// OpenAPI files) plus the documented rules of model-rules.ts.



const BY_NAME = new Map(CATALOG.map(spec => [spec.model, spec]));
const MODEL_NAMES = CATALOG.map(spec => spec.model);
/** Edits (insert, delete, replace) from a to b. */
function editDistance(a, b) {
    let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
        const current = [i];
        for (let j = 1; j <= b.length; j++) {
            current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
        }
        previous = current;
    }
    return previous[b.length];
}
const bare = (name) => name.toLowerCase().replace(/[^a-z0-9]/g, '');
/**
 * Up to three catalogued names `name` was probably meant to be, for "did you mean": the closest by edit
 * distance when a few letters are off (kling-o3-text-to-vdeo), else those it abbreviates (veo3 → the
 * Veo 3.x models), else the same family (the first word).
 */
function similarModels(name) {
    const typed = name.toLowerCase();
    const close = MODEL_NAMES.map(model => ({ model, distance: editDistance(typed, model.toLowerCase()) }))
        .filter(({ distance }) => distance <= Math.max(2, Math.floor(typed.length / 8)))
        .sort((a, b) => a.distance - b.distance)
        .map(({ model }) => model);
    if (close.length > 0)
        return close.slice(0, 3);
    const short = bare(typed);
    const abbreviated = short.length >= 3 ? MODEL_NAMES.filter(model => bare(model).startsWith(short)) : [];
    if (abbreviated.length > 0)
        return abbreviated.slice(0, 3);
    const family = typed.split(/[-.]/)[0] ?? '';
    return family.length < 2 ? [] : MODEL_NAMES.filter(model => model.toLowerCase().startsWith(family)).slice(0, 3);
}
function findModel(name) {
    return BY_NAME.get(name);
}
/** A field of a model, with the values documented in prose added where the schema lists none. */
function fieldSpec(model, field) {
    return own(model.fields, field);
}
/** "a, b and c". */
const listAnd = (items) => (items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`);
/** Present and not empty: not missing, not "", not []. */
const given = (value) => value !== undefined && value !== '' && !(Array.isArray(value) && value.length === 0);
/** Required fields the body lacks (a prompt may be empty in Kling's customized multi-shot mode). */
function missingRequired(model, body) {
    // A rule may let a required field be empty while others hold some values (Kling's customized shots carry the prompts).
    const mayBeEmpty = (field) => (model.rules ?? []).some(rule => rule.kind === 'emptyWhen' && rule.field === field && Object.entries(rule.when).every(([path, value]) => valueAt(body, path) === value));
    return model.required.filter(field => !given(own(body, field)) && !mayBeEmpty(field));
}
/** A value at a field path ("model_params.file_url"). */
function valueAt(body, path) {
    const [top, inner] = path.split('.');
    const value = own(body, top);
    return inner === undefined ? value : typeof value === 'object' && value !== null ? own(value, inner) : undefined;
}
/** What a field is for this request: its value, or else its documented default. */
const currentAt = (model, body, path) => valueAt(body, path) ?? fieldSpecAt(model.fields, path)?.default;
/** Why the body breaks a rule read from prose across fields, or undefined. `name` says how the user gives a field. */
function brokenModelRule(model, rule, body, name) {
    const has = (field) => given(valueAt(body, field));
    switch (rule.kind) {
        case 'needs':
            return has(rule.field) && !rule.others.some(has) ? `${name(rule.field)} needs ${listOr(rule.others.map(name))} too` : undefined;
        case 'oneNeeded':
            return rule.fields.some(has) ? undefined : `give at least one of ${listOr(rule.fields.map(name))}`;
        case 'apart':
            return rule.fields.every(has) ? `${rule.fields.map(name).join(' and ')} cannot be used together` : undefined;
        case 'totalItems': {
            if (rule.when !== undefined && !has(rule.when))
                return undefined;
            // A list counts its items, a single value one.
            const total = rule.fields.map(field => valueAt(body, field)).reduce((sum, value) => sum + (Array.isArray(value) ? value.length : given(value) ? 1 : 0), 0);
            const when = rule.when === undefined ? '' : ` with ${name(rule.when)}`;
            return total > rule.max ? `${listAnd(rule.fields.map(name))} have ${total} items together${when}: at most ${rule.max}` : undefined;
        }
        case 'capWhen': {
            const value = currentAt(model, body, rule.field);
            return has(rule.other) && typeof value === 'number' && value > rule.max ? `${name(rule.field)} is at most ${rule.max} with ${name(rule.other)} (it is ${value})` : undefined;
        }
        case 'byMode': {
            const mode = currentAt(model, body, rule.modeField);
            if (typeof mode !== 'string')
                return undefined;
            if (rule.required.includes(mode) && !has(rule.field))
                return `${rule.modeField} ${mode} needs ${name(rule.field)}`;
            return rule.forbidden.includes(mode) && has(rule.field) ? `${name(rule.field)} cannot be used in ${rule.modeField} ${mode}` : undefined;
        }
        case 'valuesWith': {
            const value = valueAt(body, rule.field);
            return value !== undefined && has(rule.other) && !rule.values.includes(String(value))
                ? `${name(rule.field)} ${String(value)} cannot be used with ${name(rule.other)}, which allows ${listOr(rule.values)}`
                : undefined;
        }
        case 'emptyWhen':
            return undefined; // it lifts a requirement (missingRequired) and breaks nothing
        case 'requiredWhen': {
            const holds = Object.entries(rule.when).every(([field, value]) => currentAt(model, body, field) === value);
            const condition = Object.entries(rule.when)
                .map(([field, value]) => `${field.split('.').pop()} ${String(value)}`)
                .join(' and ');
            return holds && !has(rule.field) ? `${name(rule.field)} is required with ${condition}` : undefined;
        }
        case 'whenValue': {
            if (valueAt(body, rule.field) !== rule.value)
                return undefined;
            const other = valueAt(body, rule.other);
            const count = Array.isArray(other) ? other.length : 0;
            const said = `with ${rule.field} ${rule.value}`;
            if (rule.maxItems !== undefined && count > rule.maxItems)
                return `${name(rule.other)} has ${count} items; at most ${rule.maxItems} ${said}`;
            if (rule.minItems !== undefined && count < rule.minItems)
                return `${name(rule.other)} has ${count} items; at least ${rule.minItems} ${said}`;
            return rule.values && other !== undefined && !rule.values.includes(other)
                ? `${name(rule.other)} ${String(other)} cannot be used ${said}, which allows ${listOr(rule.values)}`
                : undefined;
        }
        case 'valuesBy': {
            const value = valueAt(body, rule.field);
            const other = currentAt(model, body, rule.other);
            const allowed = other === undefined ? undefined : rule.allowed[String(other)];
            return value !== undefined && allowed && !allowed.includes(value)
                ? `${name(rule.field)} ${String(value)} is not made with ${rule.other} ${String(other)}, which allows ${listOr(allowed)}`
                : undefined;
        }
        case 'requiredWithout':
            return !model.required.includes(rule.field) && !has(rule.field) && !has(rule.other)
                ? `${name(rule.field)} is required for text-to-video: give it, or ${name(rule.other)} for image-to-video`
                : undefined;
        case 'sumEquals': {
            if (!Object.entries(rule.when).every(([field, value]) => valueAt(body, field) === value))
                return undefined;
            const list = valueAt(body, rule.list);
            const total = valueAt(body, rule.field);
            if (!Array.isArray(list) || list.length === 0 || typeof total !== 'number')
                return undefined;
            const sum = list.reduce((acc, entry) => acc + Number(entry?.[rule.item]), 0);
            return sum !== total ? `the ${rule.item}s of ${name(rule.list)} add up to ${sum} but ${name(rule.field)} is ${total}; they must be equal` : undefined;
        }
        case 'valuesWithout': {
            const value = valueAt(body, rule.field);
            return value !== undefined && !has(rule.other) && !rule.values.includes(String(value))
                ? `${name(rule.field)} ${String(value)} needs ${name(rule.other)} (image-to-video); without it: ${listOr(rule.values)}`
                : undefined;
        }
    }
}
/** The documented rules across fields this body breaks (one list per model, read from prose or written by hand), each with EvoLink's sentence; `name` says how a field is given. */
function brokenRules(model, body, name = field => (field.includes('.') ? field : `'${field.replace(/_/g, '-')}'`)) {
    return (model.rules ?? []).flatMap(rule => {
        const problem = brokenModelRule(model, rule, body, name);
        return problem ? [`${problem} (EvoLink: "${rule.sentence}")`] : [];
    });
}
/** Everything wrong with a request body for its model, as the API would see it; [] when it is fine. */
function checkBody(body) {
    const model = typeof body.model === 'string' ? findModel(body.model) : undefined;
    if (!model)
        return [`model must be one of the ${MODEL_NAMES.length} catalogued models`];
    const problems = [];
    for (const [field, value] of Object.entries(body)) {
        if (field === 'model')
            continue;
        const spec = fieldSpec(model, field);
        if (!spec)
            problems.push(`${field} is not a field of ${model.model}`);
        else {
            const problem = checkValue(spec, value, field);
            if (problem)
                problems.push(problem);
        }
    }
    for (const field of missingRequired(model, body))
        problems.push(`${field} is required`);
    return [...problems, ...brokenRules(model, body)];
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_);
;// CONCATENATED MODULE: ./src/inputs/workspace-paths.ts
// Paths the repository controls (prompt-file, download-path) are checked where they really land: symlinks
// are followed, so a link in the workspace cannot carry a read or a write outside it or into .git/, where
// actions/checkout keeps the token.


const present = (path) => {
    try {
        return Boolean((0,external_node_fs_.lstatSync)(path));
    }
    catch {
        return false;
    }
};
/** Where a path really lands: symlinks in the part that exists are followed. Throws on a dangling link. */
function realLocation(path) {
    const rest = [];
    let existing = path;
    while (!present(existing) && (0,external_node_path_.dirname)(existing) !== existing) {
        rest.unshift((0,external_node_path_.basename)(existing));
        existing = (0,external_node_path_.dirname)(existing);
    }
    return (0,external_node_path_.join)((0,external_node_fs_.realpathSync)(existing), ...rest);
}
/** macOS and Windows file systems ignore case by default: /Work/x and /work/x are the same place there. */
const CASE_INSENSITIVE = process.platform === 'darwin' || process.platform === 'win32';
/**
 * `target` relative to `root` when it lies inside it, else undefined. Pure: `api` is path.posix or
 * path.win32 (where relative() also spans drive letters and UNC shares: another drive gives an absolute
 * path, so it is outside), `foldCase` compares without case.
 */
function relativeInside(root, target, api = (external_node_path_default()), foldCase = CASE_INSENSITIVE) {
    const [r, t] = foldCase ? [root.toLowerCase(), target.toLowerCase()] : [root, target];
    const rel = api.relative(r, t);
    const outside = rel === '..' || rel.startsWith(`..${api.sep}`) || rel.startsWith('../') || api.isAbsolute(rel);
    return outside ? undefined : rel;
}
/** `path` relative to `root`, both resolved through symlinks; undefined when it lies outside `root`. */
function within(root, target) {
    try {
        return relativeInside(realLocation(root), realLocation(target));
    }
    catch {
        return undefined;
    }
}
/** True when a relative path passes through a `.git` folder (any case: some file systems ignore it). */
function underGit(rel) {
    return rel.split(/[\\/]/).some(part => part.toLowerCase() === '.git');
}
/** The nearest part of `path` that exists (the path itself, or an ancestor). */
function nearestExisting(path) {
    let existing = path;
    while (!present(existing) && (0,external_node_path_.dirname)(existing) !== existing)
        existing = (0,external_node_path_.dirname)(existing);
    return existing;
}

;// CONCATENATED MODULE: ./src/open-regular-file.ts
// Files the repository names are checked on the handle that reads them, not on a path looked up twice:
// opened without blocking (a FIFO or a device would wait forever for a writer), without following a final
// symlink (the caller resolved the path already), then fstat'ed, and refused unless a regular file.

// Windows has neither flag: there a FIFO cannot sit in the workspace, and links were resolved before.
const FLAGS = external_node_fs_.constants.O_RDONLY | (external_node_fs_.constants.O_NONBLOCK ?? 0) | (external_node_fs_.constants.O_NOFOLLOW ?? 0);
/** An open descriptor of a regular file (the caller closes it), or why there is none. */
function openRegularFile(path) {
    let fd;
    try {
        fd = (0,external_node_fs_.openSync)(path, FLAGS);
    }
    catch (error) {
        const code = error.code;
        if (code === 'ELOOP')
            return { ok: false, problem: 'must be a regular file, but it is a symbolic link that changed after it was checked' };
        return { ok: false, problem: `must be a readable file (${code ?? error.message})` };
    }
    const stat = (0,external_node_fs_.fstatSync)(fd);
    if (stat.isFile())
        return { ok: true, fd, size: stat.size };
    (0,external_node_fs_.closeSync)(fd);
    const kind = stat.isFIFO()
        ? 'a named pipe (FIFO)'
        : stat.isSocket()
            ? 'a socket'
            : stat.isCharacterDevice() || stat.isBlockDevice()
                ? 'a device'
                : stat.isDirectory()
                    ? 'a folder'
                    : 'not a file';
    return { ok: false, problem: `must be a regular file, but it is ${kind}` };
}

;// CONCATENATED MODULE: ./src/inputs/prompt-file.ts
// prompt-file: a file of the repository is sent to EvoLink and shown in the log and summary, so it is read
// only from inside the workspace (symlinks followed), never from .git/, only a regular file, at most
// MAX_PROMPT_FILE_BYTES, and only when it is valid UTF-8: a wrong file costs no credits.




/** A prompt is at most 2,500 characters (4 bytes each at worst): 64 KiB is plenty, and bounds the read. */
const MAX_PROMPT_FILE_BYTES = 64 * 1024;
function readPromptFile(raw, workspace, maxBytes = MAX_PROMPT_FILE_BYTES) {
    const path = (0,external_node_path_.resolve)(workspace, raw);
    const rel = within(workspace, path);
    if (rel === undefined)
        return { ok: false, problem: `must be a file inside the workspace (${workspace}), symlinks included; it resolves to ${path}` };
    if (underGit(rel))
        return { ok: false, problem: 'must not be inside .git/ (that folder holds credentials, not prompts)' };
    const opened = openRegularFile((0,external_node_path_.resolve)(workspace, rel));
    if (!opened.ok)
        return opened;
    const bytes = readAtMost(opened.fd, maxBytes + 1);
    if (bytes.length > maxBytes)
        return { ok: false, problem: `must be at most ${maxBytes / 1024} KiB` };
    const utf16 = utf16Hint(bytes);
    if (utf16)
        return { ok: false, problem: `must be UTF-8, but it ${utf16}: save it as UTF-8` };
    let text;
    try {
        // fatal: invalid bytes are an error, not U+FFFD sent and billed; the BOM, if any, is dropped.
        text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    }
    catch {
        return { ok: false, problem: 'must be UTF-8, but it holds bytes that are not valid UTF-8' };
    }
    return { ok: true, prompt: text.replace(/\r\n/g, '\n').trim() };
}
/** Reads up to `limit` bytes through the descriptor that was checked (no second lookup), and closes it. */
function readAtMost(fd, limit) {
    try {
        const buffer = Buffer.alloc(limit);
        let filled = 0;
        for (let n = -1; n !== 0 && filled < limit; filled += n)
            n = (0,external_node_fs_.readSync)(fd, buffer, filled, limit - filled, null);
        return buffer.subarray(0, filled);
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
}
/** Why the bytes look like UTF-16, or undefined. */
function utf16Hint(bytes) {
    if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
        return 'starts with a UTF-16 byte-order mark';
    if (bytes.includes(0))
        return 'holds NUL bytes (UTF-16 text, or not text at all)';
    return undefined;
}

;// CONCATENATED MODULE: ./src/inputs/manifest.ts
// manifest: a file of the repository listing several videos (docs/manifests.md). Read like prompt-file
// (inside the workspace, symlinks followed, never .git/, a regular file checked on its handle, UTF-8) but
// up to 2 MiB, parsed as YAML (JSON is YAML), and turned into one set of input values per entry: the
// entry's own values over the step's inputs, and `video-from`, the entry its video is made from. Every
// problem names the entry and the input; all at once.


/** The inputs an entry may set, under the step's names. */
const ENTRY_INPUTS = [
    'model',
    'prompt',
    'prompt-file',
    'duration',
    'aspect-ratio',
    'quality',
    'sound',
    'negative-prompt',
    'seed',
    'generate-audio',
    'image-start',
    'image-end',
    'image-urls',
    'video-urls',
    'audio-urls',
    'model-params',
    'params',
    'callback-url',
    'download-path',
    'artifact',
    'task-id',
    'model-checks'
];
/** Inputs that take one item per line: a YAML list is accepted for them. */
const LIST_INPUTS = new Set(['image-urls', 'video-urls', 'audio-urls']);
/** Inputs that take a JSON object: a YAML mapping is accepted for them. */
const OBJECT_INPUTS = new Set(['model-params', 'params']);
const PROTOTYPE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
const ENTRY_ID = /^[A-Za-z0-9._-]{1,64}$/;
/** A bound that keeps validation and the `results` output sensible (docs/manifests.md has the figures). */
const MAX_ENTRIES = 1000;
/** About 2 KiB per entry at the most entries: room for long prompts. */
const MAX_MANIFEST_BYTES = 2 << 20;
/**
 * The YAML library's memory grows with the tokens, not the bytes (2 MiB of `[1,1,…]` took 1 GiB): the tokens
 * are counted first, by its lexer, in flat memory. A typical entry has about 35; this allows 100 each at
 * the most entries (at the bound, a plan peaks near 160 MiB on Node 24: docs/performance.md).
 */
const MAX_MANIFEST_TOKENS = 100_000;
/** The key that makes an entry from another entry's video: not a step input, so not in ENTRY_INPUTS. */
const VIDEO_FROM = 'video-from';
/** A key that would reach an object's prototype, anywhere in a value. */
function prototypeKey(value) {
    if (Array.isArray(value))
        return value.map(prototypeKey).find(Boolean);
    if (value && typeof value === 'object') {
        for (const [key, item] of Object.entries(value)) {
            if (PROTOTYPE_KEYS.has(key))
                return key;
            const inner = prototypeKey(item);
            if (inner)
                return inner;
        }
    }
    return undefined;
}
/** A YAML value as the string the step's input would hold, or why it cannot be one. */
function asInput(input, value) {
    if (value === null || value === undefined)
        return { text: '' };
    if (typeof value === 'string')
        return { text: value };
    if (typeof value === 'number' || typeof value === 'boolean')
        return Number.isFinite(value) || typeof value === 'boolean' ? { text: String(value) } : { problem: 'must be a finite number' };
    if (Array.isArray(value)) {
        if (!LIST_INPUTS.has(input))
            return { problem: 'must be a single value, not a list' };
        if (!value.every(item => typeof item === 'string' && !/[\r\n]/.test(item)))
            return { problem: 'must be a list of URLs or paths, one string each' };
        return { text: value.join('\n') };
    }
    if (typeof value === 'object') {
        if (!OBJECT_INPUTS.has(input))
            return { problem: 'must be a single value, not a mapping' };
        return { text: JSON.stringify(value) };
    }
    return { problem: 'must be a value' };
}
/** Reads and checks the manifest the input names; entries keep their order. */
async function readManifest(raw, workspace) {
    const file = readPromptFile(raw, workspace, MAX_MANIFEST_BYTES);
    if (!file.ok)
        return { ok: false, problems: [`Input 'manifest' is ${(0,untrusted/* quoteInput */.Zs)(raw)}: ${file.problem.replace(/ \(that folder holds credentials, not prompts\)/, '')}.`] };
    const { parse, Lexer } = await __nccwpck_require__.e(/* import() */ 815).then(__nccwpck_require__.t.bind(__nccwpck_require__, 8815, 19));
    const lexed = new Lexer().lex(file.prompt);
    for (let tokens = 0; !lexed.next().done;) {
        if (++tokens > MAX_MANIFEST_TOKENS) {
            return { ok: false, problems: [`Input 'manifest' (${(0,untrusted/* quoteInput */.Zs)(raw)}) holds more than ${MAX_MANIFEST_TOKENS} YAML tokens: split it, or shorten its lists.`] };
        }
    }
    let document;
    try {
        // YAML 1.2 core schema, unique keys, aliases bounded (no "billion laughs").
        document = parse(file.prompt, { schema: 'core', uniqueKeys: true, maxAliasCount: 100, merge: false });
    }
    catch (error) {
        return { ok: false, problems: [`Input 'manifest' (${(0,untrusted/* quoteInput */.Zs)(raw)}) is not valid YAML: ${(0,untrusted/* quoteInput */.Zs)(error.message.split('\n')[0] ?? '', 200)}.`] };
    }
    const videos = document?.videos;
    if (!Array.isArray(videos) || videos.length === 0) {
        return { ok: false, problems: [`Input 'manifest' (${(0,untrusted/* quoteInput */.Zs)(raw)}) must hold a top-level 'videos:' list with at least one entry.`] };
    }
    if (videos.length > MAX_ENTRIES)
        return { ok: false, problems: [`Input 'manifest' lists ${videos.length} videos: at most ${MAX_ENTRIES}.`] };
    const forbidden = prototypeKey(document);
    if (forbidden)
        return { ok: false, problems: [`Input 'manifest' has the key "${forbidden}", which is refused at any depth (__proto__, constructor and prototype are not data).`] };
    const problems = [];
    const entries = [];
    const seen = new Set();
    videos.forEach((item, n) => {
        const where = `Manifest entry ${n + 1}`;
        if (!item || typeof item !== 'object' || Array.isArray(item))
            return problems.push(`${where} must be a mapping of inputs with an 'id'.`);
        const { id, ...rest } = item;
        if (typeof id !== 'string' || !ENTRY_ID.test(id)) {
            return problems.push(`${where}: 'id' is ${(0,untrusted/* quoteInput */.Zs)(String(id ?? ''))}: it must be 1 to 64 letters, digits, '.', '_' or '-'.`);
        }
        if (seen.has(id))
            return problems.push(`Manifest entry '${id}': the id is used by an earlier entry; ids must be unique.`);
        seen.add(id);
        const values = {};
        const { [VIDEO_FROM]: from, ...inputs } = rest;
        if (from !== undefined && (typeof from !== 'string' || !ENTRY_ID.test(from))) {
            problems.push(`Manifest entry '${id}': video-from is ${(0,untrusted/* quoteInput */.Zs)(String(from))}: it must be the id of another entry of the manifest.`);
        }
        for (const [key, value] of Object.entries(inputs)) {
            if (!ENTRY_INPUTS.includes(key)) {
                problems.push(`Manifest entry '${id}': ${(0,untrusted/* quoteInput */.Zs)(key)} is not an input an entry may set; it may set ${ENTRY_INPUTS.join(', ')} and ${VIDEO_FROM}.`);
                continue;
            }
            const text = asInput(key, value);
            if ('problem' in text)
                problems.push(`Manifest entry '${id}': input '${key}' ${text.problem}.`);
            else
                values[key] = text.text;
        }
        entries.push({ id, values, ...(typeof from === 'string' && ENTRY_ID.test(from) ? { from } : {}) });
    });
    return { ok: true, entries, problems };
}

;// CONCATENATED MODULE: ./src/inputs/input-kit.ts
// Pieces shared by the modules that read inputs: how a problem is reported, and the boolean rule.
// Inputs are plain strings checked by small parsers, not zod: they run before the submission, which zod's
// load (~7 ms) would delay. zod parses the structured data: replies, model-params.
/** The spellings core.getBooleanInput accepts (YAML 1.2 core schema). */
const TRUE = ['true', 'True', 'TRUE'];
const FALSE = ['false', 'False', 'FALSE'];
const bool = raw => (TRUE.includes(raw) ? true : FALSE.includes(raw) ? false : undefined);
const BOOL_ALLOWED = 'true or false (True, TRUE, False and FALSE too)';

;// CONCATENATED MODULE: ./src/inputs/json-data.ts
// JSON inputs (params, model-params) are plain data: keys that would reach an object's prototype when
// copied or looked up (__proto__, constructor, prototype) are refused wherever they occur.
const json_data_PROTOTYPE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
/** The parsed value, or why the text is refused ("it is not valid JSON: …", "it has the key \"__proto__\" …"). */
function parseJsonData(raw) {
    let forbidden;
    let value;
    try {
        value = JSON.parse(raw, (key, item) => {
            if (json_data_PROTOTYPE_KEYS.has(key))
                forbidden ??= key;
            return item;
        });
    }
    catch (error) {
        return { problem: `it is not valid JSON: ${error.message}` };
    }
    return forbidden === undefined ? { value } : { problem: `it has the key "${forbidden}", which is refused at any depth (__proto__, constructor and prototype are not data)` };
}

// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __nccwpck_require__(7030);
// EXTERNAL MODULE: external "node:dns"
var external_node_dns_ = __nccwpck_require__(610);
var external_node_dns_default = /*#__PURE__*/__nccwpck_require__.n(external_node_dns_);
;// CONCATENATED MODULE: ./src/net/address-guard.ts
// Where a download may connect. Result URLs and redirects come from the network, so they could point the
// runner at its own metadata service, a database on the private network or the runner itself; such
// addresses are refused. Names are checked on the addresses they resolve to at connect time (the lookup
// the socket uses is this one), so a public name that resolves to 10.0.0.5 is refused too.




const RULES = [
    ['loopback', 'ipv4', '127.0.0.0', 8],
    ['loopback', 'ipv6', '::1', 128],
    ['unspecified', 'ipv4', '0.0.0.0', 8],
    ['unspecified', 'ipv6', '::', 128],
    ['private', 'ipv4', '10.0.0.0', 8],
    ['private', 'ipv4', '172.16.0.0', 12],
    ['private', 'ipv4', '192.168.0.0', 16],
    ['private', 'ipv6', 'fc00::', 7],
    ['site-local', 'ipv6', 'fec0::', 10],
    ['link-local', 'ipv4', '169.254.0.0', 16],
    ['link-local', 'ipv6', 'fe80::', 10],
    ['CGNAT', 'ipv4', '100.64.0.0', 10],
    ['broadcast', 'ipv4', '255.255.255.255', 32],
    ['multicast', 'ipv4', '224.0.0.0', 4],
    ['multicast', 'ipv6', 'ff00::', 8],
    ['reserved', 'ipv4', '240.0.0.0', 4],
    ['reserved', 'ipv4', '192.0.0.0', 24],
    ['reserved', 'ipv4', '198.18.0.0', 15],
    ['documentation', 'ipv4', '192.0.2.0', 24],
    ['documentation', 'ipv4', '198.51.100.0', 24],
    ['documentation', 'ipv4', '203.0.113.0', 24],
    ['documentation', 'ipv6', '2001:db8::', 32]
];
const LISTS = new Map();
for (const [rule, family, network, bits] of RULES) {
    const list = LISTS.get(rule) ?? new external_node_net_.BlockList();
    list.addSubnet(network, bits, family);
    LISTS.set(rule, list);
}
const RANGES = new Map();
for (const [rule, , network, bits] of RULES)
    RANGES.set(rule, [RANGES.get(rule), `${network}/${bits}`].filter(Boolean).join(', '));
/** An IPv6 address as eight 16-bit groups (any notation: compressed, expanded, a dotted IPv4 tail). */
function ipv6Groups(address) {
    let text = address.toLowerCase().replace(/%.*$/, '');
    const dotted = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(text);
    if (dotted) {
        const [a, b, c, d] = dotted.slice(1).map(Number);
        text = `${text.slice(0, dotted.index)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
    }
    const [head, tail, extra] = text.split('::');
    if (extra !== undefined)
        return undefined;
    const part = (s) => (s ? s.split(':').map(g => parseInt(g, 16)) : []);
    const left = part(head);
    const right = part(tail);
    const groups = tail === undefined ? left : [...left, ...Array(8 - left.length - right.length).fill(0), ...right];
    return groups.length === 8 && groups.every(g => Number.isInteger(g) && g >= 0 && g <= 0xffff) ? groups : undefined;
}
const v4 = (hi, lo) => [hi >> 8, hi & 255, lo >> 8, lo & 255].join('.');
/**
 * The IPv4 addresses an IPv6 address carries, each checked under the IPv4 rules (RFC 4291, 6052, 8215,
 * 3056, 4380): IPv4-mapped ::ffff:0:0/96 and IPv4-translated ::ffff:0:0:0/96, IPv4-compatible ::/96, NAT64
 * 64:ff9b::/96 and the local-use 64:ff9b:1::/48, 6to4 2002::/16, and Teredo 2001::/32 (the
 * server, and the client stored inverted). Reaching any of them through a translator reaches that IPv4 host.
 */
function embeddedIpv4(address) {
    const g = ipv6Groups(address);
    if (!g)
        return [];
    const [g0, g1, g2, g3, g4, g5, g6, g7] = g;
    const zeros = (...xs) => xs.every(x => x === 0);
    if (zeros(g0, g1, g2, g3, g4) && (g5 === 0xffff || g5 === 0))
        return [v4(g6, g7)];
    if (zeros(g0, g1, g2, g3) && g4 === 0xffff && g5 === 0)
        return [v4(g6, g7)];
    if (g0 === 0x64 && g1 === 0xff9b && g2 === 0 && zeros(g3, g4, g5))
        return [v4(g6, g7)];
    // Local-use NAT64 may embed at /96 (the tail) or /48 (bits 48-63 and 72-87): both are checked.
    if (g0 === 0x64 && g1 === 0xff9b && g2 === 1)
        return [zeros(g3, g4, g5) ? v4(g6, g7) : v4(g3, ((g4 & 255) << 8) | (g5 >> 8))];
    if (g0 === 0x2002)
        return [v4(g1, g2)];
    if (g0 === 0x2001 && g1 === 0)
        return [v4(g2, g3), v4(g6 ^ 0xffff, g7 ^ 0xffff)];
    return [];
}
/** The rule an IP address breaks ("private", "link-local" …), or undefined for a public address. */
function ruleBroken(address, allowLoopback) {
    const bare = address.replace(/^\[|\]$/g, '');
    const version = (0,external_node_net_.isIP)(bare);
    if (version === 0)
        return 'not an IP address';
    const family = version === 6 ? 'ipv6' : 'ipv4';
    // The IPv6 address's own rule first (::1 is loopback, not the IPv4-compatible 0.0.0.1), then what it carries.
    for (const [rule, list] of LISTS) {
        if (list.check(bare, family))
            return rule === 'loopback' && allowLoopback ? undefined : rule;
    }
    for (const carried of version === 6 ? embeddedIpv4(bare) : []) {
        const rule = ruleBroken(carried, allowLoopback);
        if (rule)
            return rule;
    }
    return undefined;
}
/** localhost, 127.0.0.0/8 or ::1 (as URL.hostname writes them, IPv6 in brackets). */
function isLoopbackHost(hostname) {
    if (/^localhost\.?$/i.test(hostname))
        return true;
    const bare = hostname.replace(/^\[|\]$/g, '');
    return (0,external_node_net_.isIP)(bare) !== 0 && ruleBroken(bare, false) === 'loopback';
}
/** A connection the action will not make; the step fails before it is attempted. */
class AddressRefusedError extends errors/* ActionFailure */.dR {
    constructor(host, address, rule) {
        const name = host === address ? address : `${(0,untrusted/* cleanText */.X5)(host, 200)} (${address})`;
        const carried = embeddedIpv4(address).filter(ip => ruleBroken(ip, false) !== undefined);
        const inside = carried.length > 0 ? `, carrying the IPv4 address ${carried.join(' and ')}` : '';
        super(`Refused to connect to ${name}: a ${rule} address (${RANGES.get(rule) ?? rule}${inside}). A video link must point at a public address.`, 'address_refused');
        this.name = 'AddressRefusedError';
    }
}
// dns.lookup is read at call time (not bound at import) so a test can stand in for the system resolver.
const systemResolver = host => external_node_dns_default().promises.lookup(host, { all: true });
function addressGuard(allowLoopback, resolveAll = systemResolver) {
    const refusal = (host, address) => {
        const rule = ruleBroken(address, allowLoopback);
        return rule ? new AddressRefusedError(host, address, rule) : undefined;
    };
    const checkLiteral = (url) => {
        const host = url.hostname.replace(/^\[|\]$/g, '');
        if ((0,external_node_net_.isIP)(host)) {
            const error = refusal(host, host);
            if (error)
                throw error;
        }
        else if (/^localhost\.?$/i.test(host) || /\.localhost\.?$/i.test(host)) {
            // "localhost" never goes to DNS on most systems: named here so that the rule is the same everywhere.
            if (!allowLoopback)
                throw new AddressRefusedError(host, '127.0.0.1', 'loopback');
        }
    };
    const lookup = (hostname, options, callback) => {
        resolveAll(hostname).then(addresses => {
            for (const { address } of addresses) {
                const error = refusal(hostname, address);
                if (error)
                    return callback(error, '', 0);
            }
            if (options.all)
                return callback(null, addresses);
            const first = addresses.find(a => !options.family || a.family === options.family) ?? addresses[0];
            if (!first)
                return callback(Object.assign(new Error(`${hostname} has no address`), { code: 'ENOTFOUND' }), '', 0);
            callback(null, first.address, first.family);
        }, (error) => callback(error, '', 0));
    };
    return {
        checkLiteral,
        lookup,
        async checkBeforeProxy(url) {
            checkLiteral(url);
            const host = url.hostname.replace(/^\[|\]$/g, '');
            if ((0,external_node_net_.isIP)(host))
                return;
            let addresses;
            try {
                addresses = await resolveAll(host);
            }
            catch {
                return; // only the proxy can resolve it: the host text was all there was to check
            }
            for (const { address } of addresses) {
                const error = refusal(host, address);
                if (error)
                    throw error;
            }
        }
    };
}

// EXTERNAL MODULE: ./src/evolink/contract.ts
var contract = __nccwpck_require__(9120);
;// CONCATENATED MODULE: ./src/inputs/url-rules.ts
// Which URLs the action will talk to (base-url, files-base-url) or hand to EvoLink (callback-url, media).




/**
 * The URL parser drops tabs and line breaks and trims spaces and controls, so the URL it checks is not the
 * text that would be sent: a URL input holding any of them, or a bidi or zero-width character, is refused.
 */
function hiddenCharacterProblem(raw) {
    return untrusted/* UNSAFE_OR_SPACE */.a0.test(raw) ? 'holds whitespace, a line break, a control, bidi or zero-width character: a URL has none (percent-encode a space as %20)' : undefined;
}
/** A media URL input (image, video, audio): the exact text that passed the callback-url rule, or why it is refused. */
function checkedMediaUrl(raw) {
    let parsed;
    try {
        parsed = new URL(raw);
    }
    catch {
        return { problem: `${(0,untrusted/* quoteInput */.Zs)(raw)} is not an https URL (only image-start, image-end and image-urls take files of the repository)` };
    }
    const hidden = hiddenCharacterProblem(raw);
    if (hidden)
        return { problem: `${(0,untrusted/* quoteInput */.Zs)(raw)} ${hidden}` };
    const problem = callbackUrlProblem(parsed);
    return problem ? { problem: `${(0,untrusted/* quoteInput */.Zs)(raw)} ${problem}` } : { url: parsed.href };
}
const INTERNAL_NAME = /(^|\.)(localhost|local|internal|intranet|lan|home\.arpa)$/i;
/** Private, loopback, link-local and other non-public hosts (address-guard.ts has the ranges), or internal names. */
function isNonPublicHost(hostname) {
    const bare = hostname.replace(/^\[|\]$/g, '');
    if ((0,external_node_net_.isIP)(bare))
        return ruleBroken(bare, false) !== undefined;
    return INTERNAL_NAME.test(hostname.replace(/\.$/, '')) || !hostname.includes('.');
}
/** Returns why the URL is refused as base-url, or undefined when it is fine. */
function baseUrlProblem(url) {
    if (url.username || url.password)
        return 'must not contain credentials';
    if (url.search || url.hash)
        return 'must not have a query or fragment';
    if (url.protocol === 'https:')
        return undefined;
    if (url.protocol === 'http:' && isLoopbackHost(url.hostname))
        return undefined;
    return 'must use https (http is allowed only for loopback hosts: 127.0.0.0/8, ::1, localhost)';
}
/** Returns why the URL is refused as callback-url, or undefined when it is fine. */
function callbackUrlProblem(url) {
    if (url.href.length > contract/* MAX_CALLBACK_URL_CHARS */.np)
        return `must be at most ${contract/* MAX_CALLBACK_URL_CHARS */.np} characters (it has ${url.href.length})`;
    if (url.protocol !== 'https:')
        return 'must use https';
    if (url.username || url.password)
        return 'must not contain credentials';
    if (isNonPublicHost(url.hostname))
        return `must not point at a private, loopback, link-local or internal host (${url.hostname})`;
    return undefined;
}

;// CONCATENATED MODULE: ./src/inputs/image-dimensions.ts
/** JPEG start-of-frame markers (C0–CF but DHT C4, JPG C8 and DAC CC) carry the frame's size. */
const isStartOfFrame = (marker) => marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
function jpegDimensions(head) {
    let at = 2;
    while (at + 9 <= head.length) {
        if (head[at] !== 0xff)
            return undefined;
        const marker = head[at + 1];
        // Fill bytes, and markers without a length (RSTn, TEM).
        if (marker === 0xff) {
            at++;
            continue;
        }
        if ((marker >= 0xd0 && marker <= 0xd7) || marker === 0x01) {
            at += 2;
            continue;
        }
        if (isStartOfFrame(marker))
            return { height: head.readUInt16BE(at + 5), width: head.readUInt16BE(at + 7) };
        at += 2 + head.readUInt16BE(at + 2);
    }
    return undefined;
}
function webpDimensions(head) {
    const chunk = head.toString('latin1', 12, 16);
    if (chunk === 'VP8 ' && head.length >= 30)
        return { width: head.readUInt16LE(26) & 0x3fff, height: head.readUInt16LE(28) & 0x3fff };
    if (chunk === 'VP8L' && head.length >= 25) {
        const bits = head.readUInt32LE(21);
        return { width: (bits & 0x3fff) + 1, height: ((bits >>> 14) & 0x3fff) + 1 };
    }
    if (chunk === 'VP8X' && head.length >= 30)
        return { width: head.readUIntLE(24, 3) + 1, height: head.readUIntLE(27, 3) + 1 };
    return undefined;
}
/** The image's size in pixels as its header states it, or undefined when the bytes read do not say. */
function imageDimensions(head, type) {
    switch (type) {
        case 'image/png':
            return head.length >= 24 ? { width: head.readUInt32BE(16), height: head.readUInt32BE(20) } : undefined;
        case 'image/gif':
            return head.length >= 10 ? { width: head.readUInt16LE(6), height: head.readUInt16LE(8) } : undefined;
        case 'image/webp':
            return webpDimensions(head);
        case 'image/jpeg':
            return jpegDimensions(head);
    }
}

;// CONCATENATED MODULE: ./src/inputs/local-images.ts
// An image input may name a file of the repository instead of a URL; it is uploaded to EvoLink's files API
// before the submission (task/upload-images.ts). Checked first, before anything is sent: inside the
// workspace (symlinks followed), not under .git/, a regular file, within max-upload-size, a JPEG, PNG,
// GIF or WebP by its first bytes, whatever its name says, and within what the model documents for the
// field's files (type, bytes, pixels, aspect ratio: the catalogue's `file`).






/** An image input's value names a file when it is not a URL: no scheme (a drive letter, C:\…, is not one). */
const isLocalPath = (value) => !/^[a-z][a-z0-9+.-]+:/i.test(value);
/** The image type from the first bytes, or what the bytes look like instead. */
function sniff(head) {
    if (head.subarray(0, 3).equals(Buffer.from([0xff, 0xd8, 0xff])))
        return { type: 'image/jpeg' };
    if (head.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])))
        return { type: 'image/png' };
    const ascii = head.toString('latin1');
    if (/^GIF8[79]a/.test(ascii))
        return { type: 'image/gif' };
    if (ascii.startsWith('RIFF') && ascii.slice(8, 12) === 'WEBP')
        return { type: 'image/webp' };
    if (head.length === 0)
        return { not: 'an empty file' };
    if (ascii.startsWith('%PDF'))
        return { not: 'a PDF document' };
    if (ascii.startsWith('PK\u0003\u0004'))
        return { not: 'a ZIP archive' };
    if (/^\s*<svg|^<\?xml/i.test(ascii))
        return { not: 'an SVG or XML document (only JPEG, PNG, GIF and WebP are taken)' };
    const text = /^[\t\n\r\x20-\x7e\x80-\xff]*$/.test(ascii) && !head.includes(0);
    return { not: text ? `text (it starts "${ascii.slice(0, 24).replace(/[^\x20-\x7e]/g, ' ')}")` : 'binary data of another kind' };
}
const imageName = (path) => (0,external_node_path_.basename)(path)
    .replace(/[^\w.-]+/g, '_')
    .slice(-100) || 'image';
/** The header read to learn an image's type and size in pixels: a JPEG's frame header follows its EXIF, at most 64 KiB. */
const HEAD_BYTES = 64 * 1024;
const TYPE_NAMES = { 'image/jpeg': 'JPEG', 'image/png': 'PNG', 'image/webp': 'WebP', 'image/gif': 'GIF', 'image/bmp': 'BMP', 'image/heic': 'HEIC' };
const mib = (bytes) => `${Math.round((bytes / 1024 / 1024) * 10) / 10} MiB`;
/** Why an image breaks its model's documented file rule (type, bytes, pixels, aspect ratio), with EvoLink's sentence; or undefined. */
function fileRuleProblem(model, rule, image) {
    const said = (about, problem) => {
        const sentence = rule.prose.find(line => about.test(line));
        return sentence ? `${problem} (EvoLink: "${sentence}")` : problem;
    };
    if (rule.types && !rule.types.includes(image.type))
        return said(/format/i, `is a ${TYPE_NAMES[image.type]} image; model ${model} takes ${listOr(rule.types.map(type => TYPE_NAMES[type] ?? type))}`);
    if (rule.maxBytes !== undefined && image.size > rule.maxBytes)
        return said(/MB/, `is ${mib(image.size)}; model ${model} takes images up to ${mib(rule.maxBytes)}`);
    if (!image.pixels)
        return undefined;
    const { width, height } = image.pixels;
    const sides = `${width}×${height} pixels`;
    if (rule.minSide !== undefined && Math.min(width, height) < rule.minSide)
        return said(/px|pixel|edge/i, `is ${sides}; model ${model} takes a width and height of at least ${rule.minSide} each`);
    if (rule.maxSide !== undefined && Math.max(width, height) > rule.maxSide)
        return said(/px|pixel/i, `is ${sides}; model ${model} takes a width and height of at most ${rule.maxSide} each`);
    const aspect = width / height;
    if ((rule.minRatio !== undefined && aspect < rule.minRatio) || (rule.maxRatio !== undefined && aspect > rule.maxRatio))
        return said(/ratio/i, `is ${sides} (width/height ${aspect.toFixed(2)}); model ${model} takes a width/height from ${rule.minRatio} to ${rule.maxRatio}`);
    return undefined;
}
/**
 * Why an image's size differs from what a field selects ("1280x720": exactly that; "16:9": that ratio), or
 * undefined. Only for a model whose file rule ties the two ("must exactly match the selected aspect_ratio").
 */
function selectedSizeProblem(model, rule, pixels, selected) {
    if (!rule.sizeOf || !pixels || typeof selected !== 'string')
        return undefined;
    const { width, height } = pixels;
    const exact = /^(\d+)x(\d+)$/.exec(selected);
    const ratio = /^(\d+):(\d+)$/.exec(selected);
    const fits = exact ? width === Number(exact[1]) && height === Number(exact[2]) : ratio ? width * Number(ratio[2]) === height * Number(ratio[1]) : true;
    if (fits)
        return undefined;
    const wanted = exact ? `exactly ${exact[1]}×${exact[2]} pixels` : `pixels in the ratio ${selected}`;
    const sentence = rule.prose.find(line => line.includes(rule.sizeOf ?? ''));
    return `is ${width}×${height} pixels; model ${model} takes ${wanted} with ${rule.sizeOf} ${selected}${sentence ? ` (EvoLink: "${sentence}")` : ''}`;
}
/**
 * Checks a file an image input names; returns it ready to upload, or why it is refused. `rule` is what the
 * model documents for the field's files, checked here because these are bytes the action holds.
 */
function checkLocalImage(raw, workspace, maxBytes, rule) {
    const rel = within(workspace, (0,external_node_path_.resolve)(workspace, raw));
    if (rel === undefined)
        return { ok: false, problem: `must be an https URL or a file inside the workspace (${workspace}), symlinks included` };
    if (underGit(rel))
        return { ok: false, problem: 'must not be inside .git/' };
    const path = (0,external_node_path_.resolve)(workspace, rel);
    const opened = openRegularFile(path);
    if (!opened.ok)
        return opened;
    const { fd, size } = opened;
    try {
        if (size > maxBytes)
            return { ok: false, problem: `is ${size} bytes, more than max-upload-size (${maxBytes} bytes)` };
        const buffer = Buffer.alloc(Math.min(size, HEAD_BYTES));
        const head = buffer.subarray(0, (0,external_node_fs_.readSync)(fd, buffer, 0, buffer.length, 0));
        const kind = sniff(head);
        if ('not' in kind)
            return { ok: false, problem: `must be a JPEG, PNG, GIF or WebP image, but it is ${kind.not}` };
        const image = { raw, path, size, type: kind.type, name: imageName(path), pixels: imageDimensions(head, kind.type) };
        const broken = rule && fileRuleProblem(rule.model, rule.file, image);
        return broken ? { ok: false, problem: broken } : { ok: true, image };
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
}

;// CONCATENATED MODULE: ./src/inputs/request-inputs.ts
// The inputs that fill the request body, checked against the chosen model's catalogue entry: an input the
// model does not take, a value outside its enum or range, a missing required field, are refused here,
// naming the input, the value and what this model allows, before anything is sent. docs/models.md.






/** Each input that fills a request field, named as the field in kebab-case, so EvoLink's docs apply word for word. */
const FIELD_OF_INPUT = {
    prompt: 'prompt',
    duration: 'duration',
    'aspect-ratio': 'aspect_ratio',
    quality: 'quality',
    sound: 'sound',
    'negative-prompt': 'negative_prompt',
    seed: 'seed',
    'generate-audio': 'generate_audio',
    'image-start': 'image_start',
    'image-end': 'image_end',
    'image-urls': 'image_urls',
    'video-urls': 'video_urls',
    'audio-urls': 'audio_urls',
    'model-params': 'model_params'
};
/** callback-url fills callback_url too, but is read with the other URL inputs (settings.ts) and added last. */
const INPUT_OF_FIELD = new Map([...Object.entries(FIELD_OF_INPUT).map(([input, field]) => [field, input]), ['callback_url', 'callback-url']]);
/** Left empty, these get the model's documented default (so kling-o3-text-to-video's body is as it always was). */
const DOCUMENTED_DEFAULTS = new Set(['duration', 'aspect_ratio', 'quality', 'sound']);
/**
 * Models that take one video or one audio URL (video_url, audio_url) get it from video-urls or audio-urls
 * with one line, so no model needs `params` for its media.
 */
const SINGULAR_OF_INPUT = { 'video-urls': 'video_url', 'audio-urls': 'audio_url' };
/** The field an input fills for this model: its own, or the singular one the model takes instead. */
function fieldOfInput(model, input) {
    const field = FIELD_OF_INPUT[input];
    if (field === undefined)
        return undefined;
    const singular = SINGULAR_OF_INPUT[input];
    return singular && own(model.fields, field) === undefined && own(model.fields, singular) !== undefined ? singular : field;
}
/** The input that carries a field for this model, or undefined when only `params` does. */
function inputOfField(model, field) {
    const named = INPUT_OF_FIELD.get(field);
    if (named)
        return named;
    return Object.keys(SINGULAR_OF_INPUT).find(input => fieldOfInput(model, input) === field);
}
/** How a user gives a field: 'video-urls' (one line), or params: {"x": …} when no input carries it. */
function howToGive(model, field) {
    // A key of an object field ("model_params.file_url"): the input that carries the object, with the key.
    const [parent, key] = field.split('.');
    if (parent !== undefined && key !== undefined) {
        const carrier = inputOfField(model, parent);
        return carrier ? `'${carrier}' {"${key}": …}` : `params: {"${parent}": {"${key}": …}}`;
    }
    const input = inputOfField(model, field);
    if (input)
        return `'${input}'${SINGULAR_OF_INPUT[input] === field ? ' (one line)' : ''}`;
    return `params: {"${field}": …}`;
}
/** The inputs a model takes (params for the fields no input names), for "it takes …" in messages. */
function inputsOf(model) {
    const fields = Object.keys(model.fields);
    const named = [...new Set(fields.map(field => inputOfField(model, field)).filter((input) => input !== undefined))];
    const order = [...INPUT_OF_FIELD.values()];
    named.sort((a, b) => order.indexOf(a) - order.indexOf(b));
    const rest = fields.filter(field => inputOfField(model, field) === undefined);
    return `${named.join(', ')}${rest.length > 0 ? `, and in params: ${rest.join(', ')}` : ''}`;
}
/** JSON inputs may give a number where EvoLink wants a string ("duration": 5 for "5"): sent as the string. */
function coerce(spec, value) {
    if (!spec)
        return value;
    if (spec.type === 'string' && typeof value === 'number')
        return String(value);
    if (Array.isArray(value))
        return value.map(item => coerce(spec.items, item));
    if (spec.properties && typeof value === 'object' && value !== null) {
        return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, coerce(own(spec.properties, key), item)]));
    }
    return value;
}
/** An input's raw text as the field's type: lists one per line, JSON for objects, YAML booleans. */
function parseRaw(spec, raw, model) {
    const allows = `model ${model.model} allows ${allowedText(spec)}`;
    if (spec.oneOf) {
        // The first alternative the text fits: "6" as the integer, "auto" as the string.
        for (const alternative of spec.oneOf) {
            const parsed = parseRaw(alternative, raw, model);
            if ('value' in parsed && check_field_checkValue(alternative, parsed.value, 'x') === undefined)
                return parsed;
        }
        return { problem: allows };
    }
    switch (spec.type) {
        case 'integer':
        case 'number': {
            const n = Number(raw);
            const pattern = spec.type === 'integer' ? /^-?\d+$/ : /^-?\d+(\.\d+)?$/;
            return pattern.test(raw) && Number.isFinite(n) ? { value: n } : { problem: allows };
        }
        case 'boolean': {
            const flag = bool(raw);
            return flag === undefined ? { problem: `${allows} (True, TRUE, False and FALSE too)` } : { value: flag };
        }
        case 'array':
            return {
                value: raw
                    .split(/\r?\n/)
                    .map(line => line.trim())
                    .filter(Boolean)
            };
        case 'object': {
            const parsed = parseJsonData(raw);
            return 'problem' in parsed ? { problem: `must be ${allowedText(spec)} (${parsed.problem})` } : { value: coerce(spec, parsed.value) };
        }
        default: {
            // `sound` is the string "on" or "off" for Kling; true and false are accepted for it, as before.
            if (spec.enum?.includes('on') && spec.enum.includes('off')) {
                const flag = raw === 'on' || raw === 'off' ? raw : bool(raw) === undefined ? raw : bool(raw) ? 'on' : 'off';
                return { value: flag };
            }
            return { value: raw };
        }
    }
}
/**
 * Every media URL in a value, at any depth (the catalogue marks which fields hold media, from EvoLink's format
 * and description: model_params.file_url too): https URLs on public hosts only, the callback-url rule. Each is
 * replaced by the exact text that passed: the body never carries a raw string beside a parsed one.
 */
function checkedMedia(spec, value) {
    if (Array.isArray(value)) {
        const items = [];
        for (const item of value) {
            // A list of URLs is marked on the list; a list of objects has its fields marked on its items.
            const checked = checkedMedia(spec?.media ? spec : spec?.items, item);
            if ('problem' in checked)
                return checked;
            items.push(checked.value);
        }
        return { value: items };
    }
    if (typeof value === 'object' && value !== null) {
        const entries = [];
        for (const [name, item] of Object.entries(value)) {
            // A field of its own, or a value of an object with free keys (voice_bindings: {"image1": "https://…"}).
            const checked = checkedMedia(own(spec?.properties, name) ?? spec?.values, item);
            if ('problem' in checked)
                return checked;
            entries.push([name, checked.value]);
        }
        return { value: Object.fromEntries(entries) };
    }
    if (typeof value !== 'string' || !spec?.media)
        return { value };
    const checked = checkedMediaUrl(value);
    return 'problem' in checked ? checked : { value: checked.url };
}
/**
 * Reads every request input for `model`. `prompt` is given already read (prompt or prompt-file);
 * `describe` shows a raw value in a message the way the other inputs' messages do.
 */
function readRequestFields(model, read, prompt, describe, uploadRules) {
    const body = {};
    const uploads = [];
    const problems = [];
    const broken = [];
    const spec = (field) => fieldSpec(model, field);
    const refuse = (input, raw, reason) => problems.push(`Input '${input}' is ${describe(input, raw)}: ${reason}.`);
    /**
     * A field's value with its media checked: an image field may also name files of the repository (each
     * recorded with its position, uploaded before the submission); every other URL must be https on a public host.
     */
    const withMedia = (field, taken, value) => {
        if (taken.media !== 'image')
            return checkedMedia(taken, value);
        const list = Array.isArray(value) ? value : [value];
        const found = [];
        const checked = [];
        for (const [i, item] of list.entries()) {
            if (typeof item === 'string' && isLocalPath(item)) {
                const local = checkLocalImage(item, uploadRules.workspace, uploadRules.maxUploadBytes, taken.file && { model: model.model, file: taken.file });
                if (!local.ok)
                    return { problem: `${JSON.stringify(item)} ${local.problem}` };
                found.push({ ...local.image, field, index: Array.isArray(value) ? i : undefined });
                checked.push(item);
            }
            else {
                const url = checkedMedia(taken, item);
                if ('problem' in url)
                    return url;
                checked.push(url.value);
            }
        }
        uploads.push(...found);
        return { value: Array.isArray(value) ? checked : checked[0] };
    };
    const put = (input, field, raw) => {
        const taken = spec(field);
        if (!taken)
            return refuse(input, raw, `model ${model.model} does not take it; it takes ${inputsOf(model)}`);
        const parsed = parseRaw(taken, raw, model);
        if ('problem' in parsed)
            return refuse(input, raw, parsed.problem);
        const media = withMedia(field, taken, parsed.value);
        if ('problem' in media)
            return refuse(input, raw, media.problem);
        const { value } = media;
        const problem = check_field_checkValue(taken, value, field, `model ${model.model} allows`);
        if (problem)
            broken.push(`Input '${input}' is ${describe(input, raw)}: ${problem}.`);
        body[field] = value;
    };
    for (const input of Object.keys(FIELD_OF_INPUT)) {
        const field = fieldOfInput(model, input) ?? '';
        const raw = input === 'prompt' ? prompt : read(input);
        const lines = raw
            .split(/\r?\n/)
            .map(line => line.trim())
            .filter(Boolean);
        if (raw !== '' && field === SINGULAR_OF_INPUT[input] && lines.length !== 1)
            refuse(input, raw, `model ${model.model} takes one URL here (${field}): give exactly one line`);
        else if (raw !== '')
            put(input, field, field === SINGULAR_OF_INPUT[input] ? (lines[0] ?? '') : raw);
        else if (DOCUMENTED_DEFAULTS.has(field) && spec(field)?.default !== undefined)
            body[field] = spec(field)?.default;
    }
    const paramsRaw = read('params');
    if (paramsRaw !== '') {
        const parsed = parseJsonData(paramsRaw);
        if ('problem' in parsed)
            refuse('params', paramsRaw, `must be a JSON object (${parsed.problem})`);
        const params = 'value' in parsed ? parsed.value : undefined;
        if (params !== undefined && (typeof params !== 'object' || params === null || Array.isArray(params))) {
            refuse('params', paramsRaw, 'must be a JSON object of other top-level fields, such as {"n": 2}');
        }
        else if (params) {
            for (const [field, value] of Object.entries(params)) {
                const input = INPUT_OF_FIELD.get(field);
                const taken = spec(field);
                if (input || field === 'model')
                    refuse('params', paramsRaw, `"${field}" has an input of its own${input ? ` ('${input}')` : ''}: use it`);
                else if (!taken)
                    refuse('params', paramsRaw, `"${field}" is not a field of model ${model.model}; it takes ${inputsOf(model)}`);
                else {
                    const media = withMedia(field, taken, coerce(taken, value));
                    if ('problem' in media)
                        refuse('params', paramsRaw, media.problem);
                    else {
                        const problem = check_field_checkValue(taken, media.value, field);
                        if (problem)
                            broken.push(`Input 'params' is ${describe('params', paramsRaw)}: ${problem}.`);
                        body[field] = media.value;
                    }
                }
            }
        }
    }
    // An image whose size must be what another field selects (Sora 2: "must exactly match the selected aspect_ratio").
    for (const upload of uploads) {
        const file = spec(upload.field)?.file;
        const selected = file?.sizeOf === undefined ? undefined : (own(body, file.sizeOf) ?? spec(file.sizeOf)?.default);
        const problem = file && selectedSizeProblem(model.model, file, upload.pixels, selected);
        if (problem)
            refuse(inputOfField(model, upload.field) ?? upload.field, upload.raw, `${JSON.stringify(upload.raw)} ${problem}`);
    }
    return { body, uploads, problems, broken };
}

;// CONCATENATED MODULE: ./src/inputs/delivery-settings.ts
// Inputs that say where the video goes once it exists: a file, a pull request comment, a release asset, a
// workflow artifact.
// Checked with the rest, before anything is submitted, so a bad path or a missing tag costs no credits.






/** Characters GitHub refuses in artifact names (an artifact is named after its file). */
const ARTIFACT_NAME_REFUSED = /[":<>|*?\\/\r\n]/;
const UNITS = { b: 1, kb: 1e3, mb: 1e6, gb: 1e9, kib: 1024, mib: 1024 ** 2, gib: 1024 ** 3 };
/** "2GiB" → 2147483648; undefined when unreadable. */
function parseSize(raw) {
    const match = /^(\d+(?:\.\d+)?)\s*([kmg]i?b|b)?$/i.exec(raw);
    if (!match)
        return undefined;
    const bytes = Math.floor(Number(match[1]) * (UNITS[(match[2] ?? 'b').toLowerCase()] ?? NaN));
    return bytes > 0 ? bytes : undefined;
}
const inside = (root, path) => within(root, path) !== undefined;
/** Why the video cannot be written at `path`, found before anything is submitted; undefined when it can. */
function downloadPathProblem(raw, path) {
    if (/[\\/]$/.test(raw))
        return 'names a folder (it ends in a slash): give a file name, such as videos/preview.mp4';
    const existing = nearestExisting(path);
    try {
        const stat = (0,external_node_fs_.statSync)(existing);
        if (existing === path) {
            if (stat.isDirectory())
                return `must name a file, but ${path} is a directory`;
            if (!stat.isFile())
                return `must name a regular file, but ${path} is something else (a device or a pipe)`;
            (0,external_node_fs_.accessSync)((0,external_node_path_.dirname)(path), external_node_fs_.constants.W_OK);
        }
        else {
            if (!stat.isDirectory())
                return `cannot be created: ${existing} is a file, not a folder`;
            (0,external_node_fs_.accessSync)(existing, external_node_fs_.constants.W_OK);
        }
    }
    catch (error) {
        return `cannot be written: ${error.code ?? error.message} on ${existing === path ? (0,external_node_path_.dirname)(path) : existing}`;
    }
    return undefined;
}
/** The release tag of a `release` event, from the event payload the runner writes. */
function releaseTagOfEvent(env) {
    if (env.GITHUB_EVENT_NAME !== 'release' || !env.GITHUB_EVENT_PATH)
        return undefined;
    try {
        const tag = JSON.parse((0,external_node_fs_.readFileSync)(env.GITHUB_EVENT_PATH, 'utf8')).release?.tag_name;
        return typeof tag === 'string' ? tag : undefined;
    }
    catch {
        return undefined;
    }
}
function readDeliverySettings(read, report, env) {
    const workspace = (0,external_node_path_.resolve)(env.GITHUB_WORKSPACE || process.cwd());
    const runnerTemp = (0,external_node_path_.resolve)(env.RUNNER_TEMP || (0,external_node_os_.tmpdir)());
    const flag = (name) => {
        const parsed = bool(read(name));
        if (parsed === undefined)
            report.fail(name, read(name), BOOL_ALLOWED);
        return parsed ?? false;
    };
    const prComment = flag('pr-comment');
    const releaseAsset = flag('release-asset');
    const artifactAsked = flag('artifact');
    const retentionRaw = read('artifact-retention-days');
    const retentionDays = retentionRaw === '' ? undefined : /^\d+$/.test(retentionRaw) && Number(retentionRaw) >= 1 && Number(retentionRaw) <= 90 ? Number(retentionRaw) : NaN;
    if (Number.isNaN(retentionDays))
        report.fail('artifact-retention-days', retentionRaw, "a whole number of days from 1 to 90 (empty: the repository's setting)");
    // The artifact service is the runner's: a local runner has none, and finding out after paying would be too late.
    if (artifactAsked && !(env.ACTIONS_RESULTS_URL && env.ACTIONS_RUNTIME_TOKEN)) {
        report.problem('Input \'artifact\' is "true" but this runner provides no artifact service (ACTIONS_RESULTS_URL and ACTIONS_RUNTIME_TOKEN are not set, as on a local runner): set artifact: false, or run the step on GitHub Actions.');
    }
    const keyRaw = read('pr-comment-key');
    const prCommentKey = keyRaw === '' ? undefined : keyRaw;
    if (prCommentKey !== undefined && !/^[\w .:/-]{1,100}$/.test(prCommentKey)) {
        report.fail('pr-comment-key', keyRaw, 'at most 100 letters, digits, spaces and . _ : / - (for example ${{ matrix.name }})');
    }
    const githubToken = read('github-token');
    if (githubToken)
        report.mask(githubToken);
    const maxRaw = read('max-download-size');
    const maxBytes = parseSize(maxRaw);
    if (maxBytes === undefined)
        report.fail('max-download-size', maxRaw, 'a size such as 2GiB, 500MiB or 104857600 (bytes)');
    let release;
    if (releaseAsset) {
        const tag = read('release-tag') || releaseTagOfEvent(env);
        const assetName = read('asset-name') || (tag ? `evolink-video-${tag.replace(/[^\w.-]+/g, '-')}.mp4` : '');
        if (tag && (tag.length > 255 || untrusted/* UNSAFE_OR_SPACE */.a0.test(tag))) {
            report.fail('release-tag', tag, 'a tag name of at most 255 characters without spaces, line breaks or control characters (git refuses them in tags)');
        }
        else if (!tag) {
            report.problem("Input 'release-asset' is \"true\" but this is not a release event: set 'release-tag' to the release to upload to.");
        }
        else if (!/^[\w.-]+$/.test(assetName)) {
            report.fail('asset-name', assetName, 'a file name of letters, digits, dots, dashes and underscores');
        }
        else {
            release = { tag, assetName };
        }
    }
    let download;
    const pathRaw = read('download-path');
    if (pathRaw || release) {
        const path = pathRaw ? (0,external_node_path_.resolve)(workspace, pathRaw) : (0,external_node_path_.join)(runnerTemp, 'evolink-video', release?.assetName ?? 'video.mp4');
        const problem = !inside(workspace, path) && !inside(runnerTemp, path)
            ? `must stay inside the workspace (${workspace}) or RUNNER_TEMP (${runnerTemp}); it resolves to ${path}`
            : underGit(within(workspace, path) ?? '')
                ? 'must not be inside .git/'
                : downloadPathProblem(pathRaw, path);
        if (problem)
            report.refuse('download-path', pathRaw, problem);
        else if (maxBytes !== undefined)
            download = { path, maxBytes };
    }
    const fileName = download && pathRaw ? (0,external_node_path_.basename)(download.path) : undefined;
    // The artifact is named after the file: a name GitHub would refuse is refused now, before any credit is spent.
    if (artifactAsked && fileName && ARTIFACT_NAME_REFUSED.test(fileName)) {
        report.refuse('download-path', pathRaw, `with artifact: true its file name names the artifact, and GitHub refuses " : < > | * ? \\ / and line breaks in artifact names`);
    }
    const artifact = artifactAsked ? { retentionDays: Number.isNaN(retentionDays) ? undefined : retentionDays, fileName } : undefined;
    return { download, maxDownloadBytes: maxBytes ?? 0, prComment, prCommentKey, release, artifact, githubToken };
}

;// CONCATENATED MODULE: ./src/inputs/settings.ts
// Reads every input once, validates all of them, and returns one typed settings object.
// Every problem names the input, the value given and what is allowed; all are reported together.
// The request inputs are checked against the chosen model's entry in the catalogue (request-inputs.ts).










const POLL_STRATEGIES = ['adaptive', 'fixed'];
/** What an earlier run paid for is reused: docs/paying-once.md. */
const REUSE_MODES = ['re-run', 'identical', 'off'];
/** What a broken rule of the model's catalogue entry does: refuse the request, or only warn (a rule misread). */
const MODEL_CHECKS = ['enforce', 'warn'];
/** A broken rule of the model's catalogue entry, sent anyway (model-checks: warn), as the log says it. */
const brokenRuleWarning = (rule) => `model-checks is warn, so this is sent although the catalogue says: ${rule} EvoLink decides; if it accepts the request, the action misread the rule (please report it).`;
/** The finite number a string spells, when the string matches `pattern` and the number passes `ok`. */
const numberWhere = (pattern, ok) => raw => {
    const n = Number(raw);
    return pattern.test(raw) && Number.isFinite(n) && ok(n) ? n : undefined;
};
/** A whole number from `min` to `max`. */
const wholeNumber = (min, max = Number.MAX_SAFE_INTEGER) => numberWhere(/^\d+$/, n => n >= min && n <= max);
/** A number of seconds from `min` to `max`, decimals allowed. */
const seconds = (min, max) => ({
    parse: numberWhere(/^\d+(\.\d+)?$/, n => n >= min && n <= max),
    allowed: `a number of seconds from ${min} to ${max}`
});
/** The longest wait a timer holds: setTimeout fires at once (after 1 ms) past 2^31-1 ms. */
const MAX_TIMER_S = Math.floor((2 ** 31 - 1) / 1000);
const oneOf = (values) => ({
    parse: (raw) => values.find((value) => value === raw),
    allowed: `one of: ${values.join(', ')}`
});
/** Each input read by a parser: the parser of its raw string, and the sentence that says what is allowed. */
const INPUT_PARSERS = {
    wait: { parse: bool, allowed: BOOL_ALLOWED },
    'dry-run': { parse: bool, allowed: BOOL_ALLOWED },
    'poll-interval': seconds(0.05, 3600),
    'poll-strategy': oneOf(POLL_STRATEGIES),
    timeout: seconds(1, MAX_TIMER_S),
    'request-timeout': seconds(0.1, 3600),
    'max-consecutive-errors': { parse: wholeNumber(1), allowed: 'a whole number of at least 1' },
    reuse: oneOf(REUSE_MODES),
    'model-checks': oneOf(MODEL_CHECKS),
    'max-credits': { parse: wholeNumber(1), allowed: 'a whole number of credits of at least 1, such as 100 (empty: no cap)' },
    'min-credits': { parse: numberWhere(/^\d+(\.\d+)?$/, n => n <= Number.MAX_SAFE_INTEGER), allowed: 'a number of credits of at least 0, such as 100 or 12.5' },
    'task-id': { parse: (raw) => (contract/* TASK_ID_PATTERN */.Fq.test(raw) ? raw : undefined), allowed: 'an EvoLink task id such as task-unified-1757169743-7cvnl5zw' }
};
/** An input's value in a message: the key hidden, any other value quoted and made inert (untrusted.ts). */
function describeValue(name, raw) {
    return name === 'api-key' ? '(hidden)' : (0,untrusted/* quoteInput */.Zs)(raw);
}
async function readSettings(read, mask, env = process.env) {
    const workspace = env.GITHUB_WORKSPACE || process.cwd();
    // The key is masked before anything else can be logged, even before it is validated.
    const apiKey = read('api-key');
    if (apiKey)
        mask(apiKey);
    const problems = [];
    const refuse = (name, raw, reason) => problems.push(`Input '${name}' is ${describeValue(name, raw)}: ${reason}.`);
    const fail = (name, raw, allowed) => refuse(name, raw, `must be ${allowed}`);
    function parsed(name) {
        const raw = read(name);
        const value = INPUT_PARSERS[name].parse(raw);
        if (value === undefined)
            fail(name, raw, INPUT_PARSERS[name].allowed);
        return value;
    }
    const optional = (name) => (read(name) === '' ? undefined : parsed(name));
    const wait = parsed('wait');
    const dryRun = parsed('dry-run');
    const pollInterval = parsed('poll-interval');
    const pollStrategy = parsed('poll-strategy');
    const timeout = parsed('timeout');
    const requestTimeout = parsed('request-timeout');
    const maxConsecutiveErrors = parsed('max-consecutive-errors');
    const taskId = optional('task-id');
    const reuse = parsed('reuse');
    const minCredits = optional('min-credits');
    const maxCredits = optional('max-credits');
    const modelChecks = parsed('model-checks');
    /** The model's documented rules the request breaks (settled below by model-checks). */
    const broken = [];
    const prompt = readPrompt(read, fail, refuse, workspace);
    // base-url is joined with /v1/…, so a trailing slash would double up.
    const baseUrl = readUrl(read('base-url'), 'base-url', baseUrlProblem, refuse)?.href.replace(/\/+$/, '');
    const filesBaseUrl = readUrl(read('files-base-url'), 'files-base-url', baseUrlProblem, refuse)?.href.replace(/\/+$/, '');
    const maxUploadRaw = read('max-upload-size');
    const maxUploadBytes = parseSize(maxUploadRaw);
    if (maxUploadBytes === undefined)
        fail('max-upload-size', maxUploadRaw, 'a size such as 10MiB, 500KiB or 1048576 (bytes)');
    const callbackRaw = read('callback-url');
    const callbackUrl = callbackRaw === '' ? undefined : readUrl(callbackRaw, 'callback-url', callbackUrlProblem, refuse)?.href;
    const delivery = readDeliverySettings(read, { fail, refuse, problem: text => problems.push(text), mask }, env);
    const modelRaw = read('model');
    const model = findModel(modelRaw);
    let fields = {};
    let uploads = [];
    if (!model) {
        const like = similarModels(modelRaw);
        const notVideo = Object.hasOwn(NOT_VIDEO_MODELS, modelRaw) ? NOT_VIDEO_MODELS[modelRaw] : undefined;
        if (notVideo)
            refuse('model', modelRaw, `${notVideo}; this action makes videos: pick one of the ${MODEL_NAMES.length} video models in the README's model table`);
        else if (like.length > 0)
            fail('model', modelRaw, `one of the ${MODEL_NAMES.length} EvoLink video models in the README's model table: did you mean ${like.join(', or ')}?`);
        else
            fail('model', modelRaw, `one of the ${MODEL_NAMES.length} EvoLink video models in the README's model table, such as kling-o3-text-to-video`);
    }
    else if (taskId === undefined) {
        // Resuming sends no request: the request inputs are not checked then.
        const request = readRequestFields(model, read, prompt ?? '', describeValue, {
            workspace: (0,external_node_path_.resolve)(workspace),
            maxUploadBytes: maxUploadBytes ?? 0
        });
        problems.push(...request.problems);
        fields = request.body;
        uploads = request.uploads;
        broken.push(...request.broken);
        if (request.problems.length === 0) {
            for (const field of missingRequired(model, fields)) {
                const input = inputOfField(model, field);
                broken.push(input
                    ? `Input '${input}' is empty: model ${model.model} requires it${field === 'prompt' ? " (give 'prompt' or 'prompt-file')" : input === 'video-urls' || input === 'audio-urls' ? ` (one URL, for ${field})` : ''}.`
                    : `Model ${model.model} requires ${field}, which no input of its own carries: give it as ${howToGive(model, field)}.`);
            }
            for (const rule of brokenRules(model, fields, field => howToGive(model, field)))
                broken.push(`Model ${model.model}: ${rule}.`);
        }
    }
    // The model's documented rules: refused, unless model-checks says to send anyway (a rule the action misread).
    if (modelChecks !== 'warn')
        problems.push(...broken);
    // The key goes into a header: a line break there could add headers of its own, so it is refused unseen.
    if (apiKey && !/^[\x21-\x7e]+$/.test(apiKey)) {
        problems.push("Input 'api-key' holds characters that cannot go into an HTTP header (spaces, line breaks, control or non-ASCII characters); check the secret. The value is not shown.");
    }
    // Only a valid dry-run: true may go without a key; an invalid dry-run value does not hide a missing key.
    if (!apiKey && dryRun !== true) {
        problems.push("Input 'api-key' is empty: it is required (pass it from a secret: api-key: ${{ secrets.EVOLINK_API_KEY }}).");
    }
    if (taskId !== undefined && wait === false) {
        problems.push("Inputs 'task-id' and 'wait: false' together would do nothing: resuming a task means waiting for it.");
    }
    if (problems.length > 0)
        throw new errors/* InputError */.dz(problems);
    // Each value below was read without a problem (else the throw above): `checked` says so to the compiler, and
    // fails loudly should a parser ever return nothing without reporting why.
    return {
        apiKey,
        model: modelRaw,
        prompt: prompt ?? '',
        fields,
        uploads,
        filesBaseUrl: checked(filesBaseUrl, 'files-base-url'),
        callbackUrl,
        taskId,
        wait: checked(wait, 'wait'),
        pollIntervalMs: checked(pollInterval, 'poll-interval') * 1000,
        pollStrategy: checked(pollStrategy, 'poll-strategy'),
        timeoutMs: checked(timeout, 'timeout') * 1000,
        requestTimeoutMs: checked(requestTimeout, 'request-timeout') * 1000,
        maxConsecutiveErrors: checked(maxConsecutiveErrors, 'max-consecutive-errors'),
        baseUrl: checked(baseUrl, 'base-url'),
        dryRun: checked(dryRun, 'dry-run'),
        reuse: checked(reuse, 'reuse'),
        minCredits,
        maxCredits,
        delivery,
        brokenRules: modelChecks === 'warn' ? broken : []
    };
}
/** A value read without a reported problem; undefined here would be a parser that failed silently. */
function checked(value, input) {
    if (value === undefined)
        throw new Error(`Input '${input}' was read as nothing without a reason: a bug in the action, please report it.`);
    return value;
}
function readPrompt(read, fail, refuse, workspace) {
    const inline = read('prompt');
    const file = read('prompt-file');
    if (inline && file) {
        fail('prompt-file', file, "left empty when 'prompt' is given (use one or the other)");
        return undefined;
    }
    let prompt = inline;
    if (file) {
        const read = readPromptFile(file, workspace);
        if (!read.ok) {
            refuse('prompt-file', file, read.problem);
            return undefined;
        }
        prompt = read.prompt;
    }
    // Its length and whether it may be empty depend on the model: checked with the other request fields.
    return prompt;
}
function readUrl(raw, name, problemOf, refuse) {
    let url;
    try {
        url = new URL(raw);
    }
    catch {
        refuse(name, raw, 'must be an absolute URL such as https://example.com/path');
        return undefined;
    }
    // Checked on the text: the parser drops tabs and line breaks, so what it checked would not be what is sent.
    const hidden = hiddenCharacterProblem(raw);
    if (hidden) {
        refuse(name, raw, hidden);
        return undefined;
    }
    const problem = problemOf(url);
    if (problem) {
        refuse(name, raw, problem);
        return undefined;
    }
    return url;
}

;// CONCATENATED MODULE: ./src/step/graph.ts
// The videos of a step as a graph: an entry with `video-from` is made from the finished video of another.
// Plain functions over ids and edges (each entry has at most one upstream): the checks that refuse a graph
// before anything is sent, the upstreams a selection brings along, the connected sets a matrix leg keeps
// together, and the length of the chain that still hangs below each entry (the scheduler's priority).
/** Every edge problem, in manifest order: unknown ids, an entry naming itself, cycles (each named once). */
function graphProblems(nodes) {
    const byId = new Map(nodes.map(node => [node.id, node]));
    const problems = [];
    for (const { id, from } of nodes) {
        if (from === undefined)
            continue;
        if (from === id)
            problems.push(`Manifest entry '${id}': video-from names the entry itself; an entry is made from another entry's video.`);
        else if (!byId.has(from))
            problems.push(`Manifest entry '${id}': video-from is '${from}', which is not an id of this manifest.`);
    }
    // With one upstream per entry, a cycle is found by walking up from each entry; each node is walked once.
    const state = new Map();
    for (const start of nodes) {
        const path = [];
        let id = start.id;
        while (id !== undefined && !state.has(id)) {
            state.set(id, 'walking');
            path.push(id);
            const from = byId.get(id)?.from;
            id = from !== undefined && from !== id && byId.has(from) ? from : undefined;
        }
        if (id !== undefined && state.get(id) === 'walking') {
            const cycle = path.slice(path.indexOf(id));
            const names = [...cycle].reverse();
            problems.push(`Manifest entries ${names.map(name => `'${name}'`).join(', ')} form a cycle through video-from (${[...names, names[0]].join(' → ')}): each would wait for the other.`);
        }
        for (const walked of path)
            state.set(walked, 'done');
    }
    return problems;
}
/** The selected ids and every upstream they need, in manifest order. */
function withUpstreams(nodes, selected) {
    const from = new Map(nodes.map(node => [node.id, node.from]));
    const wanted = new Set();
    for (const id of selected) {
        for (let at = id; at !== undefined && !wanted.has(at); at = from.get(at))
            wanted.add(at);
    }
    return new Set(nodes.map(node => node.id).filter(id => wanted.has(id)));
}
/** The connected sets of the graph (edges taken both ways), each in manifest order, ordered by their first entry. */
function connectedSets(nodes) {
    const root = new Map(nodes.map(node => [node.id, node.id]));
    const find = (id) => {
        let at = id;
        while (root.get(at) !== at)
            at = root.get(at) ?? at;
        // Path compression keeps a 1,000-entry chain linear.
        for (let step = id; root.get(step) !== at;) {
            const next = root.get(step) ?? at;
            root.set(step, at);
            step = next;
        }
        return at;
    };
    for (const { id, from } of nodes) {
        if (from !== undefined && root.has(from)) {
            const [a, b] = [find(id), find(from)];
            if (a !== b)
                root.set(a, b);
        }
    }
    const sets = new Map();
    for (const { id } of nodes) {
        const key = find(id);
        const set = sets.get(key);
        if (set)
            set.push(id);
        else
            sets.set(key, [id]);
    }
    return [...sets.values()];
}
/**
 * Connected sets packed into at most `maxLegs` legs: one set per leg while they fit, else the largest sets
 * first, each into the leg with the fewest entries so far (the earlier leg on a tie): deterministic, and as
 * even as whole sets allow. Legs keep manifest order inside and are ordered by their first entry.
 */
function packLegs(sets, maxLegs) {
    if (sets.length <= maxLegs)
        return sets.map(set => [...set]);
    const order = new Map(sets.flat().map((id, n) => [id, n]));
    const legs = Array.from({ length: maxLegs }, () => []);
    const bySize = sets.map((set, n) => ({ set, n })).sort((a, b) => b.set.length - a.set.length || a.n - b.n);
    for (const { set } of bySize) {
        let smallest = 0;
        for (let leg = 1; leg < legs.length; leg++)
            if (legs[leg].length < legs[smallest].length)
                smallest = leg;
        legs[smallest].push(...set);
    }
    const rank = (id) => order.get(id) ?? 0;
    for (const leg of legs)
        leg.sort((a, b) => rank(a) - rank(b));
    return legs.filter(leg => leg.length > 0).sort((a, b) => rank(a[0]) - rank(b[0]));
}
/** For each id, how many videos the longest chain starting at it holds (itself included): 1 for a leaf. */
function chainLengths(nodes) {
    const below = new Map();
    for (const { id, from } of nodes)
        if (from !== undefined)
            below.set(from, [...(below.get(from) ?? []), id]);
    const length = new Map();
    // Iterative post-order: a 1,000-entry chain must not exhaust the stack.
    for (const { id: start } of nodes) {
        const stack = [{ id: start, expanded: false }];
        while (stack.length > 0) {
            const top = stack[stack.length - 1];
            if (length.has(top.id)) {
                stack.pop();
                continue;
            }
            const children = below.get(top.id) ?? [];
            if (!top.expanded) {
                top.expanded = true;
                for (const child of children)
                    if (!length.has(child))
                        stack.push({ id: child, expanded: false });
                continue;
            }
            stack.pop();
            length.set(top.id, 1 + Math.max(0, ...children.map(child => length.get(child) ?? 0)));
        }
    }
    return length;
}

;// CONCATENATED MODULE: ./src/step/plan.ts
// A step is a plan of one or more videos. Without `manifest` it is one video read from the step's inputs;
// with one, the manifest's entries (all, or those `entry` names and their upstreams), each read as the step's
// inputs with the entry's own values over them, and the graph `video-from` draws between them. Every
// problem of every entry is found before anything is sent, and reported at once.








/** How many tasks may be in flight at once: EvoLink limits requests per model. */
const MAX_CONCURRENT = 50;
/**
 * What stands for the upstream's video while the entry is checked: a URL that passes the media URL rules, so
 * the model's own rules (required, modes, counts) judge the entry as they will judge the real request. It
 * is never sent: the scheduler puts the upstream's URL in its place, by the plan's edge, not by this text.
 */
const videoFromStandIn = (id) => `https://video-from.invalid/${id}.mp4`;
/** The plan of this step, or one InputError naming every problem. */
async function readPlan(read, mask) {
    if (!read('manifest'))
        return { videos: [{ id: '', settings: await readSettings(read, mask) }], manifest: false, maxConcurrent: 1 };
    const workspace = process.env.GITHUB_WORKSPACE || process.cwd();
    const manifest = await readManifest(read('manifest'), workspace);
    if (!manifest.ok)
        throw new errors/* InputError */.dz(manifest.problems);
    const nodes = manifest.entries.map(({ id, from }) => ({ id, from }));
    const problems = [...manifest.problems, ...graphProblems(nodes)];
    const wanted = read('entry')
        .split(',')
        .map(id => id.trim())
        .filter(Boolean);
    const known = new Set(nodes.map(node => node.id));
    const unknown = wanted.filter(id => !known.has(id));
    if (unknown.length > 0) {
        const listed = manifest.entries.length <= 20 ? `: ${[...known].join(', ')}` : ` (${known.size} entries)`;
        const not = `${unknown.map(id => (0,untrusted/* quoteInput */.Zs)(id)).join(', ')} ${unknown.length === 1 ? 'is not one' : 'are not'}`;
        problems.push(`Input 'entry' is ${(0,untrusted/* quoteInput */.Zs)(read('entry'))}: it must be one or more ids of the manifest, separated by commas${listed}; ${not}.`);
    }
    // A selected entry brings the entries its video is made from: they run first, in this step.
    const selected = wanted.length > 0 ? withUpstreams(nodes, new Set(wanted)) : known;
    const entries = manifest.entries.filter(entry => selected.has(entry.id));
    const concurrentRaw = read('max-concurrent');
    const maxConcurrent = /^\d+$/.test(concurrentRaw) ? Number(concurrentRaw) : NaN;
    if (!(maxConcurrent >= 1 && maxConcurrent <= MAX_CONCURRENT))
        problems.push(`Input 'max-concurrent' is ${(0,untrusted/* quoteInput */.Zs)(concurrentRaw)}: it must be a whole number from 1 to ${MAX_CONCURRENT}.`);
    const videos = await readEntries(entries, read, mask).catch((error) => {
        if (!(error instanceof errors/* InputError */.dz))
            throw error;
        problems.push(...error.problems);
        return [];
    });
    if (problems.length > 0)
        throw new errors/* InputError */.dz(problems);
    return { videos, manifest: true, maxConcurrent };
}
/** The inputs of one entry: its own values, then what it takes from the entry itself, then the step's. */
function entryReader(entry, step, count) {
    const own = new Map(Object.entries(entry.values));
    // An entry that sets either prompt input replaces both of the step's: they exclude each other.
    const setsPrompt = own.has('prompt') || own.has('prompt-file');
    return name => {
        if (name === 'video-urls' && entry.from !== undefined)
            return videoFromStandIn(entry.from);
        const value = own.get(name);
        if (value !== undefined)
            return value;
        if (setsPrompt && (name === 'prompt' || name === 'prompt-file'))
            return '';
        // Each release asset is named after its entry. pr-comment is the step's, checked with every entry like
        // any input; the step posts the one comment (the scheduler keeps the entries from posting their own).
        if (name === 'asset-name')
            return `${entry.id}.mp4`;
        if (name === 'download-path' && count > 1)
            return '';
        return step(name);
    };
}
const where = (entry) => `Manifest entry '${entry.id}' (video-from: '${entry.from}')`;
/** Why an entry's `video-from` cannot be used with its model, or the field the video goes in. */
function videoFieldOf(entry, model) {
    if (entry.values['video-urls'] !== undefined)
        return { problem: `${where(entry)} also sets video-urls: its video input is the video of '${entry.from}'; remove one of them.` };
    const spec = findModel(model);
    // An unknown model is reported by the entry's own checks.
    if (!spec)
        return undefined;
    const field = fieldOfInput(spec, 'video-urls');
    if (field === undefined || own(spec.fields, field) === undefined) {
        return { problem: `${where(entry)}: model ${spec.model} takes no video input; video-from needs a model that takes one (video_url or video_urls).` };
    }
    return { field };
}
/**
 * The action does not guess modes: where the model takes a video only in some modes of a field (wan2.7's
 * generation_mode video_continuation), the entry must set that field.
 */
function modeProblem(entry, settings, field) {
    const spec = findModel(settings.model);
    for (const rule of spec?.rules ?? []) {
        if (rule.kind !== 'byMode' || rule.field !== field || rule.required.length === 0 || settings.fields[rule.modeField] !== undefined)
            continue;
        const modes = rule.required.map(mode => `"${mode}"`).join(' or ');
        return `${where(entry)}: model ${settings.model} takes a video only with ${rule.modeField} ${modes}, and the action does not guess modes: set ${howToGive(spec, rule.modeField).replace('…', modes)} in the entry.`;
    }
    return undefined;
}
/** Every entry's settings, or one InputError naming every problem of every entry. */
async function readEntries(entries, step, mask) {
    const problems = [];
    if (step('task-id')) {
        problems.push("Input 'task-id' resumes one task: with 'manifest', set task-id on the entry whose task it is (a re-run resumes each entry's task by itself).");
    }
    if (step('download-path') && entries.length > 1) {
        problems.push("Input 'download-path' would write every video of the manifest to one file: set 'download-path' in each entry instead.");
    }
    // Each secret is masked once, not once per entry: a thousand entries, one ::add-mask:: line.
    const masked = new Set();
    const maskOnce = (secret) => {
        if (masked.has(secret))
            return;
        masked.add(secret);
        mask(secret);
    };
    const videos = [];
    for (const entry of entries) {
        const from = entry.from;
        let read = entryReader(entry, step, entries.length);
        let field;
        if (from !== undefined) {
            const found = videoFieldOf({ ...entry, from }, read('model'));
            if (found && 'problem' in found) {
                problems.push(found.problem);
                // Checked without the stand-in, so the model's own checks do not say the same again.
                const plain = read;
                read = name => (name === 'video-urls' ? (entry.values[name] ?? '') : plain(name));
            }
            else
                field = found?.field;
        }
        try {
            const settings = await readSettings(read, maskOnce);
            const mode = from !== undefined && field !== undefined ? modeProblem({ ...entry, from }, settings, field) : undefined;
            if (mode)
                problems.push(mode);
            videos.push({ id: entry.id, settings, ...(from !== undefined && field !== undefined ? { from: { id: from, field } } : {}) });
        }
        catch (error) {
            if (!(error instanceof errors/* InputError */.dz))
                throw error;
            // A rule of the model about its video input is a rule about video-from in this entry.
            const named = from === undefined ? error.problems : error.problems.map(problem => problem.replaceAll("'video-urls'", `video-from ('${from}')`));
            problems.push(...named.map(problem => `Manifest entry '${entry.id}': ${problem}`));
        }
    }
    if (videos.some(video => video.from) && videos.some(video => !video.settings.wait)) {
        problems.push(`Input 'wait' is false: entries with ${VIDEO_FROM} need their upstream's finished video, so the step must wait for it.`);
    }
    problems.push(...sharedFiles(videos));
    if (problems.length > 0)
        throw new errors/* InputError */.dz(problems);
    return videos;
}
/** Two entries may not write one file: paths compared once resolved (and case-folded where the file system folds case). */
function sharedFiles(videos) {
    const problems = [];
    const writers = new Map();
    for (const { id, settings } of videos) {
        const path = settings.delivery.download?.path;
        if (!path)
            continue;
        const key = process.platform === 'win32' || process.platform === 'darwin' ? path.toLowerCase() : path;
        const earlier = writers.get(key);
        if (earlier)
            problems.push(`Manifest entry '${id}': download-path is ${(0,untrusted/* quoteInput */.Zs)(path)}, the file entry '${earlier}' writes; each entry needs a file of its own.`);
        else
            writers.set(key, id);
    }
    return problems;
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
;// CONCATENATED MODULE: ./src/task/records.ts
// The records of paying once (docs/paying-once.md), as plain functions: the request's fingerprint, the cache
// keys, and a record signed and checked. A record is untrusted input: every job of the repository can write
// cache entries, with or without the EvoLink secret. So keys and records are bound to the API key: a key's
// name holds an HMAC that only a holder of the API key can compute (nobody else can write, or block, the
// entry a step looks up), and a record carries an HMAC over its fields and the video's SHA-256 with a key
// derived from the API key (never the API key itself). ledger.ts ties them to the Actions cache.



/** Bumped when a record's shape changes: older entries are then simply not found. */
const SCHEME = 'evolink-video-v2';
const MAX_RECORD_BYTES = 64 << 10;
/** The files of a cache entry: the record, and the video with `reuse: identical`. */
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
/** A re-run of the job: the one question of whether an earlier attempt may have paid for this request. */
const isRerun = (run) => run.attempt > 1;
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
    return isRecord(json) && signedBy(account, json) ? json : undefined;
}
const isRecord = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);
/** A record's video: absent, or its size and SHA-256; 'bad' for anything else. */
function recordVideo(value) {
    if (value === undefined)
        return undefined;
    if (!isRecord(value))
        return 'bad';
    const { size, sha256 } = value;
    return isCount(size) && typeof sha256 === 'string' && /^[0-9a-f]{64}$/.test(sha256) ? { size, sha256 } : 'bad';
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
        !contract/* TASK_ID_PATTERN */.Fq.test(taskId) ||
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
    const video = recordVideo(json.video);
    if (video === 'bad' || (json.expiresAt !== undefined && !expiresAt) || (json.creditsReserved !== undefined && typeof json.creditsReserved !== 'number'))
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
        video
    };
}

;// CONCATENATED MODULE: ./src/task/price.ts
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
const hash = (value) => (0,external_node_crypto_.createHash)('sha256').update(canonicalJson(value)).digest('hex').slice(0, 32);
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

;// CONCATENATED MODULE: ./src/evolink/request.ts

function buildGenerationRequest(settings) {
    return {
        model: settings.model,
        ...settings.fields,
        // Optional fields are left out rather than sent as null: the API documents no null.
        ...(settings.callbackUrl ? { callback_url: settings.callbackUrl } : {})
    };
}
/**
 * "duration 5, aspect_ratio 16:9, quality 720p, sound off": the scalar fields but the prompt, for the log.
 * Free text (negative_prompt) is input text: made one inert line like any server text (untrusted.ts).
 */
function describeFields(fields) {
    return Object.entries(fields)
        .filter(([name, value]) => name !== 'prompt' && (typeof value !== 'object' || value === null))
        .map(([name, value]) => `${name} ${(0,untrusted/* cleanText */.X5)(String(value), untrusted/* TEXT_CAP */.hE.word)}`)
        .join(', ');
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(1455);
// EXTERNAL MODULE: ./src/github/actions-cache.ts
var actions_cache = __nccwpck_require__(3983);
;// CONCATENATED MODULE: ./src/task/ledger.ts
// Paying once (docs/paying-once.md): what a run paid for is written to GitHub's Actions cache, so a re-run
// of the job resumes the task its earlier attempt submitted, and with `reuse: identical` a later identical
// request reuses the finished video. The records themselves (fingerprint, keys, signatures, checks) are
// records.ts's plain functions; this module stores and restores them through the cache (github/actions-cache.ts).








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
    const service = (0,actions_cache/* cacheService */.qI)(env);
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
                const found = await (0,actions_cache/* callCache */.ZK)({ op: 'restore', paths: [name], key: prefix, cwd, lookupOnly: true, budgetMs: RECORD_BUDGET_MS, onLog });
                if (found.error)
                    return trouble(what, found.error);
                if (!found.key)
                    return undefined;
            }
            const { cwd, dir } = await staging(name);
            const members = { [`${name}/${RECORD}`]: MAX_RECORD_BYTES, ...(heavy ? { [`${name}/${VIDEO}`]: o.maxVideoBytes } : {}) };
            const answer = await (0,actions_cache/* callCache */.ZK)({ op: 'restore', paths: [name], key: prefix, cwd, onLog, members, budgetMs: heavy ? RESULT_BUDGET_MS : RECORD_BUDGET_MS });
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
            const answer = await (0,actions_cache/* callCache */.ZK)({ op: 'save', paths: [name], key, cwd, budgetMs, onLog });
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
            if (!isRerun(run))
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

;// CONCATENATED MODULE: ./src/task/retry.ts
// What EvoLink's own calls may repeat. How to repeat is net/retry.ts's, for every caller.


/**
 * A resubmission creates a second billed task (no idempotency key), so the POST is repeated only when
 * the first provably created nothing: it never left the machine, or the API refused it with 429.
 */
function mayResubmit(error) {
    if (error instanceof ApiError)
        return error.status === 429;
    return error instanceof http/* TransportError */.wX && error.reached === 'no';
}

;// CONCATENATED MODULE: ./src/task/submit.ts
// Submits the generation request exactly once, except when the API provably created nothing: EvoLink has
// no idempotency key, so a second POST is a second billed task (docs/evolink-api.md).






const RETRY_CAP_MS = 30_000;
/** A submission that failed after the request may have reached EvoLink: a task may exist, and be billed. */
class SubmissionInDoubt extends errors/* ActionFailure */.dR {
}
async function submitOnce(o) {
    // A manifest entry that waited for its turn past the step's timeout is not sent: the step is winding down.
    if (o.now() >= o.deadline)
        throw new errors/* ActionFailure */.dR('The step reached its timeout before this video was submitted: nothing was submitted, no credits were spent.', 'deadline_passed');
    let attempts = 0;
    try {
        return await (0,retry/* retry */.L5)(attempt => {
            attempts = attempt;
            return o.client.submit(o.body, o.signal);
        }, {
            attempts: o.maxAttempts,
            retryable: mayResubmit,
            baseMs: o.retryBaseMs,
            capMs: RETRY_CAP_MS,
            // Full jitter alone may draw four near-zero waits: half the base at least, so the attempts span real time.
            minMs: o.retryBaseMs / 2,
            deadline: o.deadline,
            now: o.now,
            signal: o.signal,
            sleep: o.sleep,
            onRetry: (error, attempt, delayMs) => o.onRetry?.(error, delayMs, attempt)
        });
    }
    catch (error) {
        if (error instanceof http/* CancelledError */.cc)
            throw error;
        if (!mayResubmit(error))
            throw submissionFailure(error, o.body.model, o.entry);
        // Retried until the attempts or the time ran out, and every failure provably created nothing.
        if (error instanceof ApiError) {
            throw new errors/* ActionFailure */.dR(`The submission was refused ${attempts} time(s), last with ${describeFailure(error)}; no task was created. ${explainApiError(error, { model: o.body.model })}`, error.code);
        }
        throw new errors/* ActionFailure */.dR(`${unreachable(error)} (${attempts} attempt(s), last: ${error.message}); no task was created.`, 'connection_failed');
    }
}
/** Failures after which the request may have reached EvoLink are not retried: a retry could bill twice. */
function submissionFailure(error, model, entry) {
    if (error instanceof ApiError && error.status < 500) {
        return new errors/* ActionFailure */.dR(`The submission was refused. ${explainApiError(error, { model })}`, error.code);
    }
    return new SubmissionInDoubt(
    // The status once: "HTTP 502 internal_error (EvoLink's words)", not the status again inside the parentheses.
    `The submission failed with ${describeFailure(error)} (${error instanceof ApiError ? error.apiMessage : error.message}) after the request may have reached EvoLink, ` +
        'so a task may have been created and billed. It was not resubmitted, to avoid paying twice: check the tasks in your ' +
        `EvoLink dashboard before re-running; if one was created, resume it: ${entry ? `set "task-id: <its id>" on entry '${entry}' of the manifest` : 'give its id as the task-id input'} (nothing is submitted then).`, error instanceof ApiError ? error.code : 'submission_outcome_unknown');
}

;// CONCATENATED MODULE: ./src/task/price-book.ts
// The prices a step knows (task/price.ts): learned from its own accepted submissions, and, only when a cap
// or a dry-run asks for an estimate, looked up in the Actions cache. Each price seen is written there once
// per step, while the task runs, as a small record signed like every record (ledger.ts): only a holder of
// the API key can write or block it, and it is checked as strictly as a reply on the way back.








const price_book_SCHEME = 'evolink-price-v1';
const HEX32 = /^[0-9a-f]{32}$/;
const BILLING_RULES = new Set(['per_call', 'per_token', 'per_second']);
/** A price record restored from the cache, for this key's settings, signed with this account key; else undefined. */
function parsePriceRecord(text, key, store) {
    const json = signedFields(text, store.account);
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
        credits <= contract/* MAX_CREDITS_RESERVED */.R8 &&
        (billingRule === undefined || (typeof billingRule === 'string' && BILLING_RULES.has(billingRule))) &&
        (duration === undefined || (typeof duration === 'number' && duration > 0 && duration <= 3600)) &&
        typeof settings === 'string' &&
        settings.length <= 300 &&
        typeof runId === 'string' &&
        /^[\w.-]{1,100}$/.test(runId);
    if (!ok)
        return undefined;
    return { kind, exact, scalable, model, credits, billingRule, duration, settings: (0,untrusted/* cleanText */.X5)(settings, 200), runId };
}
/** "duration 10, quality 720p": the price-setting fields of a request, for a line a person reads. */
function describePriceSettings(body) {
    const fields = Object.entries(priceFields(body)).filter(([name]) => name !== 'model');
    return describeFields(Object.fromEntries(fields)) || "the model's defaults";
}
class PriceBook {
    known = [];
    lookUps = new Map();
    saved = new Set();
    store;
    lookUp;
    /** `lookUp`: whether estimates may cost a cache look-up (a cap is set, or a dry-run asks); never before a POST otherwise. */
    constructor(options) {
        this.store = options.apiKey ? openRecordStore({ ...options, maxVideoBytes: 0 }) : undefined;
        this.lookUp = options.lookUp;
    }
    keys(key) {
        const account = this.store.account;
        const settings = `${price_book_SCHEME}-${tag(account, 'price', key.model, key.scalable)}-`;
        return { settings, exact: `${settings}${tag(account, 'price-exact', key.exact).slice(0, 32)}-` };
    }
    /** The estimate for a request: from this step's prices, else (when allowed) from the cache's. */
    async estimateFor(body) {
        const key = priceKey(body);
        let found = estimate(key, this.known);
        if (found.credits === undefined && this.lookUp && this.store) {
            let lookUp = this.lookUps.get(key.scalable);
            if (!lookUp) {
                lookUp = this.fetch(key);
                this.lookUps.set(key.scalable, lookUp);
            }
            await lookUp;
            found = estimate(key, this.known);
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
        const key = priceKey(body);
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
        const record = { kind: 'price', ...price, runId: runIdentity(store.env).runId };
        await store.save('price', `${exactKey}${store.unique()}`, signRecord(store.account, record), 'record a price');
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
            throw new errors/* NotSubmitted */.X0(message, 'budget_exceeded');
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
    return result.error instanceof SubmissionInDoubt ? 'doubt' : 'none';
}

;// CONCATENATED MODULE: ./src/task/balance.ts


/** Why the run must not submit, or undefined when the balance is at or above the floor. */
function floorProblem(credits, minCredits) {
    if (credits.remaining >= minCredits)
        return undefined;
    return `The balance is ${credits.remaining} credits, below min-credits (${minCredits}): nothing was submitted. Top up the account or lower min-credits.`;
}
/** Reads the balance and throws when it is below the floor; an unreadable balance stops the run too (the floor was asked for). */
async function checkFloor(client, minCredits, signal) {
    let credits;
    try {
        credits = await client.getCredits(signal);
    }
    catch (error) {
        throw new errors/* ActionFailure */.dR(`min-credits is set, but the balance could not be read (${describeFailure(error)}: ${error.message}): nothing was submitted.`, 'balance_unreadable');
    }
    const problem = floorProblem(credits, minCredits);
    if (problem)
        throw new errors/* ActionFailure */.dR(problem, 'below_min_credits');
    return credits;
}
let turn = Promise.resolve();
/**
 * Floor checks and the submissions after them go one at a time in a step (a process is one step), so the
 * balance each check reads already has what the step reserved before it: concurrent manifest entries
 * cannot all pass one reading and together go below min-credits.
 */
function oneAtATime(work) {
    const mine = turn.then(work, work);
    turn = mine.catch(() => undefined);
    return mine;
}
/** The balance after a submission, for the credits-remaining output: undefined when unreadable, never a failure. */
function creditsAfter(client, signal) {
    return client.getCredits(signal).then(credits => credits.remaining, () => undefined);
}

// EXTERNAL MODULE: ./src/github/cache-service.ts
var cache_service = __nccwpck_require__(6819);
// EXTERNAL MODULE: ./src/task/status.ts
var task_status = __nccwpck_require__(4027);
;// CONCATENATED MODULE: ./src/task/reuse.ts

/**
 * A re-run found the task an earlier attempt submitted: resume it unless it ended without a video
 * (failed, cancelled, completed empty) or no longer exists; when its state cannot be read, resume (the
 * poll loop retries), since submitting again could pay twice.
 */
function rerunDecision(task) {
    if (task === 'not-found')
        return 'submit';
    if (task === 'unreadable')
        return 'resume';
    return (0,task_status/* interpretTask */.F)(task).kind === 'failed' ? 'submit' : 'resume';
}
/** "task X, submitted by attempt 2 of run 123 for the same request". */
const describeSubmission = (record) => `task ${record.taskId}, submitted by attempt ${record.attempt} of this run (${record.runId}) for the same request`;
const describeResult = (record) => `task ${record.taskId} of run ${record.runId}, the same request`;
/** The links of an earlier result that still work at `now` (links last 24 hours); none when the expiry is unknown. */
function liveUrls(record, now) {
    return record.expiresAt !== undefined && Date.parse(record.expiresAt) > now ? record.urls : [];
}
/**
 * Whether an earlier identical result can stand in for a new video: with its file (checked), always; without
 * one, only while its links work (the download, if asked for, then fetches it as usual).
 */
function identicalUsable(record, fileRestored, now) {
    return fileRestored || liveUrls(record, now).length > 0;
}

// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __nccwpck_require__(7075);
;// CONCATENATED MODULE: external "node:stream/promises"
const external_node_stream_promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream/promises");
;// CONCATENATED MODULE: ./src/delivery/part-file.ts
// The temporary file a video is written into before it takes its name: created beside the target under a
// name nobody can guess, hashed as it is written, renamed into place only once checked, removed otherwise.
// The download and a video restored from the cache both write through it.







/**
 * A partial file and the hash of what it holds so far. Each stream is taken into it through `pipeline`
 * (source → count and hash → file): the source is read no faster than the disk takes it, each read buffer
 * is written as it is and dies, and memory stays flat whatever the video's size. The file stays open
 * between takes, so a resumed reply continues where the last one stopped.
 */
class PartFile {
    path;
    file;
    size = 0;
    hash = (0,external_node_crypto_.createHash)('sha256');
    /** The write in flight: awaited before the size is trusted (a resume asks for what the file holds). */
    writing = Promise.resolve();
    constructor(path, file) {
        this.path = path;
        this.file = file;
    }
    static async create(target) {
        const path = partPath(target);
        return new PartFile(path, await (0,promises_.open)(path, CREATE_NEW));
    }
    /**
     * Appends a stream; throws (the stream destroyed) when it fails or passes `maxBytes` (then `tooLarge()`). Bytes are
     * counted and hashed once written, so after a cut `size` is what the file holds, and a resume starts there.
     */
    async take(body, maxBytes, tooLarge) {
        let received = this.size;
        const limit = async function* (source) {
            for await (const chunk of source) {
                received += chunk.length;
                if (received > maxBytes)
                    throw tooLarge();
                yield chunk;
            }
        };
        const write = (buffers, done) => {
            this.writing = writeAll(this.file, buffers).then(() => {
                for (const buffer of buffers) {
                    this.hash.update(buffer);
                    this.size += buffer.length;
                }
            });
            this.writing.then(() => done(), done);
        };
        // While a write is in flight the next reads queue (up to 1 MiB), then go down in one writev.
        const sink = new external_node_stream_.Writable({
            highWaterMark: WRITE_BATCH,
            write: (chunk, _encoding, done) => write([chunk], done),
            writev: (chunks, done) => write(chunks.map(({ chunk }) => chunk), done)
        });
        try {
            await (0,external_node_stream_promises_namespaceObject.pipeline)(body, limit, sink);
        }
        finally {
            await this.writing.catch(() => undefined);
        }
    }
    /** Starts over (the host ignored Range), in a new file made the same way. */
    async restart(target) {
        await this.close();
        await (0,promises_.rm)(this.path, { force: true });
        this.path = partPath(target);
        this.file = await (0,promises_.open)(this.path, CREATE_NEW);
        this.hash = (0,external_node_crypto_.createHash)('sha256');
        this.size = 0;
    }
    close() {
        return this.file.close().catch(() => undefined);
    }
    /** Closes the file and puts it at `target` (the caller has checked what it holds). */
    async commit(target) {
        await this.close();
        await renameRetrying(this.path, target);
    }
    /** Closes and removes the file: nothing is left behind, whatever went wrong. */
    async discard() {
        await this.close();
        await (0,promises_.rm)(this.path, { force: true });
    }
    digest() {
        return this.hash.digest('hex');
    }
}
/**
 * The temporary file beside the target: a name nobody can guess, created only if nothing has that name
 * (O_EXCL), never through a link (O_NOFOLLOW), so nothing planted in the folder can redirect the write.
 */
const CREATE_NEW = external_node_fs_.constants.O_WRONLY | external_node_fs_.constants.O_CREAT | external_node_fs_.constants.O_EXCL | (external_node_fs_.constants.O_NOFOLLOW ?? 0);
const partPath = (target) => (0,external_node_path_.join)((0,external_node_path_.dirname)(target), `.${(0,external_node_path_.basename)(target)}.${(0,external_node_crypto_.randomBytes)(12).toString('hex')}.part`);
/** Windows: an antivirus or indexer holding the new file makes rename fail for a moment with EPERM or EBUSY. */
const RENAME_RETRY_CODES = new Set(['EPERM', 'EBUSY', 'EACCES']);
/** Renames, retrying briefly (about 3 s in all) while the file is held by someone else. */
function renameRetrying(from, to, move = promises_.rename, wait = retry/* sleep */.yy) {
    // A local lock, not a crowd of clients: no jitter (random 1), 100 ms doubling to 800 ms, eight tries.
    return (0,retry/* retry */.L5)(() => move(from, to), {
        attempts: 8,
        baseMs: 100,
        capMs: 800,
        random: () => 1,
        retryable: error => RENAME_RETRY_CODES.has(error.code ?? ''),
        signal: new AbortController().signal,
        sleep: wait
    });
}
/** Bytes of reads gathered into one write at most: fewer, larger writes. */
const WRITE_BATCH = 1 << 20;
/** A write may take less than asked; the rest is written until nothing is left. */
async function writeAll(file, buffers) {
    let rest = [...buffers];
    while (rest.length > 0) {
        let written = (await file.writev(rest)).bytesWritten;
        while (rest.length > 0 && written >= rest[0].length)
            written -= rest.shift().length;
        if (written > 0 && rest[0])
            rest = [rest[0].subarray(written), ...rest.slice(1)];
    }
}

;// CONCATENATED MODULE: ./src/delivery/restore-video.ts
// Puts a video restored from the Actions cache where the workflow asked for it, only when its bytes are
// the ones the record names: read through a checked handle (a regular file, no link), copied into a new
// file beside the target (part-file.ts, as a download is), hashed on the way, and renamed only when size
// and SHA-256 match; otherwise, or on any error, nothing is left behind.





/** The placed file, or why the restored one was not used (the caller then generates the video). */
async function placeRestoredVideo(from, to, expected) {
    const opened = openRegularFile(from);
    if (!opened.ok)
        return { problem: `the restored video ${opened.problem.replace(/^must be/, 'is not')}` };
    if (opened.size !== expected.size) {
        (0,external_node_fs_.closeSync)(opened.fd);
        return { problem: `the restored video has ${opened.size} bytes, the record says ${expected.size}` };
    }
    let part;
    try {
        await (0,promises_.mkdir)((0,external_node_path_.dirname)(to), { recursive: true });
        part = await PartFile.create(to);
    }
    catch (error) {
        (0,external_node_fs_.closeSync)(opened.fd);
        throw error;
    }
    // From here the read stream owns the handle and closes it, whatever happens.
    try {
        const tooLong = () => new Error(`the restored video grew past the ${expected.size} bytes the record says while it was read`);
        await part.take((0,external_node_fs_.createReadStream)('', { fd: opened.fd, highWaterMark: 1 << 20 }), expected.size, tooLong);
        const sha256 = part.digest();
        if (part.size !== expected.size || sha256 !== expected.sha256) {
            await part.discard();
            return { problem: `the restored video's SHA-256 is ${sha256}, the record says ${expected.sha256}` };
        }
        await part.commit(to);
        return { path: to, size: expected.size, sha256 };
    }
    catch (error) {
        await part.discard();
        throw error;
    }
}

;// CONCATENATED MODULE: ./src/delivery/download.ts
// Streams a result video to disk in constant memory: a temporary file renamed when complete, resumed with
// a Range request after a dropped connection (or restarted when the host ignores Range), checked against
// Content-Length and hashed on the way. Never sends an Authorization header: the video host is not EvoLink's API.







const MAX_REDIRECTS = 5;
async function download(options) {
    const total = AbortSignal.timeout(options.totalTimeoutMs);
    const o = { ...options, signal: AbortSignal.any([options.signal, total]) };
    await (0,promises_.mkdir)((0,external_node_path_.dirname)(o.path), { recursive: true });
    const part = await PartFile.create(o.path);
    const started = performance.now();
    try {
        await (0,retry/* retry */.L5)(() => fetchInto(part, o), {
            attempts: o.attempts,
            baseMs: 500,
            capMs: 8000,
            minMs: 250,
            signal: o.signal,
            sleep: o.sleep,
            onRetry: (error, attempt, delayMs) => o.onRetry?.(`Download interrupted at ${part.size} bytes (${error.message}); attempt ${attempt + 1} of ${o.attempts} in ${delayMs} ms.`)
        });
        await part.commit(o.path);
        return { path: o.path, size: part.size, sha256: part.digest(), elapsedMs: performance.now() - started };
    }
    catch (error) {
        await part.discard();
        if (total.aborted && !options.signal.aborted) {
            throw new errors/* ActionFailure */.dR(`Downloading the video took longer than ${o.totalTimeoutMs / 1000} s (timeout) and was abandoned at ${part.size} bytes.`, 'download_timeout');
        }
        if (error instanceof errors/* ActionFailure */.dR || error instanceof http/* CancelledError */.cc)
            throw error;
        if (!(0,retry/* isTransient */.dg)(error)) {
            throw new errors/* ActionFailure */.dR(`Downloading the video failed: ${error.message} (the link may have expired: links last 24 hours).`, 'download_failed');
        }
        throw new errors/* ActionFailure */.dR(`Downloading the video failed after ${o.attempts} attempt(s): ${error.message}`, 'download_failed');
    }
}
/** One request: appends what arrives to `part`; throws to ask for another attempt. */
async function fetchInto(part, o) {
    // A stalled transfer is noticed by a watchdog that compares progress between ticks: a socket timeout
    // re-armed on every chunk costs a third of the throughput at loopback speed.
    const stall = new AbortController();
    let seen = -1;
    const watchdog = setInterval(() => {
        if (part.size === seen)
            stall.abort(new http/* TransportError */.wX(`nothing received for ${o.idleTimeoutMs / 1000} s`, 'maybe', 'stall'));
        seen = part.size;
    }, o.idleTimeoutMs);
    const signal = AbortSignal.any([o.signal, stall.signal]);
    // A failure the transfer did not type (the body's stream broke off) is one on the way: the next attempt resumes.
    const reason = (error) => o.signal.aborted
        ? o.signal.reason
        : stall.signal.aborted
            ? stall.signal.reason
            : error instanceof errors/* ActionFailure */.dR || error instanceof retry/* HttpStatusError */.F9 || error instanceof retry/* BadReplyError */.o4 || error instanceof http/* TransportError */.wX
                ? error
                : new http/* TransportError */.wX(error.message, 'maybe', error.code ?? 'stream');
    try {
        await transfer(part, o, signal);
    }
    catch (error) {
        throw reason(error);
    }
    finally {
        clearInterval(watchdog);
    }
}
/** The next hop of a redirect, or why it is refused: a link that started on https never drops to http. */
function redirectTarget(location, from) {
    let next;
    try {
        next = new URL(location, from);
    }
    catch {
        throw new errors/* ActionFailure */.dR(`The video host redirected to something that is not a URL (${(0,untrusted/* cleanText */.X5)(location, 200)}).`, 'download_failed');
    }
    if (next.protocol !== 'https:' && next.protocol !== 'http:') {
        throw new errors/* ActionFailure */.dR(`The video host redirected to a ${(0,untrusted/* cleanText */.X5)(next.protocol, 20)} URL; only https is followed.`, 'download_failed');
    }
    if (from.startsWith('https:') && next.protocol === 'http:') {
        throw new errors/* ActionFailure */.dR(`The video host redirected from https to plain http (${(0,untrusted/* cleanText */.X5)(next.host, 200)}); that would drop the protection in transit, so it is refused.`, 'download_failed');
    }
    return next.href;
}
async function transfer(part, o, signal) {
    let url = o.url;
    for (let hop = 0;; hop++) {
        const headers = part.size > 0 ? { range: `bytes=${part.size}-` } : {};
        // Every hop goes through `open`, whose address guard checks where it connects.
        const response = await o.open({ method: 'GET', url, headers }, signal);
        const location = response.header('location');
        if (response.status >= 300 && response.status < 400 && location && hop < MAX_REDIRECTS) {
            response.destroy();
            url = redirectTarget(location, url);
            continue;
        }
        if (response.status === 416 && part.size > 0) {
            response.destroy();
            await part.restart(o.path);
            throw new retry/* BadReplyError */.o4('the host refused to resume (HTTP 416)');
        }
        if (response.status !== 200 && response.status !== 206) {
            // Never drained: the body of a reply we do not use may be endless.
            response.destroy();
            throw new retry/* HttpStatusError */.F9(response.status, `the video host answered HTTP ${response.status}`);
        }
        if (response.status === 200 && part.size > 0)
            await part.restart(o.path); // Range ignored: start over
        let total;
        try {
            total = expectedTotal(response, part.size);
        }
        catch (error) {
            response.destroy();
            throw error;
        }
        if (total !== undefined && total > o.maxBytes) {
            response.destroy();
            throw new errors/* ActionFailure */.dR(`The video is ${total} bytes, more than max-download-size (${o.maxBytes} bytes).`, 'download_too_large');
        }
        // A failure destroys the body (pipeline does).
        await part.take(response.body, o.maxBytes, () => new errors/* ActionFailure */.dR(`The video is larger than max-download-size (${o.maxBytes} bytes).`, 'download_too_large'));
        if (total !== undefined && part.size !== total)
            throw new retry/* BadReplyError */.o4(`got ${part.size} of ${total} bytes`);
        return;
    }
}
/** The whole file's size from Content-Length (200) or Content-Range (206); undefined when not sent. */
function expectedTotal(response, offset) {
    if (response.status === 206) {
        const range = response.header('content-range') ?? '';
        const match = /^bytes (\d+)-\d+\/(\d+)$/.exec(range);
        if (!match || Number(match[1]) !== offset)
            throw new retry/* BadReplyError */.o4(`unexpected Content-Range ${(0,untrusted/* cleanText */.X5)(range, 100)}`);
        return Number(match[2]);
    }
    const length = response.header('content-length');
    return length !== undefined && /^\d+$/.test(length) ? Number(length) : undefined;
}

// EXTERNAL MODULE: ./src/report/summary.ts
var summary = __nccwpck_require__(7994);
;// CONCATENATED MODULE: ./src/delivery/deliver.ts











const DOWNLOAD_ATTEMPTS = 5;
async function deliver(settings, report, signal, context) {
    const { download: target, prComment, prCommentKey, release, artifact, githubToken } = settings.delivery;
    const url = report.urls[0];
    const { log } = context;
    let delivered = report;
    let scratch;
    /** The video at `path`, downloaded from its link (bounded, resumable, hashed). */
    const fetchVideo = async (path, maxBytes, from) => {
        log.info(`Downloading the video to ${(0,untrusted/* cleanText */.X5)(path, untrusted/* TEXT_CAP */.hE.message)}…`);
        // Loopback result hosts are reachable only when base-url itself is loopback (a local simulator).
        const allowLoopback = isLoopbackHost(new URL(settings.baseUrl).hostname);
        const link = new URL(from);
        if (link.protocol === 'http:' && !(allowLoopback && isLoopbackHost(link.hostname))) {
            log.warning(`The video link uses plain http (${link.host}): the download is not protected in transit, so its content could be altered on the way.`);
        }
        const transport = await (0,http/* createTransport */.oO)(process.env, addressGuard(allowLoopback));
        const { elapsedMs, ...file } = await download({
            url: from,
            path,
            maxBytes,
            attempts: DOWNLOAD_ATTEMPTS,
            idleTimeoutMs: settings.requestTimeoutMs,
            totalTimeoutMs: settings.timeoutMs,
            signal,
            open: transport.open,
            sleep: retry/* sleep */.yy,
            onRetry: message => log.warning(message)
        }).finally(() => transport.close());
        const seconds = Math.max(0.001, elapsedMs / 1000);
        log.info(`Saved ${file.size} bytes in ${seconds.toFixed(3)} s (${(file.size / 1048576 / seconds).toFixed(1)} MiB/s), sha256 ${file.sha256}.`);
        return file;
    };
    try {
        if (target && url && report.outcome === 'completed' && !report.file)
            delivered = { ...delivered, file: await fetchVideo(target.path, target.maxBytes, url) };
        if (release && delivered.file) {
            const [{ uploadReleaseAsset }, dispatcher] = await Promise.all([Promise.all(/* import() */[__nccwpck_require__.e(752), __nccwpck_require__.e(413), __nccwpck_require__.e(130)]).then(__nccwpck_require__.bind(__nccwpck_require__, 1863)), (0,http/* proxyAwareDispatcher */.U0)()]);
            const assetUrl = await uploadReleaseAsset({
                token: githubToken,
                tag: release.tag,
                assetName: release.assetName,
                file: delivered.file,
                dispatcher,
                signal,
                totalTimeoutMs: settings.timeoutMs
            }).finally(() => dispatcher.close());
            log.info(`Uploaded ${release.assetName} to release ${(0,untrusted/* cleanText */.X5)(release.tag, untrusted/* TEXT_CAP */.hE.word)}: ${assetUrl ?? '(no usable URL in the reply)'}`);
            delivered = { ...delivered, assetUrl };
        }
        if (artifact && report.outcome === 'completed' && (delivered.file || url)) {
            // No file asked for: the video is fetched into a folder of its own for the upload, and removed after it.
            let source = delivered.file?.path;
            if (!source && url) {
                scratch = await (0,promises_.mkdtemp)((0,external_node_path_.join)(process.env.RUNNER_TEMP || (0,external_node_os_.tmpdir)(), 'evolink-video-'));
                source = (await fetchVideo((0,external_node_path_.join)(scratch, 'video.mp4'), settings.delivery.maxDownloadBytes, url)).path;
            }
            const name = context.entry ? `${context.entry}.mp4` : (artifact.fileName ?? `evolink-${report.taskId ?? 'video'}.mp4`);
            const { uploadVideoArtifact } = await __nccwpck_require__.e(/* import() */ 721).then(__nccwpck_require__.bind(__nccwpck_require__, 9721));
            const uploaded = await uploadVideoArtifact({
                file: source,
                name,
                retentionDays: artifact.retentionDays,
                budgetMs: context.deadline - Date.now(),
                onLog: line => log.debug(line)
            });
            const how = uploaded.kept
                ? ' (an earlier attempt of this run uploaded the same bytes: kept)'
                : uploaded.replaced
                    ? " (an earlier attempt's artifact of this name was replaced)"
                    : '';
            log.info(`Uploaded the artifact ${name}${how}: ${uploaded.url}`);
            delivered = { ...delivered, artifactUrl: uploaded.url, artifactRetentionDays: artifact.retentionDays };
        }
    }
    catch (error) {
        // A cancelled step is cancelled, not a delivered video with a note: its headline, outputs and the way to resume say so.
        if (error instanceof http/* CancelledError */.cc || signal.aborted) {
            const name = error instanceof http/* CancelledError */.cc ? error.signalName : 'cancellation';
            return {
                ...delivered,
                outcome: 'cancelled',
                errorCode: 'cancelled',
                errorMessage: `Cancelled (${name}) while delivering the video of task ${report.taskId}: the video exists, but this step did not finish delivering it. ${(0,format/* resumeHint */.tJ)(report.taskId ?? '')}`
            };
        }
        delivered = { ...delivered, deliveryError: error.message };
    }
    finally {
        if (scratch)
            await (0,promises_.rm)(scratch, { recursive: true, force: true }).catch(() => undefined);
    }
    // The comment also reports failures, so a pull request shows what happened to its preview.
    if (prComment && (report.outcome === 'completed' || report.outcome === 'failed')) {
        const { upsertPrComment } = await Promise.all(/* import() */[__nccwpck_require__.e(752), __nccwpck_require__.e(413), __nccwpck_require__.e(702)]).then(__nccwpck_require__.bind(__nccwpck_require__, 1685));
        const commentUrl = await upsertPrComment(githubToken, (0,summary/* buildSummary */.f)(settings, delivered), signal, context.log, prCommentKey);
        if (commentUrl)
            delivered = { ...delivered, commentUrl };
    }
    return delivered;
}

;// CONCATENATED MODULE: ./src/evolink/files.ts
// One upload to EvoLink's files API (docs/evolink-api.md): POST {files-base-url}/api/v1/files/upload/stream,
// multipart with the field `file`, streamed from disk; the reply's data.file_url goes into the request.
// Retries are the caller's (task/upload-images.ts): this says which failures are worth one.









const UPLOAD_PATH = '/api/v1/files/upload/stream';
/** An upload reply is a few hundred bytes of JSON. */
const MAX_UPLOAD_REPLY_BYTES = 64 << 10;
/** The account's file quota is used up: no retry helps, and nothing may be submitted without the image. */
class UploadQuotaError extends errors/* ActionFailure */.dR {
    constructor(detail) {
        super(`EvoLink's files API refused the upload: the account's file quota is used up (${detail}). Nothing was submitted. Free files in the EvoLink dashboard (uploads expire after 72 hours), or pass the image as an https URL.`, 'upload_quota_exceeded');
        this.name = 'UploadQuotaError';
    }
}
/** The file, opened again the way it was checked (a regular file, no link, the size it had): or a refusal. */
function reopen(image) {
    const opened = openRegularFile(image.path);
    if (opened.ok && opened.size === image.size)
        return opened.fd;
    if (opened.ok)
        (0,external_node_fs_.closeSync)(opened.fd);
    throw new errors/* ActionFailure */.dR(`${(0,untrusted/* quoteInput */.Zs)(image.raw)} changed after it was checked (${opened.ok ? `${opened.size} bytes instead of ${image.size}` : opened.problem}). Nothing was submitted.`, 'upload_failed');
}
/** The multipart body, streamed: headers, the file as it is read, the closing boundary. */
function multipart(image) {
    const fd = reopen(image);
    const boundary = `----evolink-${(0,external_node_crypto_.randomBytes)(12).toString('hex')}`;
    const head = Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${image.name}"\r\nContent-Type: ${image.type}\r\n\r\n`);
    const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
    async function* parts() {
        yield head;
        yield* (0,external_node_fs_.createReadStream)('', { fd, highWaterMark: 64 << 10 });
        yield tail;
    }
    return { body: external_node_stream_.Readable.from(parts(), { objectMode: false }), type: `multipart/form-data; boundary=${boundary}`, length: head.length + image.size + tail.length };
}
/** Uploads one image; returns the URL EvoLink will fetch it from. Throws ApiError for HTTP errors. */
async function uploadImage(o) {
    const { body, type, length } = multipart(o.image);
    const reply = await (0,http/* exchange */.cv)(o.open, {
        method: 'POST',
        url: `${o.filesBaseUrl}${UPLOAD_PATH}`,
        // The key goes to the files API's origin, which the inputs checked like base-url.
        headers: { authorization: `Bearer ${o.apiKey}`, accept: 'application/json', 'content-type': type, 'content-length': String(length), 'user-agent': 'evolink-video-action' },
        body,
        timeoutMs: o.timeoutMs,
        maxBytes: () => MAX_UPLOAD_REPLY_BYTES,
        signal: o.signal
    });
    let json;
    try {
        json = JSON.parse(reply.text);
    }
    catch {
        json = undefined;
    }
    const said = (0,untrusted/* cleanText */.X5)([json?.msg, typeof json?.error === 'object' ? JSON.stringify(json.error) : json?.error].filter(Boolean).join(' ') || reply.text.slice(0, 200), 300);
    // The quota error's shape is not documented: any refusal that speaks of the quota is one.
    if (/quota/i.test(said) && (reply.status >= 400 || json?.success === false))
        throw new UploadQuotaError(said);
    if (reply.status < 200 || reply.status >= 300) {
        throw new ApiError(reply.status, typeof json?.code === 'string' || typeof json?.code === 'number' ? (0,untrusted/* cleanText */.X5)(String(json.code), untrusted/* TEXT_CAP */.hE.word) : undefined, said || 'empty reply', (0,http/* parseRetryAfter */.mu)(reply.header('retry-after'), Date.now()));
    }
    const url = json?.success === true ? json.data?.file_url : undefined;
    const verdict = typeof url === 'string' ? (0,untrusted/* checkResultUrl */.n)(url) : undefined;
    // https, as every media URL; plain http only from a loopback files API (a local simulator).
    if (!verdict?.ok || (verdict.plainHttp && !isLoopbackHost(new URL(o.filesBaseUrl).hostname))) {
        throw new errors/* ActionFailure */.dR(`EvoLink's files API accepted ${(0,untrusted/* quoteInput */.Zs)(o.image.raw)} but its reply has no usable https file_url (${said || 'no message'}). Nothing was submitted.`, 'upload_failed');
    }
    return verdict.url;
}

;// CONCATENATED MODULE: ./src/task/upload-images.ts
// Uploads the repository's images an input named, before the submission: each streamed from disk, a
// transient failure (429, 5xx, a reset, a timeout) retried with backoff, a quota error or any other refusal
// ending the run before anything is submitted (so no credit is spent on a request without its image).







const UPLOAD_ATTEMPTS = 5;
const upload_images_RETRY_CAP_MS = 30_000;
/** The URL of each image, in order (also in `published`, as they arrive). */
async function uploadImages(o) {
    const urls = o.published;
    const outOfTime = () => new errors/* ActionFailure */.dR("Uploading the workspace's images did not finish within timeout (the step's whole budget). Nothing was submitted.", 'upload_timeout');
    for (const image of o.images) {
        let attempts = 0;
        try {
            const url = await (0,retry/* retry */.L5)(attempt => {
                attempts = attempt;
                const remaining = o.deadline - o.now();
                if (remaining <= 0)
                    throw outOfTime();
                return uploadImage({ ...o, image, timeoutMs: Math.min(o.timeoutMs, remaining), signal: o.signal });
            }, {
                attempts: UPLOAD_ATTEMPTS,
                baseMs: 1000,
                capMs: upload_images_RETRY_CAP_MS,
                minMs: 250,
                deadline: o.deadline,
                now: o.now,
                signal: o.signal,
                sleep: o.sleep,
                onRetry: (error, attempt, delayMs) => o.onRetry?.(`Upload of ${(0,untrusted/* quoteInput */.Zs)(image.raw)} failed (${describeFailure(error)}); attempt ${attempt + 1} of ${UPLOAD_ATTEMPTS} in ${delayMs} ms.`)
            });
            urls.push(url);
        }
        catch (error) {
            if (error instanceof http/* CancelledError */.cc || error instanceof UploadQuotaError || error instanceof errors/* ActionFailure */.dR)
                throw error;
            // A wait that would have passed the deadline ends the phase as out of time, whatever the last failure.
            if (o.now() >= o.deadline || (attempts < UPLOAD_ATTEMPTS && (0,retry/* isTransient */.dg)(error)))
                throw outOfTime();
            const what = error instanceof ApiError ? `HTTP ${error.status}: ${error.apiMessage}` : error.message;
            throw new errors/* ActionFailure */.dR(`Uploading ${(0,untrusted/* quoteInput */.Zs)(image.raw)} to EvoLink's files API failed after ${attempts} attempt(s) (${what}). Nothing was submitted.`, 'upload_failed');
        }
    }
    return urls;
}
/** The request fields with the Nth upload's URL at exactly the position the Nth upload recorded, nowhere else. */
function withUploadedUrls(fields, uploads, urls) {
    const result = { ...fields };
    uploads.forEach((upload, n) => {
        const url = urls[n];
        if (url === undefined)
            throw new Error(`no URL for upload ${n}`);
        if (upload.index === undefined)
            result[upload.field] = url;
        else {
            const list = [...result[upload.field]];
            list[upload.index] = url;
            result[upload.field] = list;
        }
    });
    return result;
}

;// CONCATENATED MODULE: ./src/task/progress.ts

/**
 * "processing 40% · 1m 02s elapsed · about 3m 18s left". `elapsedMs` is the task's age; undefined when it
 * is not known (a resumed task whose reply has no sensible `created`): then neither it nor what is left is said.
 */
function progressLine(task, elapsedMs, estimateS = task.task_info?.estimated_time) {
    const parts = [`${task.status}${task.progress !== undefined ? ` ${task.progress}%` : ''}`];
    if (elapsedMs === undefined)
        return parts[0] ?? '';
    parts.push(`${(0,format/* formatDuration */.a3)(elapsedMs)} elapsed`);
    // Once the task has ended, the estimate says nothing more.
    if (estimateS !== undefined && (task.status === 'pending' || task.status === 'processing')) {
        const leftMs = estimateS * 1000 - elapsedMs;
        parts.push(leftMs > 0 ? `about ${(0,format/* formatDuration */.a3)(leftMs)} left` : `past the ${(0,format/* formatDuration */.a3)(estimateS * 1000)} estimate`);
    }
    return parts.join(' · ');
}
/**
 * Logs a line when status or progress changes, or every `quietMs` while nothing changes.
 * Polls often omit estimated_time (the submission reply has it), so the last one seen is kept.
 */
function progressLogger(log, startedAt, now, quietMs = 60_000) {
    let last = '';
    let lastAt = -Infinity;
    let estimateS;
    return (task) => {
        estimateS = task.task_info?.estimated_time ?? estimateS;
        const key = `${task.status}/${task.progress ?? ''}`;
        const at = now();
        if (key === last && at - lastAt < quietMs)
            return;
        last = key;
        lastAt = at;
        const start = startedAt ?? taskStart(task, at);
        log(progressLine(task, start === undefined ? undefined : at - start, estimateS));
    };
}
/** When a resumed task started, from its `created`, if that is in the past: the run's own start says nothing. */
function taskStart(task, now) {
    const createdMs = task.created === undefined ? undefined : task.created * 1000;
    return createdMs !== undefined && createdMs <= now ? createdMs : undefined;
}

;// CONCATENATED MODULE: ./src/task/result.ts
/** Result links live 24 hours after completion (docs/evolink-api.md). */
const LINK_LIFETIME_MS = 24 * 3600 * 1000;
function reportFromWait(result, facts) {
    const task = result.task ?? facts.submitted;
    const base = {
        taskId: facts.taskId,
        resumed: !facts.submitted,
        model: task?.model,
        status: task?.status,
        progress: task?.progress,
        creditsReserved: facts.submitted?.usage?.credits_reserved ?? task?.usage?.credits_reserved,
        elapsedMs: facts.endedAt - facts.startedAt,
        urls: []
    };
    // A step that stopped waiting says why in error-code too, as a cancellation or timeout thrown earlier does.
    if (result.outcome !== 'final')
        return { ...base, outcome: result.outcome, errorCode: result.outcome };
    if (result.state.kind === 'failed') {
        return { ...base, outcome: 'failed', errorCode: result.state.code, errorMessage: result.state.message, urls: result.task.results };
    }
    return { ...base, outcome: 'completed', urls: result.state.urls, expiresAt: expiryOf(result.task, facts) };
}
/** Server and runner clocks may differ by this much; a `created` further ahead is not believed. */
const CLOCK_SKEW_MS = 10 * 60 * 1000;
/**
 * When the links expire at the earliest, or undefined when that cannot be said. Never seen running (a
 * resumed, already finished task): `created` is the only lower bound, and only when it is not in the future.
 */
function expiryOf(task, facts) {
    const createdMs = task.created === undefined ? undefined : task.created * 1000;
    const runningAt = facts.lastSeenRunningAt ?? (createdMs !== undefined && createdMs <= facts.endedAt + CLOCK_SKEW_MS ? createdMs : undefined);
    return runningAt === undefined ? undefined : new Date(runningAt + LINK_LIFETIME_MS).toISOString();
}

;// CONCATENATED MODULE: ./src/task/schedule.ts
/** Poll every `intervalMs`, whatever the task says. */
function fixedSchedule(intervalMs) {
    return { next: () => intervalMs };
}
/** Progress below this says too little about the pace to extrapolate from. */
const MIN_PROGRESS_FOR_PACE = 5;
function adaptiveSchedule(o) {
    const fraction = o.fraction ?? 0.5;
    const maxDelayMs = Math.max(o.intervalMs, o.maxDelayMs ?? Math.min(60_000, 10 * o.intervalMs));
    let estimateS;
    return {
        next(task, now) {
            estimateS = task.task_info?.estimated_time ?? estimateS;
            const ends = [];
            if (estimateS)
                ends.push(o.startedAt + estimateS * 1000);
            const progress = task.progress ?? 0;
            if (progress >= MIN_PROGRESS_FOR_PACE && progress < 100 && now > o.startedAt) {
                ends.push(o.startedAt + ((now - o.startedAt) * 100) / progress);
            }
            if (ends.length === 0)
                return o.intervalMs;
            const remaining = Math.min(...ends) - now;
            return Math.min(maxDelayMs, Math.max(o.intervalMs, remaining * fraction));
        }
    };
}
function scheduleFor(strategy, o) {
    return strategy === 'fixed' ? fixedSchedule(o.intervalMs) : adaptiveSchedule(o);
}

;// CONCATENATED MODULE: ./src/task/wait.ts
// The polling loop: ask for the task until it is final, the deadline passes or the job is cancelled.
// Transient failures are absorbed within an error budget; everything else is thrown at once.





/** Backoff never goes below the poll interval (we never poll faster than asked) nor above this. */
const wait_RETRY_CAP_MS = 60_000;
async function waitForTask(o) {
    let task;
    const streak = [];
    try {
        if (o.initialDelayMs)
            await o.sleep(Math.min(o.initialDelayMs, Math.max(0, o.deadline - o.now())), o.signal);
        for (;;) {
            let delayMs;
            try {
                task = await o.getTask(o.signal);
                streak.length = 0;
                o.onTask?.(task);
                const state = (0,task_status/* interpretTask */.F)(task);
                if (state.kind !== 'running')
                    return { outcome: 'final', task, state };
                delayMs = o.schedule.next(task, o.now());
                o.onDecision?.(`poll: ${task.status}${task.progress === undefined ? '' : ` ${task.progress}%`}; next poll in ${delayMs} ms`);
            }
            catch (error) {
                if (!(0,retry/* isTransient */.dg)(error))
                    throw error;
                streak.push(describeFailure(error));
                if (streak.length > o.maxConsecutiveErrors) {
                    const never = error instanceof http/* TransportError */.wX && error.reached === 'no' ? ` ${unreachable(error)}.` : '';
                    throw new errors/* ActionFailure */.dR(`Polling failed ${streak.length} times in a row (max-consecutive-errors is ${o.maxConsecutiveErrors}): ${summarize(streak)}.${never}`, 'poll_error_budget_exhausted');
                }
                const backoff = (0,retry/* retryDelayMs */.qO)(error, streak.length - 1, o.pollIntervalMs, Math.max(wait_RETRY_CAP_MS, o.pollIntervalMs), o.random);
                delayMs = Math.max(o.pollIntervalMs, backoff);
                o.onRetry?.(error, delayMs, streak.length);
            }
            const remaining = o.deadline - o.now();
            // The last sleep ends at the deadline, so the task gets one more look before we give up, unless that
            // look would come sooner than poll-interval after this one: the action never polls faster than asked.
            if (remaining < o.pollIntervalMs && remaining < delayMs) {
                o.onDecision?.(`poll: stopping, ${remaining} ms left before timeout is less than poll-interval`);
                return { outcome: 'timeout', task };
            }
            await o.sleep(Math.min(delayMs, remaining), o.signal);
        }
    }
    catch (error) {
        if (error instanceof http/* CancelledError */.cc)
            return { outcome: 'cancelled', task };
        throw error;
    }
}
/** "HTTP 503 service_unavailable ×3, ECONNRESET ×1", in order of first appearance. */
function summarize(seen) {
    const counts = new Map();
    for (const s of seen)
        counts.set(s, (counts.get(s) ?? 0) + 1);
    return [...counts].map(([what, n]) => `${what} ×${n}`).join(', ');
}

;// CONCATENATED MODULE: ./src/task/follow.ts
// Following a task to its end: the adaptive (or fixed) schedule, progress lines, retry warnings, and the
// Report of what was seen. The loop itself is wait.ts; this wires it to settings and the log.






async function followTask(f) {
    const { settings, submitted } = f;
    const now = Date.now;
    let lastSeenRunningAt = submitted ? now() : undefined;
    // A submitted task started with this run; a resumed one earlier, at its `created` if the reply says.
    const logProgress = progressLogger(line => f.log.info(line), submitted ? f.startedAt : undefined, now);
    const schedule = scheduleFor(settings.pollStrategy, { intervalMs: settings.pollIntervalMs, startedAt: f.startedAt });
    if (submitted)
        logProgress(submitted);
    const result = await waitForTask({
        getTask: signal => f.client.getTask(f.taskId, signal),
        schedule,
        // Right after the submission the task is known to be pending: the first poll can wait.
        initialDelayMs: submitted ? schedule.next(submitted, now()) : 0,
        pollIntervalMs: settings.pollIntervalMs,
        deadline: f.startedAt + settings.timeoutMs,
        maxConsecutiveErrors: settings.maxConsecutiveErrors,
        signal: f.signal,
        now,
        sleep: retry/* sleep */.yy,
        onTask: task => {
            if (task.status === 'pending' || task.status === 'processing')
                lastSeenRunningAt = now();
            logProgress(task);
        },
        onDecision: line => f.log.debug?.(`${line} (task ${f.taskId})`),
        onRetry: (error, delayMs, streak) => f.log.warning(`Poll failed: ${error.message}; retrying in ${(0,format/* formatDuration */.a3)(delayMs)} (${streak} of at most ${settings.maxConsecutiveErrors} in a row).`)
    });
    return reportFromWait(result, { taskId: f.taskId, submitted, startedAt: f.startedAt, endedAt: now(), lastSeenRunningAt });
}

;// CONCATENATED MODULE: ./src/video/produce.ts
// One video, from its checked settings to its Report: what an earlier run paid for (re-run, identical),
// the workspace's images uploaded, one submission, the task followed, the video delivered, what was paid
// for recorded. The step's scheduler (step/scheduler.ts) runs it for every video of the plan.

















/** POST is retried only when nothing was created (refused connection, 429); a few tries are plenty. */
const MAX_SUBMIT_ATTEMPTS = 5;
/** A video ended early: its report from what is known, and the message that fails the step. */
function failed(error, known, run, reusedFrom) {
    const report = { ...failureReport(error, known, run.startedAt), reused: reusedFrom !== undefined, reusedFrom };
    return { report, failure: report.errorMessage };
}
/** The video's Report, and the message of an error that ended it early (the step's failure), if one did. */
async function produceVideo(settings, run) {
    for (const rule of settings.brokenRules)
        run.log.warning(brokenRuleWarning(rule));
    let ledger;
    let reusedFrom;
    try {
        // Opened before the submission only when something is looked up (identical, or a re-run); else after it, to
        // record. Always for the request as the workflow asked for it (`settings`, never changed).
        const theLedger = () => (ledger ??= openReuse(settings, run));
        let resumed;
        if (settings.reuse === 'identical' || isRerun(runIdentity(process.env))) {
            const found = await theLedger();
            const reused = found && settings.reuse === 'identical' && !run.fresh ? await reuseIdentical(settings, found, run) : undefined;
            if (reused)
                return { report: reused };
            resumed = found && (await resumeEarlierAttempt(found, run));
            reusedFrom = resumed?.what;
        }
        const taskId = settings.taskId ?? resumed?.taskId;
        // What is sent: the request with its inputs resolved (the upstream's video, the workspace's images' URLs).
        const request = taskId ? { ...settings, taskId } : await upload(withUpstreamVideo(settings, run.upstream && { field: run.upstream.field, url: await run.upstream.url() }), run);
        return await generate(request, run, reusedFrom, theLedger);
    }
    catch (error) {
        // Before any task of this video: nothing to resume (a failure once there is one, generate reports).
        return failed(error, { entry: run.entry }, run, reusedFrom);
    }
    finally {
        await (await ledger)?.close();
    }
}
/** The Actions cache ledger, when reuse is on and the runner provides the cache service (loaded only then). */
async function openReuse(settings, run) {
    // Without the API key nothing can be read or written: entries are named and signed with a key derived from it.
    if (settings.reuse === 'off' || settings.taskId || !settings.apiKey || !(0,cache_service/* cacheService */.q)())
        return undefined;
    return openLedger({
        fingerprint: await (run.fingerprint?.() ?? fingerprintOf(buildGenerationRequest(settings), settings.uploads)),
        apiKey: settings.apiKey,
        maxVideoBytes: settings.delivery.maxDownloadBytes,
        entry: run.entry,
        warn: message => run.log.warning(message),
        debug: message => run.log.debug(message)
    });
}
/** A re-run: the task an earlier attempt submitted for the same request, to resume; none when it ended without a video. */
async function resumeEarlierAttempt(ledger, run) {
    const earlier = await ledger.earlierSubmission();
    if (!earlier)
        return undefined;
    const task = await run.client
        .getTask(earlier.taskId, run.signal)
        .catch((error) => (error instanceof ApiError && error.status === 404 ? 'not-found' : 'unreadable'));
    const what = describeSubmission(earlier);
    if (rerunDecision(task) === 'submit') {
        run.log.info(`Re-run: ${what} ${task === 'not-found' ? 'no longer exists' : `ended ${typeof task === 'string' ? 'without a video' : task.status}`}; submitting the request again.`);
        return undefined;
    }
    run.log.info(`Re-run: resuming ${what}. Nothing is submitted, no credits are spent.`);
    return { taskId: earlier.taskId, what };
}
/**
 * reuse: identical. An earlier finished video of the same request, signed with this API key, that this step
 * can deliver: its file (checked) where a file is asked for, else links that still work. The render and the
 * dry-run's plan judge an entry with this one function.
 */
async function usableEarlierResult(settings, ledger) {
    const found = await ledger.earlierResult();
    if (!found)
        return undefined;
    const withFile = found.videoPath !== undefined && settings.delivery.download !== undefined;
    return identicalUsable(found.record, withFile, Date.now()) ? found : undefined;
}
/** reuse: identical. An earlier finished video of the same request, restored and delivered as a new one would be. */
async function reuseIdentical(settings, ledger, run) {
    const found = await usableEarlierResult(settings, ledger);
    if (!found)
        return undefined;
    const { log } = run;
    const { record, videoPath } = found;
    let file;
    const target = settings.delivery.download?.path;
    if (videoPath && record.video && target) {
        const placed = await placeRestoredVideo(videoPath, target, record.video);
        if ('problem' in placed) {
            log.warning(`The cached video was not used (${placed.problem}): the video is generated again.`);
            return undefined;
        }
        file = placed;
    }
    const urls = liveUrls(record, Date.now());
    if (!file && urls.length === 0)
        return undefined;
    const what = describeResult(record);
    log.setOutput('task-id', record.taskId);
    log.info(`reuse: identical: reusing the video of ${what}. Nothing is submitted, no credits are spent${file ? `; the file is restored to ${file.path} (sha256 ${file.sha256})` : ''}.`);
    if (urls.length === 0)
        log.info(`Its links expired${record.expiresAt ? ` at ${record.expiresAt}` : ''}: video-url is left empty; the file is what lasts.`);
    const report = {
        outcome: 'completed',
        taskId: record.taskId,
        resumed: true,
        model: record.model,
        status: 'completed',
        progress: 100,
        urls,
        expiresAt: urls.length > 0 ? record.expiresAt : undefined,
        file,
        reused: true,
        reusedFrom: what,
        // This step reserved nothing for it.
        creditsReserved: 0
    };
    return wantsDelivery(settings) ? deliver(settings, report, run.signal, deliveryContext(settings, run)) : report;
}
/** A file, a comment or an artifact to hand the video to (a release asset implies the file). */
const wantsDelivery = (settings) => Boolean(settings.delivery.download || settings.delivery.prComment || settings.delivery.artifact);
/** Where a delivery stands: the entry (names its artifact) and the step's deadline (bounds the artifact upload). */
const deliveryContext = (settings, run) => ({ entry: run.entry, deadline: run.startedAt + settings.timeoutMs, log: run.log });
/** The request with the upstream's video, if it is made from one, in the field the model takes a video in (a one-item list where it takes a list). */
function withUpstreamVideo(settings, upstream) {
    if (!upstream)
        return settings;
    const { field, url } = upstream;
    return { ...settings, fields: { ...settings.fields, [field]: Array.isArray(settings.fields[field]) ? [url] : url } };
}
/** Uploads the workspace's images an input named; the request then carries their URLs. */
async function upload(settings, run) {
    if (settings.uploads.length === 0)
        return settings;
    const { log } = run;
    const published = [];
    try {
        await uploadImages({
            images: settings.uploads,
            filesBaseUrl: settings.filesBaseUrl,
            apiKey: settings.apiKey,
            open: run.transport.open,
            timeoutMs: settings.requestTimeoutMs,
            deadline: run.startedAt + settings.timeoutMs,
            now: Date.now,
            published,
            signal: run.signal,
            sleep: retry/* sleep */.yy,
            onRetry: message => log.warning(message)
        });
    }
    finally {
        // Reported even when a later upload fails: whatever was uploaded is public for 72 hours.
        if (published.length > 0) {
            log.setOutput('uploaded-urls', JSON.stringify(published));
            log.info(`Uploaded ${published.length} of ${settings.uploads.length} image(s) from the workspace to EvoLink's files API: ${published.join(', ')} (anyone with a link can fetch it for 72 hours).`);
        }
    }
    return { ...settings, fields: withUploadedUrls(settings.fields, settings.uploads, published) };
}
/** One submission: admitted under max-credits, above min-credits, sent once; its price learned while it runs. */
async function produce_submit(settings, run) {
    const { client, signal } = run;
    const body = buildGenerationRequest(settings);
    // With max-credits, the cap admits the submission first (it may wait for reservations on their way, or refuse).
    let settle;
    if (settings.maxCredits !== undefined && run.pricing) {
        const { book, budget } = await run.pricing();
        if (budget)
            settle = await admitUnderCap(budget, book, body, line => run.log.info(line));
    }
    const once = () => submitOnce({
        client,
        body,
        entry: run.entry,
        maxAttempts: MAX_SUBMIT_ATTEMPTS,
        retryBaseMs: Math.min(1000, settings.pollIntervalMs),
        deadline: run.startedAt + settings.timeoutMs,
        signal,
        now: Date.now,
        sleep: retry/* sleep */.yy,
        onRetry: (error, delayMs, attempt) => run.log.warning(`Submission not accepted (${error.message}); nothing was created, retrying in ${(0,format/* formatDuration */.a3)(delayMs)} (attempt ${attempt + 1} of ${MAX_SUBMIT_ATTEMPTS}).`)
    });
    const { minCredits } = settings;
    const task = await (minCredits === undefined ? once() : oneAtATime(() => checkFloor(client, minCredits, signal).then(once))).catch((error) => {
        void settle?.({ error });
        throw error;
    });
    // Its price is learned, for the estimates of later submissions and later runs. Without a cap, a price is
    // only worth keeping for later runs: learned when the cache is there to keep it.
    const keep = (0,cache_service/* cacheService */.q)() && settings.apiKey ? run.pricing : undefined;
    const learning = settle ? settle({ task }) : keep?.().then(({ book }) => book.learn(body, task.usage));
    return { task, learning, balance: creditsAfter(client, signal) };
}
/** wait: false: the task id is the step's result; nothing can be delivered yet. */
function notWaiting(settings, run, taskId) {
    run.log.info(`wait is false: not polling. ${(0,format/* resumeHint */.tJ)(taskId, run.entry)}`);
    const { prComment, release, download, artifact } = settings.delivery;
    const skipped = [prComment && 'pr-comment', release && 'release-asset', download && !release && 'download-path', artifact && 'artifact'].filter(Boolean);
    if (skipped.length > 0) {
        run.log.notice(`${skipped.join(', ')}: nothing is delivered, no comment is posted. With wait: false the step ends before the video exists; resume the task in a later step to deliver it.`);
    }
}
/** reuse: identical: a finished video is recorded (with its file, when one was saved) for later identical requests. */
async function recordResult(settings, taskId, delivered, theLedger) {
    const ledger = settings.reuse === 'identical' && delivered.outcome === 'completed' ? await theLedger() : undefined;
    await ledger?.recordResult({
        taskId,
        model: settings.model,
        urls: delivered.urls,
        expiresAt: delivered.expiresAt,
        creditsReserved: delivered.creditsReserved,
        video: delivered.file && { size: delivered.file.size, sha256: delivered.file.sha256 }
    }, delivered.file?.path);
}
/**
 * The task submitted (or resumed), announced, followed to its end, delivered, and what it paid for recorded.
 * A failure once there is a task is reported here, with the task and how to resume it.
 */
async function generate(settings, run, reusedFrom, theLedger) {
    const { log } = run;
    const sent = settings.taskId ? undefined : await produce_submit(settings, run);
    const submitted = sent?.task;
    const taskId = settings.taskId ?? submitted?.id ?? '';
    // Recorded while the task runs, so that a re-run of this job resumes it instead of paying again; awaited before the verdict.
    const recording = submitted ? Promise.all([theLedger().then(ledger => ledger?.recordSubmission(taskId, settings.model)), sent?.learning]).then(() => undefined) : undefined;
    try {
        if (submitted)
            log.debug(`POST ${settings.baseUrl}/v1/videos/generations: accepted as ${taskId}, status ${submitted.status}`);
        log.setOutput('task-id', taskId);
        log.info(submitted
            ? `Task ${taskId} accepted: ${settings.model}, ${describeFields(settings.fields) || "the model's defaults"} (${submitted.usage?.credits_reserved ?? '?'} credits reserved).`
            : `Resuming task ${taskId}: nothing is submitted.`);
        const balance = sent?.balance ?? Promise.resolve(undefined);
        if (!settings.wait) {
            notWaiting(settings, run, taskId);
            await recording;
            return { report: { outcome: 'submitted', taskId, status: submitted?.status, urls: [], creditsReserved: submitted?.usage?.credits_reserved, creditsRemaining: await balance } };
        }
        const followed = await followTask({ settings, client: run.client, taskId, submitted, startedAt: run.startedAt, signal: run.signal, log });
        const reused = reusedFrom !== undefined;
        // A task an earlier attempt submitted cost this step nothing.
        const report = { ...followed, creditsRemaining: await balance, reused, reusedFrom, ...(reused ? { creditsReserved: 0 } : {}) };
        const delivered = wantsDelivery(settings) ? await deliver(settings, report, run.signal, deliveryContext(settings, run)) : report;
        await recording;
        await recordResult(settings, taskId, delivered, theLedger);
        return { report: delivered };
    }
    catch (error) {
        await recording;
        return failed(error, { taskId, submitted, entry: run.entry }, run, reusedFrom);
    }
}

;// CONCATENATED MODULE: ./src/step/scheduler.ts
// The one scheduler of a step: every video of the plan through the one-video pipeline (video/produce.ts),
// at most max-concurrent at once. A video made from another's starts as soon as that one has its video, not
// when a "wave" ends; while slots are short, the video with the longest chain still below it goes first.
// A video whose upstream made none is never submitted (skipped, upstream_failed); the others go on. The polls
// of all tasks share one back-off: a 429 holds every poll until its Retry-After. Once the step is cancelled,
// no video starts.









/**
 * The step's prices and cap, opened on first use: a step without max-credits opens them only after its first
 * POST (to learn), so its start-up and submission are as before.
 */
function stepPricing(plan, log, lookUp = false) {
    let opened;
    const open = () => (opened ??= (async () => {
        const first = plan.videos[0]?.settings;
        const cap = first?.maxCredits;
        const book = new PriceBook({ apiKey: first?.apiKey ?? '', lookUp: lookUp || cap !== undefined, warn: line => log.warning(line), debug: line => log.debug(line) });
        return { book, budget: cap === undefined ? undefined : new Budget(cap) };
    })());
    // Its staging folders removed, if it was opened; never fails the step.
    const close = async () => void (await opened?.then(({ book }) => book.close()).catch(() => undefined));
    return { open, close };
}
/** One back-off for every poll: after a 429, no task is polled until its Retry-After has passed. */
function sharedBackoff(client, sleep, now = Date.now) {
    let until = 0;
    return {
        ...client,
        getTask: async (id, signal) => {
            const wait = until - now();
            if (wait > 0 && signal)
                await sleep(wait, signal);
            try {
                return await client.getTask(id, signal);
            }
            catch (error) {
                if (error instanceof ApiError && error.status === 429)
                    until = Math.max(until, now() + Math.min(error.retryAfterMs ?? 1000, 60_000));
                throw error;
            }
        }
    };
}
/**
 * At most `limit` pieces of work at once. Work waiting for a slot starts in order of its rank (compared
 * item by item, lowest first), so a waiting dependent can go before entries listed earlier.
 */
function slots(limit) {
    let free = limit;
    const waiting = [];
    const before = (a, b) => {
        for (let n = 0; n < Math.min(a.length, b.length); n++)
            if (a[n] !== b[n])
                return a[n] < b[n];
        return false;
    };
    return async function hold(rank, work) {
        if (free > 0)
            free--;
        else
            await new Promise(start => {
                const at = waiting.findIndex(other => before(rank, other.rank));
                waiting.splice(at < 0 ? waiting.length : at, 0, { rank, start });
            });
        try {
            return await work();
        }
        finally {
            // The slot passes straight to the next in line, so no later caller can take it in between.
            const next = waiting.shift();
            if (next)
                next.start();
            else
                free++;
        }
    };
}
/** Lines of an entry carry its id; its outputs are kept back (the step sets `results`). */
function entryLog(id, log) {
    const tag = (line) => `[${id}] ${line}`;
    return {
        info: line => log.info(tag(line)),
        warning: line => log.warning(tag(line)),
        notice: line => log.notice(tag(line)),
        debug: line => log.debug(tag(line)),
        setOutput: () => undefined
    };
}
/** The request fingerprint of each video, on demand: a video made from another's stands with that one's. */
function planFingerprints(plan) {
    const byId = new Map(plan.videos.map(video => [video.id, video]));
    const known = new Map();
    const of = (id) => {
        const found = known.get(id);
        if (found)
            return found;
        const video = byId.get(id);
        const computed = (async () => {
            const upstream = video.from && { field: video.from.field, fingerprint: await of(video.from.id) };
            return fingerprintOf(buildGenerationRequest(video.settings), video.settings.uploads, upstream);
        })();
        known.set(id, computed);
        return computed;
    };
    return of;
}
/** Whether an outcome holds a video another can be made from: a link, or a file restored from the cache. */
const madeVideo = (report) => report.outcome === 'completed' && (report.urls.length > 0 || report.file !== undefined);
/** Every video of the plan; outcomes in the plan's order. */
async function runPlan(plan, run, sleep) {
    const client = sharedBackoff(run.client, sleep);
    const hold = slots(plan.maxConcurrent);
    const lengths = chainLengths(plan.videos.map(video => ({ id: video.id, from: video.from?.id })));
    const order = new Map(plan.videos.map((video, n) => [video.id, n]));
    const byId = new Map(plan.videos.map(video => [video.id, video]));
    const fingerprint = planFingerprints(plan);
    const pricing = stepPricing(plan, run.log);
    /** The latest outcome of each video: an upstream made again replaces its reused one. */
    const final = new Map();
    const started = new Map();
    const remade = new Map();
    const produce = async (video, fresh = false) => {
        const { id, from } = video;
        const settings = plan.manifest ? { ...video.settings, delivery: { ...video.settings.delivery, prComment: false } } : video.settings;
        const log = plan.manifest ? entryLog(id, run.log) : run.log;
        const upstream = from && { field: from.field, url: () => upstreamUrl(from.id, id) };
        // Once the step is cancelled no video starts (no cache look-up, no upload): it ends cancelled, nothing sent.
        const cancelled = run.signal.aborted && failureReport(run.signal.reason, {}, run.startedAt);
        const { report, failure } = cancelled
            ? { report: cancelled, failure: cancelled.errorMessage }
            : await produceVideo(settings, { ...run, client, log, entry: plan.manifest ? id : undefined, fingerprint: () => fingerprint(id), upstream, fresh, pricing: pricing.open });
        const outcome = { id, settings: video.settings, from: from?.id, report, failure };
        final.set(id, outcome);
        return outcome;
    };
    /** The link of an upstream's video. Reused from the cache with its links expired, it is made again, once. */
    const upstreamUrl = async (id, forId) => {
        let outcome = final.get(id);
        if (outcome.report.urls.length === 0) {
            let again = remade.get(id);
            if (!again) {
                again = (async () => {
                    const log = plan.manifest ? entryLog(id, run.log) : run.log;
                    log.info(`Making this video again, as a new task that costs credits: '${forId}' is made from it, and the cached one's link expired (EvoLink's files API takes images only, so the restored file cannot be sent instead).`);
                    return produce(byId.get(id), true);
                })();
                remade.set(id, again);
            }
            outcome = await again;
        }
        const url = outcome.report.urls[0];
        if (url === undefined)
            throw new errors/* NotSubmitted */.X0(`Not submitted: entry '${id}' (its video-from) was made again and ${describe(outcome.report)}.`, 'upstream_failed');
        return url;
    };
    const start = (video) => {
        const running = (async () => {
            const upstream = video.from && (await outcomeOf(video.from.id));
            if (upstream && !madeVideo(upstream.report)) {
                const message = `Not submitted: entry '${upstream.id}' (its video-from) ${describe(upstream.report)}.`;
                const report = { outcome: 'skipped', status: 'skipped', errorCode: 'upstream_failed', errorMessage: message, urls: [] };
                const outcome = { id: video.id, settings: video.settings, from: upstream.id, report, failure: message };
                final.set(video.id, outcome);
                return outcome;
            }
            return hold([-(lengths.get(video.id) ?? 1), order.get(video.id) ?? 0], () => produce(video));
        })();
        started.set(video.id, running);
        return running;
    };
    const outcomeOf = (id) => started.get(id) ?? start(byId.get(id));
    try {
        await Promise.all(plan.videos.map(video => outcomeOf(video.id)));
    }
    finally {
        await pricing.close();
    }
    return plan.videos.map(video => final.get(video.id));
}
/** What became of a video that gave none: "failed (content_policy)", "was skipped". */
function describe(report) {
    if (report.outcome === 'skipped')
        return 'was not submitted either';
    const code = report.errorCode ? ` (${report.errorCode})` : '';
    return `made no video: it ended ${report.status ?? report.outcome}${code}`;
}

;// CONCATENATED MODULE: ./src/report/dry-run.ts




function dryRunReport(settings, log) {
    for (const rule of settings.brokenRules)
        log.warning(brokenRuleWarning(rule));
    const headers = 'Authorization: Bearer ***\nContent-Type: application/json';
    if (settings.taskId) {
        log.info(`Dry run: would poll GET ${settings.baseUrl}/v1/tasks/${settings.taskId}\n${headers}`);
    }
    else {
        // Images from the workspace were checked; they would be uploaded first, and their URLs sent.
        const pending = settings.uploads.map(image => `<${(0,untrusted/* cleanText */.X5)(image.raw, 200)}: ${image.type}, ${image.size} bytes, uploaded to the files API first>`);
        const body = (0,untrusted/* inertJson */.nl)(JSON.stringify(buildGenerationRequest({ ...settings, fields: withUploadedUrls(settings.fields, settings.uploads, pending) }), null, 2));
        log.info(`Dry run: would send POST ${settings.baseUrl}/v1/videos/generations\n${headers}\n\n${body}`);
    }
    log.info('Dry run: nothing was sent and no credits were spent.');
    return { outcome: 'dry-run', taskId: settings.taskId, resumed: settings.taskId !== undefined, status: 'dry-run', urls: [] };
}

;// CONCATENATED MODULE: ./src/step/dry-run.ts
// dry-run of a plan: each video's request as it would be sent, nothing sent. A manifest's plan also sets the
// `matrix` output: the entries to make, each connected set of the graph in one leg (so no video is made by two
// legs), never more legs than GitHub runs; with reuse identical, a set the cache supplies whole is left out.







/** GitHub runs at most 256 legs of a matrix and drops the rest without a word. */
const MAX_LEGS = 256;
/** The legs of the matrix: the connected sets that hold an entry to make, packed into at most MAX_LEGS. */
function matrixLegs(plan, toMake) {
    const sets = connectedSets(plan.videos.map(video => ({ id: video.id, from: video.from?.id })));
    return packLegs(sets.filter(set => set.some(id => toMake.has(id))), MAX_LEGS);
}
/** "≈ 28 credits, learned from a run of …" or "price unknown: no earlier run of …". */
const estimateText = (estimate) => (estimate.credits === undefined ? `price unknown: ${estimate.how}` : `≈ ${estimate.credits} credits, ${estimate.how}`);
/**
 * A single video: its report (outputs as a dry-run sets them). A manifest: every entry's request, and the
 * matrix. Both: what each video to make would cost, as far as earlier runs tell (output credits-estimate,
 * left empty when any price is unknown).
 */
async function dryRunPlan(plan, log) {
    const pricing = stepPricing(plan, log, true);
    try {
        const { book } = await pricing.open();
        const priced = async (settings) => (await book.estimateFor(buildGenerationRequest(settings))).estimate;
        const [single] = plan.videos;
        if (!plan.manifest && single) {
            const report = dryRunReport(single.settings, log);
            const estimate = single.settings.taskId ? undefined : await priced(single.settings);
            if (estimate)
                log.info(`Dry run: ${estimateText(estimate)}.`);
            if (estimate?.credits !== undefined)
                log.setOutput('credits-estimate', String(estimate.credits));
            return { report: { ...report, estimate } };
        }
        return { summary: await planManifest(plan, log, priced) };
    }
    finally {
        await pricing.close();
    }
}
/** The plan as a pull request reads it: one row per entry with its estimate, and the total. */
function planSummary(rows, total, count, toMake) {
    const lines = [
        `## 🧪 Plan: ${count} video(s), ${toMake} to make, ${total === undefined ? 'cost unknown' : `≈ ${total} credits`}`,
        '',
        '| entry | model | duration | estimate |',
        '|---|---|---|---|',
        ...rows,
        '',
        'Nothing was sent: this is a dry run. Estimates come from what earlier runs of the same model and settings reserved.',
        ''
    ];
    return (0,format/* capMarkdown */.y3)(lines.join('\n'), summary/* MAX_SUMMARY_CHARS */.W);
}
async function planManifest(plan, log, priced) {
    const toMake = new Set();
    const rows = [];
    const cell = (text) => (text === undefined || text === '' ? '—' : (0,format/* escapeMarkdown */.FV)(String(text)));
    if (plan.videos.some(({ settings }) => settings.reuse === 'identical' && !settings.apiKey)) {
        log.info('Dry run: without api-key the cache cannot be read (its entries are named and signed with a key derived from it): every entry is in the matrix.');
    }
    const fingerprint = planFingerprints(plan);
    let total = 0;
    for (const { id, settings, from } of plan.videos) {
        const entry = entryLog(id, log);
        dryRunReport(settings, entry);
        if (from)
            entry.info(`${from.field}: the video of entry '${from.id}', once it is made (the URL above only stands for it).`);
        // Judged as the render judges it: the entry restored, its signature and its video checked.
        const ledger = settings.reuse === 'identical' ? await openReuse(settings, { log: entry, entry: id, fingerprint: () => fingerprint(id) }) : undefined;
        const supplied = ledger !== undefined && (await usableEarlierResult(settings, ledger)) !== undefined;
        await ledger?.close();
        const row = (estimate) => `| ${cell(from ? `${from.id} → ${id}` : id)} | ${cell(settings.model)} | ${cell(settings.fields.duration)} | ${estimate} |`;
        if (supplied) {
            entry.info(`the Actions cache holds this video (reuse: identical): 0 credits.`);
            rows.push(row('0 (in the cache)'));
            continue;
        }
        toMake.add(id);
        const estimate = await priced(settings);
        entry.info(`${estimateText(estimate)}.`);
        rows.push(row(cell(estimateText(estimate))));
        total = total === undefined || estimate.credits === undefined ? undefined : total + estimate.credits;
    }
    const legs = matrixLegs(plan, toMake);
    log.setOutput('matrix', JSON.stringify({ include: legs.map(leg => ({ entry: leg.join(',') })) }));
    if (total !== undefined)
        log.setOutput('credits-estimate', String(total));
    const entries = (n) => `${n} entr${n === 1 ? 'y' : 'ies'}`;
    log.info(`Dry run: ${entries(plan.videos.length)} checked, nothing was sent; matrix: ${entries(legs.reduce((sum, leg) => sum + leg.length, 0))} in ${legs.length} leg(s), ${toMake.size} to make (an entry made from another's runs in its leg); ${total === undefined ? 'estimate: unknown (a price is unknown)' : `estimate: ≈ ${total} credits`}.`);
    return planSummary(rows, total, plan.videos.length, toMake.size);
}

;// CONCATENATED MODULE: ./src/github/step-log.ts
function stepLog(load = () => Promise.all(/* import() */[__nccwpck_require__.e(752), __nccwpck_require__.e(838)]).then(__nccwpck_require__.bind(__nccwpck_require__, 3838))) {
    let core;
    let loading;
    const waiting = [];
    const call = (use) => {
        if (core)
            return use(core);
        waiting.push(use);
        loading ??= load().then(loaded => {
            core = loaded;
            for (const next of waiting.splice(0))
                next(loaded);
        });
    };
    return {
        info: line => call(core => core.info(line)),
        warning: line => call(core => core.warning(line)),
        notice: line => call(core => core.notice(line)),
        debug: line => call(core => core.debug(line)),
        setOutput: (name, value) => call(core => core.setOutput(name, value)),
        flushed: () => loading ?? Promise.resolve()
    };
}

;// CONCATENATED MODULE: ./src/main.ts
// The story of one run: settings → plan (one video, or a manifest's) → run (one scheduler) → report.
// The report, which needs @actions/core, loads once the videos are done (github/step-log.ts says why).











async function run() {
    const cancellation = watchCancellation();
    const startedAt = Date.now();
    const log = stepLog();
    let plan;
    let transport;
    try {
        plan = await readPlan(readInput, maskSecret);
        const first = plan.videos[0]?.settings;
        if (!first)
            return;
        if (first.dryRun) {
            const planned = await dryRunPlan(plan, log);
            await log.flushed();
            return await (await Promise.all(/* import() */[__nccwpck_require__.e(752), __nccwpck_require__.e(838), __nccwpck_require__.e(485)]).then(__nccwpck_require__.bind(__nccwpck_require__, 485))).publishPlan(plan, planned, cancellation.signal, log);
        }
        transport = await (0,http/* createTransport */.oO)();
        const client = createClient({ ...first, open: transport.open });
        const outcomes = await runPlan(plan, { client, transport, signal: cancellation.signal, startedAt, log }, retry/* sleep */.yy);
        await log.flushed();
        await (await Promise.all(/* import() */[__nccwpck_require__.e(752), __nccwpck_require__.e(838), __nccwpck_require__.e(485)]).then(__nccwpck_require__.bind(__nccwpck_require__, 485))).publishStep(plan, outcomes, cancellation.signal, log);
    }
    catch (error) {
        const report = failureReport(error, {}, startedAt);
        const single = plan && !plan.manifest ? plan.videos[0] : undefined;
        await log.flushed();
        if (single)
            await (await Promise.all(/* import() */[__nccwpck_require__.e(752), __nccwpck_require__.e(838), __nccwpck_require__.e(850)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8850))).publish(single.settings, report, report.errorMessage);
        else
            (await Promise.all(/* import() */[__nccwpck_require__.e(752), __nccwpck_require__.e(838)]).then(__nccwpck_require__.bind(__nccwpck_require__, 3838))).setFailed(report.errorMessage ?? String(error));
    }
    finally {
        await log.flushed();
        cancellation.dispose();
        await transport?.close();
    }
}


/***/ }),

/***/ 9663:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   U0: () => (/* binding */ proxyAwareDispatcher),
/* harmony export */   cc: () => (/* binding */ CancelledError),
/* harmony export */   cv: () => (/* binding */ exchange),
/* harmony export */   mu: () => (/* binding */ parseRetryAfter),
/* harmony export */   oO: () => (/* binding */ createTransport),
/* harmony export */   wX: () => (/* binding */ TransportError)
/* harmony export */ });
/* harmony import */ var _untrusted_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(2949);
// One HTTP exchange with a time limit, and errors that say whether the request can have reached the server.
// Without a proxy, requests go through node:http(s), which costs nothing to load: the start-up budget
// (bench/, README "Performance") has no room for undici (~40 ms) or even fetch's first use (~20 ms).
// With HTTPS_PROXY / HTTP_PROXY set, undici's EnvHttpProxyAgent carries them (and honours NO_PROXY).

/** Network failure. `reached: 'no'` only when the request provably never left (refused, unresolvable host). */
class TransportError extends Error {
    reached;
    reason;
    constructor(message, reached, reason) {
        super(message);
        this.reached = reached;
        this.reason = reason;
        this.name = 'TransportError';
    }
}
/** The caller's signal fired (the job was cancelled). */
class CancelledError extends Error {
    signalName;
    constructor(signalName = 'cancellation') {
        super(`Cancelled by ${signalName}`);
        this.signalName = signalName;
        this.name = 'CancelledError';
    }
}
const PROXY_VARIABLES = ['HTTPS_PROXY', 'https_proxy', 'HTTP_PROXY', 'http_proxy'];
/**
 * undici's dispatcher that honours HTTPS_PROXY / HTTP_PROXY / NO_PROXY (and goes direct without them).
 * Plain-http requests are sent to the proxy as absolute URLs, as curl does, rather than tunnelled.
 */
async function proxyAwareDispatcher() {
    const { EnvHttpProxyAgent } = await __nccwpck_require__.e(/* import() */ 752).then(__nccwpck_require__.t.bind(__nccwpck_require__, 6752, 19));
    return new EnvHttpProxyAgent({ proxyTunnel: false });
}
function headerReader(headers) {
    return name => {
        const value = headers[name.toLowerCase()];
        return Array.isArray(value) ? value[0] : value;
    };
}
/** node:http(s); with a guard, literal addresses are checked first and names through the guard's lookup. */
const openDirect = (guard) => async (r, signal) => {
    const { request } = r.url.startsWith('https:') ? await Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 4708, 23)) : await Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 7067, 23));
    guard?.checkLiteral(new URL(r.url));
    return new Promise((resolve, reject) => {
        const options = { method: r.method, headers: r.headers, signal, ...(guard ? { lookup: guard.lookup } : {}) };
        const req = request(r.url, options, response => {
            resolve({
                status: response.statusCode ?? 0,
                header: headerReader(response.headers),
                // Iterated as is (a wrapper costs ~5 % of a download's CPU): node:http destroys the reply with
                // ECONNRESET "aborted" when the connection closes before the body is complete, which ends the loop.
                body: response,
                // An error after giving up must not become an unhandled 'error' event.
                destroy: () => void response.on('error', () => undefined).destroy()
            });
        });
        req.on('error', reject);
        if (typeof r.body === 'object')
            r.body.on('error', error => req.destroy(error)).pipe(req);
        else
            req.end(r.body);
    });
};
/**
 * node:http(s) directly, or undici through the proxy-aware dispatcher when a proxy variable is set.
 * `guard` (downloads) decides which addresses may be reached; API calls go to base-url, which the user chose.
 */
async function createTransport(env = process.env, guard) {
    if (!PROXY_VARIABLES.some(name => env[name]))
        return { open: openDirect(guard), close: async () => undefined };
    const [{ request }, dispatcher] = await Promise.all([__nccwpck_require__.e(/* import() */ 752).then(__nccwpck_require__.t.bind(__nccwpck_require__, 6752, 19)), proxyAwareDispatcher()]);
    const open = async (r, signal) => {
        await guard?.checkBeforeProxy(new URL(r.url));
        const response = await request(r.url, { dispatcher, method: r.method, headers: r.headers, body: r.body, signal });
        return {
            status: response.statusCode,
            header: headerReader(response.headers),
            body: response.body,
            destroy: () => void response.body.on('error', () => undefined).destroy()
        };
    };
    return { open, close: () => dispatcher.close() };
}
// Errors raised before a single byte of the request was written.
const NOT_SENT = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH', 'UND_ERR_CONNECT_TIMEOUT']);
function codeOf(error) {
    const e = error;
    return String(e?.cause?.code ?? e?.cause?.errors?.[0]?.code ?? e?.code ?? error?.name ?? 'unknown');
}
function messageOf(error) {
    const cause = error.cause;
    return cause instanceof Error && cause.message ? cause.message : error.message;
}
async function exchange(open, x) {
    const timeout = AbortSignal.timeout(x.timeoutMs);
    const signal = x.signal ? AbortSignal.any([x.signal, timeout]) : timeout;
    try {
        // Redirects are not followed: the key must not travel to whatever host a Location names.
        const reply = await open(x, signal);
        const maxBytes = x.maxBytes(reply.status);
        if (Number(reply.header('content-length')) > maxBytes) {
            reply.destroy();
            return { status: reply.status, header: reply.header, text: '', truncated: true };
        }
        const chunks = [];
        let size = 0;
        for await (const chunk of reply.body) {
            chunks.push(chunk);
            size += chunk.length;
            if (size > maxBytes)
                break; // leaving the loop destroys the body
        }
        const text = Buffer.concat(chunks).subarray(0, maxBytes).toString('utf8');
        return { status: reply.status, header: reply.header, text, truncated: size > maxBytes };
    }
    catch (error) {
        throw classify(error, x.signal, timeout, `no complete reply within ${x.timeoutMs / 1000} s (request-timeout)`);
    }
}
/** Turns a failure of `open` or of reading a body into CancelledError or TransportError. */
function classify(error, cancel, timeout, timeoutMessage) {
    if (cancel?.aborted)
        return cancel.reason instanceof Error ? cancel.reason : new CancelledError();
    if (timeout?.aborted)
        return new TransportError(timeoutMessage, 'maybe', 'timeout');
    const code = codeOf(error);
    const message = (0,_untrusted_js__WEBPACK_IMPORTED_MODULE_0__/* .cleanText */ .X5)(messageOf(error), _untrusted_js__WEBPACK_IMPORTED_MODULE_0__/* .TEXT_CAP */ .hE.word);
    // "connect ECONNREFUSED 127.0.0.1:443" names its code already: said once.
    const text = message.includes(code) ? message : `${(0,_untrusted_js__WEBPACK_IMPORTED_MODULE_0__/* .cleanText */ .X5)(code, _untrusted_js__WEBPACK_IMPORTED_MODULE_0__/* .TEXT_CAP */ .hE.word)}: ${message}`;
    return new TransportError(text, NOT_SENT.has(code) ? 'no' : 'maybe', code);
}
/** Retry-After as delta-seconds or an HTTP date; undefined when absent or unreadable. */
function parseRetryAfter(value, nowMs) {
    if (!value)
        return undefined;
    const trimmed = value.trim();
    if (/^\d+$/.test(trimmed))
        return Number(trimmed) * 1000;
    const date = Date.parse(trimmed);
    return Number.isNaN(date) ? undefined : Math.max(0, date - nowMs);
}


/***/ }),

/***/ 7893:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   F9: () => (/* binding */ HttpStatusError),
/* harmony export */   L5: () => (/* binding */ retry),
/* harmony export */   c2: () => (/* binding */ statusOf),
/* harmony export */   dg: () => (/* binding */ isTransient),
/* harmony export */   o4: () => (/* binding */ BadReplyError),
/* harmony export */   qO: () => (/* binding */ retryDelayMs),
/* harmony export */   yy: () => (/* binding */ sleep)
/* harmony export */ });
/* unused harmony exports TRANSIENT_STATUSES, backoffMs */
/* harmony import */ var _http_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(9663);
// Trying again, one way for every call that may be repeated: one table of what is worth another try, waits
// with full jitter that a server's Retry-After overrides, a bounded number of attempts, and sleeps that end
// at once on cancellation. A POST that creates a billed task is the exception in what it may repeat
// (task/submit.ts passes its own `retryable`), not in how.

/** HTTP statuses worth another try, whoever answers (EvoLink, its files API, GitHub, the video host). */
const TRANSIENT_STATUSES = new Set([408, 429, 500, 502, 503, 504]);
/** A reply that arrived but cannot be used (cut short, garbled, not what was asked for): another may be whole. */
class BadReplyError extends Error {
    constructor(message) {
        super(message);
        this.name = 'BadReplyError';
    }
}
/** A reply with an HTTP error status, from a host that is not EvoLink's API (the video host, GitHub's uploads). */
class HttpStatusError extends Error {
    status;
    constructor(status, message) {
        super(message);
        this.status = status;
        this.name = 'HttpStatusError';
    }
}
/** The HTTP status an error carries: EvoLink's ApiError, octokit's RequestError and HttpStatusError all say `status`. */
function statusOf(error) {
    const status = error?.status;
    return typeof status === 'number' ? status : undefined;
}
/** The one definition of transient: a status of the table, or a failure on the way (transport, a bad reply). */
function isTransient(error) {
    if (error instanceof _http_js__WEBPACK_IMPORTED_MODULE_0__/* .CancelledError */ .cc)
        return false;
    const status = statusOf(error);
    if (status !== undefined)
        return TRANSIENT_STATUSES.has(status);
    return error instanceof _http_js__WEBPACK_IMPORTED_MODULE_0__/* .TransportError */ .wX || error instanceof BadReplyError;
}
/** Exponential backoff with full jitter: a random wait in [0, min(cap, base·2^attempt)). */
function backoffMs(attempt, baseMs, capMs, random = Math.random) {
    return Math.floor(random() * Math.min(capMs, baseMs * 2 ** attempt));
}
/** The server's Retry-After wins over our own backoff, up to the same cap: a reply cannot park the step for a day. */
function retryDelayMs(error, attempt, baseMs, capMs, random) {
    const serverSays = error?.retryAfterMs;
    return typeof serverSays === 'number' ? Math.min(serverSays, capMs) : backoffMs(attempt, baseMs, capMs, random);
}
/**
 * Calls `call` (with the attempt number, from 1) until it succeeds. Throws the last failure as it is when it
 * is not retryable, the attempts are spent, the next wait would pass the deadline, or the signal fired.
 */
async function retry(call, policy) {
    const retryable = policy.retryable ?? isTransient;
    for (let attempt = 1;; attempt++) {
        try {
            return await call(attempt);
        }
        catch (error) {
            if (policy.signal.aborted || error instanceof _http_js__WEBPACK_IMPORTED_MODULE_0__/* .CancelledError */ .cc || !retryable(error) || attempt >= policy.attempts)
                throw error;
            const delayMs = Math.max(policy.minMs ?? 0, retryDelayMs(error, attempt - 1, policy.baseMs, policy.capMs, policy.random));
            if (policy.deadline !== undefined && policy.now && policy.now() + delayMs >= policy.deadline)
                throw error;
            await policy.onRetry?.(error, attempt, delayMs);
            await policy.sleep(delayMs, policy.signal);
        }
    }
}
/** A timer that rejects with the signal's reason (a CancelledError) when the signal fires. */
function sleep(ms, signal) {
    return new Promise((resolve, reject) => {
        if (signal.aborted)
            return reject(signal.reason);
        const onAbort = () => {
            clearTimeout(timer);
            reject(signal.reason);
        };
        // Past 2^31-1 ms setTimeout fires after 1 ms; callers never ask for that long (inputs are capped), but
        // a server's Retry-After could: clamped rather than turned into a busy loop.
        const timer = setTimeout(() => {
            signal.removeEventListener('abort', onAbort);
            resolve();
        }, Math.min(ms, 2 ** 31 - 1));
        signal.addEventListener('abort', onAbort, { once: true });
    });
}


/***/ }),

/***/ 2949:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Cv: () => (/* binding */ identifier),
/* harmony export */   Jv: () => (/* binding */ gitHubUrl),
/* harmony export */   Sx: () => (/* binding */ MAX_RESULT_URLS),
/* harmony export */   X5: () => (/* binding */ cleanText),
/* harmony export */   Zs: () => (/* binding */ quoteInput),
/* harmony export */   a0: () => (/* binding */ UNSAFE_OR_SPACE),
/* harmony export */   hE: () => (/* binding */ TEXT_CAP),
/* harmony export */   n: () => (/* binding */ checkResultUrl),
/* harmony export */   nl: () => (/* binding */ inertJson)
/* harmony export */ });
/* unused harmony export MAX_URL_CHARS */
/* harmony import */ var _hidden_characters_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(560);
// Text and URLs that came from the network are data, never commands or markup. Every string of an API
// reply passes through here once, when the reply is parsed (evolink/schema.ts), so nothing downstream
// (log, annotation, output, summary, comment) can receive it raw. docs/reliability.md lists the attacks.

/** Length caps, in characters: a status or code is a word, a message a few sentences. */
const TEXT_CAP = { word: 200, message: 2000 };
/** A result URL longer than this is refused (signed CDN links are well under 2 KiB). */
const MAX_URL_CHARS = 4096;
/** At most this many result URLs are kept from one reply. */
const MAX_RESULT_URLS = 32;
const UNSAFE_CHARS = new RegExp(`[${_hidden_characters_js__WEBPACK_IMPORTED_MODULE_0__/* .UNSAFE_CLASS */ .kX}]+`, 'g');
/** Unsafe characters and any whitespace: what a URL or an identifier never holds as typed. */
const UNSAFE_OR_SPACE = new RegExp(`[\\s${_hidden_characters_js__WEBPACK_IMPORTED_MODULE_0__/* .UNSAFE_CLASS */ .kX}]`);
/**
 * One line of plain text, safe to log or show: unsafe characters become spaces, whitespace is folded,
 * `::` (how workflow commands start) is split, and the result is cut to `cap` characters.
 */
function cleanText(raw, cap = TEXT_CAP.message) {
    const flat = raw.replace(UNSAFE_CHARS, ' ').replace(/\s+/g, ' ').trim().replace(/::/g, ': :');
    const chars = Array.from(flat);
    return chars.length > cap ? `${chars.slice(0, cap - 1).join('')}…` : flat;
}
/**
 * A workflow input's value inside a message (log, annotation, summary): quoted, with line breaks, controls
 * and invisible characters shown as escapes (\\n, \\u202e) so the reader sees what is wrong, on one line
 * (so it cannot start a workflow command), cut to about `cap` characters. Input text is data as a reply's is.
 */
function quoteInput(raw, cap = 80) {
    const chars = Array.from(raw);
    const long = chars.length > cap;
    const quoted = inertJson(JSON.stringify(long ? chars.slice(0, cap - 20).join('') : raw));
    return long ? `${quoted}… (${chars.length} characters)` : quoted;
}
/**
 * JSON text made safe for a log line: what JSON.stringify leaves raw (bidi, U+2028, C1) escaped. A raw line
 * break in JSON text is always structural (JSON.stringify escapes those inside strings), so pretty-printed
 * JSON keeps its lines: each starts with a space, a quote or a bracket and so cannot start a workflow command.
 */
function inertJson(json) {
    return json.replace(_hidden_characters_js__WEBPACK_IMPORTED_MODULE_0__/* .UNSAFE_CHAR */ .K0, c => (c === '\n' ? c : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`));
}
/** An identifier from a fixed vocabulary (a status, an error code): letters, digits and `_ . : -`, at most 64. */
function identifier(raw) {
    return raw !== undefined && /^[A-Za-z0-9_.:-]{1,64}$/.test(raw) ? raw : undefined;
}
// Characters a URL may legally hold that mean something to a shell inside double quotes or in a
// single-quoted string: percent-encoded, which every server decodes back to the same thing.
const SHELL_MEANINGFUL = /[$`"'\\]/g;
function checkResultUrl(raw) {
    if (raw.length > MAX_URL_CHARS)
        return { ok: false, problem: `longer than ${MAX_URL_CHARS} characters` };
    let url;
    try {
        url = new URL(raw);
    }
    catch {
        return { ok: false, problem: 'not an absolute URL' };
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:')
        return { ok: false, problem: `scheme ${cleanText(url.protocol, 20)} is not https` };
    if (url.username || url.password)
        return { ok: false, problem: 'it carries credentials' };
    // The serialized URL has no spaces, quotes or controls left (the URL parser encodes them); the few
    // shell characters it keeps are encoded too, so the output is inert even if pasted into a command.
    const href = url.href.replace(SHELL_MEANINGFUL, c => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
    if (href.length > MAX_URL_CHARS)
        return { ok: false, problem: `longer than ${MAX_URL_CHARS} characters` };
    return { ok: true, url: href, plainHttp: url.protocol === 'http:' };
}
/** A URL from a GitHub reply (comment, asset), under the same rule as result URLs; undefined when refused. */
function gitHubUrl(raw) {
    const verdict = typeof raw === 'string' ? checkResultUrl(raw) : undefined;
    return verdict?.ok ? verdict.url : undefined;
}


/***/ }),

/***/ 7994:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ MAX_SUMMARY_CHARS),
/* harmony export */   f: () => (/* binding */ buildSummary)
/* harmony export */ });
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6264);

/**
 * The runner refuses a step summary over 1 MiB. Every value in it is capped already (untrusted.ts); this
 * bounds the whole, at most 3 bytes a character, whatever a reply holds.
 */
const MAX_SUMMARY_CHARS = 256 * 1024;
/** A request field as a label beside the others ("aspect_ratio" → "Aspect ratio"), not an API name. */
const fieldLabel = (name) => (0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)(name.charAt(0).toUpperCase() + name.slice(1).replace(/_/g, ' '));
const cell = (text) => (text === undefined || text === '' ? '—' : (0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)(String(text)));
function buildSummary(settings, report) {
    const title = {
        completed: '✅ Video ready',
        failed: '❌ Video generation failed',
        timeout: '⏳ Still running when the step timed out',
        cancelled: report.urls.length > 0 ? '🛑 Cancelled before the video was delivered' : '🛑 Cancelled while waiting',
        submitted: '📨 Task submitted (not waited for)',
        'dry-run': '🧪 Dry run: nothing was sent',
        skipped: '⏭️ Not submitted'
    }[report.outcome];
    const rows = [
        ['Status', cell(report.status)],
        ['Task id', cell(report.taskId)],
        ...report.urls.map((url, i) => [
            report.urls.length > 1 ? `Video ${i + 1}` : 'Video',
            (0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .markdownLink */ .iQ)(report.urls.length > 1 ? `Open video ${i + 1}` : 'Open the video', url)
        ]),
        ['Links valid until', cell(report.expiresAt)],
        ...(report.file
            ? [
                ['File', `${cell(report.file.path)} (${report.file.size} bytes)`],
                ['SHA\\-256', cell(report.file.sha256)]
            ]
            : []),
        ...(report.assetUrl ? [['Release asset', (0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .markdownLink */ .iQ)('Download', report.assetUrl)]] : []),
        ...(report.artifactUrl
            ? [
                [
                    'Artifact',
                    `${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .markdownLink */ .iQ)('Download the video', report.artifactUrl)} (kept ${report.artifactRetentionDays === undefined ? "for the repository's artifact retention, 90 days by default" : `${report.artifactRetentionDays} days`}; the link above expires with EvoLink's)`
                ]
            ]
            : []),
        ['Progress', report.progress === undefined ? '—' : `${report.progress}%`],
        ['Elapsed', report.elapsedMs === undefined ? '—' : (0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a3)(report.elapsedMs)],
        ['Credits reserved', `${cell(report.creditsReserved)}${settings.maxCredits === undefined ? '' : ` (max-credits ${settings.maxCredits})`}`],
        ...(report.creditsRemaining === undefined ? [] : [['Balance after', cell(report.creditsRemaining)]]),
        ...(report.estimate
            ? [['Estimate', cell(report.estimate.credits === undefined ? `unknown: ${report.estimate.how}` : `≈ ${report.estimate.credits} credits, ${report.estimate.how}`)]]
            : []),
        // What was sent, for a submission; for a resumed task only what its reply says (the inputs of this
        // run are not the task's settings).
        ...(report.resumed
            ? [['Model', cell(report.model)]]
            : [
                ['Model', cell(settings.model)],
                ...Object.entries(settings.fields)
                    .filter(([name]) => name !== 'prompt')
                    .map(([name, value]) => [
                    fieldLabel(name),
                    cell(typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? String(value) : JSON.stringify(value))
                ])
            ])
    ];
    if (report.errorCode || report.errorMessage)
        rows.push(['Error', `${cell(report.errorCode)}: ${cell(report.errorMessage)}`]);
    if (report.deliveryError)
        rows.push(['Delivery', cell(report.deliveryError)]);
    // The first row is the table's header: a table that opens with an empty row reads as a broken one.
    const [first, ...rest] = rows.map(([k, v]) => `| ${k} | ${v} |`);
    const lines = [`## ${title}`, '', first ?? '| | |', '|---|---|', ...rest, ''];
    if (report.reusedFrom)
        lines.push(`Reused ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)(report.reusedFrom)}: nothing was submitted by this step, no credits were spent.`, '');
    else if (report.resumed)
        lines.push("Resumed with `task-id`: nothing was submitted by this run; the task's own settings are not in its reply.", '');
    else if (settings.prompt)
        lines.push('**Prompt**', '', `> ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)(settings.prompt)}`, '');
    if ((report.outcome === 'timeout' || report.outcome === 'cancelled' || report.outcome === 'submitted') && report.taskId) {
        lines.push((0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)((0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .resumeHint */ .tJ)(report.taskId)), '');
    }
    return (0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .capMarkdown */ .y3)(lines.join('\n'), MAX_SUMMARY_CHARS);
}


/***/ }),

/***/ 4027:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ interpretTask),
/* harmony export */   d: () => (/* binding */ failureAdvice)
/* harmony export */ });
const RUNNING = new Set(['pending', 'processing']);
function interpretTask(task) {
    if (RUNNING.has(task.status))
        return { kind: 'running' };
    if (task.status === 'completed') {
        if (task.results.length > 0)
            return { kind: 'succeeded', urls: task.results };
        const refused = task.refusedResults.length > 0 ? ` Refused as unsafe: ${task.refusedResults.slice(0, 3).join('; ')}.` : '';
        return { kind: 'failed', code: 'no_results', message: `The task completed but returned no usable video URL.${refused}` };
    }
    const code = task.error?.code ?? (task.status === 'failed' ? 'unknown_error' : 'unexpected_status');
    const message = task.error?.message ?? (task.status === 'failed' ? 'The task failed without an error message.' : `The task ended with status "${task.status}".`);
    return { kind: 'failed', code, message };
}
/** Server-side failure codes after which the same request may well succeed if submitted again. */
const WORTH_RESUBMITTING = new Set([
    'generation_failed_no_content',
    'service_error',
    'generation_timeout',
    'resource_exhausted',
    'quota_exceeded',
    'service_unavailable',
    'resource_not_found',
    'unknown_error'
]);
/** A hint for the failure annotation: whether re-running the workflow as it is can help. */
function failureAdvice(code) {
    if (WORTH_RESUBMITTING.has(code))
        return 'This is a server-side failure: re-running the workflow may succeed (it creates a new task).';
    if (code === 'content_policy_violation')
        return 'Change the prompt before re-running: EvoLink refused its content.';
    if (code === 'request_cancelled')
        return 'The task was cancelled on the EvoLink side.';
    return 'Change the request before re-running: EvoLink will refuse it again as it is.';
}


/***/ }),

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 5317:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");

/***/ }),

/***/ 6982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 4589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 7540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 4708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:process");

/***/ }),

/***/ 1792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 99:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:sqlite");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 7997:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:timers");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 3429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 6928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 2203:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");

/***/ }),

/***/ 3193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 3557:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 2018:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tty");

/***/ }),

/***/ 7016:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("url");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		id: moduleId,
/******/ 		loaded: false,
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Flag the module as loaded
/******/ 	module.loaded = true;
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/node module decorator */
/******/ (() => {
/******/ 	__nccwpck_require__.nmd = (module) => {
/******/ 		module.paths = [];
/******/ 		if (!module.children) module.children = [];
/******/ 		return module;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(9407);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
