/** The effective configuration as Zowe computes it: layers, defaults, templates, provenance. */
import { describe, expect, test } from "@jest/globals";
import { ModelBuilder } from "../src/model/builder.js";
import { SourceFile } from "../src/load/yaml.js";
import { mergeLayers, referencePath, resolveTemplates } from "../src/zowe/merge.js";

describe("mergeLayers (configmgr)", () => {
  test("left-most layer wins, objects merge, arrays concatenate lowest first, null replaces", () => {
    const merged = mergeLayers(
      [
        { zowe: { externalDomains: ["b.example.com"], job: { name: "ZWE2SV" } }, zOSMF: null },
        {
          zowe: { externalDomains: ["a.example.com"], job: { name: "ZWE1SV", prefix: "ZWE1" } },
          zOSMF: { host: "z", port: 443 },
        },
      ],
      { zowe: { externalPort: 7554 } },
    );
    expect(merged).toEqual({
      zowe: {
        externalPort: 7554,
        externalDomains: ["a.example.com", "b.example.com"],
        job: { name: "ZWE2SV", prefix: "ZWE1" },
      },
      zOSMF: null,
    });
  });

  test("a __proto__ key in YAML stays data and never reaches a prototype", () => {
    const hostile = new SourceFile("x.yaml", "zowe:\n  __proto__:\n    polluted: true\n").documents[0]!.value as Record<
      string,
      unknown
    >;
    const merged = mergeLayers([hostile], { zowe: {} });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.keys(merged.zowe as object)).toEqual(["__proto__"]);
  });
});

describe("templates", () => {
  test("pure references resolve, with their type; anything else stays as written", () => {
    const config = resolveTemplates({
      zowe: {
        job: { prefix: "ZWE1" },
        externalPort: "${{ components.gateway.port }}",
        environments: { A: "${{ process.env.HOME }}" },
      },
      components: {
        gateway: { port: 7554 },
        "caching-service": { port: "${{ components['gateway'].port }}" },
        zss: { jobname: "${{ zowe.job.prefix }}SZ", host: "${{ os.hostname() }}" },
      },
      haInstances: { a: { hostname: "${{ zowe.missing.key }}" } },
    });
    expect(config).toMatchObject({
      zowe: { externalPort: 7554, environments: { A: "${{ process.env.HOME }}" } },
      components: { "caching-service": { port: 7554 }, zss: { jobname: "ZWE1SZ", host: "${{ os.hostname() }}" } },
      haInstances: { a: { hostname: "${{ zowe.missing.key }}" } },
    });
  });

  test("reference syntax", () => {
    expect(referencePath("components['caching-service'].storage.vsam.name")).toEqual([
      "components",
      "caching-service",
      "storage",
      "vsam",
      "name",
    ]);
    expect(referencePath("zowe.externalDomains[0]")).toEqual(["zowe", "externalDomains", 0]);
    expect(referencePath("zowe.a ? 1 : 2")).toBeUndefined();
  });

  test("a reference cycle does not hang", () => {
    const config = resolveTemplates({ zowe: { a: "${{ zowe.b }}", b: "${{ zowe.a }}" } });
    expect(typeof (config.zowe as Record<string, unknown>).a).toBe("string");
  });
});

describe("layer groups and provenance", () => {
  const base =
    "zowe:\n  externalDomains:\n    - zowe.plex.example.com\n  externalPort: 7554\ncomponents:\n  gateway:\n    port: 7554\n";
  const overrides =
    "haInstances:\n  lpar1:\n    hostname: lpar1.example.com\n    sysname: LPAR1\n    components:\n      gateway:\n        port: 17554\nzowe:\n  externalDomains:\n    - zowe2.plex.example.com\n";

  function build() {
    const builder = new ModelBuilder({ zoweVersion: 3 });
    builder.add(new SourceFile("zowe.yaml", base), "/repo/zowe.yaml");
    builder.add(new SourceFile("overrides.yaml", overrides), "/repo/overrides.yaml");
    return builder.finish([{ files: ["/repo/overrides.yaml", "/repo/zowe.yaml"] }]).model;
  }

  test("files of a group are one configuration, merged with the defaults", () => {
    const model = build();
    expect(model.input.zowe).toHaveLength(1);
    expect(model.input.zowe[0]!.config).toMatchObject({
      zowe: {
        externalDomains: ["zowe.plex.example.com", "zowe2.plex.example.com"],
        externalPort: 7554,
        job: { name: "ZWE1SV" },
      },
      components: { gateway: { port: 7554, enabled: true }, zaas: { enabled: true, port: 7558 } },
      haInstances: { lpar1: { hostname: "lpar1.example.com" } },
    });
  });

  test("an instance's effective value points at the layer that set it", () => {
    const subject = build().zowe[0]!;
    const override = subject.locate(["components", "gateway", "port"], "lpar1");
    expect(override.placed.file).toBe("overrides.yaml");
    expect(override.placed.region.line).toBe(7);
    const shared = subject.locate(["zowe", "externalPort"], "lpar1");
    expect(shared.placed.file).toBe("zowe.yaml");
    expect(shared.placed.region.line).toBe(4);
  });

  test("an index of a concatenated array points into the layer that holds that item", () => {
    const subject = build().zowe[0]!;
    const second = subject.locate(["zowe", "externalDomains", 1]);
    expect(second.placed.file).toBe("overrides.yaml");
    expect(second.placed.region.line).toBe(10);
    const first = subject.locate(["zowe", "externalDomains", 0]);
    expect(first.placed.file).toBe("zowe.yaml");
    expect(first.placed.region.line).toBe(3);
  });

  test("a value no file sets is marked as coming from the defaults", () => {
    const subject = build().zowe[0]!;
    const located = subject.locate(["components", "zaas", "port"]);
    expect(located.note).toBe("the value comes from the Zowe v3 defaults");
    expect(located.placed.path).toEqual(["components"]);
    expect(subject.locate(["components", "gateway", "port"]).note).toBeUndefined();
  });

  test("a configured layer that is missing is reported", () => {
    const builder = new ModelBuilder({ zoweVersion: 2 });
    builder.add(new SourceFile("a.yaml", "zowe: {}\n"), "/repo/a.yaml");
    const { model, missingLayers } = builder.finish([{ files: ["/repo/a.yaml", "/repo/b.yaml"] }]);
    expect(missingLayers).toEqual(["/repo/b.yaml"]);
    expect(model.input.zowe[0]!.config).toMatchObject({
      components: { "caching-service": { storage: { mode: "VSAM" } } },
    });
  });
});
