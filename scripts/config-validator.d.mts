import type { Plugin } from "rollup";

export function configValidatorModule(): string;
export function configValidator(): Plugin;
