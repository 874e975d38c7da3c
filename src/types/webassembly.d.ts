// The part of the WebAssembly JS API this package uses. Node has it as a global, but its
// declarations live in TypeScript's DOM library, which would bring browser globals along.
declare namespace WebAssembly {
  // eslint-disable-next-line @typescript-eslint/no-extraneous-class -- an opaque handle
  class Module {}
  class Instance {
    readonly exports: Record<string, unknown>;
  }
  class Memory {
    readonly buffer: ArrayBuffer;
    grow(pages: number): number;
  }
  interface MemoryDescriptor {
    initial: number;
    maximum?: number;
  }
  interface WebAssemblyInstantiatedSource {
    instance: Instance;
    module: Module;
  }
  function compile(bytes: ArrayBuffer | Uint8Array): Promise<Module>;
}
type BufferSource = ArrayBuffer | ArrayBufferView;
