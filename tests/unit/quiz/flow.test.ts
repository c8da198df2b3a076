import { describe, expect, it } from "vitest";

import {
  failureOf,
  type FlowEvent,
  flowReducer,
  type FlowState,
  initialFlowState,
  type QuizScreen,
  quizScreen,
  type ScreenInput,
  showsFailure,
} from "@/lib/quiz/flow";
import { QuestionsUnavailable } from "@/lib/quiz/remote";

import { single } from "./questions";

const idle = initialFlowState;
const pending: FlowState = { pending: true };
const offline: FlowState = { pending: false, failure: "network" };
const changed: FlowState = { pending: false, failure: "changed" };
const fetched: FlowState = { pending: false, questions: [single] };

describe("flowReducer", () => {
  const table: [string, FlowState, FlowEvent, FlowState][] = [
    ["a start waits", idle, { type: "request" }, { pending: true }],
    ["a second start while one waits is ignored", pending, { type: "request" }, pending],
    ["a start clears the last failure", offline, { type: "request" }, { pending: true }],
    [
      "a start keeps fetched questions",
      fetched,
      { type: "request" },
      { ...fetched, pending: true },
    ],
    ["a start that loads stops waiting", pending, { type: "requestDone" }, idle],
    [
      "a start that fails says why",
      pending,
      { type: "requestFailed", failure: "changed" },
      changed,
    ],
    [
      "fetched questions are kept",
      pending,
      { type: "fetched", questions: [single] },
      { pending: true, questions: [single] },
    ],
    [
      "a reload's failed load leaves a pending start waiting",
      pending,
      { type: "loadFailed", failure: "network" },
      { pending: true, failure: "network" },
    ],
    [
      "the views' code is remembered",
      pending,
      { type: "viewsLoaded" },
      { pending: true, viewsLoaded: true },
    ],
    ["a retry clears the failure", offline, { type: "retry" }, idle],
    ["a retry that fails again says so", idle, { type: "loadFailed", failure: "network" }, offline],
  ];
  it.each(table)("%s", (_, state, event, next) => {
    expect(flowReducer(state, event)).toEqual(next);
  });

  it("returns the same state when nothing changes, so React skips the render", () => {
    expect(flowReducer(pending, { type: "request" })).toBe(pending);
    const withViews: FlowState = { pending: false, viewsLoaded: true };
    expect(flowReducer(withViews, { type: "viewsLoaded" })).toBe(withViews);
  });
});

describe("failureOf", () => {
  it.each([
    [new QuestionsUnavailable("changed", "quiz changed"), "changed"],
    [new QuestionsUnavailable("network", "offline"), "network"],
    [new TypeError("Failed to fetch"), "network"],
    ["a chunk that did not load", "network"],
  ] as const)("%s is %s", (error, failure) => {
    expect(failureOf(error)).toBe(failure);
  });
});

describe("quizScreen and showsFailure", () => {
  const none = { running: false, finished: false, loaded: false, orphaned: false };
  const table: [string, ScreenInput, QuizScreen, boolean][] = [
    ["no attempt: the start screen", none, "setup", false],
    ["no attempt, a start failed", { ...none, failure: "network" }, "setup", true],
    ["no attempt, loaded", { ...none, loaded: true }, "setup", false],
    ["an attempt found on arrival, loading", { ...none, running: true }, "loading", false],
    [
      "an attempt found on arrival that cannot load",
      { ...none, running: true, failure: "network" },
      "unavailable",
      true,
    ],
    ["a running attempt, loaded", { ...none, running: true, loaded: true }, "session", false],
    [
      "a running attempt after a failure that a later load overcame",
      { ...none, running: true, loaded: true, failure: "network" },
      "session",
      false,
    ],
    [
      "a running attempt with no question left",
      { ...none, running: true, loaded: true, orphaned: true },
      "orphaned",
      false,
    ],
    ["a finished attempt, loading", { ...none, finished: true }, "loading", false],
    ["a finished attempt, loaded", { ...none, finished: true, loaded: true }, "results", false],
    [
      "a finished attempt whose quiz changed",
      { ...none, finished: true, failure: "changed" },
      "unavailable",
      true,
    ],
  ];
  it.each(table)("%s", (_, input, screen, failure) => {
    expect(quizScreen(input)).toBe(screen);
    expect(showsFailure(input)).toBe(failure);
  });
});
