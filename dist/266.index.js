export const id = 266;
export const ids = [266];
export const modules = {

/***/ 1266:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  deliver: () => (/* binding */ deliver)
});

// EXTERNAL MODULE: ./src/net/address-guard.ts
var address_guard = __webpack_require__(6515);
// EXTERNAL MODULE: ./src/net/retry.ts
var retry = __webpack_require__(7893);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/net/http.ts
var http = __webpack_require__(9663);
// EXTERNAL MODULE: ./src/net/untrusted.ts
var untrusted = __webpack_require__(2949);
// EXTERNAL MODULE: ./src/delivery/part-file.ts
var part_file = __webpack_require__(7122);
;// CONCATENATED MODULE: ./src/delivery/download.ts
// Streams a result video to disk in constant memory: a temporary file renamed when complete, resumed with
// a Range request after a dropped connection (or restarted when the host ignores Range), checked against
// Content-Length and hashed on the way. Never sends an Authorization header: the video host is not EvoLink's API.







const MAX_REDIRECTS = 5;
async function download(options) {
    const total = AbortSignal.timeout(options.totalTimeoutMs);
    const o = { ...options, signal: AbortSignal.any([options.signal, total]) };
    await (0,promises_.mkdir)((0,external_node_path_.dirname)(o.path), { recursive: true });
    const part = await part_file/* PartFile */.Y.create(o.path);
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

// EXTERNAL MODULE: ./src/format.ts
var format = __webpack_require__(6264);
// EXTERNAL MODULE: ./src/report/summary.ts
var summary = __webpack_require__(7994);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
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
        const allowLoopback = (0,address_guard/* isLoopbackHost */.cW)(new URL(settings.baseUrl).hostname);
        const link = new URL(from);
        if (link.protocol === 'http:' && !(allowLoopback && (0,address_guard/* isLoopbackHost */.cW)(link.hostname))) {
            log.warning(`The video link uses plain http (${link.host}): the download is not protected in transit, so its content could be altered on the way.`);
        }
        const transport = await (0,http/* createTransport */.oO)(process.env, (0,address_guard/* addressGuard */.eY)(allowLoopback));
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
            const [{ uploadReleaseAsset }, dispatcher] = await Promise.all([Promise.all(/* import() */[__webpack_require__.e(752), __webpack_require__.e(413), __webpack_require__.e(130)]).then(__webpack_require__.bind(__webpack_require__, 1863)), (0,http/* proxyAwareDispatcher */.U0)()]);
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
            const { uploadVideoArtifact } = await Promise.all(/* import() */[__webpack_require__.e(983), __webpack_require__.e(721)]).then(__webpack_require__.bind(__webpack_require__, 9721));
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
        const { upsertPrComment } = await Promise.all(/* import() */[__webpack_require__.e(752), __webpack_require__.e(838), __webpack_require__.e(413), __webpack_require__.e(66)]).then(__webpack_require__.bind(__webpack_require__, 1685));
        const commentUrl = await upsertPrComment(githubToken, (0,summary/* buildSummary */.f)(settings, delivered), signal, prCommentKey);
        if (commentUrl)
            delivered = { ...delivered, commentUrl };
    }
    return delivered;
}


/***/ }),

/***/ 7122:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Y: () => (/* binding */ PartFile)
/* harmony export */ });
/* unused harmony export renameRetrying */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7075);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6466);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_5___default = /*#__PURE__*/__webpack_require__.n(node_stream_promises__WEBPACK_IMPORTED_MODULE_5__);
/* harmony import */ var _net_retry_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(7893);
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
    hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    /** The write in flight: awaited before the size is trusted (a resume asks for what the file holds). */
    writing = Promise.resolve();
    constructor(path, file) {
        this.path = path;
        this.file = file;
    }
    static async create(target) {
        const path = partPath(target);
        return new PartFile(path, await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.open)(path, CREATE_NEW));
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
        const sink = new node_stream__WEBPACK_IMPORTED_MODULE_4__.Writable({
            highWaterMark: WRITE_BATCH,
            write: (chunk, _encoding, done) => write([chunk], done),
            writev: (chunks, done) => write(chunks.map(({ chunk }) => chunk), done)
        });
        try {
            await (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_5__.pipeline)(body, limit, sink);
        }
        finally {
            await this.writing.catch(() => undefined);
        }
    }
    /** Starts over (the host ignored Range), in a new file made the same way. */
    async restart(target) {
        await this.close();
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm)(this.path, { force: true });
        this.path = partPath(target);
        this.file = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.open)(this.path, CREATE_NEW);
        this.hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
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
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm)(this.path, { force: true });
    }
    digest() {
        return this.hash.digest('hex');
    }
}
/**
 * The temporary file beside the target: a name nobody can guess, created only if nothing has that name
 * (O_EXCL), never through a link (O_NOFOLLOW), so nothing planted in the folder can redirect the write.
 */
const CREATE_NEW = node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_WRONLY | node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_CREAT | node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_EXCL | (node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_NOFOLLOW ?? 0);
const partPath = (target) => (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.dirname)(target), `.${(0,node_path__WEBPACK_IMPORTED_MODULE_3__.basename)(target)}.${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(12).toString('hex')}.part`);
/** Windows: an antivirus or indexer holding the new file makes rename fail for a moment with EPERM or EBUSY. */
const RENAME_RETRY_CODES = new Set(['EPERM', 'EBUSY', 'EACCES']);
/** Renames, retrying briefly (about 3 s in all) while the file is held by someone else. */
function renameRetrying(from, to, move = node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rename, wait = _net_retry_js__WEBPACK_IMPORTED_MODULE_6__/* .sleep */ .yy) {
    // A local lock, not a crowd of clients: no jitter (random 1), 100 ms doubling to 800 ms, eight tries.
    return (0,_net_retry_js__WEBPACK_IMPORTED_MODULE_6__/* .retry */ .L5)(() => move(from, to), {
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


/***/ }),

/***/ 7994:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ MAX_SUMMARY_CHARS),
/* harmony export */   f: () => (/* binding */ buildSummary)
/* harmony export */ });
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6264);

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


/***/ })

};
