export const id = 850;
export const ids = [850];
export const modules = {

/***/ 8850:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   publish: () => (/* binding */ publish),
/* harmony export */   publishOutputs: () => (/* binding */ publishOutputs),
/* harmony export */   verdict: () => (/* binding */ verdict),
/* harmony export */   vocabularyOutputs: () => (/* binding */ vocabularyOutputs)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3838);
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
function verdict(settings, report, entry) {
    const resume = (0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .resumeHint */ .tJ)(report.taskId ?? '', entry);
    switch (report.outcome) {
        case 'failed':
            return `Task ${report.taskId} ${report.status}: ${report.errorCode}: ${report.errorMessage} ${(0,_task_status_js__WEBPACK_IMPORTED_MODULE_2__/* .failureAdvice */ .d)(report.errorCode ?? '')}`;
        case 'timeout':
            return `Task ${report.taskId} did not finish within timeout (${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatDuration */ .a3)(settings.timeoutMs)}); it may still complete. ${resume}`;
        case 'cancelled':
            return report.errorMessage ?? `Cancelled while waiting for task ${report.taskId}. ${resume}`;
        case 'skipped':
            return report.errorMessage ?? 'Not submitted.';
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
        'artifact-url': report.artifactUrl,
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


/***/ })

};
