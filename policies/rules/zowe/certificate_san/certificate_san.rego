# METADATA
# title: Certificate SANs cover the DVIPA and every LPAR host
# description: |
#   Clients reach Zowe by the DVIPA names in `zowe.externalDomains`, and the services of the HA
#   instances reach each other by the instance hostnames. With `zowe.verifyCertificates: STRICT`
#   (the default) the certificate must name all of them. `zwe init certificate` writes
#   `zowe.setup.certificate.san` into the certificate, or `zowe.externalDomains` when `san` is not
#   set. That instance-to-instance traffic is checked against the instance hostname is an
#   inference. Error when zwe generates the certificate from this configuration, warning otherwise.
# related_resources:
#   - ref: https://docs.zowe.org/stable/appendix/zwe_server_command_reference/zwe/init/zwe-init-certificate
#     description: "Zowe docs, zwe init certificate: zowe.setup.certificate.san lists the DVIPA and the internal LPAR host names"
#   - ref: https://github.com/zowe/zowe-install-packaging/blob/v3.x/master/bin/commands/init/certificate/index.sh
#     description: "zwe init certificate: the SAN defaults to zowe.externalDomains when zowe.setup.certificate.san is not set"
# custom:
#   id: ZWE-HA-080
#   severity: error
#   confidence: inference
#   remediation: |
#     List the DVIPA names and every `haInstances.<id>.hostname` in `zowe.setup.certificate.san`
#     and regenerate the certificate (`zwe init certificate`), or import a certificate with these
#     subject alternative names.
package zowe_ha.rules.zowe.certificate_san

import data.zowe_ha.lib.zowe
import data.zowe_ha.lib.zowe_components as zc

_san := ["zowe", "setup", "certificate", "san"]

report contains zc.with_severity(zowe.at(i, _san, message), severity) if {
	some i, instances in zowe.ha_instances
	_strict(i)
	[names, source] := _names(i)
	not _templated_any(names)
	sans := {lower(trim_space(n)) | some n in names; is_string(n)}
	domains := zc.base(i, ["zowe", "externalDomains"])
	required := {lower(trim_space(d)) | some d in _array(domains); is_string(d); not zowe.templated(d); trim_space(d) != ""} | {zc.host(i, id) | some id, _ in instances}
	missing := {n | some n in required; not _covered(n, sans)}
	count(missing) > 0
	severity := _severity(i)
	message := concat("", ["the certificate SAN (", source, ") lacks ", zowe.list(missing), "; with zowe.verifyCertificates STRICT, clients of the DVIPA and services calling each other by instance hostname reject the certificate (inference for instance-to-instance traffic)"])
}

_strict(i) if zc.base(i, ["zowe", "verifyCertificates"]) == zc.absent

_strict(i) if zc.norm(zc.base(i, ["zowe", "verifyCertificates"])) == "strict"

_names(i) := [san, "zowe.setup.certificate.san"] if {
	san := zc.base(i, _san)
	is_array(san)
} else := [_array(zc.base(i, ["zowe", "externalDomains"])), "zowe.externalDomains, which zwe init certificate uses when zowe.setup.certificate.san is not set"]

_array(value) := value if is_array(value)

_array(value) := [] if not is_array(value)

_templated_any(names) if {
	some n in names
	zowe.templated(n)
}

_covered(name, sans) if name in sans

# A wildcard matches one DNS label.
_covered(name, sans) if {
	some san in sans
	startswith(san, "*.")
	suffix := substring(san, 1, -1)
	endswith(name, suffix)
	label := trim_suffix(name, suffix)
	label != ""
	not contains(label, ".")
}

# zwe generates the certificate from zowe.setup.certificate unless it imports or connects one.
_severity(i) := "error" if {
	zc.mapping(zc.base(i, ["zowe", "setup", "certificate"]))
	not _imported(i)
} else := "warning"

_imported(i) if {
	some path in [
		["pkcs12", "import", "keystore"],
		["keyring", "import", "dsName"],
		["keyring", "connect", "user"],
		["keyring", "connect", "label"],
	]
	zc.given(zc.base(i, array.concat(["zowe", "setup", "certificate"], path)))
}
