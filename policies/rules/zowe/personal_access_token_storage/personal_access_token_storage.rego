# METADATA
# title: Personal Access Tokens need Infinispan as the Caching Service storage
# description: |
#   With `components.gateway.apiml.security.personalAccessToken.enabled: true` the Gateway issues
#   Personal Access Tokens, and the Caching Service keeps the data that validates and revokes
#   them. Zowe's documentation (v2.18 and v3) says that Infinispan is the required storage of the
#   Caching Service for Personal Access Tokens: with inMemory, VSAM or Redis the feature is not
#   supported. An empty storage mode makes the Caching Service start script fall back to inMemory.
#   In HA every Caching Service is checked when any Gateway enables the tokens.
# related_resources:
#   - ref: https://docs.zowe.org/v2.18.x/user-guide/configure-caching-service-ha
#     description: "Zowe docs (v2.18), Configuring the Caching Service for HA: to enable Personal Access Token support when using the Caching Service, Infinispan is the required storage solution"
#   - ref: https://docs.zowe.org/stable/user-guide/configure-caching-service-ha
#     description: "Zowe docs (v3), Configuring the Caching Service for HA: the same note"
#   - ref: https://docs.zowe.org/stable/user-guide/api-mediation/configuration-personal-access-token/
#     description: "Zowe docs (v3.0), Enabling Personal Access Tokens: Infinispan is the required storage of the Caching Service; enable the tokens with components.gateway.apiml.security.personalAccessToken.enabled: true"
#   - ref: https://github.com/zowe/api-layer/blob/v3.x.x/caching-service-package/src/main/resources/bin/start.sh
#     description: "Caching Service start script: an empty storage mode falls back to inMemory"
# custom:
#   id: ZWE-HA-085
#   severity: error
#   confidence: documented
#   remediation: |
#     Set `components.caching-service.storage.mode: infinispan` (and remove other modes from the
#     `haInstances` entries), or disable Personal Access Tokens
#     (`components.gateway.apiml.security.personalAccessToken.enabled: false`).
package zowe_ha.rules.zowe.personal_access_token_storage

import data.zowe_ha.lib.zowe
import data.zowe_ha.lib.zowe_components as zc

_pat := ["components", "gateway", "apiml", "security", "personalAccessToken", "enabled"]

_mode := ["components", "caching-service", "storage", "mode"]

_why := "Zowe documents Infinispan as the required Caching Service storage for Personal Access Tokens; set components.caching-service.storage.mode: infinispan"

# Configurations with HA instances: every Caching Service, when some Gateway issues the tokens.
report contains zowe.at_effective(i, id, _mode, instance_message, shared_message) if {
	some i, instances in zowe.ha_instances
	gateways := {g | some g, _ in instances; zowe.enabled(i, g, "gateway"); _true(zc.get(i, g, _pat))}
	count(gateways) > 0
	enabled_on := zc.few(gateways)
	some id, _ in instances
	zowe.enabled(i, id, "caching-service")
	mode := zc.get(i, id, _mode)
	not zowe.templated(mode)
	not _infinispan(mode)
	instance_message := concat("", [
		"instance ", id, "'s Caching Service stores its data in ", _text(mode), ", but Personal Access Tokens are enabled (on instance(s) ",
		enabled_on, "): ", _why,
	])
	shared_message := concat("", [
		"the Caching Service stores its data in ", _text(mode), ", but Personal Access Tokens are enabled (on instance(s) ",
		enabled_on, "): ", _why,
	])
}

# A configuration without HA instances, and a zowe.yaml for containers.
report contains zowe.at(i, _mode, message) if {
	some i, entry in input.zowe
	not zowe.ha_instances[i]
	config := entry.config
	object.get(config, ["components", "gateway", "enabled"], false) == true
	_true(object.get(config, _pat, false))
	object.get(config, ["components", "caching-service", "enabled"], false) == true
	mode := object.get(config, _mode, zc.absent)
	not zowe.templated(mode)
	not _infinispan(mode)
	message := concat("", ["the Caching Service stores its data in ", _text(mode), ", but Personal Access Tokens are enabled: ", _why])
}

_true(value) if value == true

_true(value) if zc.norm(value) == "true"

_infinispan(mode) if zc.norm(mode) == "infinispan"

_text(mode) := concat("", [trim_space(mode), " (components.caching-service.storage.mode)"]) if {
	zc.given(mode)
	is_string(mode)
} else := "inMemory (components.caching-service.storage.mode is not set or empty, and the start script falls back to inMemory)"
