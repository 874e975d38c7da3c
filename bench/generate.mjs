#!/usr/bin/env node
// Seeded generator of realistic corpora for the benchmark.
//
//   node bench/generate.mjs --size 10000 [--kind k8s|zowe|mixed] [--layout mixed|multi|single]
//                           [--seed zowe] [--out DIR] [--force]
//   node bench/generate.mjs --kind instances --instances 4000 --lpars 100 [--clashing-ports]
//
// The size is the number of YAML documents. The same options give byte-identical files.
//
// kind=k8s:   Kubernetes deployments of Zowe modelled on zowe-install-packaging
//             containers/kubernetes (workloads/, samples/): per namespace a Namespace and the
//             zowe-sa ServiceAccount, and 1-3 Zowe deployments ("sets"), each a ConfigMap
//             zowe-config with an embedded zowe.yaml, the workspace PVC, Deployments gateway, zaas,
//             api-catalog, caching, app-server, StatefulSet discovery, Services, one PDB and HPA
//             per component, sometimes the cleanup CronJob. About 23 documents a set.
// kind=zowe:  standalone zowe.yaml files, each a Sysplex with 2-8 haInstances.
// kind=mixed: Kubernetes as above, and ~3% of the documents standalone zowe.yaml files.
// Mistakes (single replicas, missing or non-matching PDBs, HPA floors of 1, ReadWriteOnce
// workspace, no readiness probe, discovery replicas differing from zowe.yaml, Zowe instance
// topology mistakes...) are drawn at realistic rates so that every tool has findings to report.
//
// layout=mixed: per set one multi-document file, one file per document, or one file per kind;
// layout=multi: one multi-document file per namespace; layout=single: one file per document.
//
// kind=instances: one zowe.yaml with many haInstances spread evenly over the LPARs (issue 17's
//             rows): several instances per LPAR, each with ports, JGroups ports, caching
//             directories and job names of its own and the Gateway on one instance per LPAR, as
//             Zowe's example-zowe.yaml does for lpar2a and lpar2b; with --clashing-ports the
//             instances override nothing, so every component of instances sharing a host clashes.
import { Buffer } from "node:buffer";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { performance } from "node:perf_hooks";
import { Rng } from "./lib/rng.mjs";
import { emit } from "./lib/yaml-emit.mjs";

const here = dirname(fileURLToPath(import.meta.url));
export const CORPUS_ROOT = join(here, ".corpus");

/** Changes whenever this file or its helpers change: cached corpora are then regenerated. */
function generatorVersion() {
  const h = createHash("sha256");
  for (const f of ["generate.mjs", "lib/rng.mjs", "lib/yaml-emit.mjs"]) h.update(readFileSync(join(here, f)));
  return h.digest("hex").slice(0, 12);
}

const ZOWE_VERSIONS = ["3.0.0", "3.0.1", "3.1.0", "3.2.0", "3.3.0"];
const LICENSE = [
  "################################################################################",
  "# This program and the accompanying materials are made available under the terms of the",
  "# Eclipse Public License v2.0 which accompanies this distribution, and is available at",
  "# https://www.eclipse.org/legal/epl-v20.html",
  "#",
  "# SPDX-License-Identifier: EPL-2.0",
  "#",
  "# Copyright Contributors to the Zowe Project.",
  "################################################################################",
].join("\n");

/** The Zowe components deployed in Kubernetes (containers/kubernetes/workloads). */
const COMPONENTS = [
  {
    name: "gateway",
    kind: "Deployment",
    image: "gateway-service",
    port: 7554,
    partOf: "apiml",
    mem: ["384Mi", "512Mi"],
    cpu: ["150m", "700m"],
  },
  {
    name: "zaas",
    kind: "Deployment",
    image: "zaas-service",
    port: 7558,
    partOf: "apiml",
    mem: ["384Mi", "512Mi"],
    cpu: ["100m", "500m"],
  },
  {
    name: "api-catalog",
    kind: "Deployment",
    image: "api-catalog-services",
    port: 7552,
    partOf: "apiml",
    mem: ["256Mi", "512Mi"],
    cpu: ["100m", "400m"],
  },
  {
    name: "caching",
    kind: "Deployment",
    image: "caching-service",
    port: 7555,
    partOf: "apiml",
    mem: ["256Mi", "512Mi"],
    cpu: ["100m", "400m"],
  },
  {
    name: "app-server",
    kind: "Deployment",
    image: "app-server",
    port: 7556,
    partOf: "zowe-desktop",
    mem: ["256Mi", "1Gi"],
    cpu: ["200m", "1"],
  },
  {
    name: "discovery",
    kind: "StatefulSet",
    image: "discovery-service",
    port: 7553,
    partOf: "apiml",
    mem: ["384Mi", "512Mi"],
    cpu: ["300m", "800m"],
  },
];

// ---------------------------------------------------------------------------------------------
// Kubernetes

