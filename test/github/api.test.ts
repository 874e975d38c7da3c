/** The API client's retry decision and its request timeout, against a real loopback server. */
import { describe, expect, test } from "@jest/globals";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { createGitHubClient, DEFAULT_RETRY_POLICY, retryDelay } from "../../src/github/api.js";

const failure = (status: number, message = "x", headers: Record<string, string> = {}) => ({
  status,
  message,
  response: { headers },
});

describe("retryDelay", () => {
  const policy = DEFAULT_RETRY_POLICY;
  test.each([
    ["a 500, first retry", failure(500), 0, 1000],
    ["a 502, third retry", failure(502), 2, 4000],
    [
      "a secondary rate limit with retry-after",
      failure(403, "You have exceeded a secondary rate limit", { "retry-after": "3" }),
      0,
      3000,
    ],
    ["a 429 with retry-after", failure(429, "x", { "retry-after": "0" }), 0, 0],
    [
      "a secondary rate limit named only in the message",
      failure(403, "You have exceeded a secondary rate limit"),
      1,
      2000,
    ],
    [
      "a rate limit that resets soon",
      failure(403, "API rate limit exceeded", { "x-ratelimit-remaining": "0", "x-ratelimit-reset": "1010" }),
      0,
      10_000,
    ],
  ])("%s: waits", (_name, error, retry, expected) => {
    expect(retryDelay(error, retry, policy, 1_000_000)).toBe(expected);
  });

  test.each([
    ["a 403 without a rate limit", failure(403, "Resource not accessible by integration")],
    ["a 404", failure(404)],
    ["a 422", failure(422)],
    [
      "a rate limit reset an hour away",
      failure(403, "API rate limit exceeded", { "x-ratelimit-remaining": "0", "x-ratelimit-reset": "4600" }),
    ],
    ["retry-after beyond the bound", failure(429, "x", { "retry-after": "3600" })],
    ["not an HTTP failure", new Error("boom")],
  ])("%s: final", (_name, error) => {
    expect(retryDelay(error, 0, policy, 1_000_000)).toBeUndefined();
  });
});

test("a request that times out is tried again, within the bound", async () => {
  let calls = 0;
  const server = createServer((req, res) => {
    calls += 1;
    // The first answer comes after the client has given up.
    const delay = calls === 1 ? 1000 : 0;
    setTimeout(
      () => res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ login: "octocat" })),
      delay,
    );
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  try {
    const api = createGitHubClient("t", `http://127.0.0.1:${(server.address() as AddressInfo).port}`, {
      attempts: 2,
      baseDelayMs: 10,
      maxDelayMs: 100,
      timeoutMs: 200,
    });
    const { data } = await api.rest.users.getAuthenticated();
    expect(data.login).toBe("octocat");
    expect(calls).toBe(2);
  } finally {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
});
