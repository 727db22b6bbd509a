export const id = 175;
export const ids = [175];
export const modules = {

/***/ 7175:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   RESULT_MARK: () => (/* binding */ RESULT_MARK),
/* harmony export */   runCacheJob: () => (/* binding */ runCacheJob)
/* harmony export */ });
// The child side of the Actions cache (actions-cache.ts starts it): one @actions/cache save or restore in a
// process of its own, so a cache service that is slow or down can be stopped at once (the library retries
// about 40 s and cannot be cancelled), and the library's own log lines come to the parent to judge, not to
// the step's log. Its answer is one line on stdout: RESULT_MARK followed by JSON.
const RESULT_MARK = 'evolink-cache-result:';
/** Runs the job the parent passed on the command line and prints the result. */
async function runCacheJob(argument) {
    let result;
    try {
        const job = JSON.parse(argument ?? '');
        const cache = await Promise.all(/* import() */[__webpack_require__.e(838), __webpack_require__.e(557)]).then(__webpack_require__.bind(__webpack_require__, 55557));
        if (job.op === 'save') {
            const id = await cache.saveCache(job.paths, job.key);
            result = id > 0 ? { key: job.key } : { error: 'the entry was not written' };
        }
        else {
            result = { key: await cache.restoreCache(job.paths, job.key, job.restoreKeys ?? [], { lookupOnly: job.lookupOnly === true }) };
        }
    }
    catch (error) {
        result = { error: error.message };
    }
    process.stdout.write(`\n${RESULT_MARK}${JSON.stringify(result)}\n`);
}


/***/ })

};
