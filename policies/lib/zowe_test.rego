package zowe_ha.lib.zowe_test

import data.zowe_ha.lib.zowe

test_instance_id_is_the_key_zwe_looks_up if {
	zowe.instance_id("LPAR-3") == "lpar_3"
	zowe.instance_id("lpar1") == "lpar1"
	zowe.instance_id("Sys.A b") == "sys_a_b"
}

test_only_keys_in_that_form_can_be_selected if {
	zowe.selectable("lpar_3")
	zowe.selectable("sys1")
	not zowe.selectable("LPAR-3")
	not zowe.selectable("lpar1 ")
	not zowe.selectable("")
}
