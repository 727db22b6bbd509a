export const id = 21;
export const ids = [21];
export const modules = {

/***/ 21:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  deliver: () => (/* binding */ deliver)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 14 modules
var core = __webpack_require__(6421);
// EXTERNAL MODULE: ./src/cancellation.ts
var cancellation = __webpack_require__(4632);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:events"
var external_node_events_ = __webpack_require__(8474);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/http.ts
var http = __webpack_require__(6803);
// EXTERNAL MODULE: ./src/retry.ts
var retry = __webpack_require__(9809);
;// CONCATENATED MODULE: ./src/download.ts
// Streams a result video to disk in constant memory: a temporary file renamed when complete, resumed with
// a Range request after a dropped connection (or restarted when the host ignores Range), checked against
// Content-Length and hashed on the way. Never sends an Authorization header: the video host is not EvoLink's API.








const MAX_REDIRECTS = 5;
const WRITE_BUFFER = 1 << 20;
/** A partial file and the hash of what it holds so far. */
class Partial {
    path;
    size = 0;
    hash = (0,external_node_crypto_.createHash)('sha256');
    stream;
    constructor(path) {
        this.path = path;
        this.stream = (0,external_node_fs_.createWriteStream)(path, { highWaterMark: WRITE_BUFFER });
    }
    async append(chunk) {
        this.hash.update(chunk);
        this.size += chunk.length;
        if (!this.stream.write(chunk))
            await (0,external_node_events_.once)(this.stream, 'drain');
    }
    /** Starts over (the host ignored Range). */
    async restart() {
        await this.close();
        this.stream = (0,external_node_fs_.createWriteStream)(this.path, { highWaterMark: WRITE_BUFFER });
        this.hash = (0,external_node_crypto_.createHash)('sha256');
        this.size = 0;
    }
    async close() {
        this.stream.end();
        if (!this.stream.closed)
            await (0,external_node_events_.once)(this.stream, 'close');
    }
    digest() {
        return this.hash.digest('hex');
    }
}
async function download(o) {
    await (0,promises_.mkdir)((0,external_node_path_.dirname)(o.path), { recursive: true });
    const part = new Partial((0,external_node_path_.join)((0,external_node_path_.dirname)(o.path), `.${(0,external_node_path_.basename)(o.path)}.${process.pid}.part`));
    try {
        for (let attempt = 1;; attempt++) {
            try {
                await fetchInto(part, o);
                break;
            }
            catch (error) {
                if (error instanceof errors/* ActionFailure */.d || error instanceof http/* CancelledError */.cc || attempt >= o.attempts)
                    throw error;
                const delay = 250 + (0,retry/* backoffMs */.jo)(attempt - 1, 500, 8000);
                o.onRetry?.(`Download interrupted at ${part.size} bytes (${error.message}); attempt ${attempt + 1} of ${o.attempts} in ${delay} ms.`);
                await o.sleep(delay, o.signal);
            }
        }
        await part.close();
        await (0,promises_.rename)(part.path, o.path);
        return { path: o.path, size: part.size, sha256: part.digest() };
    }
    catch (error) {
        await part.close().catch(() => undefined);
        await (0,promises_.rm)(part.path, { force: true });
        if (error instanceof errors/* ActionFailure */.d || error instanceof http/* CancelledError */.cc)
            throw error;
        throw new errors/* ActionFailure */.d(`Downloading the video failed after ${o.attempts} attempt(s): ${error.message}`, 'download_failed');
    }
}
/** One request: appends what arrives to `part`; throws to ask for another attempt. */
async function fetchInto(part, o) {
    const { request } = await __webpack_require__.e(/* import() */ 752).then(__webpack_require__.t.bind(__webpack_require__, 6752, 19));
    let url = o.url;
    for (let hop = 0;; hop++) {
        const headers = part.size > 0 ? { range: `bytes=${part.size}-` } : {};
        const response = await request(url, { dispatcher: o.dispatcher, method: 'GET', headers, signal: o.signal, bodyTimeout: o.idleTimeoutMs, headersTimeout: o.idleTimeoutMs })
            .catch(error => { throw o.signal.aborted ? o.signal.reason : error; });
        const location = response.headers.location;
        if (response.statusCode >= 300 && response.statusCode < 400 && typeof location === 'string' && hop < MAX_REDIRECTS) {
            await response.body.dump();
            url = new URL(location, url).href;
            continue;
        }
        if (response.statusCode === 416 && part.size > 0) {
            await response.body.dump();
            await part.restart();
            throw new Error('the host refused to resume (HTTP 416)');
        }
        if (response.statusCode !== 200 && response.statusCode !== 206) {
            await response.body.dump();
            const message = `the video host answered HTTP ${response.statusCode}`;
            if (response.statusCode >= 400 && response.statusCode < 500 && response.statusCode !== 408 && response.statusCode !== 429) {
                throw new errors/* ActionFailure */.d(`Downloading the video failed: ${message} (the link may have expired: links last 24 hours).`, 'download_failed');
            }
            throw new Error(message);
        }
        if (response.statusCode === 200 && part.size > 0)
            await part.restart(); // Range ignored: start over
        const total = expectedTotal(response.statusCode, response.headers, part.size);
        if (total !== undefined && total > o.maxBytes) {
            await response.body.destroy();
            throw new errors/* ActionFailure */.d(`The video is ${total} bytes, more than max-download-size (${o.maxBytes} bytes).`, 'download_too_large');
        }
        try {
            for await (const chunk of response.body) {
                await part.append(chunk);
                if (part.size > o.maxBytes)
                    throw new errors/* ActionFailure */.d(`The video is larger than max-download-size (${o.maxBytes} bytes).`, 'download_too_large');
            }
        }
        catch (error) {
            throw o.signal.aborted ? o.signal.reason : error;
        }
        if (total !== undefined && part.size !== total)
            throw new Error(`got ${part.size} of ${total} bytes`);
        return;
    }
}
/** The whole file's size from Content-Length (200) or Content-Range (206); undefined when not sent. */
function expectedTotal(status, headers, offset) {
    if (status === 206) {
        const match = /^bytes (\d+)-\d+\/(\d+)$/.exec(String(headers['content-range'] ?? ''));
        if (!match || Number(match[1]) !== offset)
            throw new Error(`unexpected Content-Range ${String(headers['content-range'])}`);
        return Number(match[2]);
    }
    const length = Number(headers['content-length']);
    return Number.isFinite(length) && headers['content-length'] !== undefined ? length : undefined;
}

// EXTERNAL MODULE: ./src/summary.ts
var summary = __webpack_require__(8855);
;// CONCATENATED MODULE: ./src/deliver.ts
// Hands a finished video on as the inputs ask: to a file, a pull request comment, a release asset.
// Loaded only after the task has ended, and @actions/github only when a comment or upload is wanted.





const DOWNLOAD_ATTEMPTS = 5;
async function deliver(settings, report, signal) {
    const { download: target, prComment, release, githubToken } = settings.delivery;
    const url = report.urls[0];
    const dispatcher = await (0,http/* proxyAwareDispatcher */.U0)();
    let delivered = report;
    try {
        if (target && url && report.outcome === 'completed') {
            core.info(`Downloading the video to ${target.path}…`);
            const started = Date.now();
            const file = await download({
                url, path: target.path, maxBytes: target.maxBytes, attempts: DOWNLOAD_ATTEMPTS, idleTimeoutMs: settings.requestTimeoutMs,
                signal, dispatcher, sleep: cancellation/* sleep */.yy, onRetry: message => core.warning(message)
            });
            const seconds = Math.max(0.001, (Date.now() - started) / 1000);
            core.info(`Saved ${file.size} bytes in ${seconds.toFixed(1)} s (${(file.size / 1048576 / seconds).toFixed(1)} MiB/s), sha256 ${file.sha256}.`);
            delivered = { ...delivered, file };
        }
        if (release && delivered.file) {
            const { uploadReleaseAsset } = await Promise.all(/* import() */[__webpack_require__.e(413), __webpack_require__.e(863)]).then(__webpack_require__.bind(__webpack_require__, 1863));
            const assetUrl = await uploadReleaseAsset({ token: githubToken, tag: release.tag, assetName: release.assetName, file: delivered.file, dispatcher, signal });
            core.info(`Uploaded ${release.assetName} to release ${release.tag}: ${assetUrl}`);
            delivered = { ...delivered, assetUrl };
        }
    }
    catch (error) {
        delivered = { ...delivered, deliveryError: error.message };
    }
    finally {
        await dispatcher.close();
    }
    // The comment also reports failures, so a pull request shows what happened to its preview.
    if (prComment && (report.outcome === 'completed' || report.outcome === 'failed')) {
        const { upsertPrComment } = await Promise.all(/* import() */[__webpack_require__.e(413), __webpack_require__.e(685)]).then(__webpack_require__.bind(__webpack_require__, 1685));
        const commentUrl = await upsertPrComment(githubToken, (0,summary/* buildSummary */.f)(settings, delivered), signal);
        if (commentUrl)
            delivered = { ...delivered, commentUrl };
    }
    return delivered;
}


/***/ }),

