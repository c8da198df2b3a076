import { Fragment } from "react";

import { MdxContent } from "@/components/mdx/mdx-content";
import { RichText } from "@/components/quiz/rich-text";
import { describeCorrect, instructionFor } from "@/lib/quiz/describe";
import type { Question, Quiz } from "@/lib/quiz/model";
import { shuffled } from "@/lib/quiz/shuffle";
import { REVEAL_ATTRIBUTE, SLIDE_NOTES_TAG, SLIDE_TAG } from "@/lib/slides/tags";

import { LiveSlide, LiveSlideNotes } from "./live-slide";
import { StaticSlideScope } from "./static-slide-scope";

/**
 * Where a deck's slides are shown: `audience` (the current slide), `preview` (the presenter's
 * next slide), `notes` (the presenter's speaker notes) or `handout` (every slide, printed).
 */
export type DeckView = "audience" | "preview" | "notes" | "handout";

interface SlideProps {
  index: number | string;
  title?: string;
  children?: React.ReactNode;
}

const SLIDE_CLASS =
  "prose prose-xl prose-slate dark:prose-invert prose-a:text-accent-700 dark:prose-a:text-accent-300 prose-th:text-left max-w-none";

/** One slide as each view shows it. MDX passes attributes as strings, hence `Number(index)`. */
const slideOf: Record<DeckView, (props: SlideProps) => React.ReactNode> = {
  audience: ({ index, title = "", children }) => (
    <LiveSlide index={Number(index)} title={title}>
      <div className={SLIDE_CLASS}>{children}</div>
    </LiveSlide>
  ),
  preview: ({ index, title = "", children }) => (
    <LiveSlide index={Number(index)} title={title} role="next">
      <div className={SLIDE_CLASS}>{children}</div>
    </LiveSlide>
  ),
  notes: () => null,
  handout: ({ index, title = "", children }) => (
    <div className="slide-canvas handout-canvas">
      <section
        aria-label={`Slide ${Number(index) + 1}: ${title}`}
        data-slide-index={index}
        className="slide slide-static"
      >
        <div className="slide-body">
          <div className="slide-content">
            <div className={SLIDE_CLASS}>{children}</div>
          </div>
        </div>
      </section>
    </div>
  ),
};

const NOTES_CLASS = "prose prose-slate dark:prose-invert max-w-none";

/**
 * Headings without their ids (and `#` links), for the presenter's next-slide preview and notes:
 * the current slide beside them already carries the lesson's heading ids, and an id must be
 * unique in a page.
 */
function withoutId(Tag: "h2" | "h3" | "h4") {
  function Heading({ id: _id, ...props }: React.ComponentProps<"h2">) {
    return <Tag {...props} />;
  }
  Heading.displayName = `Unanchored(${Tag})`;
  return Heading;
}
const unanchored = { h2: withoutId("h2"), h3: withoutId("h3"), h4: withoutId("h4") };

/** One slide's speaker notes as each view shows them: only the presenter and the handout do. */
const notesOf: Record<DeckView, (props: SlideProps) => React.ReactNode> = {
  audience: () => null,
  preview: () => null,
  notes: ({ index, children }) => (
    <LiveSlideNotes index={Number(index)}>
      <div className={NOTES_CLASS}>{children}</div>
    </LiveSlideNotes>
  ),
  handout: ({ children }) => (
    <div className={`handout-notes ${NOTES_CLASS}`}>
      <p className="sr-only">Speaker notes:</p>
      {children}
    </div>
  ),
};

/**
 * Every slide of a lesson's deck as one view shows it: the lesson's slides (compiled by
 * lib/course with the slides transform) followed by one slide per quiz question.
 */
export function DeckSlides({
  code,
  lessonSlides,
  quiz,
  view,
}: {
  code: string;
  /** How many slides the lesson itself has (its outline's length); quiz slides follow. */
  lessonSlides: number;
  quiz?: Quiz;
  view: DeckView;
}) {
  const Slide = slideOf[view];
  const SlideNotes = notesOf[view];
  const content = (
    <>
      <MdxContent
        code={code}
        components={{
          ...(view === "preview" || view === "notes" ? unanchored : {}),
          [SLIDE_TAG]: Slide,
          [SLIDE_NOTES_TAG]: SlideNotes,
        }}
      />
      {quiz ? <QuizSlides quiz={quiz} offset={lessonSlides} view={view} /> : null}
    </>
  );
  return view === "audience" ? content : <StaticSlideScope>{content}</StaticSlideScope>;
}

/** The quiz questions of a lesson as slides: the question, then the answer on the next key. */
function QuizSlides({ quiz, offset, view }: { quiz: Quiz; offset: number; view: DeckView }) {
  const Slide = slideOf[view];
  const SlideNotes = notesOf[view];
  const total = quiz.questions.length;
  return quiz.questions.map((question, number) => {
    const index = offset + number;
    const title = `Quiz: question ${number + 1} of ${total}`;
    return (
      <Fragment key={question.id}>
        <Slide index={index} title={title}>
          <p className="text-accent-700 dark:text-accent-300 !mt-0 text-xl font-semibold tracking-wide uppercase">
            {title}
          </p>
          <h2 className="!mt-2">
            <RichText text={question.prompt} />
          </h2>
          <div className="quiz-stage">
            <div className="quiz-question-body">
              <p className="text-slate-600 dark:text-slate-400">{instructionFor(question)}</p>
              <QuestionBody question={question} />
            </div>
            <div {...{ [REVEAL_ATTRIBUTE]: "1" }} className="quiz-answer">
              <p>
                <strong>Answer:</strong> {describeCorrect(question).join("; ")}
              </p>
              <p>
                <RichText text={question.explanation} />
              </p>
            </div>
          </div>
        </Slide>
        <SlideNotes index={index}>
          <p>
            Ask the room first: a show of hands or a minute to discuss in pairs. Then press → to
            reveal the answer.
          </p>
          <p>
            <strong>Answer:</strong> {describeCorrect(question).join("; ")}
          </p>
          <p>{question.explanation}</p>
        </SlideNotes>
      </Fragment>
    );
  });
}

function QuestionBody({ question }: { question: Question }) {
  switch (question.type) {
    case "single":
    case "multiple":
    case "truefalse":
      return (
        <ol className="quiz-options" type="A">
          {question.options.map((option) => (
            <li key={option.id} data-correct={option.correct ? "" : undefined}>
              <RichText text={option.text} />
              {option.correct ? (
                <span {...{ [REVEAL_ATTRIBUTE]: "1" }} className="quiz-mark">
                  {" "}
                  ✓ correct
                </span>
              ) : null}
            </li>
          ))}
        </ol>
      );
    case "ordering":
      return (
        <ul>
          {shuffled(question.steps, question.id).map((step) => (
            <li key={step.id}>
              <RichText text={step.text} />
            </li>
          ))}
        </ul>
      );
    case "matching":
      return (
        // The answers run longer than the items: give them the wider column.
        <div className="grid grid-cols-[minmax(0,2fr)_minmax(0,3fr)] gap-8">
          <ul>
            {question.pairs.map((pair) => (
              <li key={pair.id}>
                <RichText text={pair.left} />
              </li>
            ))}
          </ul>
          <ol type="a">
            {shuffled(question.pairs, question.id).map((pair) => (
              <li key={pair.id}>
                <RichText text={pair.right} />
              </li>
            ))}
          </ol>
        </div>
      );
  }
}