function labels(component, instance, version) {
  return {
    "app.kubernetes.io/name": "zowe",
    "app.kubernetes.io/instance": instance,
    "app.kubernetes.io/version": version,
    "app.kubernetes.io/component": component,
    "app.kubernetes.io/part-of": component === "app-server" ? "zowe-desktop" : "apiml",
    "app.kubernetes.io/managed-by": "manual",
  };
}

function selectorLabels(component, instance) {
  return {
    "app.kubernetes.io/name": "zowe",
    "app.kubernetes.io/instance": instance,
    "app.kubernetes.io/component": component,
  };
}

function embeddedZoweYaml(rng, set) {
  const storage =
    set.cachingMode === "infinispan"
      ? { mode: "infinispan", infinispan: { jgroups: { port: 7600, keyExchange: { port: 7601 } } } }
      : { mode: set.cachingMode, size: "10000", evictionStrategy: "reject" };
  const config = {
    zowe: {
      useConfigmgr: rng.chance(0.9),
      runtimeDirectory: "/home/zowe/runtime",
      logDirectory: "/home/zowe/instance/logs",
      workspaceDirectory: "/home/zowe/instance/workspace",
      extensionDirectory: "/home/zowe/instance/extensions",
      job: { name: "ZWE1SV", prefix: "ZWE1" },
      externalDomains: [`zowe.${set.ns}.apps.example.com`],
      externalPort: 7554,
      launchScript: { logLevel: "info" },
      certificate: {
        keystore: {
          type: "PKCS12",
          file: "/home/zowe/keystore/keystore.p12",
          password: "password",
          alias: "localhost",
        },
        truststore: { type: "PKCS12", file: "/home/zowe/keystore/truststore.p12", password: "password" },
        pem: {
          key: "/home/zowe/keystore/keystore.key",
          certificate: "/home/zowe/keystore/keystore.cer",
          certificateAuthorities: "/home/zowe/keystore/ca.cer",
        },
      },
      verifyCertificates: rng.pick(["STRICT", "STRICT", "NONSTRICT"]),
    },
    java: { home: "/usr/local/openjdk-17" },
    node: { home: "/usr/local/node" },
    zOSMF: { host: `zosmf.${set.ns}.example.com`, port: 443, applId: "IZUDFLT" },
    components: {
      gateway: { enabled: true, port: 7554, apiml: { security: { auth: { provider: "zosmf" } } } },
      zaas: { enabled: true, port: 7558 },
      discovery: { enabled: true, port: 7553, replicas: set.configDiscoveryReplicas },
      "api-catalog": { enabled: true, port: 7552 },
      "caching-service": { enabled: true, port: 7555, storage },
      "app-server": { enabled: true, port: 7556 },
      zss: { enabled: false, port: 7557 },
    },
  };
  if (set.haInstancesInConfigMap) config.haInstances = { lpar1: { hostname: "lpar1.example.com", sysname: "LPAR1" } };
  return emit(config);
}

function configMap(rng, set) {
  return {
    kind: "ConfigMap",
    apiVersion: "v1",
    metadata: {
      name: set.configMap,
      namespace: set.ns,
      labels: { "app.kubernetes.io/name": "zowe", "app.kubernetes.io/instance": set.instance },
    },
    data: { "zowe.yaml": embeddedZoweYaml(rng, set) },
  };
}

function pvc(rng, set) {
  return {
    kind: "PersistentVolumeClaim",
    apiVersion: "v1",
    metadata: {
      name: set.pvc,
      namespace: set.ns,
      labels: { "app.kubernetes.io/name": "zowe", "app.kubernetes.io/instance": set.instance },
    },
    spec: {
      storageClassName: rng.pick(["nfs-client", "azurefile", "efs-sc", "cephfs"]),
      accessModes: [set.pvcMode],
      resources: { requests: { storage: rng.pick(["50Mi", "100Mi", "1Gi"]) } },
    },
  };
}

function probe(port, periodSeconds, failureThreshold) {
  return { tcpSocket: { port }, periodSeconds, failureThreshold };
}

