export const id = 737;
export const ids = [737];
export const modules = {

/***/ 737:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   errorBodySchema: () => (/* binding */ errorBodySchema),
/* harmony export */   klingO3ModelParams: () => (/* binding */ klingO3ModelParams),
/* harmony export */   taskSchema: () => (/* binding */ taskSchema)
/* harmony export */ });
/* harmony import */ var zod_mini__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8532);
/* harmony import */ var zod_mini__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8395);
/* harmony import */ var zod_mini__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3305);
/* harmony import */ var _contract_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9120);
// Zod schemas of what EvoLink returns, and of model_params, transcribed from shared/api/reference.md.
// Loaded on demand (after the submission is out, or when model-params is given): zod costs ~7 ms of
// start-up that the budget in bench/ does not have. zod/mini: the same checks for a fraction of that.


// Parse without generating code at run time: each schema is used a handful of times per run.
zod_mini__WEBPACK_IMPORTED_MODULE_0__/* .config */ .$W({ jitless: true });
/** Builds a schema on first use: schemas for replies are not needed before the submission is out. */
function lazy(make) {
    let built;
    return () => (built ??= make());
}
const klingO3ParamShape = () => ({
    multi_shot: zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY(),
    shot_type: zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz('customize'),
    multi_prompt: zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
        index: zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .int */ .Whr().check(zod_mini__WEBPACK_IMPORTED_MODULE_2__/* ._nonnegative */ .UI()),
        prompt: zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().check(zod_mini__WEBPACK_IMPORTED_MODULE_2__/* ._maxLength */ .Eb(_contract_js__WEBPACK_IMPORTED_MODULE_3__/* .MAX_PROMPT_CHARS */ .cg)),
        // The API wants a string such as "5"; a number is accepted here and sent as a string.
        duration: zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .pipe */ .FsL(zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .union */ .KCZ([zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().check(zod_mini__WEBPACK_IMPORTED_MODULE_2__/* ._regex */ .Fk(/^\d+$/, { error: 'must be whole seconds such as "5"' })), zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .int */ .Whr().check(zod_mini__WEBPACK_IMPORTED_MODULE_2__/* ._positive */ .NC())]), zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .transform */ .pdi(String))
    }))
        .check(zod_mini__WEBPACK_IMPORTED_MODULE_2__/* ._minLength */ .m9(1), zod_mini__WEBPACK_IMPORTED_MODULE_2__/* ._maxLength */ .Eb(6)),
    element_list: zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({ element_id: zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().check(zod_mini__WEBPACK_IMPORTED_MODULE_2__/* ._minLength */ .m9(1)) })).check(zod_mini__WEBPACK_IMPORTED_MODULE_2__/* ._maxLength */ .Eb(7)),
    watermark_info: zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({ enabled: zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY() })
});
/** model_params of kling-o3-text-to-video. Unknown keys are refused (strict) so typos cost nothing. */
const klingO3ModelParams = lazy(() => zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .partial */ .OH3(zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej(klingO3ParamShape())));
/** An optional field that is dropped, rather than failing the whole reply, when it has the wrong type. */
const tolerant = (schema) => zod_mini__WEBPACK_IMPORTED_MODULE_1__/* ["catch"] */ .MfU(zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .optional */ .lqM(schema), undefined);
/**
 * A task as POST and GET return it. Loose on purpose: only `id` and `status` are relied on,
 * everything else may be missing or extra without breaking the action.
 */
const taskSchema = lazy(() => zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .looseObject */ ._H3({
    id: zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().check(zod_mini__WEBPACK_IMPORTED_MODULE_2__/* ._minLength */ .m9(1)),
    status: zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().check(zod_mini__WEBPACK_IMPORTED_MODULE_2__/* ._minLength */ .m9(1)),
    created: tolerant(zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig()),
    model: tolerant(zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()),
    progress: tolerant(zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().check(zod_mini__WEBPACK_IMPORTED_MODULE_2__/* ._gte */ .qm(0), zod_mini__WEBPACK_IMPORTED_MODULE_2__/* ._lte */ .Zm(100))),
    results: tolerant(zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP())),
    result_data: tolerant(zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .unknown */ .L5J())),
    task_info: tolerant(zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .looseObject */ ._H3({ can_cancel: tolerant(zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY()), estimated_time: tolerant(zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().check(zod_mini__WEBPACK_IMPORTED_MODULE_2__/* ._nonnegative */ .UI())) })),
    usage: tolerant(zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .looseObject */ ._H3({ credits_reserved: tolerant(zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig()) })),
    error: tolerant(zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .looseObject */ ._H3({ code: zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .optional */ .lqM(zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .pipe */ .FsL(zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .union */ .KCZ([zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig()]), zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .transform */ .pdi(String))), message: zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .optional */ .lqM(zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()) }))
}));
/** `{ error: { code, message, type } }`; code is a string on newer pages and an integer on older ones. */
const errorBodySchema = lazy(() => zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .looseObject */ ._H3({
    error: zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .looseObject */ ._H3({
        code: zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .optional */ .lqM(zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .pipe */ .FsL(zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .union */ .KCZ([zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig()]), zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .transform */ .pdi(String))),
        message: zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .optional */ .lqM(zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()),
        type: zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .optional */ .lqM(zod_mini__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP())
    })
}));


/***/ })

};
