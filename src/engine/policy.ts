/**
 * The compiled policy (Rego → wasm) run in-process with @open-policy-agent/opa-wasm: one
 * aggregate entrypoint evaluated on each part of the model in one instance, with the result
 * checked before anything trusts it.
 */
import * as sdk from "@open-policy-agent/opa-wasm";
import type { LoadedPolicy } from "@open-policy-agent/opa-wasm";
import type { PathSegment, Severity } from "../core/findings.js";
import { isSeverity } from "../core/findings.js";
import { ENTRYPOINT } from "./entrypoint.js";
import { PART_BYTES, type InputPart } from "./partition.js";

/**
 * Instantiates synchronously: the SDK's asynchronous loadPolicy asks whether its argument is a
 * fetch Response, and the first look at that global makes Node load its HTTP client (undici:
 * 17-40 ms of a 300 ms run). The SDK's ES module exports loadPolicySync on its default export only.
 */
const { loadPolicySync } = (sdk as unknown as { default: Pick<typeof sdk, "loadPolicySync"> }).default;

/** A violation as a rule reports it, before it is located in the source files. */
export interface Violation {
  /** "<group>/<name>" of the rule package. */
  rule: string;
  message: string;
  path: PathSegment[];
  /** Index of the Zowe configuration (input.zowe) the violation is about. */
  zowe?: number;
  /** Index of the Kubernetes object (input.kubernetes) the violation is about. */
  object?: number;
  instance?: string;
  severity?: Severity;
  /** The rule judged by the configuration's Zowe version: a finding says when that version was assumed. */
  versioned?: true;
}

/**
 * An entrypoint evaluated instead of ENTRYPOINT that gives the findings together with a view of
 * the input ({findings, view}: the bundled policy's TOPOLOGY_ENTRYPOINT). One evaluation computes
 * what both read once; two evaluations of the same part share nothing.
 */
export interface ViewReader {
  entrypoint: string;
  /** Takes the view on one part; the part maps its indexes to the whole input's. */
  read(view: unknown, part: InputPart): void;
}

/** The policy could not be loaded or evaluated, or returned something malformed. */
export class PolicyError extends Error {
  override readonly name = "PolicyError";
}

const PAGE = 64 * 1024;
/**
 * Half of wasm32's 4 GiB: OPA's allocator fails to start in a memory that begins at the limit,
 * and the rest can still be grown into.
 */
const MAX_INITIAL_PAGES = 32768;

/**
 * Initial wasm memory for an input of this many bytes: enough that the memory need not grow during
 * the evaluation. Each time OPA's allocator grows it, V8 counts the new pages as external memory and
 * collects garbage: 800 haInstances (472 KiB of input) grew the memory from 64 to 273 MB in 1,044
 * full collections and took 13.6 s, and 1.9 s with 281 MB from the start (500 zowe.yaml files had
 * taken 10.5 s with 24 bytes per input byte, 4.9 s with 96). Pages never touched are reserved,
 * not resident, so peak RSS does not change.
 */
function initialPages(inputBytes: number): number {
  return Math.min(MAX_INITIAL_PAGES, 1024 + Math.ceil((inputBytes * 1024) / PAGE));
}

/** SDK errors are thrown as strings or plain objects: make them readable. */
function describe(error: unknown): string {
  if (error instanceof Error) return error.message;
  if (typeof error === "string") return error;
  if (typeof error === "object" && error !== null && "message" in error)
    return String((error as { message: unknown }).message);
  return String(error);
}

function isPathSegment(value: unknown): value is PathSegment {
  return typeof value === "string" || (typeof value === "number" && Number.isInteger(value) && value >= 0);
}

function validIndex(value: unknown, length: number): value is number {
  return typeof value === "number" && Number.isInteger(value) && value >= 0 && value < length;
}

