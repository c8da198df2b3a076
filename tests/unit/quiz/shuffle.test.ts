import { describe, expect, it } from "vitest";

import { drawQuestions, orderQuestions } from "@/lib/quiz/draw";
import type { Quiz } from "@/lib/quiz/model";
import {
  arrangeQuestion,
  effectiveAnswer,
  newSeed,
  seededRandom,
  shuffled,
} from "@/lib/quiz/shuffle";

import { matching, multiple, ordering, single, trueFalse } from "./questions";

const letters = "abcdefghij".split("");

describe("shuffled", () => {
  // Pinned: an attempt resumed after an update must still show the order it was started with.
  it("gives the same order for the same seed, every time", () => {
    expect(shuffled(letters, "seed-1")).toEqual(shuffled(letters, "seed-1"));
    expect(shuffled(letters, "seed-1")).toMatchInlineSnapshot(`
      [
        "d",
        "h",
        "f",
        "b",
        "a",
        "c",
        "g",
        "j",
        "e",
        "i",
      ]
    `);
  });

  it("gives different orders for different seeds, and keeps every item", () => {
    const orders = new Set(
      Array.from({ length: 20 }, (_, n) => shuffled(letters, `s${n}`).join("")),
    );
    expect(orders.size).toBeGreaterThan(15);
    for (let n = 0; n < 20; n++) expect(shuffled(letters, `s${n}`).sort()).toEqual(letters);
  });

  it("does not change the list it is given", () => {
    const list = [1, 2, 3];
    shuffled(list, "x");
    expect(list).toEqual([1, 2, 3]);
  });

  it("uses a generator whose numbers stay in [0, 1)", () => {
    const random = seededRandom("abc");
    for (let n = 0; n < 1000; n++) {
      const value = random();
      expect(value).toBeGreaterThanOrEqual(0);
      expect(value).toBeLessThan(1);
    }
  });
});

describe("arrangeQuestion", () => {
  it("lays a question out the same way for the same attempt seed (a reload)", () => {
    for (const question of [single, multiple, ordering, matching]) {
      expect(arrangeQuestion(question, "attempt-1")).toEqual(
        arrangeQuestion(question, "attempt-1"),
      );
    }
  });

  it("shuffles options, and varies between attempts", () => {
    const layouts = new Set(
      Array.from({ length: 20 }, (_, n) => arrangeQuestion(multiple, `a${n}`).options!.join()),
    );
    expect(layouts.size).toBeGreaterThan(5);
    expect(arrangeQuestion(multiple, "a1").options!.sort()).toEqual(["a", "b", "c", "x", "y"]);
  });

  it("keeps True before False", () => {
    expect(arrangeQuestion(trueFalse, "any").options).toEqual(["true", "false"]);
  });

  it("never starts an ordering question in the right order", () => {
    const right = ordering.steps.map((step) => step.id).join();
    for (let n = 0; n < 200; n++) {
      const steps = arrangeQuestion(ordering, `o${n}`).steps!;
      expect(steps.join()).not.toBe(right);
      expect([...steps].sort()).toEqual(["build", "deploy", "push", "run"]);
    }
  });

  it("shuffles the right-hand column of a matching question", () => {
    expect(arrangeQuestion(matching, "m1").rights!.sort()).toEqual([
      "ecr",
      "ecs",
      "elb",
      "fargate",
    ]);
  });
});

describe("effectiveAnswer", () => {
  it("takes an untouched ordering question's arrangement as its answer", () => {
    expect(effectiveAnswer(ordering, undefined, "s")).toEqual(arrangeQuestion(ordering, "s").steps);
    expect(effectiveAnswer(ordering, ["run"], "s")).toEqual(["run"]);
    expect(effectiveAnswer(single, undefined, "s")).toBeUndefined();
  });
});

describe("newSeed", () => {
  it("makes a different seed each time", () => {
    expect(new Set(Array.from({ length: 50 }, newSeed)).size).toBe(50);
  });
});

function quiz(slug: string, count: number): Quiz {
  return {
    lessonSlug: slug,
    title: slug,
    file: `${slug}.quiz.yaml`,
    questions: Array.from({ length: count }, (_, n) => ({
      ...single,
      id: `${slug}-${n + 1}`,
      lessonSlug: slug,
    })),
  };
}

describe("drawQuestions", () => {
  const bank = [quiz("one", 12), quiz("two", 14), quiz("three", 3)];

  it("draws evenly from the chosen lessons only", () => {
    const drawn = drawQuestions(bank, { lessons: ["one", "two"], count: 10, seed: "d" });
    expect(drawn).toHaveLength(10);
    expect(new Set(drawn).size).toBe(10);
    expect(drawn.filter((id) => id.startsWith("one-"))).toHaveLength(5);
    expect(drawn.filter((id) => id.startsWith("two-"))).toHaveLength(5);
  });

  it("lets other lessons fill in when one runs out", () => {
    const drawn = drawQuestions(bank, { lessons: ["one", "three"], count: 9, seed: "d" });
    expect(drawn.filter((id) => id.startsWith("three-"))).toHaveLength(3);
    expect(drawn.filter((id) => id.startsWith("one-"))).toHaveLength(6);
  });

  it("stops at what the lessons hold", () => {
    expect(drawQuestions(bank, { lessons: ["three"], count: 10, seed: "d" })).toHaveLength(3);
    expect(drawQuestions(bank, { lessons: [], count: 10, seed: "d" })).toEqual([]);
  });

  it("draws the same questions for the same seed, others for another", () => {
    const options = { lessons: ["one", "two", "three"], count: 8 };
    expect(drawQuestions(bank, { ...options, seed: "a" })).toEqual(
      drawQuestions(bank, { ...options, seed: "a" }),
    );
    expect(drawQuestions(bank, { ...options, seed: "a" })).not.toEqual(
      drawQuestions(bank, { ...options, seed: "b" }),
    );
  });
});

describe("orderQuestions", () => {
  it("is a deterministic shuffle of the ids", () => {
    const ids = letters.map((l) => `q-${l}`);
    expect(orderQuestions(ids, "x")).toEqual(orderQuestions(ids, "x"));
    expect([...orderQuestions(ids, "x")].sort()).toEqual(ids);
  });
});
