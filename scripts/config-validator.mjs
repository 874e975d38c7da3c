// The configuration's validator generated at build time (ajv "standalone" code), and the rollup
// plugin that puts it in the bundles in place of src/config/validator.ts, which compiles the same
// schema with the same options at run time.
import { readFileSync } from "node:fs";
import { Ajv } from "ajv";
import standaloneCode from "ajv/dist/standalone/index.js";

const ROOT = new URL("..", import.meta.url);
const VALIDATOR = "src/config/validator.ts";
const VIRTUAL = "\0config-validator";

const readJson = (path) => JSON.parse(readFileSync(new URL(path, ROOT), "utf8"));

/** An ES module exporting configValidator(), as src/config/validator.ts does, with the validator precompiled. */
export function configValidatorModule() {
  const ajv = new Ajv({ ...readJson("src/config/validator-options.json"), code: { source: true, esm: true } });
  const code = standaloneCode(ajv, ajv.compile(readJson("schema/zowe-ha-policy.schema.json")));
  // Even as an ES module the code requires ajv's runtime helpers (e.g. ucs2length for minLength).
  // They are CommonJS with an __esModule flag: a bundler's default import is their default export,
  // Node's is the exports object holding it.
  const imports = [];
  const body = code.replace(/require\(("ajv\/dist\/runtime\/[\w-]+")\)\.default/g, (_, id) => {
    const name = `helper${imports.length}`;
    imports.push(`import ${name}Module from ${id};\nconst ${name} = ${name}Module.default ?? ${name}Module;`);
    return name;
  });
  if (/\brequire\(/.test(body)) throw new Error(`config validator: unexpected require() in ajv's code`);
  return `${imports.join("\n")}\n${body}\nexport function configValidator() {\n  return validate;\n}\n`;
}

/** Rollup plugin: src/config/validator.ts becomes the generated module. */
export function configValidator() {
  return {
    name: "config-validator",
    async resolveId(source, importer, options) {
      if (!/validator(\.js)?$/.test(source)) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      return resolved?.id === new URL(VALIDATOR, ROOT).pathname ? VIRTUAL : null;
    },
    load(id) {
      if (id !== VIRTUAL) return null;
      for (const file of ["src/config/validator-options.json", "schema/zowe-ha-policy.schema.json"])
        this.addWatchFile(new URL(file, ROOT).pathname);
      return configValidatorModule();
    },
  };
}
