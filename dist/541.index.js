export const id = 541;
export const ids = [541];
export const modules = {

/***/ 97541:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   deleteArtifactInternal: () => (/* binding */ deleteArtifactInternal),
/* harmony export */   deleteArtifactPublic: () => (/* binding */ deleteArtifactPublic)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(33838);
/* harmony import */ var _actions_github__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(61351);
/* harmony import */ var _shared_user_agent_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(87248);
/* harmony import */ var _find_retry_options_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(85288);
/* harmony import */ var _actions_github_lib_utils__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(85555);
/* harmony import */ var _octokit_plugin_request_log__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(55077);
/* harmony import */ var _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(49735);
/* harmony import */ var _shared_artifact_twirp_client_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(53488);
/* harmony import */ var _shared_util_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(14659);
/* harmony import */ var _generated_index_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(17911);
/* harmony import */ var _find_get_artifact_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(6580);
/* harmony import */ var _shared_errors_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(2320);
var __awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};












function deleteArtifactPublic(artifactName, workflowRunId, repositoryOwner, repositoryName, token) {
    return __awaiter(this, void 0, void 0, function* () {
        var _a;
        const [retryOpts, requestOpts] = (0,_find_retry_options_js__WEBPACK_IMPORTED_MODULE_3__/* .getRetryOptions */ .$)(_actions_github_lib_utils__WEBPACK_IMPORTED_MODULE_4__/* .defaults */ .NT);
        const opts = {
            log: undefined,
            userAgent: (0,_shared_user_agent_js__WEBPACK_IMPORTED_MODULE_2__/* .getUserAgentString */ .k)(),
            previews: undefined,
            retry: retryOpts,
            request: requestOpts
        };
        const github = (0,_actions_github__WEBPACK_IMPORTED_MODULE_1__/* .getOctokit */ .Q)(token, opts, _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_10__/* .retry */ .L, _octokit_plugin_request_log__WEBPACK_IMPORTED_MODULE_11__/* .requestLog */ .M);
        const getArtifactResp = yield (0,_find_get_artifact_js__WEBPACK_IMPORTED_MODULE_8__.getArtifactPublic)(artifactName, workflowRunId, repositoryOwner, repositoryName, token);
        const deleteArtifactResp = yield github.rest.actions.deleteArtifact({
            owner: repositoryOwner,
            repo: repositoryName,
            artifact_id: getArtifactResp.artifact.id
        });
        if (deleteArtifactResp.status !== 204) {
            throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_9__.InvalidResponseError(`Invalid response from GitHub API: ${deleteArtifactResp.status} (${(_a = deleteArtifactResp === null || deleteArtifactResp === void 0 ? void 0 : deleteArtifactResp.headers) === null || _a === void 0 ? void 0 : _a['x-github-request-id']})`);
        }
        return {
            id: getArtifactResp.artifact.id
        };
    });
}
function deleteArtifactInternal(artifactName) {
    return __awaiter(this, void 0, void 0, function* () {
        const artifactClient = (0,_shared_artifact_twirp_client_js__WEBPACK_IMPORTED_MODULE_5__/* .internalArtifactTwirpClient */ .l)();
        const { workflowRunBackendId, workflowJobRunBackendId } = (0,_shared_util_js__WEBPACK_IMPORTED_MODULE_6__/* .getBackendIdsFromToken */ .a7)();
        const listReq = {
            workflowRunBackendId,
            workflowJobRunBackendId,
            nameFilter: _generated_index_js__WEBPACK_IMPORTED_MODULE_7__/* .StringValue */ .hU.create({ value: artifactName })
        };
        const listRes = yield artifactClient.ListArtifacts(listReq);
        if (listRes.artifacts.length === 0) {
            throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_9__.ArtifactNotFoundError(`Artifact not found for name: ${artifactName}`);
        }
        let artifact = listRes.artifacts[0];
        if (listRes.artifacts.length > 1) {
            artifact = listRes.artifacts.sort((a, b) => Number(b.databaseId) - Number(a.databaseId))[0];
            (0,_actions_core__WEBPACK_IMPORTED_MODULE_0__.debug)(`More than one artifact found for a single name, returning newest (id: ${artifact.databaseId})`);
        }
        const req = {
            workflowRunBackendId: artifact.workflowRunBackendId,
            workflowJobRunBackendId: artifact.workflowJobRunBackendId,
            name: artifact.name
        };
        const res = yield artifactClient.DeleteArtifact(req);
        (0,_actions_core__WEBPACK_IMPORTED_MODULE_0__.info)(`Artifact '${artifactName}' (ID: ${res.artifactId}) deleted`);
        return {
            id: Number(res.artifactId)
        };
    });
}
//# sourceMappingURL=delete-artifact.js.map

/***/ })

};
