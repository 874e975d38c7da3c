/** Paths as the tool shows them: relative to a folder, with "/" between names on every system. */
import { relative, sep } from "node:path";

/** path relative to from, "/"-separated; "" for from itself. */
export function relativePath(from: string, path: string): string {
  return relative(from, path).split(sep).join("/");
}

/** path as reports and messages show it: relative to from, "." for from itself. */
export function shownPath(from: string, path: string): string {
  return relativePath(from, path) || ".";
}
