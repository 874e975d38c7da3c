import { readFile } from 'node:fs/promises';

/**
 * Compiles a policy module ahead of its use. The file is read and the module decoded and
 * validated off the main thread (V8 compiles each function when it is first called), so a compile
 * started before the rest of the CLI is loaded overlaps that loading instead of following it
 * (dist/cli.js starts the bundled policy's compile first thing).
 */
const compiling = new Map();
/** Starts reading and compiling the .wasm file unless that has started already. */
function precompile(wasmFile) {
    if (compiling.has(wasmFile))
        return;
    const module = readFile(wasmFile).then((bytes) => WebAssembly.compile(bytes));
    // Whoever takes the module sees a failure; a run that never takes it (--help) must not.
    module.catch(() => undefined);
    compiling.set(wasmFile, module);
}
/**
 * The compiled module of the .wasm file: the compile precompile started, handed over once (the
 * file may change in a long-lived process), or one started now.
 */
function compiledModule(wasmFile) {
    const started = compiling.get(wasmFile);
    compiling.delete(wasmFile);
    return started ?? readFile(wasmFile).then((bytes) => WebAssembly.compile(bytes));
}

export { compiledModule as c, precompile as p };
