/** How the repository shows which files Zowe merges, and which Zowe version a configuration runs on. */
import { describe, expect, test } from "@jest/globals";
import { findConfigLists, mapConfigList } from "../src/zowe/config-lists.js";
import { layering } from "../src/zowe/layering.js";
import { detectVersion } from "../src/zowe/version.js";

const entries = (text: string) => findConfigLists(text, "f").map((l) => l.entries.map((e) => `${e.kind}:${e.target}`));

describe("configuration lists", () => {
  test("CONFIG= in a procedure's STDENV, continued after a backslash, JCL sequence numbers and padding ignored", () => {
    const proc = [
      "//STDENV   DD  *",
      "_CEE_ENVFILE_CONTINUATION=\\",
      "CONFIG=PARMLIB(SYS1.ZOWE.PARMLIB(ZWEYAML))\\    ".padEnd(72) + "00010000",
      ":FILE(/apps/zowe/v3/zowe.yaml)                  ",
      "/*",
    ].join("\n");
    const [list] = findConfigLists(proc, "proclib/ZWESLSTC");
    expect(list?.entries.map((e) => [e.kind, e.target, e.region.line, e.region.column])).toEqual([
      ["PARMLIB", "ZWEYAML", 3, 8],
      ["FILE", "/apps/zowe/v3/zowe.yaml", 4, 2],
    ]);
    expect(list?.text).toBe("PARMLIB(SYS1.ZOWE.PARMLIB(ZWEYAML)):FILE(/apps/zowe/v3/zowe.yaml)");
  });

  test("zwe commands with --config or -c, quoted or not, in scripts and workflow steps", () => {
    expect(entries('zwe start --config "FILE(/u/a.yaml):FILE(/u/b.yaml)" --ha-instance lpar1')).toEqual([
      ["FILE:/u/a.yaml", "FILE:/u/b.yaml"],
    ]);
    expect(entries("      run: zwe init -c 'FILE(/u/a.yaml):FILE(/u/b.yaml)'")).toEqual([
      ["FILE:/u/a.yaml", "FILE:/u/b.yaml"],
    ]);
    expect(entries("zwe start \\\n  --config=FILE(/u/a.yaml):FILE(/u/b.yaml) \\\n  -v")).toEqual([
      ["FILE:/u/a.yaml", "FILE:/u/b.yaml"],
    ]);
  });

  test("a single file, and text that is not a list, are no layering", () => {
    expect(entries("CONFIG=/global/zowe/zowe.yaml")).toEqual([]);
    expect(entries("CONFIG=FILE(/global/zowe/zowe.yaml)")).toEqual([]);
    expect(entries("CONFIG=FILE(/a.yaml) and FILE(/b.yaml)")).toEqual([]);
    expect(entries("echo FILE(/a.yaml):FILE(/b.yaml)")).toEqual([]);
  });

  test("entries map to files by the longest common path suffix, PARMLIB members by name", () => {
    const [list] = findConfigLists("CONFIG=FILE(/g/zowe/config/zowe.yaml):PARMLIB(SYS1.PARMLIB(ZWEYAML))", "p");
    const files = ["/repo/old/zowe.yaml", "/repo/zowe/config/zowe.yaml", "/repo/parmlib/ZWEYAML"];
    expect(mapConfigList(list!, files)).toMatchObject({
      files: ["/repo/zowe/config/zowe.yaml", "/repo/parmlib/ZWEYAML"],
      unmapped: [],
    });
  });

  test("an entry matching several files equally is not guessed", () => {
    const [list] = findConfigLists("CONFIG=FILE(/g/lpars.yaml):FILE(/g/zowe.yaml)", "p");
    const mapped = mapConfigList(list!, ["/repo/prod/lpars.yaml", "/repo/dev/lpars.yaml", "/repo/zowe.yaml"]);
    expect(mapped.files).toBeUndefined();
    expect(mapped.unmapped.map((u) => [u.entry.target, u.candidates])).toEqual([
      ["/g/lpars.yaml", ["/repo/prod/lpars.yaml", "/repo/dev/lpars.yaml"]],
    ]);
  });

  test("the same list shown twice is one configuration; a declared list wins over one shown for its files", () => {
    const show = (f: string) => f.slice(1);
    const lists = [
      ...findConfigLists("CONFIG=FILE(/x/a.yaml):FILE(/x/b.yaml)", "lpar1/ZWESLSTC"),
      ...findConfigLists("zwe start -c FILE(/x/a.yaml):FILE(/x/b.yaml)", "start.sh"),
    ];
    const files = ["/r/a.yaml", "/r/b.yaml", "/r/c.yaml"];
    const found = layering([], lists, files, show);
    expect(found.groups).toEqual([{ files: ["/r/a.yaml", "/r/b.yaml"] }]);
    expect(found.notices).toEqual([
      "lpar1/ZWESLSTC:1, start.sh:1: Zowe reads FILE(/x/a.yaml):FILE(/x/b.yaml); checked as one configuration: r/a.yaml over r/b.yaml",
    ]);
    expect(layering([["/r/c.yaml", "/r/a.yaml"]], lists, files, show).groups).toEqual([
      { files: ["/r/c.yaml", "/r/a.yaml"] },
    ]);
  });
});

describe("the Zowe version of each configuration", () => {
  const v3 = { components: { zaas: { enabled: true } } };
  const v2 = { components: { "metrics-service": { enabled: false } } };
  const silent = { zowe: { workspaceDirectory: "/ws" } };

  test("keys of one version only, in a layer or an instance, decide", () => {
    expect(detectVersion([[v3], [v2], [silent, { haInstances: { a: { components: { zaas: {} } } } }]])).toEqual([
      { version: 3, assumed: false },
      { version: 2, assumed: false },
      { version: 3, assumed: false },
    ]);
  });

  test("a runtime directory named after its version decides", () => {
    expect(detectVersion([[{ zowe: { runtimeDirectory: "/usr/lpp/zowe/v2.18.0" } }]])).toEqual([
      { version: 2, assumed: false },
    ]);
    expect(detectVersion([[{ zowe: { runtimeDirectory: "/global/zowe/runtime" } }]])).toEqual([
      { version: 3, assumed: true },
    ]);
  });

  test("a configuration that shows nothing takes the repository's version; with none, 3 is assumed", () => {
    expect(detectVersion([[silent], [v2]])).toEqual([
      { version: 2, assumed: false },
      { version: 2, assumed: false },
    ]);
    expect(detectVersion([[silent], [v2], [v3]]).map((v) => v.assumed)).toEqual([true, false, false]);
    expect(detectVersion([[silent]])).toEqual([{ version: 3, assumed: true }]);
  });

  test("what the user states wins", () => {
    expect(detectVersion([[v3]], 2)).toEqual([{ version: 2, assumed: false }]);
  });
});