/** Checks one element of a part's result; anything unexpected is an error naming the rule. Indexes become the whole input's. */
function toViolation(raw: unknown, subjects: InputPart, policyName: string): Violation {
  const fail = (why: string): never => {
    throw new PolicyError(
      `${policyName}: rule ${rule} returned a malformed violation (${why}): ${JSON.stringify(raw)}`,
    );
  };
  const v = (typeof raw === "object" && raw !== null ? raw : {}) as Record<string, unknown>;
  const rule = typeof v.rule === "string" ? v.rule : "(unknown)";
  if (typeof v.rule !== "string") fail("no rule");
  if (typeof v.message !== "string" || v.message === "") fail("message must be a non-empty string");
  if (!Array.isArray(v.path) || !v.path.every(isPathSegment)) fail("path must be an array of keys and indexes");
  const hasZowe = "zowe" in v;
  const hasObject = "object" in v;
  if (hasZowe === hasObject) fail("exactly one of zowe and object must be set");
  if (hasZowe && !validIndex(v.zowe, subjects.zowe.length)) fail("zowe is not the index of a Zowe configuration");
  if (hasObject && !validIndex(v.object, subjects.kubernetes.length))
    fail("object is not the index of a Kubernetes object");
  if ("instance" in v && typeof v.instance !== "string") fail("instance must be a string");
  if ("severity" in v && !isSeverity(v.severity)) fail("severity must be error, warning or info");
  if ("versioned" in v && v.versioned !== true) fail("versioned must be true");
  return {
    rule: v.rule as string,
    message: v.message as string,
    path: v.path as PathSegment[],
    ...(hasZowe
      ? { zowe: subjects.zowe[v.zowe as number] as number }
      : { object: subjects.kubernetes[v.object as number] as number }),
    ...(typeof v.instance === "string" ? { instance: v.instance } : {}),
    ...(isSeverity(v.severity) ? { severity: v.severity } : {}),
    ...(v.versioned === true ? { versioned: true as const } : {}),
  };
}

export class Policy {
  private constructor(
    /** Shown in errors: which policy failed. */
    readonly name: string,
    private readonly module: WebAssembly.Module,
    private readonly entrypoints: ReadonlySet<string>,
  ) {}

  /** The module was compiled with this entrypoint (a view only the bundled policy has). */
  provides(entrypoint: string): boolean {
    return this.entrypoints.has(entrypoint);
  }

  /**
   * The instance the checks ran in, kept for the first evaluation: an instance costs milliseconds,
   * a part of the bundled policy's input fits the memory it has.
   */
  private spare?: { instance: LoadedPolicy; capacity: number };

  /**
   * Compiles the module (or takes one compiled ahead, see warm-up.ts) and checks that it can run
   * here and has ENTRYPOINT and the views asked for.
   */
  static async load(
    name: string,
    wasm: Uint8Array | Promise<WebAssembly.Module>,
    views: readonly string[] = [],
  ): Promise<Policy> {
    let module: WebAssembly.Module;
    try {
      module = await (wasm instanceof Uint8Array ? WebAssembly.compile(wasm) : wasm);
    } catch (error) {
      throw new PolicyError(`${name}: not a valid WebAssembly module: ${describe(error)}`);
    }
    const policy = new Policy(name, module, new Set([ENTRYPOINT, ...views]));
    const instance = policy.instantiate(PART_BYTES);
    for (const entrypoint of policy.entrypoints) {
      if (!(entrypoint in instance.entrypoints))
        throw new PolicyError(
          `${name}: the module has no entrypoint ${entrypoint} (it has: ${Object.keys(instance.entrypoints).join(", ") || "none"})`,
        );
    }
    const missing = requiredHostBuiltins(instance);
    if (missing.length > 0) {
      throw new PolicyError(`${name}: the module calls builtins that are not native to wasm: ${missing.join(", ")}`);
    }
    policy.spare = { instance, capacity: PART_BYTES };
    return policy;
  }