/***/ 8855:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ buildSummary)
/* harmony export */ });
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6264);

const cell = (text) => (text === undefined || text === '' ? '—' : (0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)(String(text)));
function buildSummary(settings, report) {
    const title = {
        completed: '✅ Video ready',
        failed: '❌ Video generation failed',
        timeout: '⏳ Still running when the step timed out',
        cancelled: '🛑 Cancelled while waiting',
        submitted: '📨 Task submitted (not waited for)',
        'dry-run': '🧪 Dry run: nothing was sent'
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
            ? [['File', `${cell(report.file.path)} (${report.file.size} bytes)`], ['SHA\\-256', cell(report.file.sha256)]]
            : []),
        ...(report.assetUrl ? [['Release asset', (0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .markdownLink */ .iQ)('Download', report.assetUrl)]] : []),
        ['Progress', report.progress === undefined ? '—' : `${report.progress}%`],
        ['Elapsed', report.elapsedMs === undefined ? '—' : (0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a3)(report.elapsedMs)],
        ['Credits reserved', cell(report.creditsReserved)],
        ['Model', cell(settings.model)],
        ['Duration', `${settings.duration} s`],
        ['Aspect ratio', cell(settings.aspectRatio)],
        ['Quality', cell(settings.quality)],
        ['Sound', cell(settings.sound)]
    ];
    if (report.errorCode || report.errorMessage)
        rows.push(['Error', `${cell(report.errorCode)}: ${cell(report.errorMessage)}`]);
    if (report.deliveryError)
        rows.push(['Delivery', cell(report.deliveryError)]);
    const lines = [`## ${title}`, '', '| | |', '|---|---|', ...rows.map(([k, v]) => `| ${k} | ${v} |`), ''];
    if (settings.prompt)
        lines.push('**Prompt**', '', `> ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)(settings.prompt)}`, '');
    if ((report.outcome === 'timeout' || report.outcome === 'cancelled' || report.outcome === 'submitted') && report.taskId) {
        lines.push((0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)((0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .resumeHint */ .tJ)(report.taskId)), '');
    }
    return lines.join('\n');
}


/***/ })

};