function workload(rng, set, c) {
  const w = set.workloads[c.name];
  const version = set.version;
  const container = {
    name: c.name,
    image: `zowe-docker-release.jfrog.io/ompzowe/${c.image}:${version}-ubuntu`,
    imagePullPolicy: "IfNotPresent",
    resources: { requests: { memory: c.mem[0], cpu: c.cpu[0] }, limits: { memory: c.mem[1], cpu: c.cpu[1] } },
    ports: [{ name: `${c.name}-port`, containerPort: c.port, protocol: "TCP" }],
    "# this should give 90 * periodSeconds(default to 10) seconds about 15 minutes to confirm it's ready": null,
    startupProbe: probe(c.port, 10, 90),
    livenessProbe: probe(c.port, 10, 3),
    ...(w.readiness ? { readinessProbe: probe(c.port, 10, 3) } : {}),
    command: ["/bin/bash", "-c"],
    args: ["/home/zowe/runtime/bin/zwe internal start -c /home/zowe/instance/zowe.yaml"],
    env: [
      { name: "ZWE_POD_NAMESPACE", valueFrom: { fieldRef: { fieldPath: "metadata.namespace" } } },
      { name: "ZWE_POD_CLUSTERNAME", value: "cluster.local" },
    ],
    lifecycle: {
      preStop: {
        exec: {
          command: [
            "/bin/sh",
            "-c",
            "/home/zowe/runtime/bin/zwe internal container prestop -c /home/zowe/instance/zowe.yaml",
          ],
        },
      },
    },
    securityContext: {
      readOnlyRootFilesystem: true,
      allowPrivilegeEscalation: false,
      privileged: false,
      runAsNonRoot: true,
      capabilities: { drop: ["all"] },
    },
    volumeMounts: [
      { name: "tmp", mountPath: "/tmp" },
      { name: "zowe-runtime", mountPath: "/home/zowe/runtime" },
      { name: "zowe-config", mountPath: "/home/zowe/instance/zowe.yaml", subPath: "zowe.yaml", readOnly: true },
      { name: "zowe-keystore", mountPath: "/home/zowe/keystore", readOnly: true },
      { name: "zowe-logs", mountPath: "/home/zowe/instance/logs" },
      { name: "zowe-workspace", mountPath: "/home/zowe/instance/workspace" },
    ],
  };
  const podLabels = selectorLabels(w.podComponent, set.instance);
  const spec = {
    securityContext: { runAsUser: 20000, runAsGroup: 20000, fsGroup: 20000, runAsNonRoot: true },
    serviceAccountName: "zowe-sa",
    volumes: [
      { name: "tmp", emptyDir: {} },
      { name: "zowe-runtime", emptyDir: {} },
      { name: "zowe-config", configMap: { name: set.configMap } },
      {
        name: "zowe-keystore",
        projected: {
          sources: [
            { configMap: { name: `zowe-certificates-cm${set.suffix}` } },
            { secret: { name: `zowe-certificates-secret${set.suffix}` } },
          ],
        },
      },
      { name: "zowe-logs", emptyDir: {} },
      { name: "zowe-workspace", persistentVolumeClaim: { claimName: set.pvc } },
    ],
    containers: [container],
    initContainers: [
      {
        name: "init-zowe",
        image: `zowe-docker-release.jfrog.io/ompzowe/zowe-launch-scripts:${version}-ubuntu`,
        imagePullPolicy: "IfNotPresent",
        resources: { requests: { memory: "64Mi", cpu: "10m" }, limits: { memory: "128Mi", cpu: "100m" } },
        securityContext: {
          readOnlyRootFilesystem: true,
          allowPrivilegeEscalation: false,
          privileged: false,
          runAsNonRoot: true,
          capabilities: { drop: ["all"] },
        },
        volumeMounts: [
          { name: "zowe-runtime", mountPath: "/home/zowe/runtime" },
          { name: "zowe-workspace", mountPath: "/home/zowe/instance/workspace" },
        ],
      },
    ],
  };
  if (w.spread === "anti-affinity") {
    spec.affinity = {
      podAntiAffinity: {
        preferredDuringSchedulingIgnoredDuringExecution: [
          {
            weight: 100,
            podAffinityTerm: { topologyKey: "kubernetes.io/hostname", labelSelector: { matchLabels: podLabels } },
          },
        ],
      },
    };
  } else if (w.spread === "topology") {
    spec.topologySpreadConstraints = [
      {
        maxSkew: 1,
        topologyKey: rng.pick(["kubernetes.io/hostname", "topology.kubernetes.io/zone"]),
        whenUnsatisfiable: "ScheduleAnyway",
        labelSelector: { matchLabels: podLabels },
      },
    ];
  }
  const object = {
    apiVersion: "apps/v1",
    kind: c.kind,
    metadata: {
      name: w.name,
      namespace: set.ns,
      labels: labels(c.name, set.instance, version),
      ...(rng.chance(0.3) ? { annotations: { "zowe.org/owner": `team-${rng.int(1, 40)}` } } : {}),
    },
    spec: {
      ...(c.kind === "StatefulSet" ? { serviceName: `discovery-service${set.suffix}` } : {}),
      ...(w.replicas !== undefined ? { replicas: w.replicas } : {}),
      selector: { matchLabels: selectorLabels(c.name, set.instance) },
      ...(c.kind === "Deployment"
        ? { strategy: { type: "RollingUpdate", rollingUpdate: { maxSurge: 1, maxUnavailable: 0 } } }
        : {}),
      template: { metadata: { labels: podLabels }, spec },
    },
  };
  return object;
}

