import { describe, expect, it } from "vitest";

import {
  clampPosition,
  describePosition,
  endPosition,
  formatHash,
  nextPosition,
  parseLocation,
  parseSyncMessage,
  previousPosition,
  type SlideOutline,
  slidePosition,
  supersedes,
} from "@/lib/slides/navigation";

function slide(title: string, steps = 0): SlideOutline {
  return { title, reveals: steps, steps, hasNotes: false };
}

/** A title slide, a slide with three reveal steps, a plain slide and a last slide with two steps. */
const outline = [slide("Title"), slide("Three steps", 3), slide("Plain"), slide("End", 2)];

describe("clampPosition", () => {
  it("keeps a position inside the deck and its slide", () => {
    expect(clampPosition(outline, { slide: 1, step: 2 })).toEqual({ slide: 1, step: 2 });
    expect(clampPosition(outline, { slide: 99, step: 0 })).toEqual({ slide: 3, step: 0 });
    expect(clampPosition(outline, { slide: -4, step: 0 })).toEqual({ slide: 0, step: 0 });
    expect(clampPosition(outline, { slide: 1, step: 9 })).toEqual({ slide: 1, step: 3 });
    expect(clampPosition(outline, { slide: 2, step: 1 })).toEqual({ slide: 2, step: 0 });
  });

  it("turns fractions and NaN into whole positions", () => {
    expect(clampPosition(outline, { slide: 1.7, step: 1.2 })).toEqual({ slide: 1, step: 1 });
    expect(clampPosition(outline, { slide: NaN, step: NaN })).toEqual({ slide: 0, step: 0 });
  });

  it("is the start for an empty deck", () => {
    expect(clampPosition([], { slide: 3, step: 1 })).toEqual({ slide: 0, step: 0 });
  });
});

describe("nextPosition and previousPosition", () => {
  it("walks a slide's steps before moving to the next slide", () => {
    const seen = [{ slide: 0, step: 0 }];
    for (let i = 0; i < 8; i++) seen.push(nextPosition(outline, seen[seen.length - 1]!));
    expect(seen).toEqual([
      { slide: 0, step: 0 },
      { slide: 1, step: 0 },
      { slide: 1, step: 1 },
      { slide: 1, step: 2 },
      { slide: 1, step: 3 },
      { slide: 2, step: 0 },
      { slide: 3, step: 0 },
      { slide: 3, step: 1 },
      { slide: 3, step: 2 },
    ]);
  });

  it("stays on the last step of the last slide", () => {
    expect(nextPosition(outline, { slide: 3, step: 2 })).toEqual({ slide: 3, step: 2 });
  });

  it("steps back within a slide, then lands on the previous slide fully revealed", () => {
    expect(previousPosition(outline, { slide: 1, step: 2 })).toEqual({ slide: 1, step: 1 });
    expect(previousPosition(outline, { slide: 2, step: 0 })).toEqual({ slide: 1, step: 3 });
    expect(previousPosition(outline, { slide: 1, step: 0 })).toEqual({ slide: 0, step: 0 });
  });

  it("stays at the start of the first slide", () => {
    expect(previousPosition(outline, { slide: 0, step: 0 })).toEqual({ slide: 0, step: 0 });
  });

  it("undoes every move forward, step for step", () => {
    let position = { slide: 0, step: 0 };
    const forward = [position];
    for (let i = 0; i < 8; i++) forward.push((position = nextPosition(outline, position)));
    const back = [position];
    for (let i = 0; i < 8; i++) back.push((position = previousPosition(outline, position)));
    expect(back).toEqual([...forward].reverse());
  });

  it("moves from a position outside the deck as if it were clamped", () => {
    expect(nextPosition(outline, { slide: 1, step: 99 })).toEqual({ slide: 2, step: 0 });
    expect(previousPosition(outline, { slide: 99, step: 9 })).toEqual({ slide: 3, step: 1 });
  });
});

describe("slidePosition and endPosition", () => {
  it("goes to the start of a slide, clamped to the deck", () => {
    expect(slidePosition(outline, 1)).toEqual({ slide: 1, step: 0 });
    expect(slidePosition(outline, 40)).toEqual({ slide: 3, step: 0 });
    expect(slidePosition(outline, -1)).toEqual({ slide: 0, step: 0 });
  });

  it("ends on the last slide with everything revealed", () => {
    expect(endPosition(outline)).toEqual({ slide: 3, step: 2 });
    expect(endPosition([slide("Only")])).toEqual({ slide: 0, step: 0 });
    expect(endPosition([])).toEqual({ slide: 0, step: 0 });
  });
});

