export const id = 245;
export const ids = [245];
export const modules = {

/***/ 38245:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   checkFloor: () => (/* binding */ checkFloor),
/* harmony export */   creditsAfter: () => (/* binding */ creditsAfter)
/* harmony export */ });
/* unused harmony export floorProblem */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _evolink_explain_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51439);


/** Why the run must not submit, or undefined when the balance is at or above the floor (or unlimited). */
function floorProblem(credits, minCredits) {
    if (credits.remaining === undefined || credits.remaining >= minCredits)
        return undefined;
    return `The balance is ${credits.remaining} credits, below min-credits (${minCredits}): nothing was submitted. Top up the account or lower min-credits.`;
}
/** Reads the balance and throws when it is below the floor; an unreadable balance stops the run too (the floor was asked for). */
async function checkFloor(client, minCredits, signal) {
    let credits;
    try {
        credits = await client.getCredits(signal);
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionFailure */ .d(`min-credits is set, but the balance could not be read (${(0,_evolink_explain_js__WEBPACK_IMPORTED_MODULE_1__/* .describeFailure */ .Ic)(error)}: ${error.message}): nothing was submitted.`, 'balance_unreadable');
    }
    const problem = floorProblem(credits, minCredits);
    if (problem)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionFailure */ .d(problem, 'below_min_credits');
    return credits;
}
/** The balance after a submission, for the credits-remaining output: undefined when unlimited or unreadable, never a failure. */
function creditsAfter(client, signal) {
    return client.getCredits(signal).then(credits => credits.remaining, () => undefined);
}


/***/ })

};
