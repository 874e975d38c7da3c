/** Deployment units: which objects are applied together to one cluster (src/model/units.ts). */
import { describe, expect, test } from "@jest/globals";
import { assignUnits, identityOf, type UnitMember } from "../src/model/units.js";

const show = (folder: string) => folder.replace(/^\/repo\/?/, "") || ".";
const none = { listedUnit: () => undefined, show };

/** Members from "folder: Kind/name" lines (namespace zowe). */
function members(...lines: string[]): UnitMember[] {
  return lines.map((line) => {
    const [folder, object] = line.split(": ") as [string, string];
    const [kind, name] = object.split("/") as [string, string];
    return {
      folder: `/repo/${folder}`.replace(/\/$/, ""),
      identity: identityOf({
        apiVersion: kind === "Service" ? "v1" : "apps/v1",
        kind,
        metadata: { name, namespace: "zowe" },
      }),
    };
  });
}

describe("identityOf", () => {
  test("API group, kind, namespace (default when none) and name", () => {
    expect(
      identityOf({ apiVersion: "apps/v1", kind: "Deployment", metadata: { name: "gateway", namespace: "zowe" } }),
    ).toBe("apps/Deployment/zowe/gateway");
    expect(identityOf({ apiVersion: "v1", kind: "Service", metadata: { name: "gateway" } })).toBe(
      "/Service/default/gateway",
    );
    expect(identityOf({ apiVersion: "v1", kind: "Service", metadata: { generateName: "x-" } })).toBeUndefined();
  });
});

describe("assignUnits", () => {
  test("clusters in sibling folders that repeat names are separate units", () => {
    const m = members(
      "clusters/prod: Deployment/gateway",
      "clusters/prod: StatefulSet/discovery",
      "clusters/dev: Deployment/gateway",
      "clusters/dev: StatefulSet/discovery",
    );
    expect(assignUnits(m, none)).toEqual({
      units: ["clusters/prod", "clusters/prod", "clusters/dev", "clusters/dev"],
      context: [],
    });
  });

  test("one cluster split by component is one unit, named after the folder above the components", () => {
    const m = members(
      "zowe/gateway: Deployment/gateway",
      "zowe/discovery: StatefulSet/discovery",
      "zowe/config: ConfigMap/zowe-config",
    );
    expect(assignUnits(m, none).units).toEqual(["zowe", "zowe", "zowe"]);
  });

  test("a cluster's component folders join; its peer cluster stays apart, also when nested deeper", () => {
    const m = members(
      "clusters/prod/gateway: Deployment/gateway",
      "clusters/prod/discovery: StatefulSet/discovery",
      "clusters/dev/gateway: Deployment/gateway",
      "clusters/dev/discovery: StatefulSet/discovery",
      "monitoring: Deployment/prometheus",
    );
    expect(assignUnits(m, none).units).toEqual(["clusters/prod", "clusters/prod", "clusters/dev", "clusters/dev", "."]);
  });

  test("a subfolder that redefines some of its folder's objects is a variant, applied with the rest of its folder", () => {
    const m = members(
      "samples: Service/gateway-service",
      "samples: PersistentVolumeClaim/workspace",
      "workloads: Deployment/gateway",
      "samples/vendors/azure: PersistentVolumeClaim/workspace",
      "samples/vendors/ibmcloud: PersistentVolumeClaim/workspace",
      "samples/vendors/ibmcloud: Service/gateway-service",
    );
    const { units, context } = assignUnits(m, none);
    expect(units).toEqual([
      ".",
      ".",
      ".",
      "samples/vendors/azure",
      "samples/vendors/ibmcloud",
      "samples/vendors/ibmcloud",
    ]);
    // Each variant refers to the objects of its folder's unit that it does not redefine.
    expect(context).toEqual([
      { unit: "samples/vendors/azure", members: [0, 2] },
      { unit: "samples/vendors/ibmcloud", members: [2] },
    ]);
  });

  test("two objects of one identity in one folder stay in one unit (a duplicate the rules report)", () => {
    const m = members("k8s: Service/gateway-service", "k8s: Service/gateway-service", "k8s/app: Deployment/gateway");
    expect(assignUnits(m, none).units).toEqual(["k8s", "k8s", "k8s"]);
  });

  test("folders listed by kubernetes.units are units whatever they hold; renders keep their own unit", () => {
    const m: UnitMember[] = [
      ...members(
        "clusters/prod/a: Deployment/gateway",
        "clusters/prod/b: Deployment/gateway",
        "other: Deployment/gateway",
      ),
      { folder: "", identity: "apps/Deployment/zowe/gateway", rendered: "overlays/prod" },
    ];
    const listedUnit = (folder: string) =>
      folder.startsWith("/repo/clusters/prod") ? "/repo/clusters/prod" : undefined;
    expect(assignUnits(m, { listedUnit, show }).units).toEqual([
      "clusters/prod",
      "clusters/prod",
      "other",
      "overlays/prod",
    ]);
  });

  test("the same units whatever order the members come in", () => {
    const m = members(
      "b: Deployment/gateway",
      "a: Deployment/gateway",
      "a/x: Service/gateway",
      "c/y: Service/gateway",
      "c: Deployment/other",
    );
    const forward = assignUnits(m, none).units;
    const backward = assignUnits([...m].reverse(), none).units.reverse();
    expect(backward).toEqual(forward);
    expect(forward).toEqual(["b", "a", "a", "c", "c"]);
  });
});