function services(rng, set) {
  const svc = (name, component, type, port, extra = {}) => ({
    kind: "Service",
    apiVersion: "v1",
    metadata: {
      name: `${name}${set.suffix}`,
      namespace: set.ns,
      labels: {
        "app.kubernetes.io/name": "zowe",
        "app.kubernetes.io/instance": set.instance,
        "app.kubernetes.io/component": "svc",
      },
    },
    spec: {
      type,
      ...extra,
      selector: selectorLabels(set.serviceTypo === component ? `${component}s` : component, set.instance),
      ports: [{ name: `${component}-port`, protocol: "TCP", port, targetPort: `${component}-port` }],
    },
  });
  return [
    svc("gateway-service", "gateway", rng.pick(["LoadBalancer", "NodePort", "ClusterIP"]), 7554),
    svc("discovery-service", "discovery", "ClusterIP", 7553, { clusterIP: "None" }),
    svc("api-catalog-service", "api-catalog", "ClusterIP", 7552),
  ];
}

function pdb(set, c) {
  const p = set.pdbs[c.name];
  return {
    apiVersion: "policy/v1",
    kind: "PodDisruptionBudget",
    metadata: {
      name: `${c.name}-pdb${set.suffix}`,
      namespace: set.ns,
      labels: {
        "app.kubernetes.io/name": "zowe",
        "app.kubernetes.io/instance": set.instance,
        "app.kubernetes.io/component": "pdb",
      },
    },
    spec: { ...p.budget, selector: { matchLabels: selectorLabels(p.component, set.instance) } },
  };
}

function hpa(set, c) {
  const h = set.hpas[c.name];
  return {
    apiVersion: "autoscaling/v2",
    kind: "HorizontalPodAutoscaler",
    metadata: {
      name: `${c.name}-hpa${set.suffix}`,
      namespace: set.ns,
      labels: {
        "app.kubernetes.io/name": "zowe",
        "app.kubernetes.io/instance": set.instance,
        "app.kubernetes.io/component": "hpa",
      },
    },
    spec: {
      scaleTargetRef: { apiVersion: "apps/v1", kind: c.kind, name: h.target },
      ...(h.min !== undefined ? { minReplicas: h.min } : {}),
      maxReplicas: h.max,
      metrics: [
        { type: "Resource", resource: { name: "cpu", target: { type: "Utilization", averageUtilization: h.cpu } } },
      ],
    },
  };
}

function cronJob(set) {
  return {
    apiVersion: "batch/v1",
    kind: "CronJob",
    metadata: {
      name: `cleanup-static-definitions${set.suffix}`,
      namespace: set.ns,
      labels: labels("cleanup-static-definitions", set.instance, set.version),
    },
    spec: {
      schedule: "*/5 * * * *",
      concurrencyPolicy: "Forbid",
      jobTemplate: {
        spec: {
          template: {
            metadata: { labels: selectorLabels("cleanup-static-definitions", set.instance) },
            spec: {
              restartPolicy: "OnFailure",
              serviceAccountName: "zowe-sa",
              containers: [
                {
                  name: "cleanup-static-definitions",
                  image: `zowe-docker-release.jfrog.io/ompzowe/zowe-launch-scripts:${set.version}-ubuntu`,
                  command: ["/bin/bash", "-c"],
                  args: ["/home/zowe/runtime/bin/zwe internal container cleanup -c /home/zowe/instance/zowe.yaml"],
                  volumeMounts: [{ name: "zowe-workspace", mountPath: "/home/zowe/instance/workspace" }],
                },
              ],
              volumes: [{ name: "zowe-workspace", persistentVolumeClaim: { claimName: set.pvc } }],
            },
          },
        },
      },
    },
  };
}

/** Draws one Zowe deployment's settings, mistakes included. */
function drawSet(rng, ns, index) {
  const suffix = index === 0 ? "" : `-${String.fromCharCode(97 + index)}`;
  const set = {
    ns,
    suffix,
    instance: `zowe${suffix}`,
    version: rng.pick(ZOWE_VERSIONS),
    configMap: `zowe-config${suffix}`,
    pvc: `zowe-workspace-pvc${suffix}`,
    pvcMode: rng.chance(0.08) ? "ReadWriteOnce" : "ReadWriteMany",
    cachingMode: rng.weighted({ infinispan: 85, inMemory: 6, "": 4, VSAM: 5 }),
    haInstancesInConfigMap: rng.chance(0.03),
    serviceTypo: rng.chance(0.04) ? rng.pick(["gateway", "discovery", "api-catalog"]) : undefined,
    cronJob: rng.chance(0.5),
    workloads: {},
    pdbs: {},
    hpas: {},
  };
  for (const c of COMPONENTS) {
    const replicasKey =
      c.kind === "StatefulSet"
        ? rng.weighted({ 2: 60, 3: 25, 1: 10, missing: 5 })
        : rng.weighted({ 2: 50, 3: 22, 4: 8, 1: 10, missing: 10 });
    const replicas = replicasKey === "missing" ? undefined : Number(replicasKey);
    set.workloads[c.name] = {
      name: `${c.name}${suffix}`,
      replicas,
      podComponent: c.name,
      readiness: !rng.chance(0.15),
      spread: rng.weighted({ "anti-affinity": 45, topology: 35, none: 20 }),
    };
    if (c.name === "discovery") {
      set.configDiscoveryReplicas = rng.chance(0.1) ? (replicas ?? 1) + 1 : (replicas ?? 1);
    }
    if (rng.chance(0.85)) {
      const r = replicas ?? 1;
      const budget = rng.chance(0.05)
        ? { minAvailable: r }
        : rng.chance(0.7)
          ? { maxUnavailable: 1 }
          : { minAvailable: 1 };
      set.pdbs[c.name] = { budget, component: rng.chance(0.04) ? `${c.name}-service` : c.name };
    }
    if (rng.chance(0.7)) {
      set.hpas[c.name] = {
        target: rng.chance(0.03) ? `${c.name}-deployment${suffix}` : `${c.name}${suffix}`,
        min: ((m) => (m === "missing" ? undefined : Number(m)))(rng.weighted({ 2: 60, 3: 20, 1: 15, missing: 5 })),
        max: rng.int(3, 6),
        cpu: rng.pick([60, 70, 80]),
      };
    }
  }
  return set;
}

