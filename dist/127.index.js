export const id = 127;
export const ids = [127];
export const modules = {

/***/ 4127:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  followTask: () => (/* binding */ followTask)
});

// EXTERNAL MODULE: ./src/net/retry.ts
var retry = __webpack_require__(7893);
// EXTERNAL MODULE: ./src/format.ts
var format = __webpack_require__(6264);
;// CONCATENATED MODULE: ./src/task/progress.ts

/**
 * "processing 40% · 1m 02s elapsed · about 3m 18s left". `elapsedMs` is the task's age; undefined when it
 * is not known (a resumed task whose reply has no sensible `created`): then neither it nor what is left is said.
 */
function progressLine(task, elapsedMs, estimateS = task.task_info?.estimated_time) {
    const parts = [`${task.status}${task.progress !== undefined ? ` ${task.progress}%` : ''}`];
    if (elapsedMs === undefined)
        return parts[0] ?? '';
    parts.push(`${(0,format/* formatDuration */.a3)(elapsedMs)} elapsed`);
    // Once the task has ended, the estimate says nothing more.
    if (estimateS !== undefined && (task.status === 'pending' || task.status === 'processing')) {
        const leftMs = estimateS * 1000 - elapsedMs;
        parts.push(leftMs > 0 ? `about ${(0,format/* formatDuration */.a3)(leftMs)} left` : `past the ${(0,format/* formatDuration */.a3)(estimateS * 1000)} estimate`);
    }
    return parts.join(' · ');
}
/**
 * Logs a line when status or progress changes, or every `quietMs` while nothing changes.
 * Polls often omit estimated_time (the submission reply has it), so the last one seen is kept.
 */
function progressLogger(log, startedAt, now, quietMs = 60_000) {
    let last = '';
    let lastAt = -Infinity;
    let estimateS;
    return (task) => {
        estimateS = task.task_info?.estimated_time ?? estimateS;
        const key = `${task.status}/${task.progress ?? ''}`;
        const at = now();
        if (key === last && at - lastAt < quietMs)
            return;
        last = key;
        lastAt = at;
        const start = startedAt ?? taskStart(task, at);
        log(progressLine(task, start === undefined ? undefined : at - start, estimateS));
    };
}
/** When a resumed task started, from its `created`, if that is in the past: the run's own start says nothing. */
function taskStart(task, now) {
    const createdMs = task.created === undefined ? undefined : task.created * 1000;
    return createdMs !== undefined && createdMs <= now ? createdMs : undefined;
}

;// CONCATENATED MODULE: ./src/task/result.ts
/** Result links live 24 hours after completion (docs/evolink-api.md). */
const LINK_LIFETIME_MS = 24 * 3600 * 1000;
function reportFromWait(result, facts) {
    const task = result.task ?? facts.submitted;
    const base = {
        taskId: facts.taskId,
        resumed: !facts.submitted,
        model: task?.model,
        status: task?.status,
        progress: task?.progress,
        creditsReserved: facts.submitted?.usage?.credits_reserved ?? task?.usage?.credits_reserved,
        elapsedMs: facts.endedAt - facts.startedAt,
        urls: []
    };
    // A step that stopped waiting says why in error-code too, as a cancellation or timeout thrown earlier does.
    if (result.outcome !== 'final')
        return { ...base, outcome: result.outcome, errorCode: result.outcome };
    if (result.state.kind === 'failed') {
        return { ...base, outcome: 'failed', errorCode: result.state.code, errorMessage: result.state.message, urls: result.task.results };
    }
    return { ...base, outcome: 'completed', urls: result.state.urls, expiresAt: expiryOf(result.task, facts) };
}
/** Server and runner clocks may differ by this much; a `created` further ahead is not believed. */
const CLOCK_SKEW_MS = 10 * 60 * 1000;
/**
 * When the links expire at the earliest, or undefined when that cannot be said. Never seen running (a
 * resumed, already finished task): `created` is the only lower bound, and only when it is not in the future.
 */
function expiryOf(task, facts) {
    const createdMs = task.created === undefined ? undefined : task.created * 1000;
    const runningAt = facts.lastSeenRunningAt ?? (createdMs !== undefined && createdMs <= facts.endedAt + CLOCK_SKEW_MS ? createdMs : undefined);
    return runningAt === undefined ? undefined : new Date(runningAt + LINK_LIFETIME_MS).toISOString();
}

