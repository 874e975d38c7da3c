// Imports a TypeScript module of src/ from a build script. Node 20 cannot run TypeScript, and the
// scripts must not depend on dist/ (which they build), so the module and the modules it imports
// are emitted without type checking (`npm run typecheck` does that) into a private folder of
// build/ and imported from there.
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import ts from "typescript";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");

export async function importTypeScript(file) {
  mkdirSync(join(root, "build"), { recursive: true });
  const outDir = mkdtempSync(join(root, "build", "ts-"));
  try {
    const program = ts.createProgram([file], {
      noCheck: true,
      noLib: true,
      types: [],
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.NodeNext,
      moduleResolution: ts.ModuleResolutionKind.NodeNext,
      rootDir: root,
      outDir,
    });
    const { emitSkipped, diagnostics } = program.emit();
    if (emitSkipped)
      throw new Error(`cannot compile ${file}: ${ts.formatDiagnostics(diagnostics, ts.createCompilerHost({}))}`);
    // ES modules are linked when imported: once this returns, the files are no longer read.
    return await import(pathToFileURL(join(outDir, relative(root, file).replace(/\.ts$/, ".js"))).href);
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}
