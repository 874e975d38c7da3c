/**
 * Policy bundles (.tar.gz) are read without extracting anything: a hostile or broken archive is
 * refused with a message saying why (exit 2), and nothing is written anywhere.
 */
import { afterAll, beforeAll, describe, expect, test } from "@jest/globals";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { createGzip, gzipSync } from "node:zlib";
import { readTarGz, writeTarGz } from "../src/engine/tar.js";
import { cli } from "./helpers.js";
import { acmeRule, FIXTURE, opa, pathWithOpa, pathWithoutOpa, writeTree } from "./policies-helpers.js";
import { describeWithTool } from "./tools.js";

const MiB = 1024 * 1024;
let work: string;
let noOpa: { PATH: string };
/** The members of a good bundle, to put beside the bad one. */
let good: { wasm: Buffer; rules: Buffer; bytes: Buffer };

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), "zhp-bundle-"));
  noOpa = { PATH: pathWithoutOpa(work) };
});

/** Builds the good bundle (with opa) for the tests that put its members beside bad ones. */
async function buildGood(): Promise<void> {
  const org = writeTree(join(work, "org"), acmeRule());
  const bundle = join(work, "acme.tar.gz");
  const r = await cli(["build-policies", org, "-o", bundle], work, { PATH: pathWithOpa() });
  if (r.code !== 0) throw new Error(r.stderr);
  const bytes = readFileSync(bundle);
  const members = readTarGz(bytes, ["policy.wasm", "rules.json"], { uncompressed: 64 * MiB, member: 32 * MiB });
  good = { wasm: Buffer.from(members.get("policy.wasm")!), rules: Buffer.from(members.get("rules.json")!), bytes };
}
afterAll(() => rmSync(work, { recursive: true, force: true }));

interface Member {
  name: string;
  data?: Buffer;
  /** The size the header claims (default: the data's). */
  size?: number;
  type?: string;
  linkname?: string;
}

/** A tar header written by hand, so that it can say anything. */
function header(m: Member): Buffer {
  const h = Buffer.alloc(512);
  h.write(m.name, 0, 100);
  h.write("0000644\0", 100);
  h.write("0000000\0", 108);
  h.write("0000000\0", 116);
  h.write(`${(m.size ?? m.data?.length ?? 0).toString(8).padStart(11, "0")}\0`, 124);
  h.write("00000000000\0", 136);
  h.write(m.type ?? "0", 156);
  h.write(m.linkname ?? "", 157, 100);
  h.write("ustar\0", 257);
  h.write("00", 263);
  h.fill(" ", 148, 156);
  let sum = 0;
  for (const b of h) sum += b;
  h.write(`${sum.toString(8).padStart(6, "0")}\0 `, 148);
  return h;
}

function tar(members: Member[], end = true): Buffer {
  const parts = members.flatMap((m) => {
    const data = m.data ?? Buffer.alloc(0);
    return [header(m), data, Buffer.alloc((512 - (data.length % 512)) % 512)];
  });
  return Buffer.concat([...parts, ...(end ? [Buffer.alloc(1024)] : [])]);
}

/** The good members, then `extra`. */
function withGood(...extra: Member[]): Member[] {
  return [{ name: "/policy.wasm", data: good.wasm }, { name: "/rules.json", data: good.rules }, ...extra];
}

/** A gzip of `size` zero bytes after a tar header claiming them, streamed: the bomb is never in memory whole. */
async function gzipBomb(size: number): Promise<Buffer> {
  const gzip = createGzip({ level: 9 });
  const chunks: Buffer[] = [];
  gzip.on("data", (c: Buffer) => chunks.push(c));
  const done = new Promise((ok) => gzip.on("end", ok));
  gzip.write(header({ name: "policy.wasm", size }));
  const zeros = Buffer.alloc(MiB);
  for (let written = 0; written < size; written += MiB) {
    if (!gzip.write(zeros)) await new Promise((ok) => gzip.once("drain", ok));
  }
  gzip.end();
  await done;
  return Buffer.concat(chunks);
}

/** Every file below dir, for "nothing was written" checks. */
function listing(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: "utf8" }).sort();
}