describe("formatHash and parseLocation", () => {
  it("counts slides from 1 in the address and leaves out step 0", () => {
    expect(formatHash({ slide: 2, step: 0 })).toBe("#/3");
    expect(formatHash({ slide: 2, step: 2 })).toBe("#/3/2");
  });

  it("reads back what formatHash writes", () => {
    for (const position of [
      { slide: 0, step: 0 },
      { slide: 2, step: 0 },
      { slide: 2, step: 2 },
      { slide: 11, step: 5 },
    ]) {
      expect(parseLocation(formatHash(position))).toEqual(position);
    }
  });

  it("reads #/3 and #/3/2", () => {
    expect(parseLocation("#/3")).toEqual({ slide: 2, step: 0 });
    expect(parseLocation("#/3/2")).toEqual({ slide: 2, step: 2 });
    expect(parseLocation("#/3/")).toEqual({ slide: 2, step: 0 });
  });

  it("reads ?slide=3 and ?slide=3&step=2", () => {
    expect(parseLocation("", "?slide=3")).toEqual({ slide: 2, step: 0 });
    expect(parseLocation("", "?slide=3&step=2")).toEqual({ slide: 2, step: 2 });
    expect(parseLocation("", "?slide=3&step=two")).toEqual({ slide: 2, step: 0 });
  });

  it("prefers the fragment to the query", () => {
    expect(parseLocation("#/2", "?slide=5")).toEqual({ slide: 1, step: 0 });
  });

  it("names no position for an empty address or junk", () => {
    expect(parseLocation("")).toBeUndefined();
    expect(parseLocation("", "")).toBeUndefined();
    expect(parseLocation("#")).toBeUndefined();
    expect(parseLocation("#/x")).toBeUndefined();
    expect(parseLocation("#/3/x")).toBeUndefined();
    expect(parseLocation("#/-3")).toBeUndefined();
    expect(parseLocation("#/2.5")).toBeUndefined();
    expect(parseLocation("#architecture")).toBeUndefined();
    expect(parseLocation("", "?slide=x")).toBeUndefined();
    expect(parseLocation("", "?slide=")).toBeUndefined();
    expect(parseLocation("", "?step=2")).toBeUndefined();
  });

  it("does not read #/0 or ?slide=0 as a slide (slides count from 1)", () => {
    // A window opened on a position takes the others there, so a non-slide must not count.
    expect(parseLocation("#/0")).toBeUndefined();
    expect(parseLocation("#/0/2")).toBeUndefined();
    expect(parseLocation("", "?slide=0")).toBeUndefined();
  });
});

