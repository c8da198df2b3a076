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
    const stop = after.subscribe(() => log.push(`told, hydrated=${String(after.hydrated())}`));
    after.subscribe(() => log.push("other"));
    after.run(() => log.push("work"));
    expect(tasks.pending()).toBe(1);
    stop();
    tasks.runNext();
    expect(log).toEqual(["work", "other"]);
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
