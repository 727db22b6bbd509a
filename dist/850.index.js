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


/***/ })

};
