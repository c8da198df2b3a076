import { describe, expect, it } from "vitest";

import {
  fetchQuestions,
  questionsPath,
  QuestionsUnavailable,
  readFetchedQuestions,
  shareUntilFailure,
} from "@/lib/quiz/remote";

import { matching, ordering, single, trueFalse } from "./questions";

const all = [single, trueFalse, ordering, matching];
const ids = all.map((q) => q.id);

function respond(body: unknown, status = 200): typeof fetch {
  return async () =>
    new Response(typeof body === "string" ? body : JSON.stringify(body), {
      status,
      headers: { "content-type": "application/json" },
    });
}

async function reasonOf(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(QuestionsUnavailable);
  return (error as QuestionsUnavailable).reason;
}

describe("questionsPath", () => {
  it("is the lesson's questions file, its slug escaped", () => {
    expect(questionsPath("containers-on-aws")).toBe("/quiz/containers-on-aws/questions.json");
    expect(questionsPath("a b/c")).toBe("/quiz/a%20b%2Fc/questions.json");
  });
});

describe("readFetchedQuestions", () => {
  it("returns the questions when every expected one is there", () => {
    expect(readFetchedQuestions(all, ids)).toEqual(all);
    // A question added since the page was built does no harm.
    expect(readFetchedQuestions(all, ids.slice(1))).toEqual(all);
  });

  it("says the quiz changed when a question the page expects is gone", () => {
    expect(() => readFetchedQuestions(all.slice(1), ids)).toThrow(/no longer in the quiz: single/);
    expect(() => readFetchedQuestions(all.slice(1), ids)).toThrow(QuestionsUnavailable);
  });

  it("refuses what is not a list of questions", () => {
    for (const bad of [
      null,
      {},
      "[]",
      [{ id: 1 }],
      [{ ...single, type: "essay" }],
      [{ ...ordering, steps: undefined }],
    ]) {
      expect(() => readFetchedQuestions(bad, [])).toThrow(/not a list of questions/);
    }
  });
});

describe("fetchQuestions", () => {
  it("fetches the lesson's file and checks it", async () => {
    const asked: string[] = [];
    const fetcher: typeof fetch = async (input) => {
      asked.push(String(input));
      return new Response(JSON.stringify(all));
    };
    await expect(fetchQuestions("l", ids, fetcher)).resolves.toEqual(all);
    expect(asked).toEqual(["/quiz/l/questions.json"]);
  });

  it("calls a failed request, a server error or a cut-off body a network problem", async () => {
    const offline: typeof fetch = async () => {
      throw new TypeError("Failed to fetch");
    };
    expect(await reasonOf(fetchQuestions("l", ids, offline))).toBe("network");
    expect(await reasonOf(fetchQuestions("l", ids, respond("oops", 500)))).toBe("network");
    expect(await reasonOf(fetchQuestions("l", ids, respond('[{"id":')))).toBe("network");
  });

  it("calls a missing file or missing questions a changed quiz", async () => {
    expect(await reasonOf(fetchQuestions("l", ids, respond("Not found", 404)))).toBe("changed");
    expect(await reasonOf(fetchQuestions("l", ids, respond([single])))).toBe("changed");
  });
});

describe("shareUntilFailure", () => {
  it("shares one load between callers, and keeps it once it worked", async () => {
    let calls = 0;
    const load = shareUntilFailure(async () => ++calls);
    const [a, b] = await Promise.all([load(), load()]);
    expect([a, b, await load()]).toEqual([1, 1, 1]);
    expect(calls).toBe(1);
  });

  it("forgets a failed load, so the next call tries again", async () => {
    let calls = 0;
    const load = shareUntilFailure(async () => {
      calls++;
      if (calls === 1) throw new Error("offline");
      return "back";
    });
    await expect(load()).rejects.toThrow("offline");
    await expect(load()).resolves.toBe("back");
    await expect(load()).resolves.toBe("back");
    expect(calls).toBe(2);
  });
});
