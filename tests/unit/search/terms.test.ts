import { describe, expect, it } from "vitest";

import {
  findTermRanges,
  highlightFromSearch,
  looserQueries,
  termsFromQuery,
  withHighlight,
} from "@/lib/search/terms";

describe("termsFromQuery", () => {
  it("keeps distinct words of two letters or more, lower-cased, without edge punctuation", () => {
    expect(termsFromQuery('  Execution "role", a ROLE  task-definition? ')).toEqual([
      "execution",
      "role",
      "task-definition",
    ]);
  });
});

describe("findTermRanges", () => {
  const pick = (text: string, terms: string[]) =>
    findTermRanges(text, terms).map(([start, end]) => text.slice(start, end));

  it("finds whole words that start with a term, in any case", () => {
    expect(pick("The Role, two roles, a parole.", ["role"])).toEqual(["Role", "roles"]);
  });

  it("finds each of several terms, in text order", () => {
    expect(pick('"networkMode": "awsvpc", execution role', ["role", "awsvpc"])).toEqual([
      "awsvpc",
      "role",
    ]);
  });

  it("takes hyphenated and dotted words whole", () => {
    expect(pick("ecs-tasks.amazonaws.com trusts it", ["ecs"])).toEqual(["ecs-tasks.amazonaws.com"]);
  });

  it("finds nothing without terms", () => {
    expect(findTermRanges("anything", [])).toEqual([]);
  });
});

describe("withHighlight and highlightFromSearch", () => {
  it("puts the words before the section and reads them back", () => {
    const url = withHighlight("/lessons/ecs#iam-roles", ["execution", "role"]);
    expect(url).toBe("/lessons/ecs?highlight=execution%20role#iam-roles");
    expect(highlightFromSearch(new URL(url, "http://x").search)).toEqual(["execution", "role"]);
  });

  it("leaves an address alone without words, and reads none from a plain one", () => {
    expect(withHighlight("/lessons/ecs", [])).toBe("/lessons/ecs");
    expect(highlightFromSearch("?other=1")).toEqual([]);
  });
});

describe("looserQueries", () => {
  it("cuts the longest word from its end, not below two thirds of it", () => {
    expect(looserQueries("awsvcp")).toEqual(["awsvc", "awsv"]);
    expect(looserQueries("task definitoin")).toEqual([
      "task definitoi",
      "task definito",
      "task definit",
    ]);
  });

  it("does not cut words of four letters or fewer", () => {
    expect(looserQueries("ecs")).toEqual([]);
    expect(looserQueries("")).toEqual([]);
  });
});
