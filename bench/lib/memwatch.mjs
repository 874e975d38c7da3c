// Preloaded with `node --import <this file>` by bench/profile.mjs: samples process.memoryUsage()
// whenever the event loop turns (every 20 ms at most) and at exit, and writes the peaks of each
// component to stderr as one "MEMWATCH {json}" line. Synchronous work (the wasm evaluation) is not
// sampled inside; its memory shows in the next sample (wasm memory never shrinks) and in the RSS
// the parent samples from /proc.
import process from "node:process";
import { setInterval } from "node:timers";

const peaks = { rss: 0, heapTotal: 0, heapUsed: 0, external: 0, arrayBuffers: 0 };
function sample() {
  const m = process.memoryUsage();
  for (const k of Object.keys(peaks)) if (m[k] > peaks[k]) peaks[k] = m[k];
}
setInterval(sample, 20).unref();
process.on("exit", () => {
  sample();
  const mb = Object.fromEntries(Object.entries(peaks).map(([k, v]) => [k, +(v / 2 ** 20).toFixed(1)]));
  process.stderr.write(`MEMWATCH ${JSON.stringify(mb)}\n`);
});