const hostile: Array<[string, () => Buffer | Promise<Buffer>, RegExp]> = [
  [
    "a member whose name climbs out (../../escape.txt)",
    () => gzipSync(tar(withGood({ name: "../../escape.txt", data: Buffer.from("pwned") }))),
    /member "..\/..\/escape.txt": the name "..\/..\/escape.txt" points outside the archive/,
  ],
  [
    "a member that climbs out midway (rules/../../../escape.txt)",
    () => gzipSync(tar(withGood({ name: "rules/../../../escape.txt", data: Buffer.from("pwned") }))),
    /points outside the archive/,
  ],
  [
    "a Windows path",
    () => gzipSync(tar(withGood({ name: "..\\escape.txt", data: Buffer.from("pwned") }))),
    /points outside the archive/,
  ],
  [
    "a symbolic link",
    () =>
      gzipSync(
        tar([
          { name: "policy.wasm", type: "2", linkname: "/etc/passwd" },
          { name: "rules.json", data: good.rules },
        ]),
      ),
    /member "policy.wasm" is a link; a policy bundle holds only regular files/,
  ],
  [
    "a hard link",
    () => gzipSync(tar(withGood({ name: "copy.wasm", type: "1", linkname: "policy.wasm" }))),
    /member "copy.wasm" is a link/,
  ],
  ["a device", () => gzipSync(tar(withGood({ name: "dev/sda", type: "4" }))), /member "dev\/sda" is a device or FIFO/],
  [
    "a member over the size limit",
    () => gzipSync(tar(withGood({ name: "big.bin", data: Buffer.alloc(33 * MiB) }))),
    /member "big\.bin" is 33 MiB, more than the 32 MiB a member may have/,
  ],
  [
    "a gzip bomb (100 MiB of zeros in 100 KiB)",
    () => gzipBomb(100 * MiB),
    /it expands to more than 64 MiB, the limit for a policy bundle/,
  ],
  [
    "a file over the compressed limit",
    () => Buffer.alloc(17 * MiB, 1),
    /it is 17 MiB, more than the 16 MiB a policy bundle may have/,
  ],
  [
    "a truncated download",
    () => good.bytes.subarray(0, Math.floor(good.bytes.length / 2)),
    /not a valid gzip file \(unexpected end of file\)/,
  ],
  [
    "a tar cut inside a member",
    () => gzipSync(tar(withGood()).subarray(0, 700)),
    /member "\/policy\.wasm" is cut short: the archive is truncated/,
  ],
  [
    "a tar without its end",
    () => gzipSync(tar(withGood(), false)),
    /the archive is truncated \(it ends without the end-of-archive marker\)/,
  ],
  [
    "a header with a wrong checksum",
    () => gzipSync(Buffer.from(tar(withGood()).fill(0x41, 0, 10))),
    /member at byte 0: the header checksum is wrong/,
  ],
  ["not gzip", () => Buffer.from("this is not an archive"), /not a valid gzip file \(incorrect header check\)/],
  ["gzip, but not tar", () => gzipSync(Buffer.alloc(2048, 0x61)), /member at byte 0: not a tar header/],
  [
    "a member twice",
    () => gzipSync(tar(withGood({ name: "./policy.wasm", data: good.wasm }))),
    /member ".\/policy\.wasm" appears twice/,
  ],
  [
    "a tar without the policy",
    () => gzipSync(tar([{ name: "rules.json", data: good.rules }])),
    /it has no policy\.wasm \(build it with 'zowe-ha-policy build-policies DIR'\)/,
  ],
];

describeWithTool(opa, "beside a good bundle built by build-policies", () => {
  beforeAll(buildGood);

  describe("a hostile or broken bundle is refused (exit 2) and nothing is written", () => {
    test.each(hostile)("%s", async (_name, make, message) => {
      const repo = writeTree(mkdtempSync(join(work, "repo-")), {
        "zowe.yaml": FIXTURE,
        ".zowe-ha-policy.yaml": "policies:\n  - vendor/evil.tar.gz\n",
      });
      mkdirSync(join(repo, "vendor"));
      writeFileSync(join(repo, "vendor", "evil.tar.gz"), await make());
      const before = listing(work);
      const r = await cli(["check", "-f", "json"], repo, noOpa);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe("");
      expect(r.stderr).toMatch(
        /^zowe-ha-policy: policy error: custom policy vendor\/evil\.tar\.gz: not a usable policy bundle: /,
      );
      expect(r.stderr).toMatch(message);
      expect(listing(work)).toEqual(before);
      for (const base of [repo, join(repo, "vendor")])
        expect(existsSync(resolve(base, "../../escape.txt"))).toBe(false);
    });
  });

  describe("the tar format", () => {
    test("a bundle from build-policies is an OPA bundle: policy, rules and the manifest naming the entrypoint", () => {
      const read = readTarGz(good.bytes, [".manifest", "policy.wasm", "rules.json"], {
        uncompressed: 64 * MiB,
        member: 32 * MiB,
      });
      expect(JSON.parse(Buffer.from(read.get(".manifest")!).toString())).toMatchObject({
        wasm: [{ entrypoint: "zowe_ha/main/findings", module: "/policy.wasm" }],
      });
      expect(
        JSON.parse(Buffer.from(read.get("rules.json")!).toString()).rules.map((r: { id: string }) => r.id),
      ).toEqual(["ACME-001"]);
    });
  });
});

describe("the tar format", () => {
  test("the writer is reproducible and the reader reads what it wrote", () => {
    const members = [
      { name: "/a.txt", data: Buffer.from("a") },
      { name: "/dir/b.bin", data: Buffer.alloc(1000, 7) },
    ];
    const bytes = writeTarGz(members);
    expect(Buffer.from(writeTarGz(members)).equals(Buffer.from(bytes))).toBe(true);
    const read = readTarGz(bytes, ["a.txt", "dir/b.bin", "missing"], { uncompressed: MiB, member: MiB });
    expect([...read.keys()]).toEqual(["a.txt", "dir/b.bin"]);
    expect(Buffer.from(read.get("dir/b.bin")!).equals(Buffer.alloc(1000, 7))).toBe(true);
  });
});
