export const id = 973;
export const ids = [973];
export const modules = {

/***/ 8973:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   deliver: () => (/* binding */ deliver)
/* harmony export */ });
/* harmony import */ var _net_address_guard_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6515);
/* harmony import */ var _github_cancellation_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8);
/* harmony import */ var _download_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1826);
/* harmony import */ var _net_http_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9663);
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6264);
/* harmony import */ var _report_summary_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7994);
/* harmony import */ var _net_untrusted_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(2949);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_7___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_7__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_8___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_8__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_9___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_9__);











const DOWNLOAD_ATTEMPTS = 5;
async function deliver(settings, report, signal, context) {
    const { download: target, prComment, prCommentKey, release, artifact, githubToken } = settings.delivery;
    const url = report.urls[0];
    const { log } = context;
    let delivered = report;
    let scratch;
    /** The video at `path`, downloaded from its link (bounded, resumable, hashed). */
    const fetchVideo = async (path, maxBytes, from) => {
        log.info(`Downloading the video to ${(0,_net_untrusted_js__WEBPACK_IMPORTED_MODULE_6__/* .cleanText */ .X5)(path, _net_untrusted_js__WEBPACK_IMPORTED_MODULE_6__/* .TEXT_CAP */ .hE.message)}…`);
        // Loopback result hosts are reachable only when base-url itself is loopback (a local simulator).
        const allowLoopback = (0,_net_address_guard_js__WEBPACK_IMPORTED_MODULE_0__/* .isLoopbackHost */ .cW)(new URL(settings.baseUrl).hostname);
        const link = new URL(from);
        if (link.protocol === 'http:' && !(allowLoopback && (0,_net_address_guard_js__WEBPACK_IMPORTED_MODULE_0__/* .isLoopbackHost */ .cW)(link.hostname))) {
            log.warning(`The video link uses plain http (${link.host}): the download is not protected in transit, so its content could be altered on the way.`);
        }
        const transport = await (0,_net_http_js__WEBPACK_IMPORTED_MODULE_3__/* .createTransport */ .oO)(process.env, (0,_net_address_guard_js__WEBPACK_IMPORTED_MODULE_0__/* .addressGuard */ .eY)(allowLoopback));
        const { elapsedMs, ...file } = await (0,_download_js__WEBPACK_IMPORTED_MODULE_2__/* .download */ .R)({
            url: from,
            path,
            maxBytes,
            attempts: DOWNLOAD_ATTEMPTS,
            idleTimeoutMs: settings.requestTimeoutMs,
            totalTimeoutMs: settings.timeoutMs,
            signal,
            open: transport.open,
            sleep: _github_cancellation_js__WEBPACK_IMPORTED_MODULE_1__/* .sleep */ .yy,
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
            const [{ uploadReleaseAsset }, dispatcher] = await Promise.all([Promise.all(/* import() */[__webpack_require__.e(752), __webpack_require__.e(413), __webpack_require__.e(130)]).then(__webpack_require__.bind(__webpack_require__, 1863)), (0,_net_http_js__WEBPACK_IMPORTED_MODULE_3__/* .proxyAwareDispatcher */ .U0)()]);
            const assetUrl = await uploadReleaseAsset({
                token: githubToken,
                tag: release.tag,
                assetName: release.assetName,
                file: delivered.file,
                dispatcher,
                signal,
                totalTimeoutMs: settings.timeoutMs
            }).finally(() => dispatcher.close());
            log.info(`Uploaded ${release.assetName} to release ${(0,_net_untrusted_js__WEBPACK_IMPORTED_MODULE_6__/* .cleanText */ .X5)(release.tag, _net_untrusted_js__WEBPACK_IMPORTED_MODULE_6__/* .TEXT_CAP */ .hE.word)}: ${assetUrl ?? '(no usable URL in the reply)'}`);
            delivered = { ...delivered, assetUrl };
        }
        if (artifact && report.outcome === 'completed' && (delivered.file || url)) {
            // No file asked for: the video is fetched into a folder of its own for the upload, and removed after it.
            let source = delivered.file?.path;
            if (!source && url) {
                scratch = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_7__.mkdtemp)((0,node_path__WEBPACK_IMPORTED_MODULE_9__.join)(process.env.RUNNER_TEMP || (0,node_os__WEBPACK_IMPORTED_MODULE_8__.tmpdir)(), 'evolink-video-'));
                source = (await fetchVideo((0,node_path__WEBPACK_IMPORTED_MODULE_9__.join)(scratch, 'video.mp4'), settings.delivery.maxDownloadBytes, url)).path;
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
        if (error instanceof _net_http_js__WEBPACK_IMPORTED_MODULE_3__/* .CancelledError */ .cc || signal.aborted) {
            const name = error instanceof _net_http_js__WEBPACK_IMPORTED_MODULE_3__/* .CancelledError */ .cc ? error.signalName : 'cancellation';
            return {
                ...delivered,
                outcome: 'cancelled',
                errorCode: 'cancelled',
                errorMessage: `Cancelled (${name}) while delivering the video of task ${report.taskId}: the video exists, but this step did not finish delivering it. ${(0,_format_js__WEBPACK_IMPORTED_MODULE_4__/* .resumeHint */ .tJ)(report.taskId ?? '')}`
            };
        }
        delivered = { ...delivered, deliveryError: error.message };
    }
    finally {
        if (scratch)
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_7__.rm)(scratch, { recursive: true, force: true }).catch(() => undefined);
    }
    // The comment also reports failures, so a pull request shows what happened to its preview.
    if (prComment && (report.outcome === 'completed' || report.outcome === 'failed')) {
        const { upsertPrComment } = await Promise.all(/* import() */[__webpack_require__.e(752), __webpack_require__.e(838), __webpack_require__.e(413), __webpack_require__.e(66)]).then(__webpack_require__.bind(__webpack_require__, 1685));
        const commentUrl = await upsertPrComment(githubToken, (0,_report_summary_js__WEBPACK_IMPORTED_MODULE_5__/* .buildSummary */ .f)(settings, delivered), signal, prCommentKey);
        if (commentUrl)
            delivered = { ...delivered, commentUrl };
    }
    return delivered;
}


/***/ }),

