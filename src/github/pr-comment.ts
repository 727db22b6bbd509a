// The sticky pull request comment: found by a hidden marker and updated, never posted twice. Only a
// comment this token wrote is ever edited: anyone can paste the marker into a comment of their own.
import type { Log } from '../log.js'
import { context, getOctokit } from '@actions/github'
import { capMarkdown } from '../format.js'
import { cleanText, gitHubUrl } from '../net/untrusted.js'
import { boundedRequest } from './octokit.js'

const PR_EVENTS = new Set(['pull_request', 'pull_request_target'])
/** GitHub refuses comments over 65,536 characters. */
const MAX_COMMENT_CHARS = 60_000
/** Who the workflow's default token (GITHUB_TOKEN) writes as; it may not ask GitHub who it is. */
export const DEFAULT_TOKEN_LOGIN = 'github-actions[bot]'

/**
 * One comment per key: by default the workflow and job, so two jobs that preview a video keep their own;
 * `pr-comment-key` tells apart matrix legs or several steps of one job. The key holds no `>`, so it cannot
 * end the HTML comment early.
 */
export function commentMarker(key = `${context.workflow || '-'}:${context.job || '-'}`): string {
  return `<!-- evolink-video-action:${key.replace(/[^\w .:/-]/g, '-')} -->`
}

type Octokit = ReturnType<typeof getOctokit>

/** The login this token writes comments as: a personal token can ask; the default token cannot (403). */
async function ownLogin(octokit: Octokit, request: { signal: AbortSignal }): Promise<string> {
  try {
    return (await octokit.rest.users.getAuthenticated({ request })).data.login
  } catch {
    return DEFAULT_TOKEN_LOGIN
  }
}

/** Posts or updates the comment; returns its URL, or undefined when skipped or not permitted. */
export async function upsertPrComment(token: string, markdown: string, signal: AbortSignal, log: Log, key?: string): Promise<string | undefined> {
  const number = context.payload.pull_request?.number
  if (!PR_EVENTS.has(context.eventName) || typeof number !== 'number') {
    log.notice(`pr-comment is ignored on ${context.eventName || 'this'} events: it applies to pull_request events only.`)
    return undefined
  }
  const octokit = getOctokit(token)
  const request = boundedRequest(signal)
  const { owner, repo } = context.repo
  const marker = commentMarker(key)
  const body = `${marker}\n${capMarkdown(markdown, MAX_COMMENT_CHARS)}`
  try {
    const [login, comments] = await Promise.all([
      ownLogin(octokit, request),
      octokit.paginate(octokit.rest.issues.listComments, { owner, repo, issue_number: number, per_page: 100, request })
    ])
    const mine = comments.find(comment => comment.user?.login === login && comment.body?.startsWith(marker))
    const { data } = mine
      ? await octokit.rest.issues.updateComment({ owner, repo, comment_id: mine.id, body, request })
      : await octokit.rest.issues.createComment({ owner, repo, issue_number: number, body, request })
    const url = gitHubUrl(data.html_url)
    log.info(`${mine ? 'Updated' : 'Posted'} the pull request comment: ${url ?? '(no usable URL in the reply)'}`)
    return url
  } catch (error) {
    const status = (error as { status?: number }).status
    const hint = status === 403 || status === 404 ? 'Give the job `permissions: pull-requests: write` (pull requests from forks get a read-only token).' : ''
    log.warning(`Could not comment on pull request #${number}: ${cleanText((error as Error).message)}. ${hint}`.trim())
    return undefined
  }
}
