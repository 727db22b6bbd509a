export const id = 642;
export const ids = [642,850];
export const modules = {

/***/ 8850:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   WJ: () => (/* binding */ verdict),
/* harmony export */   eB: () => (/* binding */ publishOutputs),
/* harmony export */   pY: () => (/* binding */ vocabularyOutputs),
/* harmony export */   publish: () => (/* binding */ publish)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1457);
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6264);
/* harmony import */ var _task_status_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4027);
/* harmony import */ var _summary_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7994);
/* harmony import */ var _net_untrusted_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2949);
// The thin GitHub side of the result: step outputs, the job summary and the failure annotation.





/**
 * Everything the step leaves behind: outputs, the verdict (an error annotation when it failed) and the
 * job summary. `failure` is the message of an error that ended the run early, if one did.
 */
async function publish(settings, report, failure = verdict(settings, report)) {
    publishOutputs(report);
    if (failure)
        _actions_core__WEBPACK_IMPORTED_MODULE_0__.setFailed(failure);
    else if (report.urls[0])
        _actions_core__WEBPACK_IMPORTED_MODULE_0__.info(`Video: ${report.urls[0]}`);
    await publishSummary(settings, report);
}
/** Why the step fails, or undefined when it succeeds. */
function verdict(settings, report) {
    const resume = (0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .resumeHint */ .tJ)(report.taskId ?? '');
    switch (report.outcome) {
        case 'failed':
            return `Task ${report.taskId} ${report.status}: ${report.errorCode}: ${report.errorMessage} ${(0,_task_status_js__WEBPACK_IMPORTED_MODULE_2__/* .failureAdvice */ .d)(report.errorCode ?? '')}`;
        case 'timeout':
            return `Task ${report.taskId} did not finish within timeout (${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatDuration */ .a3)(settings.timeoutMs)}); it may still complete. ${resume}`;
        case 'cancelled':
            return report.errorMessage ?? `Cancelled while waiting for task ${report.taskId}. ${resume}`;
        default:
            return report.deliveryError ? `The video is ready (${report.urls[0]}) but was not delivered as asked: ${report.deliveryError}` : undefined;
    }
}
/**
 * `status` and `error-code` keep a fixed vocabulary (an identifier: letters, digits, `_ . : -`), so a
 * workflow can compare them safely; a value outside it is output as `unknown` and shown in `error-message`.
 */