  /**
   * Evaluates each part of the input in turn and returns the checked violations, their indexes
   * those of the whole input; with a view, its entrypoint, and the view reads each part's. Each
   * evaluation starts again from the same heap, so one instance serves every part that fits the
   * memory it was given; a larger part gets a new instance with enough memory from the start.
   */
  async evaluate(parts: Iterable<InputPart>, view?: ViewReader): Promise<Violation[]> {
    if (view && !this.provides(view.entrypoint))
      throw new PolicyError(`${this.name}: the entrypoint ${view.entrypoint} was not asked for when it was loaded`);
    let { instance, capacity } = this.spare ?? { instance: undefined, capacity: 0 };
    this.spare = undefined;
    const violations: Violation[] = [];
    for (const part of parts) {
      const { json } = part;
      if (!instance || json.byteLength > capacity) {
        capacity = Math.max(json.byteLength, 2 * capacity);
        instance = this.instantiate(capacity);
      }
      let result = this.result(instance, json, view?.entrypoint ?? ENTRYPOINT);
      if (view) {
        const both = (typeof result === "object" && result !== null ? result : {}) as Record<string, unknown>;
        if (!("view" in both))
          throw new PolicyError(`${this.name}: the entrypoint ${view.entrypoint} must return {findings, view}`);
        view.read(both.view, part);
        result = both.findings;
      }
      if (!Array.isArray(result)) throw new PolicyError(`${this.name}: the entrypoint must return a set of violations`);
      for (const raw of result) violations.push(toViolation(raw, part, this.name));
    }
    return violations;
  }

  /** The entrypoint's value for one input. */
  private result(instance: LoadedPolicy, json: Uint8Array, entrypoint: string): unknown {
    let resultSet: unknown;
    try {
      resultSet = evaluateJson(instance, json, entrypoint);
    } catch (error) {
      throw new PolicyError(`${this.name}: evaluation failed: ${describe(error)}`);
    }
    if (!Array.isArray(resultSet) || resultSet.length !== 1) {
      throw new PolicyError(
        `${this.name}: evaluation returned no result (the entrypoint ${entrypoint} is undefined for this input)`,
      );
    }
    return (resultSet[0] as { result?: unknown }).result;
  }

  private instantiate(inputBytes: number): LoadedPolicy {
    try {
      return loadPolicySync(this.module, { initial: initialPages(inputBytes) });
    } catch (error) {
      throw new PolicyError(`${this.name}: cannot instantiate the module: ${describe(error)}`);
    }
  }
}

const decoder = new TextDecoder();

/**
 * The SDK's evaluation (ABI 1.2: the input's JSON copied into the memory, one opa_eval call), with
 * the result's end found by a native search for its NUL byte: the SDK reads the result byte by
 * byte in JavaScript, which took 86 ms of a 2 s check of 10,000 objects.
 */
function evaluateJson(policy: LoadedPolicy, json: Uint8Array, entrypoint: string): unknown {
  const id = policy.entrypoints[entrypoint] as number | undefined;
  if (policy.minorVersion < 2 || id === undefined) {
    // The SDK takes JSON bytes as-is only from an exactly sized ArrayBuffer.
    const buffer = json.buffer.byteLength === json.byteLength ? json.buffer : json.slice().buffer;
    return policy.evaluate(buffer as ArrayBuffer, entrypoint);
  }
  const exports = (
    policy.wasmInstance instanceof WebAssembly.Instance ? policy.wasmInstance : policy.wasmInstance.instance
  ).exports as { opa_eval: (...args: number[]) => number };
  const address = policy.dataHeapPtr as number;
  const missing = address + json.byteLength - policy.mem.buffer.byteLength;
  if (missing > 0) policy.mem.grow(Math.ceil(missing / PAGE));
  new Uint8Array(policy.mem.buffer).set(json, address);
  const result = exports.opa_eval(0, id, policy.dataAddr, address, json.byteLength, address + json.byteLength, 0);
  const memory = new Uint8Array(policy.mem.buffer);
  return JSON.parse(decoder.decode(memory.subarray(result, memory.indexOf(0, result))));
}

/** Builtins the module imports from the host (the SDK would supply some in JS, unlike OPA). */
function requiredHostBuiltins(policy: LoadedPolicy): string[] {
  const exports =
    policy.wasmInstance instanceof WebAssembly.Instance
      ? policy.wasmInstance.exports
      : policy.wasmInstance.instance.exports;
  const builtins = exports.builtins as () => number;
  const dump = exports.opa_json_dump as (addr: number) => number;
  const address = dump(builtins());
  const memory = new Uint8Array(policy.mem.buffer);
  let end = address;
  while (memory[end] !== 0) end += 1;
  const map = JSON.parse(new TextDecoder().decode(memory.subarray(address, end))) as Record<string, number>;
  return Object.keys(map).sort();
}
