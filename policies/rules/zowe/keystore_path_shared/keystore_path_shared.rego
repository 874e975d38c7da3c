# METADATA
# title: A PKCS12 keystore and truststore are reachable from every LPAR
# description: |
#   All HA instances read the same zowe.yaml, so a PKCS12 keystore or truststore named in the
#   shared `zowe.certificate` section is opened at the same path on every LPAR. That path must be
#   on the shared file system; a per-system or relative path gives the instances on the other LPARs
#   no certificate, or a different one. Key rings rely on the shared SAF database instead. Whether
#   a path is shared cannot be seen in zowe.yaml, so this check is a heuristic.
# related_resources:
#   - ref: https://github.com/zowe/docs-site/blob/master/docs/user-guide/installandconfig.md
#     description: "Zowe docs, Planning the installation: all HA instances share the same configuration file; the certificate directory can be shared between Zowe runtimes"
#   - ref: https://github.com/zowe/docs-site/blob/master/docs/user-guide/configure-sysplex.md
#     description: "Zowe docs, Configuring Sysplex for high availability: a shared SAF database and a USS shared file system are required"
# custom:
#   id: ZWE-HA-023
#   severity: info
#   confidence: heuristic
#   remediation: |
#     Keep the PKCS12 keystore and truststore (`zowe.certificate.keystore.file`,
#     `zowe.certificate.truststore.file`) on a zFS mounted by all LPARs, for example
#     `/global/zowe/keystore/localhost/localhost.keystore.p12`, or use a SAF key ring.
package zowe_ha.rules.zowe.keystore_path_shared

import data.zowe_ha.lib.zowe
import data.zowe_ha.lib.zowe_components as zc

report contains zowe.at(i, path, message) if {
	some i, instances in zowe.ha_instances
	some store in ["keystore", "truststore"]
	zc.norm(zc.base(i, ["zowe", "certificate", store, "type"])) == "pkcs12"
	path := ["zowe", "certificate", store, "file"]
	file := zc.base(i, path)
	some problem in zc.local_path_problems(file)

	# at least one instance uses the shared value
	some id, _ in instances
	zc.own(i, id, path) == zc.absent
	message := concat("", ["zowe.certificate.", store, ".file ", trim_space(file), " ", problem, "; every HA instance opens this PKCS12 file at the same path, so it must be on the file system shared by all LPARs (heuristic: zowe.yaml cannot show whether a path is shared)"])
}