describe("parseSyncMessage", () => {
  it("accepts hello and position messages", () => {
    expect(parseSyncMessage({ type: "hello", sender: "a" })).toEqual({
      type: "hello",
      sender: "a",
    });
    expect(
      parseSyncMessage({ type: "position", position: { slide: 3, step: 1 }, sender: "b" }),
    ).toEqual({ type: "position", position: { slide: 3, step: 1 }, sender: "b" });
  });

  it("keeps only the fields it knows", () => {
    expect(
      parseSyncMessage({
        type: "position",
        position: { slide: 1, step: 0, extra: true },
        sender: "b",
        version: 9,
      }),
    ).toEqual({ type: "position", position: { slide: 1, step: 0 }, sender: "b" });
  });

  it("rejects a message without a sender", () => {
    expect(parseSyncMessage({ type: "hello" })).toBeUndefined();
    expect(parseSyncMessage({ type: "hello", sender: 7 })).toBeUndefined();
    expect(parseSyncMessage({ type: "position", position: { slide: 1, step: 0 } })).toBeUndefined();
  });

  it("rejects positions that are not finite numbers", () => {
    const position = (value: unknown) =>
      parseSyncMessage({ type: "position", position: value, sender: "a" });
    expect(position({ slide: "3", step: 0 })).toBeUndefined();
    expect(position({ slide: 3, step: "1" })).toBeUndefined();
    expect(position({ slide: NaN, step: 0 })).toBeUndefined();
    expect(position({ slide: 0, step: NaN })).toBeUndefined();
    expect(position({ slide: Infinity, step: 0 })).toBeUndefined();
    expect(position({ slide: 3 })).toBeUndefined();
    expect(position(null)).toBeUndefined();
    expect(position(undefined)).toBeUndefined();
  });

  it("accepts a change of a slide's diagram", () => {
    const diagram = (slide: unknown, change: unknown) =>
      parseSyncMessage({ type: "diagram", slide, change, sender: "a" });
    const change = { settings: { launchType: "ec2", tasks: 3 }, version: 2, origin: "b" };
    expect(diagram(4, { ...change, settings: { ...change.settings, extra: 1 } })).toEqual({
      type: "diagram",
      slide: 4,
      change,
      sender: "a",
    });
    // The count is clamped to what the diagram draws.
    expect(diagram(0, { ...change, settings: { launchType: "fargate", tasks: 99 } })).toMatchObject(
      { change: { settings: { launchType: "fargate", tasks: 10 } } },
    );
  });

  it("rejects diagram changes it cannot use", () => {
    const good = { settings: { launchType: "ec2", tasks: 2 }, version: 1, origin: "b" };
    const diagram = (slide: unknown, change: unknown) =>
      parseSyncMessage({ type: "diagram", slide, change, sender: "a" });
    const withSettings = (settings: unknown) => ({ ...good, settings });
    expect(diagram(1, withSettings({ launchType: "lambda", tasks: 2 }))).toBeUndefined();
    expect(diagram(1, withSettings({ launchType: "ec2", tasks: "2" }))).toBeUndefined();
    expect(diagram(1, withSettings({ launchType: "ec2", tasks: NaN }))).toBeUndefined();
    expect(diagram(1, withSettings({ launchType: "ec2" }))).toBeUndefined();
    expect(diagram(1, withSettings(null))).toBeUndefined();
    expect(diagram(1, { ...good, version: -1 })).toBeUndefined();
    expect(diagram(1, { ...good, version: 1.5 })).toBeUndefined();
    expect(diagram(1, { ...good, origin: 3 })).toBeUndefined();
    expect(diagram(1, null)).toBeUndefined();
    expect(diagram(-1, good)).toBeUndefined();
    expect(diagram(1.5, good)).toBeUndefined();
    expect(diagram("1", good)).toBeUndefined();
  });

  it("rejects other types and anything that is not an object", () => {
    expect(parseSyncMessage({ type: "goodbye", sender: "a" })).toBeUndefined();
    expect(parseSyncMessage({ sender: "a" })).toBeUndefined();
    expect(parseSyncMessage(null)).toBeUndefined();
    expect(parseSyncMessage(undefined)).toBeUndefined();
    expect(parseSyncMessage("hello")).toBeUndefined();
    expect(parseSyncMessage(42)).toBeUndefined();
  });
});

describe("describePosition", () => {
  it("names the slide, its number and the count", () => {
    expect(describePosition(outline, { slide: 2, step: 0 })).toBe("Slide 3 of 4: Plain.");
  });

  it("adds the step on a slide with steps, once one is revealed", () => {
    expect(describePosition(outline, { slide: 1, step: 2 })).toBe(
      "Slide 2 of 4: Three steps. Step 2 of 3.",
    );
    expect(describePosition(outline, { slide: 1, step: 0 })).toBe("Slide 2 of 4: Three steps.");
  });

  it("counts only the reveals, and leaves a diagram's steps to the diagram's own narration", () => {
    const withDiagram: SlideOutline[] = [{ title: "Flow", reveals: 2, steps: 7, hasNotes: false }];
    expect(describePosition(withDiagram, { slide: 0, step: 2 })).toBe(
      "Slide 1 of 1: Flow. Step 2 of 2.",
    );
    expect(describePosition(withDiagram, { slide: 0, step: 3 })).toBe("");
  });

  it("says nothing about a slide that is not in the deck", () => {
    expect(describePosition(outline, { slide: 9, step: 0 })).toBe("");
    expect(describePosition([], { slide: 0, step: 0 })).toBe("");
  });
});

describe("supersedes", () => {
  const change = (version: number, origin: string, launchType: "ec2" | "fargate" = "ec2") => ({
    settings: { launchType, tasks: 2 },
    version,
    origin,
  });

  it("takes any change when the window holds none, and a later one over an earlier", () => {
    expect(supersedes(change(1, "a"), undefined)).toBe(true);
    expect(supersedes(change(3, "a"), change(2, "z"))).toBe(true);
    expect(supersedes(change(2, "z"), change(3, "a"))).toBe(false);
  });

  it("settles two changes made at once the same way in every window", () => {
    const fromA = change(4, "a", "ec2");
    const fromB = change(4, "b", "fargate");
    // Window A made fromA and hears fromB; window B made fromB and hears fromA.
    const inA = supersedes(fromB, fromA) ? fromB : fromA;
    const inB = supersedes(fromA, fromB) ? fromA : fromB;
    expect(inA).toBe(inB);
    // The same change heard twice (an answer to a hello) changes nothing.
    expect(supersedes(fromA, fromA)).toBe(false);
  });
});
