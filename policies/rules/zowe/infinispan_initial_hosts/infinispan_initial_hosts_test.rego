package zowe_ha.rules.zowe.infinispan_initial_hosts_test

import data.zowe_ha.rules.zowe.infinispan_initial_hosts as rule

cfg(infinispan, instances) := {
	"zowe": {},
	"components": {"caching-service": {"enabled": true, "storage": {"mode": "infinispan", "infinispan": infinispan}}},
	"haInstances": instances,
}

two := {"lpar1": {"hostname": "lpar1.example.com", "sysname": "LPAR1"}, "lpar2": {"hostname": "lpar2.example.com", "sysname": "LPAR2"}}

jgroups := {"port": 7600, "keyExchange": {"port": 7601}}

test_all_members_listed_passes if {
	count(rule.report) == 0 with input as {"zowe": [{"config": cfg({"initialHosts": "lpar1.example.com[7600], LPAR2.example.com[7600]", "jgroups": jgroups}, two)}]}
}

test_list_value_passes if {
	count(rule.report) == 0 with input as {"zowe": [{"config": cfg({"initialHosts": ["lpar1.example.com[7600]", "lpar2.example.com[7600]"], "jgroups": jgroups}, two)}]}
}

test_per_instance_peer_lists_pass if {
	count(rule.report) == 0 with input as {"zowe": [{"config": cfg({"jgroups": jgroups}, {
		"lpar1": {"hostname": "lpar1.example.com", "sysname": "LPAR1", "components": {"caching-service": {"storage": {"infinispan": {"initialHosts": "lpar2.example.com[7600]"}}}}},
		"lpar2": {"hostname": "lpar2.example.com", "sysname": "LPAR2", "components": {"caching-service": {"storage": {"infinispan": {"initialHosts": "lpar1.example.com[7600]"}}}}},
	})}]}
}

test_unset_fails_once_at_shared_key if {
	rule.report == {{
		"zowe": 0,
		"path": ["components", "caching-service", "storage", "infinispan", "initialHosts"],
		"message": "components.caching-service.storage.infinispan.initialHosts is not set: Zowe v3.0 then starts each Caching Service as a cluster of its own, so the instances do not share data (later v3 releases may derive the list from the Discovery services)",
		"versioned": true,
	}} with input as {"zowe": [{"config": cfg({"initialHosts": null, "jgroups": jgroups}, two)}]}
}

test_unset_in_v2_names_v2 if {
	some v in rule.report with input as {"zoweVersion": 2, "zowe": [{"config": cfg({"jgroups": jgroups}, two)}]}
	contains(v.message, "Zowe v2 then starts")
}

test_missing_member_fails if {
	rule.report == {{
		"zowe": 0,
		"path": ["components", "caching-service", "storage", "infinispan", "initialHosts"],
		"message": "components.caching-service.storage.infinispan.initialHosts does not list lpar2.example.com[7600] (instance lpar2), so that Caching Service may not join the same cluster (inference: Zowe's Infinispan page asks for every member in the list)",
		"severity": "warning",
	}} with input as {"zowe": [{"config": cfg({"initialHosts": "lpar1.example.com[7600]", "jgroups": jgroups}, two)}]}
}

# Many instances that share one list: one finding naming the members it leaves out.
test_shared_list_missing_many_members_is_one_finding if {
	instances := {id: {"hostname": concat("", [id, ".example.com"]), "sysname": upper(id)} | some n in numbers.range(1, 9); id := concat("", ["lpar", format_int(n, 10)])}
	report := rule.report with input as {"zowe": [{"config": cfg({"initialHosts": "lpar1.example.com[7600]", "jgroups": jgroups}, instances)}]}
	count(report) == 1
	some v in report
	contains(v.message, "does not list lpar2.example.com[7600] (instance lpar2), lpar3.example.com[7600] (instance lpar3), lpar4.example.com[7600] (instance lpar4) and 5 more, so those Caching Services may not join")
}

test_wrong_port_fails_on_the_instance if {
	report := rule.report with input as {"zowe": [{"config": cfg({"jgroups": jgroups}, {
		"lpar1": {"hostname": "lpar1.example.com", "sysname": "LPAR1", "components": {"caching-service": {"storage": {"infinispan": {"initialHosts": "lpar2.example.com[7098]"}}}}},
		"lpar2": {"hostname": "lpar2.example.com", "sysname": "LPAR2", "components": {"caching-service": {"storage": {"infinispan": {"initialHosts": "lpar1.example.com[7600]"}}}}},
	})}]}
	count(report) == 1
	some v in report
	v.instance == "lpar1"
	contains(v.message, "does not list lpar2.example.com[7600] (instance lpar2)")
}

