/** The one entrypoint every policy is compiled with and evaluated at: policies/main.rego's findings. */
export const ENTRYPOINT = "zowe_ha/main/findings";
