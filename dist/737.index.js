export const id = 737;
export const ids = [737];
export const modules = {

/***/ 737:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   errorBodySchema: () => (/* binding */ errorBodySchema),
/* harmony export */   taskSchema: () => (/* binding */ taskSchema)
/* harmony export */ });
/* harmony import */ var zod_mini__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8532);
/* harmony import */ var zod_mini__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8395);
/* harmony import */ var zod_mini__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2306);
/* harmony import */ var _contract_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9120);
/* harmony import */ var _net_untrusted_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2949);
// Zod schemas of what EvoLink returns (docs/evolink-api.md); docs/reliability.md says how replies are trusted.
// Request fields are checked against the model catalogue instead (models.ts).
// zod/mini: the same checks as zod's full API for about half its load time. Loaded with the first reply
// (client.ts): before the submission it would cost a third of the start-up budget (docs/performance.md).



// Parse without generating code at run time: each schema is used a handful of times per run.
zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .config */ .$W({ jitless: true });
/** Builds a schema once, on first use. */
function lazy(make) {
    let built;
    return () => (built ??= make());
}
/** An optional field that is dropped, rather than failing the whole reply, when it has the wrong type. */
const tolerant = (schema) => zod_mini__WEBPACK_IMPORTED_MODULE_2__/* ["catch"] */ .MfU(zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .optional */ .lqM(schema), undefined);
const code = () => zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .optional */ .lqM(zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .pipe */ .FsL(zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .union */ .KCZ([zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(), zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig()]), zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .transform */ .pdi(String)));
/** Longest estimate taken seriously: EvoLink's are minutes; a larger one says nothing. */
const MAX_ESTIMATE_S = 7 * 24 * 3600;
/** A `created` above this cannot be seconds (year 5138): it is read as milliseconds. */
const SECONDS_CEILING = 1e11;
const wireTask = () => zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .looseObject */ ._H3({
    id: zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().check(zod_mini__WEBPACK_IMPORTED_MODULE_3__/* ._maxLength */ .Eb(200), zod_mini__WEBPACK_IMPORTED_MODULE_3__/* ._regex */ .Fk(_contract_js__WEBPACK_IMPORTED_MODULE_4__/* .TASK_ID_PATTERN */ .Fq, { error: 'is not an EvoLink task id (task-unified-…)' })),
    status: zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().check(zod_mini__WEBPACK_IMPORTED_MODULE_3__/* ._minLength */ .m9(1)),
    created: tolerant(zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().check(zod_mini__WEBPACK_IMPORTED_MODULE_3__/* ._positive */ .NC())),
    model: tolerant(zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()),
    progress: tolerant(zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().check(zod_mini__WEBPACK_IMPORTED_MODULE_3__/* ._gte */ .qm(0), zod_mini__WEBPACK_IMPORTED_MODULE_3__/* ._lte */ .Zm(100))),
    results: tolerant(zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .unknown */ .L5J())),
    result_data: tolerant(zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .unknown */ .L5J())),
    task_info: tolerant(zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .looseObject */ ._H3({
        can_cancel: tolerant(zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .boolean */ .zMY()),
        estimated_time: tolerant(zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().check(zod_mini__WEBPACK_IMPORTED_MODULE_3__/* ._positive */ .NC(), zod_mini__WEBPACK_IMPORTED_MODULE_3__/* ._lte */ .Zm(MAX_ESTIMATE_S)))
    })),
    usage: tolerant(zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .looseObject */ ._H3({
        credits_reserved: tolerant(zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().check(zod_mini__WEBPACK_IMPORTED_MODULE_3__/* ._nonnegative */ .UI(), zod_mini__WEBPACK_IMPORTED_MODULE_3__/* ._lte */ .Zm(_contract_js__WEBPACK_IMPORTED_MODULE_4__/* .MAX_CREDITS_RESERVED */ .R8))),
        billing_rule: tolerant(zod_mini__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(['per_call', 'per_token', 'per_second']))
    })),
    error: tolerant(zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .looseObject */ ._H3({ code: code(), message: tolerant(zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()) }))
});
function cleanTask(wire) {
    const candidates = [...(wire.results ?? []), ...(wire.result_data ?? []).map(item => item?.video_url)].filter(url => url !== undefined && url !== null);
    const results = [];
    const refusedResults = [];
    for (const candidate of candidates.slice(0, _net_untrusted_js__WEBPACK_IMPORTED_MODULE_0__/* .MAX_RESULT_URLS */ .Sx)) {
        const verdict = typeof candidate === 'string' ? (0,_net_untrusted_js__WEBPACK_IMPORTED_MODULE_0__/* .checkResultUrl */ .n)(candidate) : { ok: false, problem: 'not a string' };
        if (verdict.ok)
            results.push(verdict.url);
        else
            refusedResults.push(`${(0,_net_untrusted_js__WEBPACK_IMPORTED_MODULE_0__/* .cleanText */ .X5)(String(candidate), 80)}: ${verdict.problem}`);
    }
    if (candidates.length > _net_untrusted_js__WEBPACK_IMPORTED_MODULE_0__/* .MAX_RESULT_URLS */ .Sx)
        refusedResults.push(`${candidates.length - _net_untrusted_js__WEBPACK_IMPORTED_MODULE_0__/* .MAX_RESULT_URLS */ .Sx} more URLs: only the first ${_net_untrusted_js__WEBPACK_IMPORTED_MODULE_0__/* .MAX_RESULT_URLS */ .Sx} are read`);
    const { created, task_info: info, error } = wire;
    return {
        id: wire.id,
        status: (0,_net_untrusted_js__WEBPACK_IMPORTED_MODULE_0__/* .cleanText */ .X5)(wire.status, _net_untrusted_js__WEBPACK_IMPORTED_MODULE_0__/* .TEXT_CAP */ .hE.word),
        created: created === undefined ? undefined : created > SECONDS_CEILING ? created / 1000 : created,
        model: wire.model === undefined ? undefined : (0,_net_untrusted_js__WEBPACK_IMPORTED_MODULE_0__/* .cleanText */ .X5)(wire.model, _net_untrusted_js__WEBPACK_IMPORTED_MODULE_0__/* .TEXT_CAP */ .hE.word),
        progress: wire.progress,
        results,
        refusedResults,
        task_info: info && { can_cancel: info.can_cancel, estimated_time: info.estimated_time },
        usage: wire.usage && { credits_reserved: wire.usage.credits_reserved, billing_rule: wire.usage.billing_rule },
        error: error && {
            code: error.code === undefined ? undefined : (0,_net_untrusted_js__WEBPACK_IMPORTED_MODULE_0__/* .cleanText */ .X5)(error.code, _net_untrusted_js__WEBPACK_IMPORTED_MODULE_0__/* .TEXT_CAP */ .hE.word),
            message: error.message === undefined ? undefined : (0,_net_untrusted_js__WEBPACK_IMPORTED_MODULE_0__/* .cleanText */ .X5)(error.message, _net_untrusted_js__WEBPACK_IMPORTED_MODULE_0__/* .TEXT_CAP */ .hE.message)
        }
    };
}
/**
 * A task as POST and GET return it. Loose on purpose: only `id` and `status` are required, everything
 * else may be missing, extra or of the wrong type without breaking the action.
 */
const taskSchema = lazy(() => zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .pipe */ .FsL(wireTask(), zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .transform */ .pdi(cleanTask)));
/** `{ error: { code, message, type } }`; code is a string on newer pages and an integer on older ones. Cleaned. */
const errorBodySchema = lazy(() => zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .pipe */ .FsL(zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .looseObject */ ._H3({ error: zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .looseObject */ ._H3({ code: code(), message: tolerant(zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()) }) }), zod_mini__WEBPACK_IMPORTED_MODULE_2__/* .transform */ .pdi(({ error }) => ({
    code: error.code === undefined ? undefined : (0,_net_untrusted_js__WEBPACK_IMPORTED_MODULE_0__/* .cleanText */ .X5)(error.code, _net_untrusted_js__WEBPACK_IMPORTED_MODULE_0__/* .TEXT_CAP */ .hE.word),
    message: error.message === undefined ? undefined : (0,_net_untrusted_js__WEBPACK_IMPORTED_MODULE_0__/* .cleanText */ .X5)(error.message, _net_untrusted_js__WEBPACK_IMPORTED_MODULE_0__/* .TEXT_CAP */ .hE.message)
}))));


/***/ })

};