/** A set's documents, with the file group each belongs to in the "by kind" layout. */
function setDocuments(rng, set) {
  const docs = [];
  docs.push({ group: "config", name: "configmap-zowe-config", value: configMap(rng, set) });
  docs.push({ group: "config", name: "pvc-workspace", value: pvc(rng, set) });
  for (const c of COMPONENTS)
    docs.push({ group: "workloads", name: `${c.kind.toLowerCase()}-${c.name}`, value: workload(rng, set, c) });
  for (const s of services(rng, set)) docs.push({ group: "services", name: `service-${s.metadata.name}`, value: s });
  for (const c of COMPONENTS)
    if (set.pdbs[c.name]) docs.push({ group: "pdb", name: `pdb-${c.name}`, value: pdb(set, c) });
  for (const c of COMPONENTS)
    if (set.hpas[c.name]) docs.push({ group: "hpa", name: `hpa-${c.name}`, value: hpa(set, c) });
  if (set.cronJob) docs.push({ group: "workloads", name: "cronjob-cleanup", value: cronJob(set) });
  return docs;
}

function namespaceDocuments(ns) {
  return [
    {
      group: "namespace",
      name: "namespace",
      value: {
        kind: "Namespace",
        apiVersion: "v1",
        metadata: { name: ns, labels: { "app.kubernetes.io/name": "zowe" } },
      },
    },
    {
      group: "namespace",
      name: "serviceaccount-zowe-sa",
      value: {
        kind: "ServiceAccount",
        apiVersion: "v1",
        metadata: { name: "zowe-sa", namespace: ns, labels: { "app.kubernetes.io/name": "zowe" } },
        automountServiceAccountToken: false,
      },
    },
  ];
}

// ---------------------------------------------------------------------------------------------
// Zowe configurations (zowe.yaml on z/OS, a Sysplex with haInstances)