function vocabularyOutputs(report) {
    const odd = [];
    const keep = (what, raw) => {
        if (raw === undefined || raw === '')
            return undefined;
        const id = (0,_net_untrusted_js__WEBPACK_IMPORTED_MODULE_4__/* .identifier */ .Cv)(raw);
        if (id === undefined)
            odd.push(`${what} was ${JSON.stringify((0,_net_untrusted_js__WEBPACK_IMPORTED_MODULE_4__/* .cleanText */ .X5)(raw, 200))}`);
        return id ?? 'unknown';
    };
    const status = keep('status', report.status);
    const errorCode = keep('error code', report.errorCode);
    const errorMessage = [report.errorMessage, odd.length > 0 ? `(${odd.join('; ')})` : undefined].filter(Boolean).join(' ');
    return { status, errorCode, errorMessage: errorMessage || undefined };
}
/** Sets every output but task-id, which main sets the moment it is known. Unknown values stay unset. */
function publishOutputs(report) {
    const { status, errorCode, errorMessage } = vocabularyOutputs(report);
    const outputs = {
        status,
        'video-url': report.urls[0],
        'video-urls': report.urls.length > 0 ? JSON.stringify(report.urls) : undefined,
        progress: report.progress,
        'error-code': errorCode,
        'error-message': errorMessage,
        'credits-reserved': report.creditsReserved,
        'expires-at': report.expiresAt,
        'video-path': report.file?.path,
        'video-size': report.file?.size,
        'video-sha256': report.file?.sha256,
        'comment-url': report.commentUrl,
        'asset-url': report.assetUrl,
        'credits-remaining': report.creditsRemaining,
        reused: report.outcome === 'dry-run' ? undefined : String(report.reused === true)
    };
    for (const [name, value] of Object.entries(outputs)) {
        if (value !== undefined && value !== '')
            _actions_core__WEBPACK_IMPORTED_MODULE_0__.setOutput(name, String(value));
    }
}
async function publishSummary(settings, report) {
    // A missing GITHUB_STEP_SUMMARY (running outside Actions) must not fail the step.
    if (!process.env.GITHUB_STEP_SUMMARY)
        return;
    await _actions_core__WEBPACK_IMPORTED_MODULE_0__.summary.addRaw((0,_summary_js__WEBPACK_IMPORTED_MODULE_3__/* .buildSummary */ .f)(settings, report), true).write();
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
const cell = (text) => (text === undefined || text === '' ? '—' : (0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)(String(text)));
function buildSummary(settings, report) {
    const title = {
        completed: '✅ Video ready',
        failed: '❌ Video generation failed',
        timeout: '⏳ Still running when the step timed out',
        cancelled: report.urls.length > 0 ? '🛑 Cancelled before the video was delivered' : '🛑 Cancelled while waiting',
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
            ? [
                ['File', `${cell(report.file.path)} (${report.file.size} bytes)`],
                ['SHA\\-256', cell(report.file.sha256)]
            ]
            : []),
        ...(report.assetUrl ? [['Release asset', (0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .markdownLink */ .iQ)('Download', report.assetUrl)]] : []),
        ['Progress', report.progress === undefined ? '—' : `${report.progress}%`],
        ['Elapsed', report.elapsedMs === undefined ? '—' : (0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a3)(report.elapsedMs)],
        ['Credits reserved', cell(report.creditsReserved)],
        // What was sent, for a submission; for a resumed task only what its reply says (the inputs of this
        // run are not the task's settings).
        ...(report.resumed
            ? [['Model', cell(report.model)]]
            : [
                ['Model', cell(settings.model)],
                ...Object.entries(settings.fields)
                    .filter(([name]) => name !== 'prompt')
                    .map(([name, value]) => [
                    (0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)(name),
                    cell(typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? String(value) : JSON.stringify(value))
                ])
            ])
    ];
    if (report.errorCode || report.errorMessage)
        rows.push(['Error', `${cell(report.errorCode)}: ${cell(report.errorMessage)}`]);
    if (report.deliveryError)
        rows.push(['Delivery', cell(report.deliveryError)]);
    const lines = [`## ${title}`, '', '| | |', '|---|---|', ...rows.map(([k, v]) => `| ${k} | ${v} |`), ''];
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
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
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

/***/ 2642:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runManifest: () => (/* binding */ runManifest)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 7 modules
var core = __webpack_require__(1457);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/evolink/client.ts
var evolink_client = __webpack_require__(3777);
// EXTERNAL MODULE: ./src/github/cancellation.ts
var cancellation = __webpack_require__(8);
// EXTERNAL MODULE: ./src/inputs/prompt-file.ts
var prompt_file = __webpack_require__(3838);
// EXTERNAL MODULE: ./src/net/untrusted.ts
var untrusted = __webpack_require__(2949);
;// CONCATENATED MODULE: ./src/inputs/manifest.ts
// manifest: a file of the repository listing several videos (docs/manifests.md). Read like prompt-file
// (inside the workspace, symlinks followed, never .git/, a regular file checked on its handle, at most
// 64 KiB, UTF-8), parsed as YAML (JSON is YAML), and turned into one set of input values per entry: the
// entry's own values over the step's inputs. Every problem names the entry and the input; all at once.


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
    'download-path'
];
/** Inputs that take one item per line: a YAML list is accepted for them. */
const LIST_INPUTS = new Set(['image-urls', 'video-urls', 'audio-urls']);
/** Inputs that take a JSON object: a YAML mapping is accepted for them. */
const OBJECT_INPUTS = new Set(['model-params', 'params']);
const PROTOTYPE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
const ENTRY_ID = /^[A-Za-z0-9._-]{1,64}$/;
/** More entries than this is not a step's work (a matrix has 256 legs at most). */
const MAX_ENTRIES = 256;
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
    const file = (0,prompt_file/* readPromptFile */.N)(raw, workspace);
    if (!file.ok)
        return { ok: false, problems: [`Input 'manifest' is ${(0,untrusted/* quoteInput */.Zs)(raw)}: ${file.problem.replace(/ \(that folder holds credentials, not prompts\)/, '')}.`] };
    const { parse } = await __webpack_require__.e(/* import() */ 815).then(__webpack_require__.t.bind(__webpack_require__, 8815, 19));
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
        for (const [key, value] of Object.entries(rest)) {
            if (!ENTRY_INPUTS.includes(key)) {
                problems.push(`Manifest entry '${id}': ${(0,untrusted/* quoteInput */.Zs)(key)} is not an input an entry may set; it may set ${ENTRY_INPUTS.join(', ')}.`);
                continue;
            }
            const text = asInput(key, value);
            if ('problem' in text)
                problems.push(`Manifest entry '${id}': input '${key}' ${text.problem}.`);
            else
                values[key] = text.text;
        }
        entries.push({ id, values });
    });
    return { ok: true, entries, problems };
}

