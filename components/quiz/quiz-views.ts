// The parts of a quiz a learner sees once it has started: the questions and the results. They
// are most of the quiz code, and a lesson page is read far more often than its quiz is taken,
// so quiz-flow.tsx loads them on demand (React.lazy, see loadViews) instead of with the page.
export { QuizResults } from "./quiz-results";
export { QuizSession } from "./quiz-session";
