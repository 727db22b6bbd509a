// The video as a workflow artifact of this run (input `artifact`): uploaded unzipped by @actions/artifact in
// the runner-services child process (cache-job.ts), so a service that does not answer is stopped at the
// step's deadline (the library retries a 503 for about 30 s and has no deadline of its own). The file is
// linked under the artifact's name in a staging folder: with skipArchive the library names the artifact after
// the file. Its page, not a download URL, is what lasts: GitHub serves it for the repository's retention.
import { copyFile, link, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { callCache } from './actions-cache.js'
import { cleanText } from '../net/untrusted.js'

export interface ArtifactUpload {
  /** The video to upload. */
  file: string
  /** The artifact's (and the file's) name: <id>.mp4, download-path's file name, or evolink-<task id>.mp4. */
  name: string
  retentionDays?: number
  /** The most this may take: what is left of the step's timeout. */
  budgetMs: number
  onLog?: (line: string) => void
  env?: NodeJS.ProcessEnv
}

/** The artifact's page: {server}/{repository}/actions/runs/{run id}/artifacts/{id}. */
export function artifactPage(id: number, env: NodeJS.ProcessEnv = process.env): string {
  const server = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '')
  return `${server}/${env.GITHUB_REPOSITORY ?? ''}/actions/runs/${env.GITHUB_RUN_ID ?? ''}/artifacts/${id}`
}

/** Uploads the video; throws with a sentence saying why when it could not. */
export async function uploadVideoArtifact(o: ArtifactUpload): Promise<{ url: string; id: number; kept: boolean; replaced: boolean }> {
  if (o.budgetMs <= 0) throw new Error('the step reached its timeout before the artifact upload')
  const env = o.env ?? process.env
  const dir = await mkdtemp(join(env.RUNNER_TEMP || tmpdir(), 'evolink-artifact-'))
  try {
    // A hard link costs nothing; another file system needs a copy.
    await link(o.file, join(dir, o.name)).catch(() => copyFile(o.file, join(dir, o.name)))
    const answer = await callCache({ op: 'artifact', paths: [o.name], key: o.name, cwd: dir, budgetMs: o.budgetMs, retentionDays: o.retentionDays, onLog: o.onLog })
    if (answer.error || !answer.artifact) throw new Error(`the artifact upload failed: ${cleanText(answer.error ?? 'the service gave no artifact', 300)}`)
    return { url: artifactPage(answer.artifact.id, env), id: answer.artifact.id, kept: answer.artifact.kept, replaced: answer.artifact.replaced }
  } finally {
    await rm(dir, { recursive: true, force: true }).catch(() => undefined)
  }
}
