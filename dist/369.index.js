export const id = 369;
export const ids = [369];
export const modules = {

/***/ 8369:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   describeResult: () => (/* binding */ describeResult),
/* harmony export */   describeSubmission: () => (/* binding */ describeSubmission),
/* harmony export */   identicalUsable: () => (/* binding */ identicalUsable),
/* harmony export */   liveUrls: () => (/* binding */ liveUrls),
/* harmony export */   rerunDecision: () => (/* binding */ rerunDecision)
/* harmony export */ });
/* harmony import */ var _status_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4027);

/**
 * A re-run found the task an earlier attempt submitted: resume it unless it ended without a video
 * (failed, cancelled, completed empty) or no longer exists; when its state cannot be read, resume (the
 * poll loop retries), since submitting again could pay twice.
 */
function rerunDecision(task) {
    if (task === 'not-found')
        return 'submit';
    if (task === 'unreadable')
        return 'resume';
    return (0,_status_js__WEBPACK_IMPORTED_MODULE_0__/* .interpretTask */ .F)(task).kind === 'failed' ? 'submit' : 'resume';
}
/** "task X, submitted by attempt 2 of run 123 for the same request". */
const describeSubmission = (record) => `task ${record.taskId}, submitted by attempt ${record.attempt} of this run (${record.runId}) for the same request`;
const describeResult = (record) => `task ${record.taskId} of run ${record.runId}, the same request`;
/** The links of an earlier result that still work at `now` (links last 24 hours); none when the expiry is unknown. */
function liveUrls(record, now) {
    return record.expiresAt !== undefined && Date.parse(record.expiresAt) > now ? record.urls : [];
}
/**
 * Whether an earlier identical result can stand in for a new video: with its file (checked), always; without
 * one, only while its links work (the download, if asked for, then fetches it as usual).
 */
function identicalUsable(record, fileRestored, now) {
    return fileRestored || liveUrls(record, now).length > 0;
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
