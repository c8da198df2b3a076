import { describe, expect, it } from "vitest";

import { createAfterHydration } from "@/lib/page/after-hydration";

/** A scheduler that holds tasks until the test runs them. */
function manualTasks() {
  const tasks: (() => void)[] = [];
  return {
    schedule: (task: () => void) => tasks.push(task),
    pending: () => tasks.length,
    runNext: () => tasks.shift()!(),
  };
}

describe("createAfterHydration", () => {
  it("holds work back until its task runs, then runs it all there, in order, once", () => {
    const tasks = manualTasks();
    const after = createAfterHydration(tasks.schedule);
    const log: string[] = [];
    after.run(() => log.push("first"));
    after.run(() => log.push("second"));
    expect(log).toEqual([]);
    expect(after.hydrated()).toBe(false);
    // One task for everything queued.
    expect(tasks.pending()).toBe(1);

    tasks.runNext();
    expect(log).toEqual(["first", "second"]);
    expect(after.hydrated()).toBe(true);
    expect(tasks.pending()).toBe(0);
  });

  it("tells subscribers in the same task, after the queued work", () => {
    const tasks = manualTasks();
    const after = createAfterHydration(tasks.schedule);
    const log: string[] = [];
    const stop = after.subscribe(() => log.push("stopped, never told"));
    // useSyncExternalStore reads the value when told: it must be the new one by then.
    after.subscribe(() => log.push(`told, hydrated=${String(after.hydrated())}`));
    after.run(() => log.push("work"));
    expect(tasks.pending()).toBe(1);
    stop();
    tasks.runNext();
    expect(log).toEqual(["work", "told, hydrated=true"]);
  });

  it("start alone asks for the task, once; later components find the page hydrated", () => {
    const tasks = manualTasks();
    const after = createAfterHydration(tasks.schedule);
    after.start();
    after.start();
    expect(tasks.pending()).toBe(1);
    expect(after.hydrated()).toBe(false);
    tasks.runNext();
    expect(after.hydrated()).toBe(true);
    after.start();
    expect(tasks.pending()).toBe(0);
  });

  it("a callback that throws is reported, and the rest and the listeners still run", () => {
    const tasks = manualTasks();
    const reported: unknown[] = [];
    const after = createAfterHydration(tasks.schedule, (error) => reported.push(error));
    const log: string[] = [];
    const failure = new Error("broken callback");
    after.subscribe(() => log.push("told"));
    after.run(() => {
      throw failure;
    });
    after.run(() => log.push("after the broken one"));
    tasks.runNext();
    expect(reported).toEqual([failure]);
    expect(log).toEqual(["after the broken one", "told"]);
    expect(after.hydrated()).toBe(true);
  });

  it("a subscriber alone schedules the task", () => {
    const tasks = manualTasks();
    const after = createAfterHydration(tasks.schedule);
    let told = 0;
    after.subscribe(() => told++);
    expect(tasks.pending()).toBe(1);
    tasks.runNext();
    expect(told).toBe(1);
  });

  it("runs work at once, and schedules nothing, once the page has hydrated", () => {
    const tasks = manualTasks();
    const after = createAfterHydration(tasks.schedule);
    after.run(() => {});
    tasks.runNext();
    const log: string[] = [];
    after.run(() => log.push("late"));
    after.subscribe(() => log.push("never"));
    expect(log).toEqual(["late"]);
    expect(tasks.pending()).toBe(0);
  });
});
