export const id = 665;
export const ids = [665];
export const modules = {

/***/ 665:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   publishOutputs: () => (/* binding */ publishOutputs),
/* harmony export */   publishSummary: () => (/* binding */ publishSummary)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6421);
/* harmony import */ var _summary_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8855);
// The thin GitHub side of the result: step outputs, the job summary and the failure annotation.


/** Sets every output but task-id, which main sets the moment it is known. Unknown values stay unset. */
function publishOutputs(report) {
    const outputs = {
        status: report.status,
        'video-url': report.urls[0],
        'video-urls': report.urls.length > 0 ? JSON.stringify(report.urls) : undefined,
        progress: report.progress,
        'error-code': report.errorCode,
        'error-message': report.errorMessage,
        'credits-reserved': report.creditsReserved,
        'expires-at': report.expiresAt,
        'video-path': report.file?.path,
        'video-size': report.file?.size,
        'video-sha256': report.file?.sha256,
        'comment-url': report.commentUrl,
        'asset-url': report.assetUrl
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
    await _actions_core__WEBPACK_IMPORTED_MODULE_0__.summary.addRaw((0,_summary_js__WEBPACK_IMPORTED_MODULE_1__/* .buildSummary */ .f)(settings, report), true).write();
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
