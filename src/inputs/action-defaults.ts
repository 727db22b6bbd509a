// Generated from action.yml by scripts/action-defaults.mjs (part of npm run build): do not edit.
/** Each input's default as action.yml declares it; inputs whose default is an expression are absent. */
export const ACTION_DEFAULTS: Readonly<Record<string, string>> = {
  "model": "kling-o3-text-to-video",
  "files-base-url": "https://files-api.evolink.ai",
  "max-upload-size": "10MiB",
  "wait": "true",
  "poll-interval": "10",
  "poll-strategy": "adaptive",
  "timeout": "900",
  "request-timeout": "30",
  "max-consecutive-errors": "10",
  "base-url": "https://api.evolink.ai",
  "max-download-size": "2GiB",
  "pr-comment": "false",
  "release-asset": "false",
  "artifact": "false",
  "dry-run": "false",
  "reuse": "re-run",
  "max-concurrent": "4",
  "model-checks": "enforce"
}
