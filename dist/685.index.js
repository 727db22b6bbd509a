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
/* unused harmony exports DEFAULT_TOKEN_LOGIN, commentMarker */
/* harmony import */ var _actions_github__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2413);
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6264);
/* harmony import */ var _net_untrusted_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2949);
/* harmony import */ var _octokit_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6702);




const PR_EVENTS = new Set(['pull_request', 'pull_request_target']);
/** GitHub refuses comments over 65,536 characters. */
const MAX_COMMENT_CHARS = 60_000;
/** Who the workflow's default token (GITHUB_TOKEN) writes as; it may not ask GitHub who it is. */
const DEFAULT_TOKEN_LOGIN = 'github-actions[bot]';
/**
 * One comment per key: by default the workflow and job, so two jobs that preview a video keep their own;
 * `pr-comment-key` tells apart matrix legs or several steps of one job. The key holds no `>`, so it cannot
 * end the HTML comment early.
 */
function commentMarker(key = `${_actions_github__WEBPACK_IMPORTED_MODULE_0__/* .context */ ._.workflow || '-'}:${_actions_github__WEBPACK_IMPORTED_MODULE_0__/* .context */ ._.job || '-'}`) {
    return `<!-- evolink-video-action:${key.replace(/[^\w .:/-]/g, '-')} -->`;
}
/** The login this token writes comments as: a personal token can ask; the default token cannot (403). */
async function ownLogin(octokit, request) {
    try {
        return (await octokit.rest.users.getAuthenticated({ request })).data.login;
    }
    catch {
        return DEFAULT_TOKEN_LOGIN;
    }
}
/** Posts or updates the comment; returns its URL, or undefined when skipped or not permitted. */
async function upsertPrComment(token, markdown, signal, log, key) {
    const number = _actions_github__WEBPACK_IMPORTED_MODULE_0__/* .context */ ._.payload.pull_request?.number;
    if (!PR_EVENTS.has(_actions_github__WEBPACK_IMPORTED_MODULE_0__/* .context */ ._.eventName) || typeof number !== 'number') {
        log.notice(`pr-comment is ignored on ${_actions_github__WEBPACK_IMPORTED_MODULE_0__/* .context */ ._.eventName || 'this'} events: it applies to pull_request events only.`);
        return undefined;
    }
    const octokit = (0,_actions_github__WEBPACK_IMPORTED_MODULE_0__/* .getOctokit */ .Q)(token);
    const request = (0,_octokit_js__WEBPACK_IMPORTED_MODULE_3__/* .boundedRequest */ .J)(signal);
    const { owner, repo } = _actions_github__WEBPACK_IMPORTED_MODULE_0__/* .context */ ._.repo;
    const marker = commentMarker(key);
    const body = `${marker}\n${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .capMarkdown */ .y3)(markdown, MAX_COMMENT_CHARS)}`;
    try {
        const [login, comments] = await Promise.all([
            ownLogin(octokit, request),
            octokit.paginate(octokit.rest.issues.listComments, { owner, repo, issue_number: number, per_page: 100, request })
        ]);
        const mine = comments.find(comment => comment.user?.login === login && comment.body?.startsWith(marker));
        const { data } = mine
            ? await octokit.rest.issues.updateComment({ owner, repo, comment_id: mine.id, body, request })
            : await octokit.rest.issues.createComment({ owner, repo, issue_number: number, body, request });
        const url = (0,_net_untrusted_js__WEBPACK_IMPORTED_MODULE_2__/* .gitHubUrl */ .Jv)(data.html_url);
        log.info(`${mine ? 'Updated' : 'Posted'} the pull request comment: ${url ?? '(no usable URL in the reply)'}`);
        return url;
    }
    catch (error) {
        const status = error.status;
        const hint = status === 403 || status === 404 ? 'Give the job `permissions: pull-requests: write` (pull requests from forks get a read-only token).' : '';
        log.warning(`Could not comment on pull request #${number}: ${(0,_net_untrusted_js__WEBPACK_IMPORTED_MODULE_2__/* .cleanText */ .X5)(error.message)}. ${hint}`.trim());
        return undefined;
    }
}


/***/ })

};