;// CONCATENATED MODULE: ./src/task/schedule.ts
/** Poll every `intervalMs`, whatever the task says. */
function fixedSchedule(intervalMs) {
    return { next: () => intervalMs };
}
/** Progress below this says too little about the pace to extrapolate from. */
const MIN_PROGRESS_FOR_PACE = 5;
function adaptiveSchedule(o) {
    const fraction = o.fraction ?? 0.5;
    const maxDelayMs = Math.max(o.intervalMs, o.maxDelayMs ?? Math.min(60_000, 10 * o.intervalMs));
    let estimateS;
    return {
        next(task, now) {
            estimateS = task.task_info?.estimated_time ?? estimateS;
            const ends = [];
            if (estimateS)
                ends.push(o.startedAt + estimateS * 1000);
            const progress = task.progress ?? 0;
            if (progress >= MIN_PROGRESS_FOR_PACE && progress < 100 && now > o.startedAt) {
                ends.push(o.startedAt + ((now - o.startedAt) * 100) / progress);
            }
            if (ends.length === 0)
                return o.intervalMs;
            const remaining = Math.min(...ends) - now;
            return Math.min(maxDelayMs, Math.max(o.intervalMs, remaining * fraction));
        }
    };
}
function scheduleFor(strategy, o) {
    return strategy === 'fixed' ? fixedSchedule(o.intervalMs) : adaptiveSchedule(o);
}

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/net/http.ts
var http = __webpack_require__(9663);
// EXTERNAL MODULE: ./src/evolink/explain.ts
var explain = __webpack_require__(1439);
// EXTERNAL MODULE: ./src/task/status.ts
var task_status = __webpack_require__(4027);
;// CONCATENATED MODULE: ./src/task/wait.ts
// The polling loop: ask for the task until it is final, the deadline passes or the job is cancelled.
// Transient failures are absorbed within an error budget; everything else is thrown at once.





/** Backoff never goes below the poll interval (we never poll faster than asked) nor above this. */
const RETRY_CAP_MS = 60_000;
async function waitForTask(o) {
    let task;
    const streak = [];
    try {
        if (o.initialDelayMs)
            await o.sleep(Math.min(o.initialDelayMs, Math.max(0, o.deadline - o.now())), o.signal);
        for (;;) {
            let delayMs;
            try {
                task = await o.getTask(o.signal);
                streak.length = 0;
                o.onTask?.(task);
                const state = (0,task_status/* interpretTask */.F)(task);
                if (state.kind !== 'running')
                    return { outcome: 'final', task, state };
                delayMs = o.schedule.next(task, o.now());
                o.onDecision?.(`poll: ${task.status}${task.progress === undefined ? '' : ` ${task.progress}%`}; next poll in ${delayMs} ms`);
            }
            catch (error) {
                if (!(0,retry/* isTransient */.dg)(error))
                    throw error;
                streak.push((0,explain/* describeFailure */.Ic)(error));
                if (streak.length > o.maxConsecutiveErrors) {
                    const never = error instanceof http/* TransportError */.wX && error.reached === 'no' ? ` ${(0,explain/* unreachable */.HB)(error)}.` : '';
                    throw new errors/* ActionFailure */.dR(`Polling failed ${streak.length} times in a row (max-consecutive-errors is ${o.maxConsecutiveErrors}): ${summarize(streak)}.${never}`, 'poll_error_budget_exhausted');
                }
                const backoff = (0,retry/* retryDelayMs */.qO)(error, streak.length - 1, o.pollIntervalMs, Math.max(RETRY_CAP_MS, o.pollIntervalMs), o.random);
                delayMs = Math.max(o.pollIntervalMs, backoff);
                o.onRetry?.(error, delayMs, streak.length);
            }
            const remaining = o.deadline - o.now();
            // The last sleep ends at the deadline, so the task gets one more look before we give up, unless that
            // look would come sooner than poll-interval after this one: the action never polls faster than asked.
            if (remaining < o.pollIntervalMs && remaining < delayMs) {
                o.onDecision?.(`poll: stopping, ${remaining} ms left before timeout is less than poll-interval`);
                return { outcome: 'timeout', task };
            }
            await o.sleep(Math.min(delayMs, remaining), o.signal);
        }
    }
    catch (error) {
        if (error instanceof http/* CancelledError */.cc)
            return { outcome: 'cancelled', task };
        throw error;
    }
}
/** "HTTP 503 service_unavailable ×3, ECONNRESET ×1", in order of first appearance. */
function summarize(seen) {
    const counts = new Map();
    for (const s of seen)
        counts.set(s, (counts.get(s) ?? 0) + 1);
    return [...counts].map(([what, n]) => `${what} ×${n}`).join(', ');
}

