/** The positioned loader: documents, classification and the way back from a path to a line. */
import { describe, expect, test } from "@jest/globals";
import { ModelBuilder } from "../src/model/builder.js";
import { classify } from "../src/load/classify.js";
import { SourceFile } from "../src/load/yaml.js";

const zowe = `# comment
zowe:
  externalPort: 7554
haInstances:
  lpar1:
    hostname: lpar1.example.com
    sysname: LPAR1
components:
  gateway: {enabled: true, port: 7554}
`;

describe("SourceFile", () => {
  test("an empty file and a file of only comments have no documents and no problems", () => {
    for (const text of ["", "\n\n", "# only\n# comments\n", "---\n# nothing\n"]) {
      const file = new SourceFile("x.yaml", text);
      expect(file.problems).toEqual([]);
      expect(file.documents.filter((d) => d.value !== null)).toEqual([]);
    }
  });

  test("a syntax error is a problem at the broken line; the other documents are kept", () => {
    const file = new SourceFile("x.yaml", "a: 1\n---\nb: [1, 2\nc: 3\n---\nd: 4\n");
    expect(file.problems).toHaveLength(1);
    expect(file.problems[0]!.region.line).toBeGreaterThanOrEqual(3);
    expect(file.problems[0]!.region.line).toBeLessThanOrEqual(4);
    expect(file.documents.map((d) => d.value)).toEqual([{ a: 1 }, { d: 4 }]);
  });

  test("duplicate keys are a problem, not a silent overwrite", () => {
    const file = new SourceFile("x.yaml", "zowe: {}\nzowe: {}\n");
    expect(file.problems[0]!.message).toMatch(/unique/i);
    expect(file.problems[0]!.region.line).toBe(2);
  });

  test("an alias bomb is refused", () => {
    const bomb = ["a: &a [x, x, x, x, x, x, x, x, x, x]"];
    for (let i = 0; i < 8; i++)
      bomb.push(
        `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [${Array(10)
          .fill(`*${String.fromCharCode(97 + i)}`)
          .join(", ")}]`,
      );
    const file = new SourceFile("bomb.yaml", `${bomb.join("\n")}\n`);
    expect(file.documents).toEqual([]);
    expect(file.problems[0]!.message).toMatch(/alias/i);
  });

  test("locate: a key is reported at the key, with the scalar value in its region", () => {
    const [doc] = new SourceFile("z.yaml", zowe).documents;
    expect(doc!.locate(["haInstances", "lpar1", "sysname"])).toEqual({
      path: ["haInstances", "lpar1", "sysname"],
      region: { line: 7, column: 5, endLine: 7, endColumn: 19 },
    });
    // A mapping value: the key line only.
    expect(doc!.locate(["haInstances", "lpar1"]).region).toEqual({ line: 5, column: 3, endLine: 5, endColumn: 8 });
    // Flow mappings resolve too.
    expect(doc!.locate(["components", "gateway", "port"]).region).toEqual({
      line: 9,
      column: 28,
      endLine: 9,
      endColumn: 38,
    });
  });

  test("locate: a missing key is reported at its nearest existing ancestor", () => {
    const [doc] = new SourceFile("z.yaml", zowe).documents;
    const located = doc!.locate(["haInstances", "lpar1", "components", "gateway", "enabled"]);
    expect(located.path).toEqual(["haInstances", "lpar1"]);
    expect(located.region.line).toBe(5);
    expect(doc!.locate(["nothing", "here"])).toMatchObject({ path: [], region: { line: 2, column: 1 } });
  });

  test("locate: sequence items and JSON files", () => {
    const [doc] = new SourceFile(
      "c.json",
      '{\n  "zowe": {\n    "externalDomains": ["a.example.com",\n      "b.example.com"]\n  }\n}\n',
    ).documents;
    expect(doc!.locate(["zowe", "externalDomains", 1]).region).toEqual({
      line: 4,
      column: 7,
      endLine: 4,
      endColumn: 22,
    });
  });

  test("CRLF line endings do not shift lines or columns", () => {
    const [doc] = new SourceFile("z.yaml", zowe.replace(/\n/g, "\r\n")).documents;
    expect(doc!.locate(["haInstances", "lpar1", "sysname"]).region).toEqual({
      line: 7,
      column: 5,
      endLine: 7,
      endColumn: 19,
    });
  });
});

