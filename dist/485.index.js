export const id = 485;
export const ids = [485,850];
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

/***/ 485:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  publishPlan: () => (/* binding */ publishPlan),
  publishStep: () => (/* binding */ publishStep)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 7 modules
var core = __webpack_require__(3838);
// EXTERNAL MODULE: ./src/format.ts
var format = __webpack_require__(6264);
// EXTERNAL MODULE: ./src/report/report.ts
var report_report = __webpack_require__(8850);
// EXTERNAL MODULE: ./src/report/summary.ts
var report_summary = __webpack_require__(7994);
// EXTERNAL MODULE: ./src/net/untrusted.ts
var untrusted = __webpack_require__(2949);
;// CONCATENATED MODULE: ./src/report/batch-report.ts
// What a manifest run leaves behind: the `results` output (one object per entry), one job summary table,
// the verdict naming every entry that failed, and for a single entry the single-video outputs as well.





/** Why the entry failed, or undefined when its video was made and delivered. */
const entryFailure = (entry) => entry.failure ?? (0,report_report.verdict)(entry.settings, entry.report, entry.id);
/** The `results` output: one object per entry, outputs' names, the vocabulary rules of the single outputs. */
function resultsOf(entries) {
    return entries.map(({ id, from, report }) => {
        const { status, errorCode, errorMessage } = (0,report_report.vocabularyOutputs)(report);
        return {
            id,
            'video-from': from ?? null,
            'task-id': report.taskId ?? null,
            status: status ?? null,
            'video-url': report.urls[0] ?? null,
            'video-urls': report.urls,
            'video-path': report.file?.path ?? null,
            'video-sha256': report.file?.sha256 ?? null,
            'artifact-url': report.artifactUrl ?? null,
            reused: report.reused === true,
            'credits-reserved': report.creditsReserved ?? null,
            'error-code': errorCode ?? null,
            'error-message': errorMessage ?? null
        };
    });
}
/** The ids from the first video of an entry's chain down to the entry (a manifest's graph has no cycles). */
function chainOf(entries, id) {
    const from = new Map(entries.map(entry => [entry.id, entry.from]));
    const chain = [id];
    for (let at = from.get(id); at !== undefined && !chain.includes(at); at = from.get(at))
        chain.unshift(at);
    return chain;
}
const cell = (text) => (text === undefined || text === '' ? '—' : (0,format/* escapeMarkdown */.FV)(String(text)));
/** A request field as a label ("aspect_ratio 9:16"), a value of any shape in one short piece of text. */
const setting = (name, value) => `${name.replace(/_/g, ' ')} ${(0,untrusted/* cleanText */.X5)(typeof value === 'object' ? JSON.stringify(value) : String(value), 40)}`;
/**
 * The settings that tell entries apart: request fields (not the prompt, model, duration or media) whose
 * values are not the same for every entry, so "one entry was 9:16" shows in its row.
 */
function differingSettings(entries) {
    const skip = /^(prompt|model|duration)$|_urls?$|^image_(start|end)$/;
    const names = [...new Set(entries.flatMap(({ settings }) => Object.keys(settings.fields)))].filter(name => !skip.test(name));
    const differing = names.filter(name => new Set(entries.map(({ settings }) => JSON.stringify(settings.fields[name] ?? null))).size > 1);
    return new Map(entries.map(({ id, settings }) => [
        id,
        differing
            .filter(name => settings.fields[name] !== undefined)
            .map(name => setting(name, settings.fields[name]))
            .join(', ')
    ]));
}
/** "until 2026-12-05 22:01 UTC": when EvoLink's link stops working. */
const until = (iso) => (iso ? ` (until ${iso.slice(0, 16).replace('T', ' ')} UTC)` : '');
/**
 * One table row per entry, for the person reviewing the pull request: what the video is (its prompt,
 * shortened, and the settings that set it apart), how it ended, its links (the artifact lasts; EvoLink's
 * link until the time shown), its file, credits and whether it was reused.
 */
