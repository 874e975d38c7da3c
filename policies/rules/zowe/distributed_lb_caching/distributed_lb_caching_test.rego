package zowe_ha.rules.zowe.distributed_lb_caching_test

import data.zowe_ha.rules.zowe.distributed_lb_caching as rule

cfg(caching) := {
	"zowe": {},
	"components": {
		"gateway": {"enabled": true, "apiml": {"loadBalancer": {"distribute": true}}},
		"caching-service": {"enabled": caching},
	},
	"haInstances": {"lpar1": {"hostname": "a", "sysname": "A"}, "lpar2": {"hostname": "b", "sysname": "B"}},
}

test_with_caching_passes if {
	count(rule.report) == 0 with input as {"zowe": [{"config": cfg(true)}]}
}

test_without_caching_fails if {
	rule.report == {{
		"zowe": 0,
		"path": ["components", "gateway", "apiml", "loadBalancer", "distribute"],
		"message": "components.gateway.apiml.loadBalancer.distribute is true, but no instance runs a Caching Service to hold the distributed load-balancer cache",
	}} with input as {"zowe": [{"config": cfg(false)}]}
}

test_not_distributed_passes if {
	count(rule.report) == 0 with input as {"zowe": [{"config": object.union(cfg(false), {"components": {"gateway": {"apiml": {"loadBalancer": {"distribute": false}}}}})}]}
}
