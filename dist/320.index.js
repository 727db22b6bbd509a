export const id = 320;
export const ids = [320,443];
export const modules = {

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


/***/ }),

/***/ 3320:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  MAX_LEGS: () => (/* binding */ MAX_LEGS),
  dryRunPlan: () => (/* binding */ dryRunPlan),
  estimateText: () => (/* binding */ estimateText),
  matrixLegs: () => (/* binding */ matrixLegs)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 7 modules
var core = __webpack_require__(3838);
// EXTERNAL MODULE: ./src/evolink/request.ts
var request = __webpack_require__(1729);
// EXTERNAL MODULE: ./src/task/upload-images.ts + 1 modules
var upload_images = __webpack_require__(5443);
// EXTERNAL MODULE: ./src/net/untrusted.ts
var untrusted = __webpack_require__(2949);
;// CONCATENATED MODULE: ./src/report/dry-run.ts
// dry-run: show exactly what would be sent, with the key redacted, and send nothing.




function dryRunReport(settings) {
    const headers = 'Authorization: Bearer ***\nContent-Type: application/json';
    if (settings.taskId) {
        core.info(`Dry run: would poll GET ${settings.baseUrl}/v1/tasks/${settings.taskId}\n${headers}`);
    }
    else {
        // Images from the workspace were checked; they would be uploaded first, and their URLs sent.
        const pending = settings.uploads.map(image => `<${(0,untrusted/* cleanText */.X5)(image.raw, 200)}: ${image.type}, ${image.size} bytes, uploaded to the files API first>`);
        const body = (0,untrusted/* inertJson */.nl)(JSON.stringify((0,request/* buildGenerationRequest */.k)({ ...settings, fields: (0,upload_images.withUploadedUrls)(settings.fields, settings.uploads, pending) }), null, 2));
        core.info(`Dry run: would send POST ${settings.baseUrl}/v1/videos/generations\n${headers}\n\n${body}`);
    }
    core.info('Dry run: nothing was sent and no credits were spent.');
    return { outcome: 'dry-run', taskId: settings.taskId, resumed: settings.taskId !== undefined, status: 'dry-run', urls: [] };
}

// EXTERNAL MODULE: ./src/video/produce.ts + 1 modules
var produce = __webpack_require__(7981);
// EXTERNAL MODULE: ./src/step/graph.ts
var graph = __webpack_require__(1558);
// EXTERNAL MODULE: ./src/step/scheduler.ts
var scheduler = __webpack_require__(7355);
// EXTERNAL MODULE: ./src/format.ts
var format = __webpack_require__(6264);
// EXTERNAL MODULE: ./src/report/summary.ts
var summary = __webpack_require__(7994);
;// CONCATENATED MODULE: ./src/step/dry-run.ts
// dry-run of a plan: each video's request as it would be sent, nothing sent. A manifest's plan also sets the
// `matrix` output: the entries to make, each connected set of the graph in one leg (so no video is made by two
// legs), never more legs than GitHub runs; with reuse identical, a set the cache supplies whole is left out.








/** GitHub runs at most 256 legs of a matrix and drops the rest without a word. */
const MAX_LEGS = 256;
/** The legs of the matrix: the connected sets that hold an entry to make, packed into at most MAX_LEGS. */
function matrixLegs(plan, toMake) {
    const sets = (0,graph/* connectedSets */.rF)(plan.videos.map(video => ({ id: video.id, from: video.from?.id })));
    return (0,graph/* packLegs */.LB)(sets.filter(set => set.some(id => toMake.has(id))), MAX_LEGS);
}
/** "≈ 28 credits, learned from a run of …" or "price unknown: no earlier run of …". */
const estimateText = (estimate) => (estimate.credits === undefined ? `price unknown: ${estimate.how}` : `≈ ${estimate.credits} credits, ${estimate.how}`);
/**
 * A single video: its report (outputs as a dry-run sets them). A manifest: every entry's request, and the
 * matrix. Both: what each video to make would cost, as far as earlier runs tell (output credits-estimate,
 * left empty when any price is unknown).
 */
