# METADATA
# title: VSAM storage of the Caching Service is complete and shared
# description: |
#   With `storage.mode: VSAM` every Caching Service must name the same VSAM data set
#   (`storage.vsam.name`), which `zwe init vsam` creates from `zowe.setup.vsam`. In a Sysplex the
#   data set should use record-level sharing (RLS); NONRLS needs a volume and RLS a storage class.
#   VSAM storage is deprecated in Zowe v3. Findings carry their own severity: a missing or
#   invalid name and missing setup values are errors (zwe stops); different data sets on the
#   instances (an inference: they would not share state) and the recommendations are warnings.
# related_resources:
#   - ref: https://docs.zowe.org/stable/user-guide/configure-caching-service-ha
#     description: "Zowe docs, Configuring the Caching Service for HA: VSAM needs storage.vsam.name; RLS is recommended for Sysplex; NONRLS needs zowe.setup.vsam.volume, RLS zowe.setup.vsam.storageClass; VSAM is deprecated in v3"
#   - ref: https://github.com/zowe/zowe-install-packaging/blob/v3.x/master/bin/commands/init/vsam/index.sh
#     description: "zwe init vsam: stops with ZWEL0157E when the data set name, volume (NONRLS) or storage class (RLS) is missing"
#   - ref: https://github.com/zowe/zowe-install-packaging/blob/v3.x/master/schemas/zowe-yaml-schema.json
#     description: "zowe.yaml schema: zowe.setup.vsam.name must match components.caching-service.storage.vsam.name"
# custom:
#   id: ZWE-HA-034
#   severity: error
#   other_severities:
#     warning: "for what Zowe recommends (RLS in a Sysplex, no VSAM in v3, zowe.setup.vsam.name equal to storage.vsam.name), and when instances use different data sets (inference)"
#   confidence: documented
#   remediation: |
#     Prefer `components.caching-service.storage.mode: infinispan`. If you keep VSAM, set one
#     `components.caching-service.storage.vsam.name` for all instances, the same name in
#     `zowe.setup.vsam.name`, and `zowe.setup.vsam.mode: RLS` with `zowe.setup.vsam.storageClass`.
package zowe_ha.rules.zowe.caching_vsam

import data.zowe_ha.lib.zowe
import data.zowe_ha.lib.zowe_components as zc

_mode := ["components", "caching-service", "storage", "mode"]

_name := ["components", "caching-service", "storage", "vsam", "name"]

# A data set name of at most 38 characters (zwe adds .DATA and .INDEX to it).
_dsn := `^[A-Z$#@][A-Z0-9$#@-]{0,7}(\.[A-Z$#@][A-Z0-9$#@-]{0,7}){0,11}$`

# The instances whose Caching Service stores in VSAM.
_vsam := {[i, id] |
	some i, instances in zowe.ha_instances
	some id, _ in instances
	zowe.enabled(i, id, "caching-service")
	zc.norm(zc.get(i, id, _mode)) == "vsam"
}

_configs := {i | some [i, _] in _vsam}

# 034a: the data set name is set and valid.
report contains zc.with_severity(zowe.at_effective(i, id, _name, instance_message, shared_message), "error") if {
	some [i, id] in _vsam
	name := zc.get(i, id, _name)
	not zowe.templated(name)
	problem := _name_problem(name)
	instance_message := concat("", ["instance ", id, " stores Caching Service data in VSAM, but storage.vsam.name ", problem])
	shared_message := concat("", ["the Caching Service stores data in VSAM, but components.caching-service.storage.vsam.name ", problem])
}

_name_problem(name) := "is not set" if {
	not zc.given(name)
} else := concat("", ["must be a data set name, not ", type_name(name)]) if {
	not is_string(name)
} else := concat("", [trim_space(name), " is longer than 38 characters"]) if {
	count(trim_space(name)) > 38
} else := concat("", [trim_space(name), " is not a valid data set name"]) if {
	not regex.match(_dsn, upper(trim_space(name)))
}

# 034b: all instances use the same data set.
_names := {i: names |
	some i in _configs
	names := {id: upper(trim_space(name)) |
		some [j, id] in _vsam
		j == i
		name := zc.get(i, id, _name)
		is_string(name)
		zc.given(name)
		not zowe.templated(name)
	}
	count({n | some n in names}) > 1
}

_reference(i, names) := name if {
	name := upper(trim_space(zc.base(i, _name)))
	name in {n | some n in names}
} else := names[min(object.keys(names))]

report contains zc.with_severity(zowe.at_effective(i, id, _name, message, message), "warning") if {
	some i, names in _names
	reference := _reference(i, names)
	others := {j | some j, n in names; n == reference}
	some id, name in names
	name != reference
	message := concat("", ["instance ", id, " uses VSAM data set ", name, " while instance(s) ", zc.few(others), " use ", reference, "; all Caching Services must share one data set to share state (inference)"])
}

# 034c: RLS in a Sysplex.
report contains zc.with_severity(zowe.at(i, ["zowe", "setup", "vsam", "mode"], message), "warning") if {
	some i in _configs
	mode := zc.base(i, ["zowe", "setup", "vsam", "mode"])
	not zowe.templated(mode)
	not _rls(mode)
	message := concat("", ["zowe.setup.vsam.mode is ", _setup_mode_text(mode), ": in a Sysplex the Caching Service VSAM data set should use record-level sharing; set zowe.setup.vsam.mode: RLS with zowe.setup.vsam.storageClass"])
}

_rls(mode) if zc.norm(mode) == "rls"

_setup_mode_text(mode) := "not set (zwe init vsam defaults to NONRLS)" if {
	not zc.given(mode)
} else := zowe.show(mode)

# 034d: the setup values zwe init vsam needs for the chosen mode.
report contains zc.with_severity(zowe.at(i, ["zowe", "setup", "vsam", key], message), "error") if {
	some i in _configs
	mode := upper(trim_space(zc.base(i, ["zowe", "setup", "vsam", "mode"])))
	some [setup_mode, key] in [["NONRLS", "volume"], ["RLS", "storageClass"]]
	mode == setup_mode
	not zc.given(zc.base(i, ["zowe", "setup", "vsam", key]))
	message := concat("", ["zowe.setup.vsam.mode is ", mode, " but zowe.setup.vsam.", key, " is not set: zwe init vsam stops with ZWEL0157E"])
}

# 034e: VSAM is deprecated in Zowe v3.
report contains zc.versioned(zc.with_severity(zowe.at_effective(i, id, _mode, instance_message, shared_message), "warning")) if {
	some [i, id] in _vsam
	zc.version_of(i) == 3
	instance_message := concat("", ["instance ", id, " uses VSAM storage, which is deprecated in Zowe v3 and will be removed; use infinispan"])
	shared_message := "VSAM storage of the Caching Service is deprecated in Zowe v3 and will be removed; use infinispan"
}

# 034f: the data set zwe init vsam creates is the one the Caching Service opens.
report contains zc.with_severity(zowe.at(i, ["zowe", "setup", "vsam", "name"], message), "warning") if {
	some [i, id] in _vsam
	setup := zc.base(i, ["zowe", "setup", "vsam", "name"])
	is_string(setup)
	zc.given(setup)
	not zowe.templated(setup)
	name := zc.get(i, id, _name)
	is_string(name)
	zc.given(name)
	not zowe.templated(name)
	upper(trim_space(name)) != upper(trim_space(setup))
	message := concat("", ["zowe.setup.vsam.name ", trim_space(setup), " (the data set zwe init vsam creates) differs from storage.vsam.name ", trim_space(name), " that the Caching Service opens"])
}