/***/ 1826:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ download),
/* harmony export */   b: () => (/* binding */ renameRetrying)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3916);
/* harmony import */ var _net_http_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9663);
/* harmony import */ var _task_retry_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(7947);
/* harmony import */ var _net_untrusted_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(2949);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(7075);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_8___default = /*#__PURE__*/__webpack_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_8__);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(6466);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_9___default = /*#__PURE__*/__webpack_require__.n(node_stream_promises__WEBPACK_IMPORTED_MODULE_9__);
// Streams a result video to disk in constant memory: a temporary file renamed when complete, resumed with
// a Range request after a dropped connection (or restarted when the host ignores Range), checked against
// Content-Length and hashed on the way. Never sends an Authorization header: the video host is not EvoLink's API.










const MAX_REDIRECTS = 5;
/**
 * A partial file and the hash of what it holds so far. Each attempt streams the reply into it through
 * `pipeline` (reply → count and hash → file): the socket is read no faster than the disk takes it, each read
 * buffer is written as it is and dies, and memory stays flat whatever the video's size. The file stays
 * open between attempts, so a resumed reply continues where the last one stopped.
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
     * Appends one reply's body; throws (the body destroyed) when it fails or passes `maxBytes`. Bytes are
     * counted and hashed once written, so after a cut `size` is what the file holds, and a resume starts there.
     */
    async take(body, maxBytes) {
        let received = this.size;
        const limit = async function* (source) {
            for await (const chunk of source) {
                received += chunk.length;
                if (received > maxBytes)
                    throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ActionFailure */ .dR(`The video is larger than max-download-size (${maxBytes} bytes).`, 'download_too_large');
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
        const sink = new node_stream__WEBPACK_IMPORTED_MODULE_8__.Writable({
            highWaterMark: WRITE_BATCH,
            write: (chunk, _encoding, done) => write([chunk], done),
            writev: (chunks, done) => write(chunks.map(({ chunk }) => chunk), done)
        });
        try {
            await (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_9__.pipeline)(body, limit, sink);
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
async function renameRetrying(from, to, move = node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rename, wait = (ms) => new Promise(r => setTimeout(r, ms))) {
    for (let attempt = 1;; attempt++) {
        try {
            return await move(from, to);
        }
        catch (error) {
            if (attempt >= 8 || !RENAME_RETRY_CODES.has(error.code ?? ''))
                throw error;
            await wait(50 * 2 ** Math.min(attempt, 4));
        }
    }
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
async function download(options) {
    const total = AbortSignal.timeout(options.totalTimeoutMs);
    const o = { ...options, signal: AbortSignal.any([options.signal, total]) };
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.dirname)(o.path), { recursive: true });
    const part = await PartFile.create(o.path);
    const started = performance.now();
    try {
        for (let attempt = 1;; attempt++) {
            try {
                await fetchInto(part, o);
                break;
            }
            catch (error) {
                if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ActionFailure */ .dR || error instanceof _net_http_js__WEBPACK_IMPORTED_MODULE_5__/* .CancelledError */ .cc || o.signal.aborted || attempt >= o.attempts)
                    throw error;
                const delay = 250 + (0,_task_retry_js__WEBPACK_IMPORTED_MODULE_6__/* .backoffMs */ .jo)(attempt - 1, 500, 8000);
                o.onRetry?.(`Download interrupted at ${part.size} bytes (${error.message}); attempt ${attempt + 1} of ${o.attempts} in ${delay} ms.`);
                await o.sleep(delay, o.signal);
            }
        }
        await part.close();
        await renameRetrying(part.path, o.path);
        return { path: o.path, size: part.size, sha256: part.digest(), elapsedMs: performance.now() - started };
    }
    catch (error) {
        await part.close();
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm)(part.path, { force: true });
        if (total.aborted && !options.signal.aborted) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ActionFailure */ .dR(`Downloading the video took longer than ${o.totalTimeoutMs / 1000} s (timeout) and was abandoned at ${part.size} bytes.`, 'download_timeout');
        }
        if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ActionFailure */ .dR || error instanceof _net_http_js__WEBPACK_IMPORTED_MODULE_5__/* .CancelledError */ .cc)
            throw error;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ActionFailure */ .dR(`Downloading the video failed after ${o.attempts} attempt(s): ${error.message}`, 'download_failed');
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
            stall.abort(new Error(`nothing received for ${o.idleTimeoutMs / 1000} s`));
        seen = part.size;
    }, o.idleTimeoutMs);
    const signal = AbortSignal.any([o.signal, stall.signal]);
    const reason = (error) => (o.signal.aborted ? o.signal.reason : stall.signal.aborted ? stall.signal.reason : error);
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ActionFailure */ .dR(`The video host redirected to something that is not a URL (${(0,_net_untrusted_js__WEBPACK_IMPORTED_MODULE_7__/* .cleanText */ .X5)(location, 200)}).`, 'download_failed');
    }
    if (next.protocol !== 'https:' && next.protocol !== 'http:') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ActionFailure */ .dR(`The video host redirected to a ${(0,_net_untrusted_js__WEBPACK_IMPORTED_MODULE_7__/* .cleanText */ .X5)(next.protocol, 20)} URL; only https is followed.`, 'download_failed');
    }
    if (from.startsWith('https:') && next.protocol === 'http:') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ActionFailure */ .dR(`The video host redirected from https to plain http (${(0,_net_untrusted_js__WEBPACK_IMPORTED_MODULE_7__/* .cleanText */ .X5)(next.host, 200)}); that would drop the protection in transit, so it is refused.`, 'download_failed');
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
            throw new Error('the host refused to resume (HTTP 416)');
        }
        if (response.status !== 200 && response.status !== 206) {
            // Never drained: the body of a reply we do not use may be endless.
            response.destroy();
            const message = `the video host answered HTTP ${response.status}`;
            if (response.status >= 400 && response.status < 500 && response.status !== 408 && response.status !== 429) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ActionFailure */ .dR(`Downloading the video failed: ${message} (the link may have expired: links last 24 hours).`, 'download_failed');
            }
            throw new Error(message);
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
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ActionFailure */ .dR(`The video is ${total} bytes, more than max-download-size (${o.maxBytes} bytes).`, 'download_too_large');
        }
        // A failure destroys the body (pipeline does).
        await part.take(response.body, o.maxBytes);
        if (total !== undefined && part.size !== total)
            throw new Error(`got ${part.size} of ${total} bytes`);
        return;
    }
}
/** The whole file's size from Content-Length (200) or Content-Range (206); undefined when not sent. */
function expectedTotal(response, offset) {
    if (response.status === 206) {
        const range = response.header('content-range') ?? '';
        const match = /^bytes (\d+)-\d+\/(\d+)$/.exec(range);
        if (!match || Number(match[1]) !== offset)
            throw new Error(`unexpected Content-Range ${(0,_net_untrusted_js__WEBPACK_IMPORTED_MODULE_7__/* .cleanText */ .X5)(range, 100)}`);
        return Number(match[2]);
    }
    const length = response.header('content-length');
    return length !== undefined && /^\d+$/.test(length) ? Number(length) : undefined;
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
