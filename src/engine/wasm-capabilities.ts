/**
 * Builtins implemented natively inside OPA's wasm module (OPA internal/compiler/wasm/wasm.go).
 * Anything else would call back into JavaScript, where the SDK lacks it or differs from Go, so
 * policies are compiled with only these: one using another builtin fails to compile on its
 * author's machine, not on a user's. rego.metadata.* calls are rewritten to constants by the
 * compiler.
 */
const WASM_NATIVE = new Set([
  "plus", "minus", "mul", "div", "abs", "round", "ceil", "floor", "rem",
  "eq", "equal", "neq", "gt", "gte", "lt", "lte", "assign",
  "count", "sum", "product", "max", "min", "sort",
  "array.concat", "array.reverse", "array.slice",
  "and", "or", "intersection", "union",
  "is_number", "is_string", "is_boolean", "is_array", "is_set", "is_object", "is_null", "type_name",
  "json.marshal", "json.unmarshal", "json.is_valid", "json.filter", "json.remove",
  "object.filter", "object.get", "object.keys", "object.remove", "object.union", "object.union_n",
  "concat", "format_int", "indexof", "substring", "lower", "upper", "contains", "startswith",
  "endswith", "strings.reverse", "split", "replace", "strings.replace_n", "trim", "trim_left",
  "trim_prefix", "trim_right", "trim_suffix", "trim_space",
  "numbers.range", "to_number", "walk",
  "regex.is_valid", "regex.match", "regex.find_all_string_submatch_n",
  "glob.match", "internal.member_2", "internal.member_3",
  "rego.metadata.chain", "rego.metadata.rule",
]);

interface Capabilities {
  builtins: Array<{ name: string }>;
}

/** `opa capabilities --current` of the opa at hand, reduced to the wasm-native builtins. */
export function wasmCapabilities(current: Capabilities): Capabilities {
  return { ...current, builtins: current.builtins.filter((b) => WASM_NATIVE.has(b.name)) };
}