test_jgroups_host_is_accepted if {
	count(rule.report) == 0 with input as {"zowe": [{"config": cfg({"initialHosts": "10.1.1.1[7600],10.1.1.2[7600]", "jgroups": jgroups}, {
		"lpar1": {"hostname": "lpar1.example.com", "sysname": "LPAR1", "components": {"caching-service": {"storage": {"infinispan": {"jgroups": {"host": "10.1.1.1"}}}}}},
		"lpar2": {"hostname": "lpar2.example.com", "sysname": "LPAR2", "components": {"caching-service": {"storage": {"infinispan": {"jgroups": {"host": "10.1.1.2"}}}}}},
	})}]}
}

test_malformed_entry_fails if {
	some v in rule.report with input as {"zowe": [{"config": cfg({"initialHosts": "lpar1.example.com:7600,lpar2.example.com[7600]", "jgroups": jgroups}, two)}]}
	contains(v.message, "entry \"lpar1.example.com:7600\" is not host[port]")
}

test_templates_and_single_instance_are_silent if {
	count(rule.report) == 0 with input as {"zowe": [{"config": cfg({"initialHosts": "${{ process.env.HOSTS }}", "jgroups": jgroups}, two)}]}
	count(rule.report) == 0 with input as {"zowe": [{"config": cfg({"jgroups": jgroups}, {"lpar1": two.lpar1})}]}
}

test_unknown_port_skips_member if {
	count(rule.report) == 0 with input as {"zowe": [{"config": cfg({"initialHosts": "lpar1.example.com[7600]", "jgroups": {"port": "${{ 7600 }}"}}, two)}]}
}

test_wrong_type_is_malformed if {
	some v in rule.report with input as {"zowe": [{"config": cfg({"initialHosts": 7600, "jgroups": jgroups}, two)}]}
	contains(v.message, "entry \"7600\" is not host[port]")
}

test_trailing_comma_and_leading_zeros_pass if {
	count(rule.report) == 0 with input as {"zowe": [{"config": cfg({"initialHosts": "lpar1.example.com[07600], lpar2.example.com[7600],", "jgroups": jgroups}, two)}]}
}

test_list_with_a_number_is_malformed if {
	report := rule.report with input as {"zowe": [{"config": cfg({"initialHosts": ["lpar1.example.com[7600]", 7600, "lpar2.example.com[7600]"], "jgroups": jgroups}, two)}]}
	{v.message | some v in report} == {"components.caching-service.storage.infinispan.initialHosts entry \"7600\" is not host[port]"}
}

# A templated shared list is not checked; the instances' own lists still are.
test_own_lists_are_checked_when_the_shared_one_is_a_template if {
	report := rule.report with input as {"zowe": [{"config": cfg({"initialHosts": "${{ process.env.HOSTS }}", "jgroups": jgroups}, {
		"lpar1": two.lpar1,
		"lpar2": {"hostname": "lpar2.example.com", "sysname": "LPAR2", "components": {"caching-service": {"storage": {"infinispan": {"initialHosts": "lpar2.example.com:7600"}}}}},
	})}]}
	{v.message | some v in report} == {
		"instance lpar2: storage.infinispan.initialHosts entry \"lpar2.example.com:7600\" is not host[port]",
		"instance lpar2: storage.infinispan.initialHosts does not list lpar1.example.com[7600] (instance lpar1), so that Caching Service may not join the same cluster (inference: Zowe's Infinispan page asks for every member in the list)",
	}
}

test_unset_own_list_fails_on_the_instance if {
	report := rule.report with input as {"zowe": [{"config": cfg({"initialHosts": "lpar1.example.com[7600],lpar2.example.com[7600]", "jgroups": jgroups}, {
		"lpar1": two.lpar1,
		"lpar2": {"hostname": "lpar2.example.com", "sysname": "LPAR2", "components": {"caching-service": {"storage": {"infinispan": {"initialHosts": ""}}}}},
	})}]}
	report == {{
		"zowe": 0,
		"instance": "lpar2",
		"path": ["components", "caching-service", "storage", "infinispan", "initialHosts"],
		"message": "instance lpar2 does not set storage.infinispan.initialHosts: Zowe v3.0 then starts each Caching Service as a cluster of its own, so the instances do not share data (later v3 releases may derive the list from the Discovery services)",
		"versioned": true,
	}}
}