// EXTERNAL MODULE: ./src/net/http.ts
var http = __webpack_require__(9663);
// EXTERNAL MODULE: ./src/format.ts
var format = __webpack_require__(6264);
// EXTERNAL MODULE: ./src/report/report.ts
var report_report = __webpack_require__(8850);
// EXTERNAL MODULE: ./src/report/summary.ts
var summary = __webpack_require__(7994);
;// CONCATENATED MODULE: ./src/report/batch-report.ts
// What a manifest run leaves behind: the `results` output (one object per entry), one job summary table,
// the verdict naming every entry that failed, and for a single entry the single-video outputs as well.




/** Why the entry failed, or undefined when its video was made and delivered. */
const entryFailure = (entry) => entry.failure ?? (0,report_report/* verdict */.WJ)(entry.settings, entry.report);
/** The `results` output: one object per entry, outputs' names, the vocabulary rules of the single outputs. */
function resultsOf(entries) {
    return entries.map(({ id, report }) => {
        const { status, errorCode, errorMessage } = (0,report_report/* vocabularyOutputs */.pY)(report);
        return {
            id,
            'task-id': report.taskId ?? null,
            status: status ?? null,
            'video-url': report.urls[0] ?? null,
            'video-urls': report.urls,
            'video-path': report.file?.path ?? null,
            'video-sha256': report.file?.sha256 ?? null,
            reused: report.reused === true,
            'credits-reserved': report.creditsReserved ?? null,
            'error-code': errorCode ?? null,
            'error-message': errorMessage ?? null
        };
    });
}
const cell = (text) => (text === undefined || text === '' ? '—' : (0,format/* escapeMarkdown */.FV)(String(text)));
/** One table row per entry: status, model, duration, link, file, reused. */
function buildBatchSummary(entries, title) {
    const rows = entries.map(({ id, settings, report }) => {
        const link = report.urls[0] ? (0,format/* markdownLink */.iQ)('Open', report.urls[0]) : '—';
        const duration = settings.fields.duration;
        return `| ${cell(id)} | ${cell(report.status ?? report.outcome)} | ${cell(report.model ?? settings.model)} | ${cell(typeof duration === 'number' || typeof duration === 'string' ? duration : undefined)} | ${link} | ${cell(report.file?.path)} | ${report.reused ? `yes (${cell(report.reusedFrom)})` : 'no'} |`;
    });
    const failed = entries.filter(entry => entryFailure(entry));
    const lines = [
        `## ${title}`,
        '',
        '| entry | status | model | duration | video | file | reused |',
        '|---|---|---|---|---|---|---|',
        ...rows,
        '',
        ...failed.map(entry => `- **${cell(entry.id)}**: ${cell(entryFailure(entry))}`),
        ''
    ];
    return (0,format/* capMarkdown */.y3)(lines.join('\n'), summary/* MAX_SUMMARY_CHARS */.W);
}
function batchTitle(entries) {
    const failed = entries.filter(entry => entryFailure(entry)).length;
    return failed === 0 ? `✅ ${entries.length} video(s) ready` : `❌ ${failed} of ${entries.length} video(s) failed`;
}
/** Outputs, the verdict and the summary of a manifest run. */
async function publishBatch(entries, summary) {
    core.setOutput('results', JSON.stringify(resultsOf(entries)));
    const only = entries.length === 1 ? entries[0] : undefined;
    if (only) {
        (0,report_report/* publishOutputs */.eB)(only.report);
        if (only.report.taskId)
            core.setOutput('task-id', only.report.taskId);
    }
    const failed = entries.filter(entry => entryFailure(entry));
    if (failed.length > 0) {
        core.setFailed(`${failed.length} of ${entries.length} video(s) failed:\n${failed.map(entry => `- ${entry.id}: ${entryFailure(entry)}`).join('\n')}`);
    }
    else {
        core.info(`${entries.length} video(s) ready: ${entries.map(e => `${e.id} ${e.report.urls[0] ?? e.report.file?.path ?? ''}`.trim()).join(', ')}`);
    }
    if (process.env.GITHUB_STEP_SUMMARY)
        await core.summary.addRaw(summary, true).write();
}

