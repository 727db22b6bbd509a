export const id = 685;
export const ids = [685];
export const modules = {

/***/ 6702:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ boundedRequest),
/* harmony export */   h: () => (/* binding */ GITHUB_BUDGET_MS)
/* harmony export */ });
// GitHub calls are bounded in time and stopped by cancellation: octokit has no timeout of its own, and a
// step must not hang on GitHub. The signal goes in each call's `request` options, because a `request`
// given to getOctokit would replace @actions/github's proxy-aware fetch instead of adding to it.
/** Time allowed for all the GitHub calls of one delivery (comment, or release lookup and cleanup). */
const GITHUB_BUDGET_MS = 120_000;
/** `request` options for each octokit call of one delivery. */
function boundedRequest(signal) {
    return { signal: AbortSignal.any([signal, AbortSignal.timeout(GITHUB_BUDGET_MS)]) };
}


/***/ }),

/***/ 1685:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   upsertPrComment: () => (/* binding */ upsertPrComment)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6421);
/* harmony import */ var _actions_github__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2413);
/* harmony import */ var _octokit_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6702);
// The sticky pull request comment: found by a hidden marker and updated, never posted twice.



const PR_EVENTS = new Set(['pull_request', 'pull_request_target']);
/** One comment per workflow and job, so two jobs that both preview a video keep their own. */
function commentMarker() {
    return `<!-- evolink-video-action:${_actions_github__WEBPACK_IMPORTED_MODULE_1__/* .context */ ._.workflow || '-'}:${_actions_github__WEBPACK_IMPORTED_MODULE_1__/* .context */ ._.job || '-'} -->`;
}
/** Posts or updates the comment; returns its URL, or undefined when skipped or not permitted. */
async function upsertPrComment(token, markdown, signal) {
    const number = _actions_github__WEBPACK_IMPORTED_MODULE_1__/* .context */ ._.payload.pull_request?.number;
    if (!PR_EVENTS.has(_actions_github__WEBPACK_IMPORTED_MODULE_1__/* .context */ ._.eventName) || typeof number !== 'number') {
        _actions_core__WEBPACK_IMPORTED_MODULE_0__.notice(`pr-comment is ignored on ${_actions_github__WEBPACK_IMPORTED_MODULE_1__/* .context */ ._.eventName || 'this'} events: it applies to pull_request events only.`);
        return undefined;
    }
    const octokit = (0,_actions_github__WEBPACK_IMPORTED_MODULE_1__/* .getOctokit */ .Q)(token);
    const request = (0,_octokit_js__WEBPACK_IMPORTED_MODULE_2__/* .boundedRequest */ .J)(signal);
    const { owner, repo } = _actions_github__WEBPACK_IMPORTED_MODULE_1__/* .context */ ._.repo;
    const marker = commentMarker();
    const body = `${marker}\n${markdown}`;
    try {
        const comments = await octokit.paginate(octokit.rest.issues.listComments, { owner, repo, issue_number: number, per_page: 100, request });
        const mine = comments.find(comment => comment.body?.includes(marker));
        const { data } = mine
            ? await octokit.rest.issues.updateComment({ owner, repo, comment_id: mine.id, body, request })
            : await octokit.rest.issues.createComment({ owner, repo, issue_number: number, body, request });
        _actions_core__WEBPACK_IMPORTED_MODULE_0__.info(`${mine ? 'Updated' : 'Posted'} the pull request comment: ${data.html_url}`);
        return data.html_url;
    }
    catch (error) {
        const status = error.status;
        const hint = status === 403 || status === 404
            ? 'Give the job `permissions: pull-requests: write` (pull requests from forks get a read-only token).'
            : '';
        _actions_core__WEBPACK_IMPORTED_MODULE_0__.warning(`Could not comment on pull request #${number}: ${error.message}. ${hint}`.trim());
        return undefined;
    }
}


/***/ })

};
