/** The entrypoint every policy is compiled with and evaluated at: policies/main.rego's findings. */
export const ENTRYPOINT = "zowe_ha/main/findings";

/**
 * The bundled policy's second entrypoint: the same findings together with the HA topology the
 * reports draw (policies/views/topology.rego), evaluated instead of ENTRYPOINT when a report
 * draws it.
 */
export const TOPOLOGY_ENTRYPOINT = "zowe_ha/views/topology/with_findings";
