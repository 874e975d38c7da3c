/**
 * The GitHub API client: @actions/github's Octokit pointed at the run's API URL (GitHub.com,
 * GHES, or a test server), with a timeout on every request and bounded retries with backoff on
 * server errors and secondary rate limits.
 */
import { getOctokit } from "@actions/github";

export type GitHubClient = ReturnType<typeof getOctokit>;

export interface RetryPolicy {
  /** Tries per request, the first included. */
  attempts: number;
  /** The first backoff; each further retry waits twice as long. */
  baseDelayMs: number;
  /** A wait GitHub asks for beyond this (a primary rate limit resets hourly) is not waited for. */
  maxDelayMs: number;
  timeoutMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  attempts: 4,
  baseDelayMs: 1000,
  maxDelayMs: 60_000,
  timeoutMs: 30_000,
};

/** The parts of Octokit's RequestError the retry decision reads (timeouts surface as status 500). */
interface HttpFailure {
  status: number;
  message: string;
  response?: { headers: Record<string, string | number | undefined> };
}

function isHttpFailure(error: unknown): error is HttpFailure {
  return typeof error === "object" && error !== null && typeof (error as { status?: unknown }).status === "number";
}

/** The HTTP status of a failed API call, if it got one. */
export function statusOf(error: unknown): number | undefined {
  return isHttpFailure(error) ? error.status : undefined;
}

function header(failure: HttpFailure, name: string): number | undefined {
  const value = failure.response?.headers[name];
  const n = Number(value);
  return value === undefined || value === "" || Number.isNaN(n) ? undefined : n;
}

/**
 * How long to wait before trying again, or undefined when the failure is final. GitHub signals
 * secondary rate limits with 403 or 429 and retry-after (or x-ratelimit-remaining: 0 and a reset
 * time); 4xx otherwise means the request itself is wrong or not allowed.
 */
export function retryDelay(error: unknown, retry: number, policy: RetryPolicy, now = Date.now()): number | undefined {
  if (!isHttpFailure(error)) return undefined;
  const retryAfter = header(error, "retry-after");
  const reset = header(error, "x-ratelimit-reset");
  const limited =
    (error.status === 403 || error.status === 429) &&
    (retryAfter !== undefined ||
      header(error, "x-ratelimit-remaining") === 0 ||
      /secondary rate limit/i.test(error.message));
  if (error.status < 500 && !limited) return undefined;
  const delay =
    retryAfter !== undefined
      ? retryAfter * 1000
      : limited && reset !== undefined
        ? Math.max(0, reset * 1000 - now)
        : policy.baseDelayMs * 2 ** retry;
  return delay <= policy.maxDelayMs ? delay : undefined;
}

export function createGitHubClient(
  token: string,
  apiUrl: string,
  policy: RetryPolicy = DEFAULT_RETRY_POLICY,
): GitHubClient {
  const client = getOctokit(token, { baseUrl: apiUrl });
  client.hook.wrap("request", async (request, options) => {
    for (let attempt = 1; ; attempt++) {
      // The hooks of one request share its options object (each is bound to it): the signal must
      // be set on that object to reach fetch.
      options.request = { ...options.request, signal: AbortSignal.timeout(policy.timeoutMs) };
      try {
        return await request(options);
      } catch (error) {
        const delay = attempt < policy.attempts ? retryDelay(error, attempt - 1, policy) : undefined;
        if (delay === undefined) throw error;
        await new Promise((resolve) => setTimeout(resolve, delay));
      }
    }
  });
  return client;
}
