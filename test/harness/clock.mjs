// Preloaded into the action (node --import) by tests that need it to run later than it does: a run a day
// after the one that made a video, whose links have expired by then. TEST_CLOCK_OFFSET_MS is added to
// Date.now(); timers and performance.now() are untouched, so every wait is as long as ever.
const offset = Number(process.env.TEST_CLOCK_OFFSET_MS || 0)
const now = Date.now
Date.now = () => now() + offset
