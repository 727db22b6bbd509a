export const id = 863;
export const ids = [863];
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

/***/ 1863:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   uploadOriginFor: () => (/* binding */ uploadOriginFor),
/* harmony export */   uploadReleaseAsset: () => (/* binding */ uploadReleaseAsset)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _actions_github__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2413);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3916);
/* harmony import */ var _net_untrusted_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2949);
/* harmony import */ var _octokit_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6702);
// Uploads the downloaded video to a release, replacing an asset of the same name from an earlier run.





const PERMISSION_HINT = 'The job needs `permissions: contents: write` to upload release assets.';
function failure(action, error) {
    const status = error.status ?? error.statusCode;
    const hint = status === 403 || status === 401 ? ` ${PERMISSION_HINT}` : '';
    return new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ActionFailure */ .d(`Could not ${action}: ${(0,_net_untrusted_js__WEBPACK_IMPORTED_MODULE_3__/* .cleanText */ .X5)(error.message)}.${hint}`, 'release_upload_failed');
}
/**
 * The one origin release assets are uploaded to, named by the GitHub API in use: uploads.github.com for
 * github.com, uploads.<name>.ghe.com for GHE.com, the API's own host for GitHub Enterprise Server. The
 * token travels with the upload, so an upload_url elsewhere is refused.
 */
function uploadOriginFor(apiUrl) {
    const api = new URL(apiUrl);
    if (api.hostname === 'api.github.com')
        return 'https://uploads.github.com';
    if (/^api\.[^.]+\.ghe\.com$/.test(api.hostname))
        return `https://${api.hostname.replace(/^api\./, 'uploads.')}`;
    return api.origin;
}
/** Returns the asset's browser_download_url (undefined when the reply holds none that is usable). */
async function uploadReleaseAsset(request) {
    const octokit = (0,_actions_github__WEBPACK_IMPORTED_MODULE_1__/* .getOctokit */ .Q)(request.token);
    const bounded = (0,_octokit_js__WEBPACK_IMPORTED_MODULE_4__/* .boundedRequest */ .J)(request.signal);
    const { owner, repo } = _actions_github__WEBPACK_IMPORTED_MODULE_1__/* .context */ ._.repo;
    const fromEvent = _actions_github__WEBPACK_IMPORTED_MODULE_1__/* .context */ ._.payload.release;
    let release;
    try {
        release = fromEvent?.tag_name === request.tag && fromEvent.id !== undefined && fromEvent.upload_url
            ? { id: fromEvent.id, upload_url: fromEvent.upload_url }
            : (await octokit.rest.repos.getReleaseByTag({ owner, repo, tag: request.tag, request: bounded })).data;
    }
    catch (error) {
        throw failure(`find the release tagged ${request.tag}`, error);
    }
    try {
        const assets = await octokit.paginate(octokit.rest.repos.listReleaseAssets, { owner, repo, release_id: release.id, per_page: 100, request: bounded });
        const previous = assets.find(asset => asset.name === request.assetName);
        if (previous)
            await octokit.rest.repos.deleteReleaseAsset({ owner, repo, asset_id: previous.id, request: bounded });
    }
    catch (error) {
        throw failure(`replace the asset ${request.assetName}`, error);
    }
    // Streamed from disk: octokit would buffer the whole video in memory.
    const { request: send } = await __webpack_require__.e(/* import() */ 752).then(__webpack_require__.t.bind(__webpack_require__, 6752, 19));
    const url = new URL(release.upload_url.replace(/\{[^}]*\}$/, ''));
    const allowed = uploadOriginFor(_actions_github__WEBPACK_IMPORTED_MODULE_1__/* .context */ ._.apiUrl);
    if (url.origin !== allowed) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ActionFailure */ .d(`Refused to upload the release asset to ${url.origin}: release uploads go only to ${allowed}, GitHub's upload host for ${_actions_github__WEBPACK_IMPORTED_MODULE_1__/* .context */ ._.apiUrl}.`, 'release_upload_failed');
    }
    url.searchParams.set('name', request.assetName);
    const response = await send(url, {
        dispatcher: request.dispatcher,
        method: 'POST',
        headers: {
            authorization: `Bearer ${request.token}`,
            accept: 'application/vnd.github+json',
            'content-type': 'video/mp4',
            'content-length': String(request.file.size),
            'user-agent': 'evolink-video-action'
        },
        body: (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.createReadStream)(request.file.path),
        signal: AbortSignal.any([request.signal, AbortSignal.timeout(request.totalTimeoutMs)]),
        // The reply may wait until the whole upload is in: headers get the GitHub budget, the upload `timeout`.
        headersTimeout: _octokit_js__WEBPACK_IMPORTED_MODULE_4__/* .GITHUB_BUDGET_MS */ .h
    });
    const text = await response.body.text();
    if (response.statusCode !== 201) {
        throw failure(`upload ${request.assetName}`, Object.assign(new Error(`HTTP ${response.statusCode} ${text.slice(0, 200)}`), { status: response.statusCode }));
    }
    return (0,_net_untrusted_js__WEBPACK_IMPORTED_MODULE_3__/* .gitHubUrl */ .Jv)(JSON.parse(text).browser_download_url);
}


/***/ })

};
