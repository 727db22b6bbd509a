export const id = 967;
export const ids = [967];
export const modules = {

/***/ 1967:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   dryRunReport: () => (/* binding */ dryRunReport)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6421);
/* harmony import */ var _evolink_request_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1729);
// dry-run: show exactly what would be sent, with the key redacted, and send nothing.


function dryRunReport(settings) {
    const headers = 'Authorization: Bearer ***\nContent-Type: application/json';
    if (settings.taskId) {
        _actions_core__WEBPACK_IMPORTED_MODULE_0__.info(`Dry run: would poll GET ${settings.baseUrl}/v1/tasks/${settings.taskId}\n${headers}`);
    }
    else {
        const body = JSON.stringify((0,_evolink_request_js__WEBPACK_IMPORTED_MODULE_1__/* .buildGenerationRequest */ .k)(settings), null, 2);
        _actions_core__WEBPACK_IMPORTED_MODULE_0__.info(`Dry run: would send POST ${settings.baseUrl}/v1/videos/generations\n${headers}\n\n${body}`);
    }
    _actions_core__WEBPACK_IMPORTED_MODULE_0__.info('Dry run: nothing was sent and no credits were spent.');
    return { outcome: 'dry-run', taskId: settings.taskId, resumed: settings.taskId !== undefined, status: 'dry-run', urls: [] };
}


/***/ })

};