;// CONCATENATED MODULE: ./src/task/follow.ts
// Following a task to its end: the adaptive (or fixed) schedule, progress lines, retry warnings, and the
// Report of what was seen. The loop itself is wait.ts; this wires it to settings and the log.






async function followTask(f) {
    const { settings, submitted } = f;
    const now = Date.now;
    let lastSeenRunningAt = submitted ? now() : undefined;
    // A submitted task started with this run; a resumed one earlier, at its `created` if the reply says.
    const logProgress = progressLogger(line => f.log.info(line), submitted ? f.startedAt : undefined, now);
    const schedule = scheduleFor(settings.pollStrategy, { intervalMs: settings.pollIntervalMs, startedAt: f.startedAt });
    if (submitted)
        logProgress(submitted);
    const result = await waitForTask({
        getTask: signal => f.client.getTask(f.taskId, signal),
        schedule,
        // Right after the submission the task is known to be pending: the first poll can wait.
        initialDelayMs: submitted ? schedule.next(submitted, now()) : 0,
        pollIntervalMs: settings.pollIntervalMs,
        deadline: f.startedAt + settings.timeoutMs,
        maxConsecutiveErrors: settings.maxConsecutiveErrors,
        signal: f.signal,
        now,
        sleep: retry/* sleep */.yy,
        onTask: task => {
            if (task.status === 'pending' || task.status === 'processing')
                lastSeenRunningAt = now();
            logProgress(task);
        },
        onDecision: line => f.log.debug?.(`${line} (task ${f.taskId})`),
        onRetry: (error, delayMs, streak) => f.log.warning(`Poll failed: ${error.message}; retrying in ${(0,format/* formatDuration */.a3)(delayMs)} (${streak} of at most ${settings.maxConsecutiveErrors} in a row).`)
    });
    return reportFromWait(result, { taskId: f.taskId, submitted, startedAt: f.startedAt, endedAt: now(), lastSeenRunningAt });
}


/***/ }),

/***/ 4027:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ interpretTask),
/* harmony export */   d: () => (/* binding */ failureAdvice)
/* harmony export */ });
const RUNNING = new Set(['pending', 'processing']);
function interpretTask(task) {
    if (RUNNING.has(task.status))
        return { kind: 'running' };
    if (task.status === 'completed') {
        if (task.results.length > 0)
            return { kind: 'succeeded', urls: task.results };
        const refused = task.refusedResults.length > 0 ? ` Refused as unsafe: ${task.refusedResults.slice(0, 3).join('; ')}.` : '';
        return { kind: 'failed', code: 'no_results', message: `The task completed but returned no usable video URL.${refused}` };
    }
    const code = task.error?.code ?? (task.status === 'failed' ? 'unknown_error' : 'unexpected_status');
    const message = task.error?.message ?? (task.status === 'failed' ? 'The task failed without an error message.' : `The task ended with status "${task.status}".`);
    return { kind: 'failed', code, message };
}
/** Server-side failure codes after which the same request may well succeed if submitted again. */
const WORTH_RESUBMITTING = new Set([
    'generation_failed_no_content',
    'service_error',
    'generation_timeout',
    'resource_exhausted',
    'quota_exceeded',
    'service_unavailable',
    'resource_not_found',
    'unknown_error'
]);
/** A hint for the failure annotation: whether re-running the workflow as it is can help. */
function failureAdvice(code) {
    if (WORTH_RESUBMITTING.has(code))
        return 'This is a server-side failure: re-running the workflow may succeed (it creates a new task).';
    if (code === 'content_policy_violation')
        return 'Change the prompt before re-running: EvoLink refused its content.';
    if (code === 'request_cancelled')
        return 'The task was cancelled on the EvoLink side.';
    return 'Change the request before re-running: EvoLink will refuse it again as it is.';
}


/***/ })

};
