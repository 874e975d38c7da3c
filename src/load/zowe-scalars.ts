/**
 * How Zowe's configuration manager types plain scalars (zowe-common-c yaml2json), and which plain
 * scalars other YAML readers take differently.
 */
import { FAILSAFE_SCHEMA, load, Type } from "js-yaml";

/**
 * A plain scalar as configmgr reads it: null (empty, ~, null), an integer (digits only, so 0777
 * is 777), a boolean (true/false in three casings) or else a string, so `on`, `1e3`, `-1` and
 * `7.5` are strings.
 */
export function zoweScalar(source: string): unknown {
  if (/^(?:|~|null|Null|NULL)$/.test(source)) return null;
  if (/^[0-9]+$/.test(source)) return Number(source);
  if (/^(?:true|True|TRUE)$/.test(source)) return true;
  if (/^(?:false|False|FALSE)$/.test(source)) return false;
  return source;
}

const YAML11_BOOLEANS = /^(?:y|Y|yes|Yes|YES|n|N|no|No|NO|on|On|ON|off|Off|OFF)$/;
const YAML11_OCTAL = /^0[0-7]+$/;
// YAML 1.2 core schema numbers; of these, Zowe reads only unsigned decimal digits as a number.
const CORE_NUMBER =
  /^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/;

/** What YAML 1.2 (core schema) and YAML 1.1 readers make of a plain scalar, where it differs from Zowe. */
export function otherReadings(source: string, yaml12: unknown, zowe: unknown): string | undefined {
  const readings: string[] = [];
  if (!Object.is(yaml12, zowe)) readings.push(`YAML 1.2 tools read ${describeValue(yaml12)}`);
  if (YAML11_BOOLEANS.test(source)) readings.push(`YAML 1.1 tools read the boolean ${/^(?:y|yes|on)$/i.test(source)}`);
  else if (YAML11_OCTAL.test(source)) readings.push(`YAML 1.1 tools read the octal number ${parseInt(source, 8)}`);
  return readings.length > 0 ? readings.join(" and ") : undefined;
}

export function describeValue(value: unknown): string {
  return typeof value === "string"
    ? `the string "${value}"`
    : value === null
      ? "null"
      : `the ${typeof value} ${String(value)}`;
}

/** Plain scalars otherReadings may have something to say about (a superset: the positioned reader decides). */
function mayReadOtherwise(source: string): boolean {
  return (
    YAML11_BOOLEANS.test(source) || YAML11_OCTAL.test(source) || (CORE_NUMBER.test(source) && !/^[0-9]+$/.test(source))
  );
}

let ambiguous = false;

// js-yaml tries a schema's implicit types on plain scalars only (an empty one is null already).
const ZOWE_SCHEMA = FAILSAFE_SCHEMA.extend({
  implicit: [
    new Type("tag:zowe-ha-policy,2026:configmgr-scalar", {
      kind: "scalar",
      resolve: (source: string) => {
        if (mayReadOtherwise(source)) ambiguous = true;
        return zoweScalar(source) !== source;
      },
      construct: zoweScalar,
    }),
  ],
});

/**
 * A document's value as configmgr reads it, from text without anchors, aliases or tags. Undefined
 * when a plain scalar may read otherwise in other YAML tools: the positioned reader then reports
 * it at its line.
 */
export function readZoweValue(text: string): unknown {
  ambiguous = false;
  let value: unknown;
  try {
    value = load(text, { schema: ZOWE_SCHEMA });
  } catch {
    return undefined; // the positioned reader reports it at its line
  }
  return ambiguous ? undefined : value;
}