describe("classify", () => {
  const one = (text: string) => classify(new SourceFile("f.yaml", text).documents[0]!);

  test("a mapping with a zowe key is a Zowe configuration", () => {
    expect(one(zowe).kind).toBe("zowe");
  });

  test("apiVersion and kind make a Kubernetes object; a List is flattened with item paths", () => {
    const c = one(
      "apiVersion: v1\nkind: List\nitems:\n- apiVersion: apps/v1\n  kind: Deployment\n  metadata: {name: a}\n- {apiVersion: v1, kind: Service, metadata: {name: b}}\n- not-an-object\n",
    );
    expect(c.kind).toBe("kubernetes");
    if (c.kind !== "kubernetes") return;
    expect(c.objects.map((o) => [o.object.kind, o.prefix])).toEqual([
      ["Deployment", ["items", 0]],
      ["Service", ["items", 1]],
    ]);
  });

  test("anything else is not ours: workflows, compose files, Helm values", () => {
    expect(one("on: push\njobs: {}\n").kind).toBe("other");
    expect(one("services:\n  web: {image: nginx}\n").kind).toBe("other");
    expect(one("- a\n- b\n").kind).toBe("other");
    expect(one("just a string\n").kind).toBe("other");
  });
});

describe("a zowe.yaml embedded in a ConfigMap", () => {
  const configMap = (indicator: string, indent: string) => `apiVersion: v1
kind: ConfigMap
metadata:
  name: zowe-config
  namespace: zowe
data:
  zowe.yaml: ${indicator}
${indent}zowe:
${indent}  externalPort: 7554

${indent}components:
${indent}  caching-service:
${indent}    storage:
${indent}      mode: inMemory
`;

  test.each([
    ["|", "    "],
    ["|-", "    "],
    ["|+", "      "],
    ["|2", "    "],
  ])("%s block, indented %j: findings point inside the ConfigMap file", (indicator, indent) => {
    const builder = new ModelBuilder({ zoweVersion: 3 });
    expect(builder.add(new SourceFile("cm.yaml", configMap(indicator, indent)))).toEqual([]);
    const { model } = builder.finish();
    expect(model.input.zowe).toEqual([expect.objectContaining({ container: true, configMap: 0 })]);
    const { placed } = model.zowe[0]!.locate(["components", "caching-service", "storage", "mode"]);
    expect(placed.file).toBe("cm.yaml");
    expect(placed.region).toEqual({
      line: 14,
      column: indent.length + 7,
      endLine: 14,
      endColumn: indent.length + 7 + "mode: inMemory".length,
    });
  });

  test("inside a List, in a multi-document file", () => {
    const list = `---\napiVersion: v1\nkind: Namespace\nmetadata: {name: zowe}\n---\napiVersion: v1\nkind: List\nitems:\n  - apiVersion: v1\n    kind: ConfigMap\n    metadata: {name: zowe-config}\n    data:\n      zowe.yaml: |\n        zowe:\n          externalPort: 7554\n`;
    const builder = new ModelBuilder({ zoweVersion: 3 });
    builder.add(new SourceFile("all.yaml", list));
    const { model } = builder.finish();
    expect(model.input.zowe[0]).toMatchObject({ container: true, configMap: 1 });
    expect(model.zowe[0]!.locate(["zowe", "externalPort"]).placed.region).toMatchObject({ line: 15, column: 11 });
  });

  test("a quoted string value is reported at its key; a syntax error in it at the mapped line", () => {
    const builder = new ModelBuilder({ zoweVersion: 3 });
    const problems = builder.add(
      new SourceFile(
        "cm.yaml",
        'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: a}\ndata:\n  zowe.yaml: "zowe:\\n  externalPort: 7554\\n"\n---\napiVersion: v1\nkind: ConfigMap\nmetadata: {name: b}\ndata:\n  zowe.yaml: |\n    zowe:\n      x: [1\n',
      ),
    );
    expect(builder.finish().model.zowe[0]!.locate(["zowe", "externalPort"]).placed.region.line).toBe(5);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.line).toBeGreaterThanOrEqual(12);
  });
});

describe("the fast path for plain manifests", () => {
  const manifests =
    "# header comment\n---\n---\napiVersion: v1\nkind: Service\nmetadata: {name: a}\n--- # a comment\n# only comments here\n---\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: b\nspec:\n  replicas: 1\n";

  test("documents line up with the positioned parse, empty ones and comments included", () => {
    const file = new SourceFile("m.yaml", manifests);
    expect(file.documents.map((d) => (d.value as { kind: string }).kind)).toEqual(["Service", "Deployment"]);
    expect(file.documents[1]!.locate(["spec", "replicas"]).region).toEqual({
      line: 15,
      column: 3,
      endLine: 15,
      endColumn: 14,
    });
    expect(file.documents[0]!.locate(["metadata", "name"]).region.line).toBe(6);
  });

  test("reads values as the positioned parser does (YAML 1.2 core schema)", () => {
    const text =
      "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: x}\ndata:\n  a: yes\n  b: 0o17\n  c: 2027-01-31\n  d: ~\n  e: 1e3\n  f: '1'\n  g: 0777\n";
    const fast = new SourceFile("f.yaml", text).documents[0]!.value;
    const positioned = new SourceFile("f.yaml", `${text}x: &a 1\n`).documents[0]!.value as Record<string, unknown>;
    delete positioned.x;
    expect(fast).toEqual(positioned);
  });
});
