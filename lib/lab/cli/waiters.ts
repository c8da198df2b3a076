/**
 * `aws <svc> wait <waiter>`: one poll's verdict from the waiter's acceptors (botocore/waiter.py),
 * with the CLI's failure messages. The lab drives the polling on its simulated clock: call
 * evaluateWaiter after each response, wait waiterDelay seconds on "retry", and stop with
 * waiterTimeoutMessage after waiterMaxAttempts polls.
 */
import { search } from "@jmespath-community/jmespath";

import type { ApiAcceptor, ApiWaiter } from "./api-types";
import { getService, serviceNames } from "./api";
import { pyStr } from "./py";

/** A failed call, as the lab reports it to a waiter. `status` defaults to 400. */
export interface WaiterError {
  error: { code: string; message?: string; status?: number };
}

export interface WaiterStep {
  state: "success" | "failure" | "retry";
  /** For a failure: `Waiter ServicesStable failed: …`, as the CLI prints it (exit 255). */
  message?: string;
  /** Whether an acceptor matched this response (a retry acceptor, if the state is retry). */
  matched: boolean;
  /** The acceptor botocore's loop ended on: the one that matched, or else the last. */
  acceptor?: ApiAcceptor;
}

const byName = new Map<string, ApiWaiter>();
for (const service of serviceNames()) {
  for (const waiter of Object.values(getService(service)?.waiters ?? {}))
    byName.set(waiter.name, waiter);
}

function waiterOf(name: string): ApiWaiter | undefined {
  return byName.get(name);
}

/** The waiter names the lab knows (`ServicesStable`, …). */
export function listWaiters(): string[] {
  return [...byName.keys()];
}

/** Seconds between polls. */
export function waiterDelay(name: string): number {
  return waiterOf(name)?.delay ?? 15;
}

/** Polls before the waiter gives up. */
export function waiterMaxAttempts(name: string): number {
  return waiterOf(name)?.maxAttempts ?? 40;
}

function isError(response: unknown): response is WaiterError {
  if (typeof response !== "object" || response === null) return false;
  const error = (response as { error?: unknown }).error;
  return (
    typeof error === "object" &&
    error !== null &&
    typeof (error as { code?: unknown }).code === "string"
  );
}

function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b))
    return a.length === b.length && a.every((x, i) => deepEqual(x, b[i]));
  if (
    typeof a === "object" &&
    typeof b === "object" &&
    a !== null &&
    b !== null &&
    !Array.isArray(a) &&
    !Array.isArray(b)
  ) {
    const ka = Object.keys(a);
    const kb = Object.keys(b);
    return (
      ka.length === kb.length &&
      ka.every((k) =>
        deepEqual((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]),
      )
    );
  }
  return false;
}

function query(expression: string, data: unknown): unknown {
  try {
    return search(data as Parameters<typeof search>[0], expression) as unknown;
  } catch {
    return null;
  }
}

function matches(acceptor: ApiAcceptor, response: unknown): boolean {
  const error = isError(response);
  switch (acceptor.matcher) {
    case "path":
      return !error && deepEqual(query(acceptor.argument ?? "@", response), acceptor.expected);
    case "pathAll": {
      if (error) return false;
      const result = query(acceptor.argument ?? "@", response);
      return (
        Array.isArray(result) &&
        result.length > 0 &&
        result.every((e) => deepEqual(e, acceptor.expected))
      );
    }
    case "pathAny": {
      if (error) return false;
      const result = query(acceptor.argument ?? "@", response);
      return (
        Array.isArray(result) &&
        result.length > 0 &&
        result.some((e) => deepEqual(e, acceptor.expected))
      );
    }
    case "status": {
      const status = error ? (response.error.status ?? 400) : 200;
      return status === acceptor.expected;
    }
    case "error":
      if (acceptor.expected === true) return error;
      if (acceptor.expected === false) return !error;
      return error && response.error.code === acceptor.expected;
  }
}

/** botocore's AcceptorConfig.explanation (its "excepted" typo included). */
export function explainAcceptor(acceptor: ApiAcceptor): string {
  const expected = pyStr(acceptor.expected);
  switch (acceptor.matcher) {
    case "path":
      return `For expression "${acceptor.argument}" we matched expected path: "${expected}"`;
    case "pathAll":
      return `For expression "${acceptor.argument}" all members matched excepted path: "${expected}"`;
    case "pathAny":
      return `For expression "${acceptor.argument}" we matched expected path: "${expected}" at least once`;
    case "status":
      return `Matched expected HTTP status code: ${expected}`;
    case "error":
      return `Matched expected service error code: ${expected}`;
  }
}

/**
 * One poll of waiter `name` (`ServicesStable`): the response of its operation, or
 * `{ error: { code, message } }` for a failed call. Never throws.
 */
export function evaluateWaiter(name: string, response: unknown): WaiterStep {
  const waiter = waiterOf(name);
  if (!waiter)
    return { state: "failure", matched: false, message: `Waiter ${name} failed: unknown waiter` };
  for (const acceptor of waiter.acceptors) {
    if (!matches(acceptor, response)) continue;
    if (acceptor.state === "failure") {
      const message = `Waiter ${name} failed: Waiter encountered a terminal failure state: ${explainAcceptor(acceptor)}`;
      return { state: "failure", matched: true, acceptor, message };
    }
    return { state: acceptor.state, matched: true, acceptor };
  }
  const last = waiter.acceptors[waiter.acceptors.length - 1];
  if (isError(response)) {
    const message = `Waiter ${name} failed: An error occurred (${response.error.code}): ${response.error.message ?? "Unknown"}`;
    return { state: "failure", matched: false, acceptor: last, message };
  }
  return { state: "retry", matched: false, acceptor: last };
}

/**
 * The message after the last poll: "Max attempts exceeded", with the previously accepted state
 * when any poll matched a retry acceptor. `last` is the final poll's step.
 */
export function waiterTimeoutMessage(name: string, last?: WaiterStep, anyMatched = false): string {
  if (!anyMatched || !last?.acceptor) return `Waiter ${name} failed: Max attempts exceeded`;
  return `Waiter ${name} failed: Max attempts exceeded. Previously accepted state: ${explainAcceptor(last.acceptor)}`;
}