async function dryRunPlan(plan, log) {
    const pricing = (0,scheduler/* stepPricing */.px)(plan, log, true);
    try {
        const { book } = await pricing.open();
        const priced = async (settings) => (await book.estimateFor((0,request/* buildGenerationRequest */.k)(settings))).estimate;
        const [single] = plan.videos;
        if (!plan.manifest && single) {
            const report = dryRunReport(single.settings);
            const estimate = single.settings.taskId ? undefined : await priced(single.settings);
            if (estimate)
                core.info(`Dry run: ${estimateText(estimate)}.`);
            if (estimate?.credits !== undefined)
                core.setOutput('credits-estimate', String(estimate.credits));
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
        core.info('Dry run: without api-key the cache cannot be read (its entries are named and signed with a key derived from it): every entry is in the matrix.');
    }
    const fingerprint = (0,scheduler/* planFingerprints */.Rr)(plan);
    let total = 0;
    for (const { id, settings, from } of plan.videos) {
        core.info(`[${id}]`);
        dryRunReport(settings);
        if (from)
            core.info(`[${id}] ${from.field}: the video of entry '${from.id}', once it is made (the URL above only stands for it).`);
        // Judged as the render judges it: the entry restored, its signature and its video checked.
        const ledger = settings.reuse === 'identical' ? await (0,produce/* openReuse */.Ly)(settings, { log, entry: id, fingerprint: () => fingerprint(id) }) : undefined;
        const supplied = ledger !== undefined && (await (0,produce/* usableEarlierResult */.sG)(settings, ledger)) !== undefined;
        await ledger?.close();
        const row = (estimate) => `| ${cell(from ? `${from.id} → ${id}` : id)} | ${cell(settings.model)} | ${cell(settings.fields.duration)} | ${estimate} |`;
        if (supplied) {
            core.info(`[${id}] the Actions cache holds this video (reuse: identical): 0 credits.`);
            rows.push(row('0 (in the cache)'));
            continue;
        }
        toMake.add(id);
        const estimate = await priced(settings);
        core.info(`[${id}] ${estimateText(estimate)}.`);
        rows.push(row(cell(estimateText(estimate))));
        total = total === undefined || estimate.credits === undefined ? undefined : total + estimate.credits;
    }
    const legs = matrixLegs(plan, toMake);
    core.setOutput('matrix', JSON.stringify({ include: legs.map(leg => ({ entry: leg.join(',') })) }));
    if (total !== undefined)
        core.setOutput('credits-estimate', String(total));
    const entries = (n) => `${n} entr${n === 1 ? 'y' : 'ies'}`;
    core.info(`Dry run: ${entries(plan.videos.length)} checked, nothing was sent; matrix: ${entries(legs.reduce((sum, leg) => sum + leg.length, 0))} in ${legs.length} leg(s), ${toMake.size} to make (an entry made from another's runs in its leg); ${total === undefined ? 'estimate: unknown (a price is unknown)' : `estimate: ≈ ${total} credits`}.`);
    return planSummary(rows, total, plan.videos.length, toMake.size);
}


/***/ }),

/***/ 5443:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  UPLOAD_ATTEMPTS: () => (/* binding */ UPLOAD_ATTEMPTS),
  uploadImages: () => (/* binding */ uploadImages),
  withUploadedUrls: () => (/* binding */ withUploadedUrls)
});

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/evolink/errors.ts
var evolink_errors = __webpack_require__(5765);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(7075);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/net/http.ts
var http = __webpack_require__(9663);
// EXTERNAL MODULE: ./src/net/untrusted.ts
var untrusted = __webpack_require__(2949);
// EXTERNAL MODULE: ./src/net/address-guard.ts
var address_guard = __webpack_require__(6515);
// EXTERNAL MODULE: ./src/open-regular-file.ts
var open_regular_file = __webpack_require__(6857);
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
    const opened = (0,open_regular_file/* openRegularFile */.Z)(image.path);
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
        throw new evolink_errors.ApiError(reply.status, typeof json?.code === 'string' || typeof json?.code === 'number' ? (0,untrusted/* cleanText */.X5)(String(json.code), untrusted/* TEXT_CAP */.hE.word) : undefined, said || 'empty reply', (0,http/* parseRetryAfter */.mu)(reply.header('retry-after'), Date.now()));
    }
    const url = json?.success === true ? json.data?.file_url : undefined;
    const verdict = typeof url === 'string' ? (0,untrusted/* checkResultUrl */.n)(url) : undefined;
    // https, as every media URL; plain http only from a loopback files API (a local simulator).
    if (!verdict?.ok || (verdict.plainHttp && !(0,address_guard/* isLoopbackHost */.cW)(new URL(o.filesBaseUrl).hostname))) {
        throw new errors/* ActionFailure */.dR(`EvoLink's files API accepted ${(0,untrusted/* quoteInput */.Zs)(o.image.raw)} but its reply has no usable https file_url (${said || 'no message'}). Nothing was submitted.`, 'upload_failed');
    }
    return verdict.url;
}

// EXTERNAL MODULE: ./src/evolink/explain.ts
var explain = __webpack_require__(1439);
// EXTERNAL MODULE: ./src/net/retry.ts
var retry = __webpack_require__(7893);
;// CONCATENATED MODULE: ./src/task/upload-images.ts
// Uploads the repository's images an input named, before the submission: each streamed from disk, a
// transient failure (429, 5xx, a reset, a timeout) retried with backoff, a quota error or any other refusal
// ending the run before anything is submitted (so no credit is spent on a request without its image).







const UPLOAD_ATTEMPTS = 5;
const RETRY_CAP_MS = 30_000;
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
                capMs: RETRY_CAP_MS,
                minMs: 250,
                deadline: o.deadline,
                now: o.now,
                signal: o.signal,
                sleep: o.sleep,
                onRetry: (error, attempt, delayMs) => o.onRetry?.(`Upload of ${(0,untrusted/* quoteInput */.Zs)(image.raw)} failed (${(0,explain/* describeFailure */.Ic)(error)}); attempt ${attempt + 1} of ${UPLOAD_ATTEMPTS} in ${delayMs} ms.`)
            });
            urls.push(url);
        }
        catch (error) {
            if (error instanceof http/* CancelledError */.cc || error instanceof UploadQuotaError || error instanceof errors/* ActionFailure */.dR)
                throw error;
            // A wait that would have passed the deadline ends the phase as out of time, whatever the last failure.
            if (o.now() >= o.deadline || (attempts < UPLOAD_ATTEMPTS && (0,retry/* isTransient */.dg)(error)))
                throw outOfTime();
            const what = error instanceof evolink_errors.ApiError ? `HTTP ${error.status}: ${error.apiMessage}` : error.message;
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


/***/ })

};
