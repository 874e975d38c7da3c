/**
 * A real HTTP server on 127.0.0.1 standing in for the GitHub API: the endpoints the action calls,
 * with state (comments, check runs), recorded requests, and failures to inject.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export interface RecordedRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  authorization?: string;
  body: unknown;
}

export interface Comment {
  id: number;
  body: string;
  user: { login: string };
}

interface Failure {
  method: string;
  path: RegExp;
  status: number;
  times: number;
  headers: Record<string, string>;
  message: string;
}

export const BOT = "github-actions[bot]";

export class FakeGitHub {
  readonly requests: RecordedRequest[] = [];
  readonly comments: Comment[] = [];
  readonly checkRuns = new Map<
    number,
    { name: string; head_sha: string; status?: string; conclusion?: string; annotations: unknown[] }
  >();
  /** The pull request's files as "List pull request files" returns them. */
  prFiles: Array<{ filename: string; status: string; patch?: string }> = [];
  /** Files at a commit for the Contents API: `${ref}:${path}` → text. */
  readonly contents = new Map<string, string>();
  private readonly failures: Failure[] = [];
  private nextId = 1000;
  private server: Server | undefined;
  url = "";

  async start(): Promise<this> {
    this.server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => this.server?.listen(0, "127.0.0.1", resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => this.server?.close(() => resolve()));
  }

  /** The next `times` requests matching method and path fail with status. */
  fail(
    method: string,
    path: RegExp,
    status: number,
    options: { times?: number; headers?: Record<string, string>; message?: string } = {},
  ): void {
    this.failures.push({
      method,
      path,
      status,
      times: options.times ?? 1,
      headers: options.headers ?? {},
      message: options.message ?? "Resource not accessible by integration",
    });
  }

  /** A comment written by someone else, or an earlier one. */
  addComment(body: string, login = BOT): Comment {
    const comment = { id: this.nextId++, body, user: { login } };
    this.comments.push(comment);
    return comment;
  }

  reset(): void {
    this.requests.length = 0;
    this.comments.length = 0;
    this.checkRuns.clear();
    this.prFiles = [];
    this.contents.clear();
    this.failures.length = 0;
  }

  requestsTo(method: string, path: RegExp): RecordedRequest[] {
    return this.requests.filter((r) => r.method === method && path.test(r.path));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString("utf8");
    const url = new URL(req.url ?? "/", this.url);
    const request: RecordedRequest = {
      method: req.method ?? "GET",
      path: url.pathname,
      query: url.searchParams,
      ...(req.headers.authorization ? { authorization: req.headers.authorization } : {}),
      body: text ? JSON.parse(text) : undefined,
    };
    this.requests.push(request);
    const failure = this.failures.find((f) => f.times > 0 && f.method === request.method && f.path.test(request.path));
    if (failure) {
      failure.times -= 1;
      return this.send(
        res,
        failure.status,
        { message: failure.message, documentation_url: "https://docs.github.com/rest" },
        failure.headers,
      );
    }
    return this.route(request, res);
  }

  private send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
    const text = typeof body === "string" ? body : JSON.stringify(body);
    res.writeHead(status, {
      "content-type": typeof body === "string" ? "text/plain" : "application/json; charset=utf-8",
      ...headers,
    });
    res.end(text);
  }

  /** A page of items, with the Link header Octokit's paginate follows. */
  private page(req: RecordedRequest, res: ServerResponse, items: unknown[]): void {
    const perPage = Number(req.query.get("per_page") ?? 30);
    const page = Number(req.query.get("page") ?? 1);
    const headers: Record<string, string> = {};
    if (page * perPage < items.length) {
      const next = new URL(req.path, this.url);
      next.searchParams.set("per_page", String(perPage));
      next.searchParams.set("page", String(page + 1));
      headers.link = `<${next}>; rel="next"`;
    }
    this.send(res, 200, items.slice((page - 1) * perPage, page * perPage), headers);
  }

  private route(req: RecordedRequest, res: ServerResponse): void {
    const { method, path } = req;
    const body = (req.body ?? {}) as Record<string, unknown>;
    let m: RegExpExecArray | null;
    if (method === "POST" && path === "/graphql") return this.send(res, 200, { data: { viewer: { login: BOT } } });
    if (method === "GET" && /^\/repos\/[^/]+\/[^/]+\/issues\/\d+\/comments$/.test(path))
      return this.page(req, res, this.comments);
    if (method === "POST" && /^\/repos\/[^/]+\/[^/]+\/issues\/\d+\/comments$/.test(path)) {
      return this.send(res, 201, this.addComment(String(body.body)));
    }
    if (method === "PATCH" && (m = /^\/repos\/[^/]+\/[^/]+\/issues\/comments\/(\d+)$/.exec(path))) {
      const comment = this.comments.find((c) => c.id === Number(m?.[1]));
      if (!comment) return this.send(res, 404, { message: "Not Found" });
      comment.body = String(body.body);
      return this.send(res, 200, comment);
    }
    if (method === "POST" && /^\/repos\/[^/]+\/[^/]+\/check-runs$/.test(path)) {
      const id = this.nextId++;
      const output = (body.output ?? {}) as { annotations?: unknown[] };
      this.checkRuns.set(id, {
        name: String(body.name),
        head_sha: String(body.head_sha),
        ...(body.status ? { status: String(body.status) } : {}),
        ...(body.conclusion ? { conclusion: String(body.conclusion) } : {}),
        annotations: [...(output.annotations ?? [])],
      });
      return this.send(res, 201, { id });
    }
    if (method === "PATCH" && (m = /^\/repos\/[^/]+\/[^/]+\/check-runs\/(\d+)$/.exec(path))) {
      const run = this.checkRuns.get(Number(m[1]));
      if (!run) return this.send(res, 404, { message: "Not Found" });
      const output = (body.output ?? {}) as { annotations?: unknown[] };
      run.annotations.push(...(output.annotations ?? []));
      if (body.status) run.status = String(body.status);
      if (body.conclusion) run.conclusion = String(body.conclusion);
      return this.send(res, 200, { id: Number(m[1]) });
    }
    if (method === "GET" && /^\/repos\/[^/]+\/[^/]+\/pulls\/\d+\/files$/.test(path))
      return this.page(req, res, this.prFiles);
    if (method === "GET" && (m = /^\/repos\/[^/]+\/[^/]+\/contents\/(.+)$/.exec(path))) {
      const text = this.contents.get(`${req.query.get("ref")}:${decodeURIComponent(m[1] ?? "")}`);
      return text === undefined ? this.send(res, 404, { message: "Not Found" }) : this.send(res, 200, text);
    }
    this.send(res, 404, { message: `no route for ${method} ${path}` });
  }
}