function buildBatchSummary(entries, title) {
    const settingsOf = differingSettings(entries);
    const rows = entries.map(({ id, from, settings, report }) => {
        const links = [
            report.artifactUrl && (0,format/* markdownLink */.iQ)('Artifact', report.artifactUrl),
            report.urls[0] && `${(0,format/* markdownLink */.iQ)('Open', report.urls[0])}${until(report.expiresAt)}`
        ].filter(Boolean);
        const link = links.length > 0 ? links.join(' · ') : '—';
        const duration = settings.fields.duration;
        // A video made from another shows the chain it ends: intro → intro-4k.
        const name = from === undefined ? cell(id) : `${(0,format/* escapeMarkdown */.FV)(chainOf(entries, id).join(' → '))}`;
        const what = cell((0,untrusted/* cleanText */.X5)(settings.prompt, 60));
        return `| ${name} | ${what} | ${cell(settingsOf.get(id))} | ${cell(report.status ?? report.outcome)} | ${cell(report.model ?? settings.model)} | ${cell(typeof duration === 'number' || typeof duration === 'string' ? duration : undefined)} | ${link} | ${cell(report.file?.path)} | ${cell(report.creditsReserved)} | ${report.reused ? `yes (${cell(report.reusedFrom)})` : 'no'} |`;
    });
    const failed = entries.filter(entry => entryFailure(entry));
    const lines = [
        `## ${title}`,
        '',
        '| entry | prompt | settings | status | model | duration | video | file | credits | reused |',
        '|---|---|---|---|---|---|---|---|---|---|',
        ...rows,
        '',
        creditsLine(entries),
        '',
        ...failed.map(entry => `- **${cell(entry.id)}**: ${cell(entryFailure(entry))}`),
        ''
    ];
    return (0,format/* capMarkdown */.y3)(lines.join('\n'), report_summary/* MAX_SUMMARY_CHARS */.W);
}
/** What the step reserved in all: the sum of its entries' reservations (a reused video counts 0). */
const totalCredits = (entries) => entries.reduce((sum, { report }) => sum + (report.creditsReserved ?? 0), 0);
/** "Credits reserved by this step: 14 of max-credits 20; balance after: 986." */
function creditsLine(entries) {
    const cap = entries[0]?.settings.maxCredits;
    const balances = entries.map(({ report }) => report.creditsRemaining).filter((n) => n !== undefined);
    const parts = [
        `Credits reserved by this step: ${totalCredits(entries)}${cap === undefined ? '' : ` of max-credits ${cap}`}`,
        ...(balances.length > 0 ? [`balance after: ${Math.min(...balances)}`] : [])
    ];
    return `${parts.join('; ')}.`;
}
function batchTitle(entries) {
    const failed = entries.filter(entry => entryFailure(entry)).length;
    return failed === 0 ? `✅ ${entries.length} video(s) ready` : `❌ ${failed} of ${entries.length} video(s) failed`;
}
/** Outputs, the verdict and the summary of a manifest run. */
async function publishBatch(entries, summary) {
    core.setOutput('results', JSON.stringify(resultsOf(entries)));
    core.setOutput('credits-reserved', String(totalCredits(entries)));
    const only = entries.length === 1 ? entries[0] : undefined;
    if (only) {
        (0,report_report.publishOutputs)(only.report);
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

;// CONCATENATED MODULE: ./src/step/report.ts
// The one report of a step: outcomes in; outputs, the job summary, the pull request comment and the verdict
// out. A plan of one sets the single-video outputs, its summary card and its own comment (posted with the
// delivery); a manifest sets `results`, one table and one comment for all, and fails naming every entry.




async function publishStep(plan, outcomes, signal, log) {
    const [single] = outcomes;
    if (!plan.manifest && single)
        return (0,report_report.publish)(single.settings, single.report, single.failure);
    const summary = buildBatchSummary(outcomes, batchTitle(outcomes));
    const first = plan.videos[0]?.settings;
    if (first?.delivery.prComment) {
        const { upsertPrComment } = await Promise.all(/* import() */[__webpack_require__.e(413), __webpack_require__.e(685)]).then(__webpack_require__.bind(__webpack_require__, 1685));
        await upsertPrComment(first.delivery.githubToken, summary, signal, log, first.delivery.prCommentKey);
    }
    await publishBatch(outcomes, summary);
}
/**
 * What a dry-run leaves behind: a single video's outputs and summary card, a manifest's plan table; with
 * pr-comment, the same posted to the pull request (what the change would cost, before anything is spent).
 */
async function publishPlan(plan, planned, signal, log) {
    const first = plan.videos[0]?.settings;
    if (!first)
        return;
    const summary = planned.report ? (0,report_summary/* buildSummary */.f)(first, planned.report) : planned.summary;
    let commentUrl;
    if (first.delivery.prComment && summary) {
        const { upsertPrComment } = await Promise.all(/* import() */[__webpack_require__.e(413), __webpack_require__.e(685)]).then(__webpack_require__.bind(__webpack_require__, 1685));
        commentUrl = await upsertPrComment(first.delivery.githubToken, summary, signal, log, first.delivery.prCommentKey);
    }
    if (planned.report)
        return (0,report_report.publish)(first, { ...planned.report, commentUrl });
    if (commentUrl)
        core.setOutput('comment-url', commentUrl);
    if (summary && process.env.GITHUB_STEP_SUMMARY)
        await core.summary.addRaw(summary, true).write();
}


/***/ })

};
