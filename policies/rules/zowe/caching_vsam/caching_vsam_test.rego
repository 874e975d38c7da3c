package zowe_ha.rules.zowe.caching_vsam_test

import data.zowe_ha.rules.zowe.caching_vsam as rule

two := {"lpar1": {"hostname": "a", "sysname": "A"}, "lpar2": {"hostname": "b", "sysname": "B"}}

cfg(setup, storage, instances) := {
	"zowe": {"setup": {"vsam": setup}},
	"components": {"caching-service": {"enabled": true, "storage": storage}},
	"haInstances": instances,
}

good_setup := {"mode": "RLS", "storageClass": "SCRLS", "name": "IBMUSER.ZWE.CUST.CACHE"}

good_storage := {"mode": "VSAM", "vsam": {"name": "IBMUSER.ZWE.CUST.CACHE"}}

test_complete_vsam_passes_in_v2 if {
	count(rule.report) == 0 with input as {"zoweVersion": 2, "zowe": [{"config": cfg(good_setup, good_storage, two)}]}
}

test_complete_vsam_is_deprecated_in_v3 if {
	report := rule.report with input as {"zowe": [{"config": cfg(good_setup, good_storage, two)}]}
	report == {{
		"zowe": 0,
		"path": ["components", "caching-service", "storage", "mode"],
		"severity": "warning",
		"message": "VSAM storage of the Caching Service is deprecated in Zowe v3 and will be removed; use infinispan",
		"versioned": true,
	}}
}

test_infinispan_is_not_checked if {
	count(rule.report) == 0 with input as {"zowe": [{"config": cfg({}, {"mode": "infinispan"}, two)}]}
}

test_missing_name_fails if {
	report := rule.report with input as {"zoweVersion": 2, "zowe": [{"config": cfg(good_setup, {"mode": "VSAM", "vsam": {"name": ""}}, two)}]}
	some v in report
	v.path == ["components", "caching-service", "storage", "vsam", "name"]
	v.severity == "error"
	v.message == "the Caching Service stores data in VSAM, but components.caching-service.storage.vsam.name is not set"
}

test_invalid_and_long_names_fail if {
	some v in rule.report with input as {"zoweVersion": 2, "zowe": [{"config": cfg(good_setup, {"mode": "VSAM", "vsam": {"name": "1BAD.NAME"}}, two)}]}
	contains(v.message, "1BAD.NAME is not a valid data set name")
	some w in rule.report with input as {"zoweVersion": 2, "zowe": [{"config": cfg(good_setup, {"mode": "VSAM", "vsam": {"name": "ABCDEFGH.ABCDEFGH.ABCDEFGH.ABCDEFGH.ABCDE"}}, two)}]}
	contains(w.message, "is longer than 38 characters")
}

test_different_names_fail_at_override if {
	report := rule.report with input as {"zoweVersion": 2, "zowe": [{"config": cfg(good_setup, good_storage, {
		"lpar1": {"hostname": "a", "sysname": "A"},
		"lpar2": {"hostname": "b", "sysname": "B", "components": {"caching-service": {"storage": {"vsam": {"name": "IBMUSER.ZWE.LPAR2.CACHE"}}}}},
	})}]}
	some v in report
	v.instance == "lpar2"
	contains(v.message, "instance lpar2 uses VSAM data set IBMUSER.ZWE.LPAR2.CACHE while instance(s) lpar1 use IBMUSER.ZWE.CUST.CACHE")

	# the setup name differs from lpar2's name as well
	some w in report
	w.path == ["zowe", "setup", "vsam", "name"]
	w.severity == "warning"
}

test_nonrls_without_volume_fails if {
	report := rule.report with input as {"zoweVersion": 2, "zowe": [{"config": cfg({"mode": "NONRLS"}, good_storage, two)}]}
	some v in report
	v.path == ["zowe", "setup", "vsam", "volume"]
	v.severity == "error"
	some w in report
	w.path == ["zowe", "setup", "vsam", "mode"]
	w.severity == "warning"
	contains(w.message, "zowe.setup.vsam.mode is NONRLS")
}

test_rls_without_storage_class_fails if {
	some v in rule.report with input as {"zoweVersion": 2, "zowe": [{"config": cfg({"mode": "RLS"}, good_storage, two)}]}
	v.path == ["zowe", "setup", "vsam", "storageClass"]
}

test_unset_setup_mode_warns if {
	some v in rule.report with input as {"zoweVersion": 2, "zowe": [{"config": cfg(null, good_storage, two)}]}
	contains(v.message, "not set (zwe init vsam defaults to NONRLS)")
}

test_templates_are_silent if {
	count(rule.report) == 0 with input as {"zoweVersion": 2, "zowe": [{"config": cfg(
		{"mode": "RLS", "storageClass": "SC", "name": "${{ components['caching-service'].storage.vsam.name }}"},
		{"mode": "VSAM", "vsam": {"name": "${{ zowe.setup.dataset.prefix }}.CACHE"}},
		two,
	)}]}
}

test_names_are_compared_within_one_configuration if {
	other := cfg(good_setup, {"mode": "VSAM", "vsam": {"name": "OTHER.ZWE.CACHE"}}, two)
	report := rule.report with input as {"zoweVersion": 2, "zowe": [
		{"config": cfg(good_setup, good_storage, two)},
		{"config": other},
	]}

	# only the setup name of the second configuration differs
	{[v.zowe, v.path] | some v in report} == {[1, ["zowe", "setup", "vsam", "name"]]}
}
