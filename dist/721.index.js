export const id = 721;
export const ids = [721];
export const modules = {

/***/ 9721:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   uploadVideoArtifact: () => (/* binding */ uploadVideoArtifact)
/* harmony export */ });
/* unused harmony export artifactPage */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _actions_cache_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3983);
/* harmony import */ var _net_untrusted_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2949);
// The video as a workflow artifact of this run (input `artifact`): uploaded unzipped by @actions/artifact in
// the runner-services child process (cache-job.ts), so a service that does not answer is stopped at the
// step's deadline (the library retries a 503 for about 30 s and has no deadline of its own). The file is
// linked under the artifact's name in a staging folder: with skipArchive the library names the artifact after
// the file. Its page, not a download URL, is what lasts: GitHub serves it for the repository's retention.





/** The artifact's page: {server}/{repository}/actions/runs/{run id}/artifacts/{id}. */
function artifactPage(id, env = process.env) {
    const server = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '');
    return `${server}/${env.GITHUB_REPOSITORY ?? ''}/actions/runs/${env.GITHUB_RUN_ID ?? ''}/artifacts/${id}`;
}
/** Uploads the video; throws with a sentence saying why when it could not. */
async function uploadVideoArtifact(o) {
    if (o.budgetMs <= 0)
        throw new Error('the step reached its timeout before the artifact upload');
    const env = o.env ?? process.env;
    const dir = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdtemp)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(env.RUNNER_TEMP || (0,node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir)(), 'evolink-artifact-'));
    try {
        // A hard link costs nothing; another file system needs a copy.
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.link)(o.file, (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, o.name)).catch(() => (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.copyFile)(o.file, (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, o.name)));
        const answer = await (0,_actions_cache_js__WEBPACK_IMPORTED_MODULE_3__/* .callCache */ .ZK)({ op: 'artifact', paths: [o.name], key: o.name, cwd: dir, budgetMs: o.budgetMs, retentionDays: o.retentionDays, onLog: o.onLog });
        if (answer.error || !answer.artifact)
            throw new Error(`the artifact upload failed: ${(0,_net_untrusted_js__WEBPACK_IMPORTED_MODULE_4__/* .cleanText */ .X5)(answer.error ?? 'the service gave no artifact', 300)}`);
        return { url: artifactPage(answer.artifact.id, env), id: answer.artifact.id, kept: answer.artifact.kept, replaced: answer.artifact.replaced };
    }
    finally {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(dir, { recursive: true, force: true }).catch(() => undefined);
    }
}


/***/ })

};