// EXTERNAL MODULE: ./src/evolink/errors.ts
var evolink_errors = __webpack_require__(5765);
// EXTERNAL MODULE: ./src/inputs/settings.ts + 7 modules
var settings = __webpack_require__(5447);
// EXTERNAL MODULE: ./src/video/produce.ts + 2 modules
var produce = __webpack_require__(4493);
// EXTERNAL MODULE: ./src/report/failure.ts
var report_failure = __webpack_require__(3304);
;// CONCATENATED MODULE: ./src/video/batch.ts
// Many videos from one manifest (docs/manifests.md): every entry checked before anything is sent, then at
// most max-concurrent videos in flight, each through the one-video pipeline (produce.ts) with its lines
// prefixed by its id. The polls of all tasks share one back-off: a 429 holds every poll until its
// Retry-After. A failed video does not stop the others; the step fails at the end, naming each.






/** The inputs of one entry: its own values, then what it takes from the entry itself, then the step's. */
function entryReader(entry, step, count) {
    const own = new Map(Object.entries(entry.values));
    // An entry that sets either prompt input replaces both of the step's: they exclude each other.
    const setsPrompt = own.has('prompt') || own.has('prompt-file');
    return name => {
        const value = own.get(name);
        if (value !== undefined)
            return value;
        if (setsPrompt && (name === 'prompt' || name === 'prompt-file'))
            return '';
        // Each release asset is named after its entry. pr-comment is the step's, checked with every entry like
        // any input; the batch posts the one comment (runEntries keeps the entries from posting their own).
        if (name === 'asset-name')
            return `${entry.id}.mp4`;
        if (name === 'download-path' && count > 1)
            return '';
        return step(name);
    };
}
/** Every entry's settings, or one InputError naming every problem of every entry. */
async function readEntries(entries, step, mask) {
    const problems = [];
    if (step('task-id'))
        problems.push("Input 'task-id' resumes one task: it cannot be used with 'manifest' (a re-run resumes each entry's task by itself).");
    if (step('download-path') && entries.length > 1) {
        problems.push("Input 'download-path' would write every video of the manifest to one file: set 'download-path' in each entry instead.");
    }
    const runs = [];
    for (const entry of entries) {
        try {
            runs.push({ id: entry.id, settings: await (0,settings/* readSettings */.sb)(entryReader(entry, step, entries.length), mask) });
        }
        catch (error) {
            if (!(error instanceof errors/* InputError */.w))
                throw error;
            problems.push(...error.problems.map(problem => `Manifest entry '${entry.id}': ${problem}`));
        }
    }
    // Two entries may not write one file: paths compared once resolved (and case-folded where the file system folds case).
    const writers = new Map();
    for (const { id, settings } of runs) {
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
    if (problems.length > 0)
        throw new errors/* InputError */.w(problems);
    return runs;
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
                if (error instanceof evolink_errors.ApiError && error.status === 429)
                    until = Math.max(until, now() + Math.min(error.retryAfterMs ?? 1000, 60_000));
                throw error;
            }
        }
    };
}
/** Runs `work` over `items` with at most `limit` at once, in order of start; results keep the items' order. */
async function pool(items, limit, work) {
    const results = new Array(items.length);
    let next = 0;
    const worker = async () => {
        while (next < items.length) {
            const index = next++;
            results[index] = await work(items[index]);
        }
    };
    await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
    return results;
}
/** Lines of an entry carry its id; its outputs are kept back (the batch sets `results`). */
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
/** Every entry, at most `maxConcurrent` at once, on one client whose polls share a back-off. */
async function runEntries(runs, maxConcurrent, run, sleep) {
    const client = sharedBackoff(run.client, sleep);
    return pool(runs, maxConcurrent, async (entry) => {
        // Once the step is cancelled no entry starts (no cache look-up, no upload): it ends cancelled, nothing sent.
        if (run.signal.aborted) {
            const report = (0,report_failure/* failureReport */.L)(run.signal.reason, {}, run.startedAt);
            return { ...entry, report, failure: report.errorMessage };
        }
        const log = async () => entryLog(entry.id, await run.log());
        const settings = { ...entry.settings, delivery: { ...entry.settings.delivery, prComment: false } };
        const { report, failure } = await (0,produce/* produceVideo */._B)(settings, { ...run, client, log, entry: entry.id });
        return { ...entry, report, failure };
    });
}

