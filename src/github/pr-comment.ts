// The sticky pull request comment: found by a hidden marker and updated, never posted twice.
import * as core from '@actions/core'
import { context, getOctokit } from '@actions/github'
import { boundedRequest } from './octokit.js'

const PR_EVENTS = new Set(['pull_request', 'pull_request_target'])

/** One comment per workflow and job, so two jobs that both preview a video keep their own. */
function commentMarker(): string {
  return `<!-- evolink-video-action:${context.workflow || '-'}:${context.job || '-'} -->`
}

/** Posts or updates the comment; returns its URL, or undefined when skipped or not permitted. */
export async function upsertPrComment(token: string, markdown: string, signal: AbortSignal): Promise<string | undefined> {
  const number = context.payload.pull_request?.number
  if (!PR_EVENTS.has(context.eventName) || typeof number !== 'number') {
    core.notice(`pr-comment is ignored on ${context.eventName || 'this'} events: it applies to pull_request events only.`)
    return undefined
  }
  const octokit = getOctokit(token)
  const request = boundedRequest(signal)
  const { owner, repo } = context.repo
  const marker = commentMarker()
  const body = `${marker}\n${markdown}`
  try {
    const comments = await octokit.paginate(octokit.rest.issues.listComments, { owner, repo, issue_number: number, per_page: 100, request })
    const mine = comments.find(comment => comment.body?.includes(marker))
    const { data } = mine
      ? await octokit.rest.issues.updateComment({ owner, repo, comment_id: mine.id, body, request })
      : await octokit.rest.issues.createComment({ owner, repo, issue_number: number, body, request })
    core.info(`${mine ? 'Updated' : 'Posted'} the pull request comment: ${data.html_url}`)
    return data.html_url
  } catch (error) {
    const status = (error as { status?: number }).status
    const hint = status === 403 || status === 404
      ? 'Give the job `permissions: pull-requests: write` (pull requests from forks get a read-only token).'
      : ''
    core.warning(`Could not comment on pull request #${number}: ${(error as Error).message}. ${hint}`.trim())
    return undefined
  }
}
