export const id = 598;
export const ids = [598];
export const modules = {

/***/ 5598:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  publishOutputs: () => (/* binding */ publishOutputs),
  publishSummary: () => (/* binding */ publishSummary)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 14 modules
var core = __webpack_require__(6421);
// EXTERNAL MODULE: ./src/format.ts
var format = __webpack_require__(6264);
;// CONCATENATED MODULE: ./src/summary.ts

const cell = (text) => (text === undefined || text === '' ? '—' : (0,format/* escapeMarkdown */.FV)(String(text)));
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
            (0,format/* markdownLink */.iQ)(report.urls.length > 1 ? `Open video ${i + 1}` : 'Open the video', url)
        ]),
        ['Links valid until', cell(report.expiresAt)],
        ['Progress', report.progress === undefined ? '—' : `${report.progress}%`],
        ['Elapsed', report.elapsedMs === undefined ? '—' : (0,format/* formatDuration */.a3)(report.elapsedMs)],
        ['Credits reserved', cell(report.creditsReserved)],
        ['Model', cell(settings.model)],
        ['Duration', `${settings.duration} s`],
        ['Aspect ratio', cell(settings.aspectRatio)],
        ['Quality', cell(settings.quality)],
        ['Sound', cell(settings.sound)]
    ];
    if (report.errorCode || report.errorMessage)
        rows.push(['Error', `${cell(report.errorCode)}: ${cell(report.errorMessage)}`]);
    const lines = [`## ${title}`, '', '| | |', '|---|---|', ...rows.map(([k, v]) => `| ${k} | ${v} |`), ''];
    if (settings.prompt)
        lines.push('**Prompt**', '', `> ${(0,format/* escapeMarkdown */.FV)(settings.prompt)}`, '');
    if ((report.outcome === 'timeout' || report.outcome === 'cancelled' || report.outcome === 'submitted') && report.taskId) {
        lines.push((0,format/* escapeMarkdown */.FV)((0,format/* resumeHint */.tJ)(report.taskId)), '');
    }
    return lines.join('\n');
}

;// CONCATENATED MODULE: ./src/report.ts
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
        'expires-at': report.expiresAt
    };
    for (const [name, value] of Object.entries(outputs)) {
        if (value !== undefined && value !== '')
            core.setOutput(name, String(value));
    }
}
async function publishSummary(settings, report) {
    // A missing GITHUB_STEP_SUMMARY (running outside Actions) must not fail the step.
    if (!process.env.GITHUB_STEP_SUMMARY)
        return;
    await core.summary.addRaw(buildSummary(settings, report), true).write();
}


/***/ })

};
