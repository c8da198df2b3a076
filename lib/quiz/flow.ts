/**
 * The quiz flow as a state machine: what components/quiz/quiz-flow.tsx holds besides the
 * attempt itself (which lives in the progress store). A start or resume waits for the quiz's
 * code and questions; a load can fail for want of a network or because the quiz changed under
 * the open page; and the screen shown follows from that and from the attempt.
 */
import type { Question } from "./model";
import { QuestionsUnavailable } from "./remote";

/** Why the quiz could not load: no network, or a quiz changed since the page was loaded. */
export type LoadFailure = "network" | "changed";

/** The failure a rejected load stands for. */
export function failureOf(error: unknown): LoadFailure {
  return error instanceof QuestionsUnavailable && error.reason === "changed"
    ? "changed"
    : "network";
}

export interface FlowState {
  /** A start or resume is waiting for the quiz's code and questions: one at a time. */
  pending: boolean;
  /** Set by a load that failed; cleared by the next start, resume or retry. */
  failure?: LoadFailure;
  /** The questions, once fetched (for a quiz that fetches them when it starts). */
  questions?: readonly Question[];
  /** The question and results views' code has loaded: rendering them will not wait. */
  viewsLoaded?: true;
}

export type FlowEvent =
  /** The learner starts or resumes an attempt. Ignored while one is pending. */
  | { type: "request" }
  /** What the start or resume waited for has arrived (it may still open nothing). */
  | { type: "requestDone" }
  /** What the start or resume waited for could not load. */
  | { type: "requestFailed"; failure: LoadFailure }
  /** The questions were fetched. */
  | { type: "fetched"; questions: readonly Question[] }
  /** The question and results views' code arrived. */
  | { type: "viewsLoaded" }
  /** A load not tied to a start failed: a reload's, or a retry's. */
  | { type: "loadFailed"; failure: LoadFailure }
  /** "Try again": the message goes while the load runs again. */
  | { type: "retry" };

export const initialFlowState: FlowState = { pending: false };

/** The next flow state after `event`. */
export function flowReducer(state: FlowState, event: FlowEvent): FlowState {
  switch (event.type) {
    case "request":
      return state.pending ? state : { ...state, pending: true, failure: undefined };
    case "requestDone":
      return { ...state, pending: false };
    case "requestFailed":
      return { ...state, pending: false, failure: event.failure };
    case "fetched":
      return { ...state, questions: event.questions };
    case "viewsLoaded":
      return state.viewsLoaded ? state : { ...state, viewsLoaded: true };
    case "loadFailed":
      return { ...state, failure: event.failure };
    case "retry":
      return { ...state, failure: undefined };
  }
}

/**
 * What a quiz shows: its start screen; "Loading" while an attempt found on arrival waits for
 * its code and questions (nothing, beside the failure message, when they failed); an attempt
 * none of whose questions are left; the attempt's questions; or its results.
 */
export type QuizScreen = "setup" | "loading" | "unavailable" | "orphaned" | "session" | "results";

export interface ScreenInput {
  /** This window's attempt is running. */
  running: boolean;
  /** This window's attempt is finished (and still shown). */
  finished: boolean;
  /** The views and the questions are loaded. */
  loaded: boolean;
  failure?: LoadFailure;
  /** None of the running attempt's questions exist any more. */
  orphaned: boolean;
}

/** The screen for the flow's state and the attempt. */
export function quizScreen({
  running,
  finished,
  loaded,
  failure,
  orphaned,
}: ScreenInput): QuizScreen {
  if ((running || finished) && !loaded) return failure ? "unavailable" : "loading";
  if (running) return orphaned ? "orphaned" : "session";
  if (finished) return "results";
  return "setup";
}

/**
 * Whether the failure message shows: always after a failure, except over an attempt that is
 * loaded and shown (a start's failure must not cover the attempt a reload brought back).
 */
export function showsFailure({ running, finished, loaded, failure }: ScreenInput): boolean {
  return failure !== undefined && !(loaded && (running || finished));
}
