/**
 * Exactly one comment per pull request and configuration, updated in place on every run: the
 * comment is found by its hidden marker among those written by the token's own account (so that
 * quoting the marker, or another tool's comment, is never taken for it).
 */
import type { GitHubClient } from "./api.js";
import type { Repository } from "./context.js";
import { reportedIn } from "./comment.js";

/** GraphQL names a bot "github-actions", REST "github-actions[bot]": compare without the suffix. */
function sameAccount(a: string, b: string): boolean {
  const bare = (login: string) => login.replace(/\[bot\]$/, "").toLowerCase();
  return bare(a) === bare(b);
}

async function ownLogin(api: GitHubClient): Promise<string> {
  // GET /user is not open to the GITHUB_TOKEN; GraphQL's viewer works for every kind of token.
  const { viewer } = await api.graphql<{ viewer: { login: string } }>("query { viewer { login } }");
  return viewer.login;
}

export interface EarlierComment {
  /** The findings it reported, when it recorded them. */
  reported?: Set<string>;
}

export interface StickyTarget {
  repository: Repository;
  pullRequest: number;
  marker: string;
}

/**
 * Renders the comment knowing the earlier one, if any, and writes it: an update when there is
 * one, else a new comment. render returns undefined when there is nothing worth a new comment.
 */
export async function upsertStickyComment(
  api: GitHubClient,
  target: StickyTarget,
  render: (earlier: EarlierComment | undefined) => string | undefined,
): Promise<"created" | "updated" | "skipped"> {
  const login = await ownLogin(api);
  const comments = await api.paginate(api.rest.issues.listComments, {
    ...target.repository,
    issue_number: target.pullRequest,
    per_page: 100,
  });
  const existing = comments.find((c) => c.user && sameAccount(c.user.login, login) && c.body?.includes(target.marker));
  const reported = existing?.body ? reportedIn(existing.body) : undefined;
  const body = render(existing ? { ...(reported ? { reported } : {}) } : undefined);
  if (body === undefined) return "skipped";
  if (existing) {
    await api.rest.issues.updateComment({ ...target.repository, comment_id: existing.id, body });
    return "updated";
  }
  await api.rest.issues.createComment({ ...target.repository, issue_number: target.pullRequest, body });
  return "created";
}