function zoweConfig(rng, site) {
  const n = rng.int(2, 8);
  const domain = `${site}.example.com`;
  const dvipa = `zowe.${domain}`;
  const lpars = Array.from({ length: n }, (_, i) => ({
    id: `lpar${i + 1}`,
    host: `lpar${i + 1}.${domain}`,
    sysname: `SYS${i + 1}`,
  }));
  const m = {
    sameSysname: rng.chance(0.05),
    badInstanceId: rng.chance(0.05),
    gatewayPort: rng.chance(0.05),
    cachingInMemory: rng.chance(0.05),
    missingInitialHost: rng.chance(0.08),
    sharedPersistence: rng.chance(0.05),
    sanMissing: rng.chance(0.08),
    zosmfOnLpar: rng.chance(0.05),
    appServerOnOne: rng.chance(0.05),
  };
  if (m.sameSysname) lpars[1].sysname = lpars[0].sysname;
  if (m.badInstanceId) lpars[n - 1].id = `LPAR-${n}`;
  const san = [dvipa, ...lpars.map((l) => l.host)];
  if (m.sanMissing) san.pop();
  const hosts = lpars.map((l) => `${l.host}[7600]`);
  if (m.missingInitialHost) hosts.pop();
  const storage = m.cachingInMemory
    ? { mode: "inMemory" }
    : {
        mode: "infinispan",
        infinispan: { initialHosts: hosts.join(","), jgroups: { port: 7600, keyExchange: { port: 7601 } } },
      };
  const haInstances = {};
  lpars.forEach((l, i) => {
    const inst = { hostname: l.host, sysname: l.sysname, components: {} };
    if (!m.cachingInMemory) {
      const dir = m.sharedPersistence ? "shared" : l.id;
      inst.components["caching-service"] = {
        storage: {
          infinispan: {
            persistence: {
              dataLocation: `/global/zowe/workspace/caching-service/${dir}/data`,
              indexLocation: `/global/zowe/workspace/caching-service/${dir}/index`,
            },
          },
        },
      };
    }
    if (m.gatewayPort && i === n - 1) inst.components.gateway = { port: 17554 };
    if (m.appServerOnOne && i > 0) inst.components["app-server"] = { enabled: false };
    if (Object.keys(inst.components).length === 0) delete inst.components;
    haInstances[l.id] = inst;
  });
  const prefix = `ZWE${rng.int(1, 9)}`;
  return {
    "# A Zowe v3 deployment across the LPARs of a Parallel Sysplex behind a Sysplex Distributor DVIPA.": null,
    zowe: {
      setup: {
        dataset: {
          prefix: `IBMUSER.${prefix}V3`,
          proclib: "USER.PROCLIB",
          parmlib: `IBMUSER.${prefix}V3.CUST.PARMLIB`,
          jcllib: `IBMUSER.${prefix}V3.CUST.JCLLIB`,
          authLoadlib: `IBMUSER.${prefix}V3.SZWEAUTH`,
        },
        security: {
          product: rng.pick(["RACF", "ACF2", "TSS"]),
          groups: { admin: "ZWEADMIN", stc: "ZWEADMIN", sysProg: "ZWEADMIN" },
          users: { zowe: "ZWESVUSR", zis: "ZWESIUSR" },
        },
        certificate: { type: "PKCS12", san },
        vsam: { mode: "NONRLS", volume: "VOL123" },
      },
      runtimeDirectory: "/global/zowe/runtime",
      logDirectory: "/var/zowe/logs",
      workspaceDirectory: "/global/zowe/workspace",
      extensionDirectory: "/global/zowe/extensions",
      job: { name: `${prefix}SV`, prefix },
      externalDomains: [dvipa],
      externalPort: 7554,
      verifyCertificates: "STRICT",
      certificate: {
        keystore: {
          type: "PKCS12",
          file: "/global/zowe/keystore/localhost/localhost.keystore.p12",
          alias: "localhost",
        },
        truststore: { type: "PKCS12", file: "/global/zowe/keystore/localhost/localhost.truststore.p12" },
      },
    },
    java: { home: "/usr/lpp/java/J17.0_64" },
    node: { home: "/usr/lpp/IBM/cnj/v20r0" },
    zOSMF: { host: m.zosmfOnLpar ? lpars[0].host : `zosmf.${domain}`, port: 443, applId: "IZUDFLT" },
    components: {
      gateway: { enabled: true, port: 7554 },
      zaas: { enabled: true, port: 7558 },
      discovery: { enabled: true, port: 7553 },
      "api-catalog": { enabled: true, port: 7552 },
      "caching-service": { enabled: true, port: 7555, storage },
      "app-server": { enabled: true, port: 7556 },
      zss: { enabled: true, port: 7557 },
    },
    haInstances,
  };
}

// ---------------------------------------------------------------------------------------------
// Many instances on few LPARs

const INSTANCE_COMPONENTS = {
  gateway: 7554,
  zaas: 7558,
  discovery: 7553,
  "api-catalog": 7552,
  "caching-service": 7555,
  "app-server": 7556,
  zss: 7557,
};
/** The k-th instance on an LPAR shifts every port it binds by this much. */
const PORT_STEP = 100;

/** One zowe.yaml with `instances` haInstances on `lpars` LPARs (instance n on LPAR n mod lpars). */
function instancesConfig({ instances, lpars, clashingPorts }) {
  const hosts = Array.from({ length: lpars }, (_, h) => `lpar${h + 1}.example.com`);
  const jgroups = (k) => 7600 + PORT_STEP * k;
  const perLpar = clashingPorts ? 1 : Math.ceil(instances / lpars);
  // Every Caching Service's JGroups address, so that all of them join one cluster.
  const initialHosts = Array.from({ length: perLpar }, (_, k) => hosts.map((host) => `${host}[${jgroups(k)}]`)).flat();
  const haInstances = {};
  for (let n = 0; n < instances; n++) {
    const h = n % lpars;
    const k = Math.floor(n / lpars);
    const id = `lpar${h + 1}_${k + 1}`;
    const inst = { hostname: hosts[h], sysname: `SYS${h + 1}` };
    if (!clashingPorts) {
      const prefix = `Z${String(k + 1).padStart(3, "0")}`;
      inst.zowe = { job: { name: `${prefix}SV`, prefix } };
      inst.components = Object.fromEntries(
        Object.entries(INSTANCE_COMPONENTS).map(([c, port]) => [c, { port: port + PORT_STEP * k }]),
      );
      // One Gateway per LPAR, and the App Server beside it (it reaches Discovery through it).
      inst.components.gateway.enabled = k === 0;
      inst.components["app-server"].enabled = k === 0;
      inst.components["caching-service"].storage = {
        infinispan: {
          jgroups: { port: jgroups(k), keyExchange: { port: jgroups(k) + 1 } },
          persistence: {
            dataLocation: `/global/zowe/workspace/caching-service/${id}/data`,
            indexLocation: `/global/zowe/workspace/caching-service/${id}/index`,
          },
        },
      };
    }
    haInstances[id] = inst;
  }
  return {
    [`# ${instances} instances on ${lpars} LPARs${clashingPorts ? ", every instance on the default ports" : ""}.`]:
      null,
    zowe: {
      setup: { certificate: { type: "PKCS12", san: ["zowe.plex.example.com", ...hosts] } },
      runtimeDirectory: "/global/zowe/runtime",
      logDirectory: "/var/zowe/logs",
      workspaceDirectory: "/global/zowe/workspace",
      extensionDirectory: "/global/zowe/extensions",
      job: { name: "ZWE1SV", prefix: "ZWE1" },
      externalDomains: ["zowe.plex.example.com"],
      externalPort: 7554,
      verifyCertificates: "STRICT",
      certificate: {
        keystore: {
          type: "PKCS12",
          file: "/global/zowe/keystore/localhost/localhost.keystore.p12",
          alias: "localhost",
        },
        truststore: { type: "PKCS12", file: "/global/zowe/keystore/localhost/localhost.truststore.p12" },
      },
    },
    java: { home: "/usr/lpp/java/J17.0_64" },
    zOSMF: { host: "zosmf.plex.example.com", port: 443, applId: "IZUDFLT" },
    components: Object.fromEntries(
      Object.entries(INSTANCE_COMPONENTS).map(([c, port]) => {
        const component = { enabled: true, port };
        if (c === "caching-service")
          component.storage = {
            mode: "infinispan",
            infinispan: {
              initialHosts: initialHosts.slice(0, instances).join(","),
              jgroups: { port: jgroups(0), keyExchange: { port: jgroups(0) + 1 } },
            },
          };
        return [c, component];
      }),
    ),
    haInstances,
  };
}

