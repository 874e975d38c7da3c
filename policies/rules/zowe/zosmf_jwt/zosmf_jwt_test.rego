package zowe_ha.rules.zowe.zosmf_jwt_test

import data.zowe_ha.rules.zowe.zosmf_jwt as rule

cfg(auth) := {
	"zowe": {},
	"components": {"gateway": {"enabled": true, "apiml": {"security": {"auth": auth}}}},
	"haInstances": {"lpar1": {"hostname": "a", "sysname": "A"}, "lpar2": {"hostname": "b", "sysname": "B"}},
}

test_jwt_and_auto_pass if {
	count(rule.report) == 0 with input as {"zowe": [{"config": cfg({"provider": "zosmf", "zosmf": {"jwtAutoconfiguration": "jwt"}})}]}
	count(rule.report) == 0 with input as {"zowe": [{"config": cfg({"zosmf": {"jwtAutoconfiguration": "auto"}})}]}
}

test_ltpa_fails if {
	rule.report == {{
		"zowe": 0,
		"path": ["components", "gateway", "apiml", "security", "auth", "zosmf", "jwtAutoconfiguration"],
		"message": "the Gateway uses LTPA tokens from z/OSMF; in HA enable JWT on all z/OSMF servers with the same key alias and set jwtAutoconfiguration to jwt",
	}} with input as {"zowe": [{"config": cfg({"provider": "zosmf", "zosmf": {"jwtAutoconfiguration": "LTPA"}})}]}
}

test_saf_provider_passes if {
	count(rule.report) == 0 with input as {"zowe": [{"config": cfg({"provider": "saf", "zosmf": {"jwtAutoconfiguration": "ltpa"}})}]}
}
