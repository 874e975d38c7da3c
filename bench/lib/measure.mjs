// Runs a command once and measures it: wall time (from spawn to exit, in this process) and peak
// RSS, the larger of
//   - the process tree's summed RSS, sampled from /proc every few milliseconds (catches tools
//     that fork workers, like Checkov), and
//   - the kernel's own maximum for the process (and its waited-for children), reported by
//     /usr/bin/time -f %M (exact for single-process tools, where sampling could miss a peak).
import { spawn } from "node:child_process";
import { closeSync, existsSync, openSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { clearInterval, clearTimeout, setInterval, setTimeout } from "node:timers";

const PAGE = 4096;

/** Process groups of the commands running now: an interrupted bench ends them too. */
const running = new Set();
for (const signal of ["SIGINT", "SIGTERM"])
  process.on(signal, () => {
    for (const pid of running) process.kill(-pid, "SIGKILL");
    process.exit(130);
  });
const GNU_TIME = "/usr/bin/time";

function children(pid) {
  const out = [];
  try {
    for (const tid of readdirSync(`/proc/${pid}/task`)) {
      const text = readFileSync(`/proc/${pid}/task/${tid}/children`, "utf8").trim();
      if (text) out.push(...text.split(/\s+/).map(Number));
    }
  } catch {
    // gone
  }
  return out;
}

function rssBytes(pid) {
  try {
    return Number(readFileSync(`/proc/${pid}/statm`, "utf8").split(" ")[1]) * PAGE;
  } catch {
    return 0;
  }
}

/** Summed RSS of pid and all its descendants. */
export function treeRss(pid) {
  let total = 0;
  const stack = [pid];
  const seen = new Set();
  while (stack.length > 0) {
    const p = stack.pop();
    if (seen.has(p)) continue;
    seen.add(p);
    total += rssBytes(p);
    stack.push(...children(p));
  }
  return total;
}

/**
 * Runs argv in cwd with stdout to stdoutFile (or /dev/null) and stderr to stderrFile.
 * Resolves to { wallMs, cpuMs (user + system, process and waited-for children), peakRssBytes,
 * exitCode, signal, timedOut, loadBefore (1-minute load average at the start) }.
 */
export function measure(argv, { cwd, env, stdoutFile, stderrFile, timeoutMs = 30 * 60 * 1000, sampleMs = 10 } = {}) {
  const useTime = existsSync(GNU_TIME);
  const timeFile = join(tmpdir(), `bench-time-${process.pid}-${Math.random().toString(36).slice(2)}`);
  const full = useTime ? [GNU_TIME, "-f", "%M %U %S", "-o", timeFile, ...argv] : argv;
  const out = openSync(stdoutFile ?? "/dev/null", "w");
  const err = openSync(stderrFile ?? "/dev/null", "w");
  return new Promise((resolvePromise, reject) => {
    const loadBefore = loadavg()[0];
    const start = process.hrtime.bigint();
    // In a process group of its own, so that a timeout ends the command and not only /usr/bin/time.
    const child = spawn(full[0], full.slice(1), {
      cwd,
      env: env ?? process.env,
      stdio: ["ignore", out, err],
      detached: true,
    });
    if (child.pid) running.add(child.pid);
    let peak = 0;
    let timedOut = false;
    const sample = () => {
      if (child.pid) peak = Math.max(peak, treeRss(child.pid));
    };
    const timer = setInterval(sample, sampleMs);
    const killer = setTimeout(() => {
      timedOut = true;
      process.kill(-child.pid, "SIGKILL");
    }, timeoutMs);
    child.on("error", (e) => {
      clearInterval(timer);
      clearTimeout(killer);
      closeSync(out);
      closeSync(err);
      reject(e);
    });
    child.on("exit", (code, signal) => {
      running.delete(child.pid);
      const wallMs = Number(process.hrtime.bigint() - start) / 1e6;
      clearInterval(timer);
      clearTimeout(killer);
      closeSync(out);
      closeSync(err);
      let kernelPeak = 0;
      let cpuMs;
      if (useTime) {
        try {
          const lines = readFileSync(timeFile, "utf8").trim().split("\n");
          const [maxKb, user, sys] = lines.at(-1).split(" ").map(Number);
          kernelPeak = maxKb * 1024;
          cpuMs = (user + sys) * 1000;
          // GNU time writes "Command exited with non-zero status N" before the value.
          const status = lines.find((l) => l.startsWith("Command exited with non-zero status"));
          if (status) code = Number(status.split(" ").at(-1));
          else if (lines.some((l) => l.startsWith("Command terminated by signal")))
            signal = lines
              .find((l) => l.startsWith("Command terminated"))
              .split(" ")
              .at(-1);
        } catch {
          // no report (killed)
        }
        rmSync(timeFile, { force: true });
      }
      resolvePromise({
        wallMs,
        cpuMs,
        peakRssBytes: Math.max(peak, kernelPeak),
        exitCode: code,
        signal,
        timedOut,
        loadBefore,
      });
    });
  });
}

export function median(values) {
  const s = [...values].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** Fraction of CPU time idle over the next `ms` milliseconds (all cores), from /proc/stat. */
export async function idleFraction(ms = 1000) {
  const read = () => {
    const f = readFileSync("/proc/stat", "utf8").split("\n")[0].trim().split(/\s+/).slice(1).map(Number);
    return { idle: f[3] + (f[4] ?? 0), total: f.reduce((a, b) => a + b, 0) };
  };
  const a = read();
  await new Promise((r) => setTimeout(r, ms));
  const b = read();
  return (b.idle - a.idle) / Math.max(1, b.total - a.total);
}

/** Waits (at most maxS seconds) until the machine is mostly idle; returns the idle fraction seen. */
export async function waitForIdle(maxS, threshold = 0.7) {
  const until = Date.now() + maxS * 1000;
  let idle = await idleFraction(500);
  while (idle < threshold && Date.now() < until) idle = await idleFraction(1000);
  return idle;
}