;// CONCATENATED MODULE: ./src/video/manifest-run.ts
// A step with `manifest`: read and check every entry, then either plan (dry-run: print each request, set
// the `matrix` output) or make the videos (batch.ts) and report them together: `results`, one summary
// table, one pull request comment, the step failing at the end when any entry failed.










/** How many tasks may be in flight at once: EvoLink limits requests per model. */
const MAX_CONCURRENT = 50;
/** The entries this step runs: all, or the one `entry` names. */
async function selectedEntries(step) {
    const workspace = process.env.GITHUB_WORKSPACE || process.cwd();
    const manifest = await readManifest(step.read('manifest'), workspace);
    if (!manifest.ok)
        throw new errors/* InputError */.w(manifest.problems);
    const wanted = step.read('entry');
    const entries = wanted ? manifest.entries.filter(entry => entry.id === wanted) : manifest.entries;
    const problems = [...manifest.problems];
    if (entries.length === 0 && wanted)
        problems.push(`Input 'entry' is ${(0,untrusted/* quoteInput */.Zs)(wanted)}: it must be the id of an entry of the manifest: ${manifest.entries.map(e => e.id).join(', ')}.`);
    const concurrentRaw = step.read('max-concurrent');
    const maxConcurrent = /^\d+$/.test(concurrentRaw) ? Number(concurrentRaw) : NaN;
    if (!(maxConcurrent >= 1 && maxConcurrent <= MAX_CONCURRENT))
        problems.push(`Input 'max-concurrent' is ${(0,untrusted/* quoteInput */.Zs)(concurrentRaw)}: it must be a whole number from 1 to ${MAX_CONCURRENT}.`);
    // Every entry is checked even when others are wrong: all problems are reported at once.
    const runs = await readEntries(entries, step.read, step.mask).catch((error) => {
        if (!(error instanceof errors/* InputError */.w))
            throw error;
        problems.push(...error.problems);
        return [];
    });
    if (problems.length > 0)
        throw new errors/* InputError */.w(problems);
    return { runs, maxConcurrent };
}
/** dry-run: each entry's request, and the matrix of the entries to make (with reuse identical, those the cache cannot supply). */
async function plan(runs, log) {
    const { dryRunReport } = await __webpack_require__.e(/* import() */ 348).then(__webpack_require__.bind(__webpack_require__, 1967));
    const toMake = [];
    if (runs.some(({ settings }) => settings.reuse === 'identical' && !settings.apiKey)) {
        core.info('Dry run: without api-key the cache cannot be read (its entries are named and signed with a key derived from it): every entry is in the matrix.');
    }
    for (const { id, settings } of runs) {
        core.info(`[${id}]`);
        dryRunReport(settings);
        // Judged as the render judges it: the entry restored, its signature and its video checked.
        const ledger = settings.reuse === 'identical' ? await (0,produce/* openReuse */.Ly)(settings, { log, entry: id }) : undefined;
        const supplied = ledger !== undefined && (await (0,produce/* usableEarlierResult */.sG)(settings, ledger)) !== undefined;
        await ledger?.close();
        if (supplied)
            core.info(`[${id}] the Actions cache holds this video (reuse: identical): left out of the matrix.`);
        else
            toMake.push(id);
    }
    core.setOutput('matrix', JSON.stringify({ include: toMake.map(entry => ({ entry })) }));
    core.info(`Dry run: ${runs.length} entries checked, nothing was sent; matrix: ${toMake.length} entr${toMake.length === 1 ? 'y' : 'ies'} to make.`);
}
async function runManifest(step) {
    const { runs, maxConcurrent } = await selectedEntries(step);
    const first = runs[0]?.settings;
    if (!first)
        return;
    if (first.dryRun)
        return plan(runs, step.log);
    const transport = await (0,http/* createTransport */.oO)();
    try {
        const client = (0,evolink_client/* createClient */.UU)({ ...first, open: transport.open });
        const results = await runEntries(runs, maxConcurrent, { client, transport, signal: step.signal, startedAt: step.startedAt, log: step.log }, cancellation/* sleep */.yy);
        const summary = buildBatchSummary(results, batchTitle(results));
        if (first.delivery.prComment) {
            const { upsertPrComment } = await Promise.all(/* import() */[__webpack_require__.e(413), __webpack_require__.e(685)]).then(__webpack_require__.bind(__webpack_require__, 1685));
            await upsertPrComment(first.delivery.githubToken, summary, step.signal, first.delivery.prCommentKey);
        }
        await publishBatch(results, summary);
    }
    finally {
        await transport.close();
    }
}


/***/ })

};