/** Writes the instances corpus (one zowe.yaml) to out and returns its manifest. */
function generateInstances({ instances, lpars, clashingPorts = false, out }) {
  if (!Number.isInteger(instances) || !Number.isInteger(lpars) || instances < 1 || lpars < 1)
    throw new Error(`--instances and --lpars must be positive integers, not ${instances} and ${lpars}`);
  const text = emit(instancesConfig({ instances, lpars, clashingPorts }));
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, "zowe.yaml"), text);
  const manifest = {
    generator: generatorVersion(),
    kind: "instances",
    instances,
    lpars,
    clashingPorts,
    documents: 1,
    files: 1,
    bytes: Buffer.byteLength(text),
  };
  writeFileSync(manifestFile(out), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}

// ---------------------------------------------------------------------------------------------
// Files

function fileText(docs, header) {
  const parts = docs.map((d) => `---\n${emit(d)}`);
  return (header ? `${header}\n\n` : "") + parts.join("");
}

/**
 * Generates the corpus and writes it to out (replacing what is there). Returns its manifest.
 */
export function generate({ size, seed = "zowe", kind = "k8s", layout = "mixed", out }) {
  if (!Number.isInteger(size) || size < 1) throw new Error(`size must be a positive integer, not ${size}`);
  const rng = new Rng(`${seed}/${kind}/${layout}`);
  const files = new Map(); // relative path -> documents (values)
  const add = (path, value) => {
    let docs = files.get(path);
    if (!docs) files.set(path, (docs = []));
    docs.push(value);
  };
  const counts = {};
  let total = 0;
  const zoweShare = kind === "zowe" ? 1 : kind === "mixed" ? 0.03 : 0;
  const zoweTarget = Math.round(size * zoweShare);
  // Zowe configurations.
  for (let i = 0; i < zoweTarget; i++) {
    const site = `plex${String(i + 1).padStart(5, "0")}`;
    add(`zowe/${site}/zowe.yaml`, zoweConfig(rng.fork(`zowe-${i}`), site));
    counts.ZoweConfig = (counts.ZoweConfig ?? 0) + 1;
    total += 1;
  }
  // Kubernetes, namespace by namespace, until the size is reached.
  let nsIndex = 0;
  while (total < size) {
    nsIndex += 1;
    const ns = `zowe-${String(nsIndex).padStart(5, "0")}`;
    const nsRng = rng.fork(ns);
    const sets = nsRng.weighted({ 1: 60, 2: 30, 3: 10 });
    const nsDocs = namespaceDocuments(ns).map((d) => ({ ...d, set: null }));
    for (let s = 0; s < Number(sets); s++) {
      const set = drawSet(nsRng, ns, s);
      const style =
        layout === "mixed"
          ? nsRng.weighted({ bundle: 40, split: 30, bykind: 30 })
          : layout === "multi"
            ? "namespace"
            : "split";
      for (const d of setDocuments(nsRng, set)) nsDocs.push({ ...d, set, style });
    }
    for (const d of nsDocs) {
      if (total >= size) break;
      const kindName = d.value.kind;
      counts[kindName] = (counts[kindName] ?? 0) + 1;
      total += 1;
      let path;
      if (layout === "multi") path = `k8s/${ns}/all.yaml`;
      else if (layout === "single" || d.style === "split" || !d.set)
        path = d.set ? `k8s/${ns}/${d.set.instance}/${d.name}.yaml` : `k8s/${ns}/${d.name}.yaml`;
      else if (d.style === "bundle") path = `k8s/${ns}/${d.set.instance}-manifests.yaml`;
      else path = `k8s/${ns}/${d.set.instance}/${d.group}.yaml`;
      add(path, d.value);
    }
  }
  rmSync(out, { recursive: true, force: true });
  rmSync(manifestFile(out), { force: true });
  let bytes = 0;
  const headerRng = rng.fork("headers");
  for (const [path, docs] of [...files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const file = join(out, path);
    mkdirSync(dirname(file), { recursive: true });
    const header = path.startsWith("k8s/") && headerRng.chance(0.3) ? LICENSE : undefined;
    const text = docs.length === 1 && path.startsWith("zowe/") ? emit(docs[0]) : fileText(docs, header);
    bytes += Buffer.byteLength(text);
    writeFileSync(file, text);
  }
  const manifest = {
    generator: generatorVersion(),
    seed,
    kind,
    layout,
    size,
    documents: total,
    kubernetesDocuments: total - (counts.ZoweConfig ?? 0),
    zoweConfigs: counts.ZoweConfig ?? 0,
    namespaces: nsIndex,
    files: files.size,
    bytes,
    byKind: Object.fromEntries(Object.entries(counts).sort()),
  };
  // Beside the folder, not in it: every tool would read it as a JSON file to check.
  writeFileSync(manifestFile(out), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}

function manifestFile(out) {
  return `${out.replace(/[\\/]+$/, "")}.manifest.json`;
}

export function corpusDir({ size, seed = "zowe", kind = "k8s", layout = "mixed", instances, lpars, clashingPorts }) {
  if (kind === "instances")
    return join(CORPUS_ROOT, `instances-${instances}-on-${lpars}${clashingPorts ? "-clashing" : ""}`);
  return join(CORPUS_ROOT, `${kind}-${layout}-${size}-${seed}`);
}

/** The options a corpus's manifest must match for the cached corpus to be reused. */
function sameCorpus(m, options) {
  if (m.generator !== generatorVersion()) return false;
  if (options.kind === "instances")
    return (
      m.kind === "instances" &&
      m.instances === options.instances &&
      m.lpars === options.lpars &&
      m.clashingPorts === Boolean(options.clashingPorts)
    );
  return (
    m.size === options.size &&
    m.seed === (options.seed ?? "zowe") &&
    m.kind === (options.kind ?? "k8s") &&
    m.layout === (options.layout ?? "mixed")
  );
}

/** The corpus for these options, generated unless an identical one is cached. */
export function ensureCorpus(options) {
  const out = options.out ?? corpusDir(options);
  const file = manifestFile(out);
  if (!options.force && existsSync(file)) {
    try {
      const m = JSON.parse(readFileSync(file, "utf8"));
      if (sameCorpus(m, options)) return { dir: out, manifest: m, cached: true };
    } catch {
      // regenerate
    }
  }
  const manifest =
    options.kind === "instances" ? generateInstances({ ...options, out }) : generate({ ...options, out });
  return { dir: out, manifest, cached: false };
}

function parseCli(argv) {
  const o = { size: 1000, seed: "zowe", kind: "k8s", layout: "mixed", force: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const v = () => argv[++i];
    if (a === "--size") o.size = Number(v());
    else if (a === "--seed") o.seed = v();
    else if (a === "--kind") o.kind = v();
    else if (a === "--layout") o.layout = v();
    else if (a === "--out") o.out = resolve(v());
    else if (a === "--force") o.force = true;
    else if (a === "--instances") o.instances = Number(v());
    else if (a === "--lpars") o.lpars = Number(v());
    else if (a === "--clashing-ports") o.clashingPorts = true;
    else if (a === "-h" || a === "--help") {
      console.log(
        "usage: node bench/generate.mjs --size N [--kind k8s|zowe|mixed] [--layout mixed|multi|single] [--seed S] [--out DIR] [--force]\n" +
          "       node bench/generate.mjs --kind instances --instances N --lpars M [--clashing-ports] [--out DIR] [--force]",
      );
      process.exit(0);
    } else throw new Error(`unknown option ${a}`);
  }
  if (!["k8s", "zowe", "mixed", "instances"].includes(o.kind))
    throw new Error("--kind must be k8s, zowe, mixed or instances");
  if (!["mixed", "multi", "single"].includes(o.layout)) throw new Error("--layout must be mixed, multi or single");
  return o;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const options = parseCli(process.argv.slice(2));
  const t = performance.now();
  const { dir, manifest, cached } = ensureCorpus(options);
  console.log(`${cached ? "cached" : "generated"} ${dir} in ${Math.round(performance.now() - t)} ms`);
  console.log(JSON.stringify(manifest, null, 2));
}
