package zowe_ha.lib.zowe_components_test

import data.zowe_ha.lib.zowe_components as zc

two := {"a": {"hostname": "A.example.com", "sysname": "lpar1"}, "b": {"hostname": "b.example.com", "sysname": "LPAR2"}}

test_version_of_a_configuration if {
	zc.version_of(0) == 3 with input as {"zowe": [{"config": {}}]}
	zc.version_of(0) == 2 with input as {"zoweVersion": 2, "zowe": [{"config": {}}]}
	zc.version_of(0) == 2 with input as {"zoweVersion": 3, "zowe": [{"config": {}, "version": 2}]}
	zc.versioned({"zowe": 0}) == {"zowe": 0, "versioned": true}
}

test_port_number if {
	zc.port_number(7553) == 7553
	zc.port_number(" 7553 ") == 7553
	not zc.port_number(7553.5)
	not zc.port_number("+1")
	not zc.port_number(null)
}

test_given if {
	zc.given("x")
	zc.given(0)
	zc.given(false)
	not zc.given(null)
	not zc.given(" ")
	not zc.given(zc.absent)
}

test_mapping_excludes_absent if {
	zc.mapping({})
	not zc.mapping(zc.absent)
}

test_multi_lpar_and_lpars_running if {
	zc.multi_lpar == {0} with input as {"zowe": [{"config": {"components": {"x": {"enabled": true}}, "haInstances": two}}]}
	zc.lpars_running(0, ["x"]) == {"LPAR1", "LPAR2"} with input as {"zowe": [{"config": {"components": {"x": {"enabled": true}}, "haInstances": two}}]}
}

test_templated_sysname_is_not_counted if {
	count(zc.multi_lpar) == 0 with input as {"zowe": [{"config": {"haInstances": {
		"a": {"hostname": "a", "sysname": "LPAR1"},
		"b": {"hostname": "b", "sysname": "${{ zos.sysname }}"},
		"c": {"hostname": "c", "sysname": "LPAR3"},
	}}}]}
}

test_too_few_lpars_location if {
	zc.too_few_lpars(0, "x", {}, "m") == {{"zowe": 0, "path": ["components", "x", "enabled"], "message": "m"}} with input as {"zowe": [{"config": {"components": {"x": {"enabled": false}}, "haInstances": two}}]}
	zc.too_few_lpars(0, "x", {"LPAR1"}, "m") == {{"zowe": 0, "path": ["haInstances", "b", "components", "x", "enabled"], "message": "m"}} with input as {"zowe": [{"config": {"components": {"x": {"enabled": true}}, "haInstances": {
		"a": two.a,
		"b": {"hostname": "b", "sysname": "LPAR2", "components": {"x": {"enabled": false}}},
	}}}]}
}

# One finding per LPAR without the component, at its first instance that disables it.
test_too_few_lpars_once_per_lpar if {
	zc.too_few_lpars(0, "x", {"LPAR1"}, "m") == {{"zowe": 0, "path": ["haInstances", "b1", "components", "x", "enabled"], "message": "m"}} with input as {"zowe": [{"config": {"components": {"x": {"enabled": true}}, "haInstances": {
		"a": {"hostname": "a", "sysname": "LPAR1", "components": {"x": {"enabled": false}}},
		"a2": {"hostname": "a", "sysname": "LPAR1"},
		"b2": {"hostname": "b", "sysname": "LPAR2", "components": {"x": {"enabled": false}}},
		"b1": {"hostname": "b", "sysname": "LPAR2", "components": {"x": {"enabled": false}}},
	}}}]}
}

test_local_path_problems if {
	count(zc.local_path_problems("/global/zowe/workspace")) == 0
	count(zc.local_path_problems("/tmp")) == 1
	count(zc.local_path_problems("ws/&SYSNAME.")) == 2
}

test_port_owners if {
	zc.port_owners == {[0, "a.example.com", 1000]: {["a", "x"]}} with input as {"zowe": [{"config": {"components": {"x": {"enabled": true, "port": "1000"}, "y": {"enabled": false, "port": 1001}}, "haInstances": {"a": two.a}}}]}
	zc.port_owners == {[0, "h", 7553]: {["a", "x"], ["b", "x"]}} with input as {"zowe": [{"config": {"components": {"x": {"enabled": true, "port": 7553}}, "haInstances": {
		"a": {"hostname": "H", "sysname": "S"},
		"b": {"hostname": "h", "sysname": "S"},
	}}}]}
}

test_port_offset if {
	zc.port_offset("+1")
	zc.port_offset(" -12 ")
	not zc.port_offset("1")
	not zc.port_offset(1)
}

test_few if {
	zc.few({"b", "a"}) == "a, b"
	zc.few({"a", "b", "c", "d"}) == "a, b, c, d"
	zc.few({"e", "d", "c", "b", "a"}) == "a, b, c and 2 more"
}

test_shares_lpar if {
	cfg := {"zowe": [{"config": {"haInstances": {
		"a": {"hostname": "h", "sysname": "S1"},
		"b": {"hostname": "h", "sysname": "s1"},
		"c": {"hostname": "g", "sysname": "S2"},
	}}}]}
	zc.shares_lpar(0, "a") with input as cfg
	zc.shares_lpar(0, "b") with input as cfg
	not zc.shares_lpar(0, "c") with input as cfg
}
