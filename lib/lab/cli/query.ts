/**
 * `--query` compiled once per expression: globalargs.py rejects a bad expression before the call
 * with "Bad value for --query …" (exit 252); the cache keeps repeated polling cheap.
 */
import { compile } from "@jmespath-community/jmespath";

const cache = new Map<string, string | null>();

/** Whether `expression` compiles; the CLI's message when it does not. */
export function compileQuery(expression: string): { ok: true } | { ok: false; message: string } {
  let error = cache.get(expression);
  if (error === undefined) {
    try {
      compile(expression);
      error = null;
    } catch (e) {
      error = (e as Error)?.message ?? String(e);
    }
    if (cache.size > 500) cache.clear();
    cache.set(expression, error);
  }
  return error === null
    ? { ok: true }
    : { ok: false, message: `Bad value for --query ${expression}: ${error}` };
}
