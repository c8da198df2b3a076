import { unzipSync, strFromU8 } from "fflate";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { parse as parseGift, type GIFTQuestion } from "gift-pegjs";
import { describe, expect, it } from "vitest";

import { getContentPaths } from "@/lib/content";
import { loadCourse } from "@/lib/content/course";
import { giftCarries, toGift } from "@/lib/quiz/export/gift";
import { itemPath, QTI_NAMESPACE, qtiId, toQtiPackage } from "@/lib/quiz/export/qti";
import type { Question, Quiz } from "@/lib/quiz/model";
import { loadQuizBank } from "@/lib/quiz/load";
import { plainText } from "@/lib/quiz/text";

import { fixture } from "../content/helpers";

async function quizzesOf(paths: ReturnType<typeof getContentPaths>): Promise<Quiz[]> {
  const course = await loadCourse(paths);
  const { bank, problems } = await loadQuizBank({ course, ...paths });
  expect(problems).toEqual([]);
  return bank.quizzes;
}

/** GIFT text as the parser gives it back: our escapes undone, text unchanged otherwise. */
const norm = (text: string) => text.replace(/\s*\n\s*/g, " ").trim();

/** Parses the GIFT export back (gift-pegjs) and checks it says what the bank says. */
function giftRoundTrip(quiz: Quiz) {
  const parsed = parseGift(toGift(quiz)).filter(
    (question): question is Exclude<GIFTQuestion, { type: "Category" }> =>
      question.type !== "Category",
  );
  const carried = quiz.questions.filter(giftCarries);
  expect(parsed.map((question) => question.title)).toEqual(carried.map((q) => q.id));
  carried.forEach((question, index) => {
    const back = parsed[index]!;
    expect(back.stem).toEqual({ format: "markdown", text: norm(question.prompt) });
    expect("globalFeedback" in back && back.globalFeedback?.text).toContain(
      norm(question.explanation),
    );
    switch (question.type) {
      case "single":
      case "multiple": {
        expect(back.type).toBe("MC");
        if (back.type !== "MC") return;
        const right = question.options.filter((option) => option.correct).length;
        expect(
          back.choices.map((choice) => ({
            text: choice.text.text,
            correct: question.type === "single" ? choice.isCorrect : (choice.weight ?? 0) > 0,
            feedback: choice.feedback?.text,
          })),
        ).toEqual(
          question.options.map((option) => ({
            text: norm(option.text),
            correct: option.correct,
            feedback: option.feedback && norm(option.feedback),
          })),
        );
        if (question.type === "multiple") {
          // Weights as the site scores: right options share 100%, each wrong one takes a share.
          for (const choice of back.choices) {
            expect(Math.abs(choice.weight ?? 0)).toBeCloseTo(100 / right, 3);
          }
        }
        break;
      }
      case "truefalse": {
        expect(back.type).toBe("TF");
        if (back.type !== "TF") return;
        const right = question.options.find((option) => option.correct)!;
        const wrong = question.options.find((option) => !option.correct)!;
        expect(back.isTrue).toBe(right.id === "true");
        // GIFT's first feedback is the one for a wrong answer.
        expect(back.trueFeedback?.text).toBe(wrong.feedback && norm(wrong.feedback));
        break;
      }
      case "matching": {
        expect(back.type).toBe("Matching");
        if (back.type !== "Matching") return;
        expect(
          back.matchPairs.map((pair) => [pair.subquestion.text, pair.subanswer.trim()]),
        ).toEqual(question.pairs.map((pair) => [norm(pair.left), norm(pair.right)]));
        for (const pair of question.pairs) {
          if (pair.feedback) expect(back.globalFeedback?.text).toContain(norm(pair.feedback));
        }
        break;
      }
      case "ordering":
        throw new Error("GIFT carries no ordering question");
    }
  });
  return parsed;
}

const xml = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@",
  isArray: (name) =>
    [
      "simpleChoice",
      "simpleAssociableChoice",
      "simpleMatchSet",
      "value",
      "modalFeedback",
      "resource",
      "feedbackInline",
      "p",
    ].includes(name),
  // Mixed content (text with <code> and feedback) kept as its XHTML, read with `textOf`.
  stopNodes: ["*.prompt", "*.p", "*.simpleChoice", "*.simpleAssociableChoice"],
});

/** Text of an XHTML fragment: tags dropped, entities decoded. */
const textOf = (fragment: unknown) =>
  String(fragment ?? "")
    .replace(/<[^>]+>/g, "")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, "&");

const FEEDBACK_INLINE = /<feedbackInline[^>]*>(.*?)<\/feedbackInline>/;

type Node = Record<string, unknown>;
const list = (value: unknown) => (value ?? []) as Node[];

/** Unzips the QTI package, checks every file is well-formed XML, and compares with the bank. */
function qtiRoundTrip(quiz: Quiz) {
  const files = unzipSync(toQtiPackage(quiz));
  const text = (path: string) => {
    expect(files[path], `${path} is in the package`).toBeDefined();
    const value = strFromU8(files[path]!);
    expect(XMLValidator.validate(value)).toBe(true);
    return value;
  };
  const manifest = xml.parse(text("imsmanifest.xml")) as { manifest: Node };
  const resources = list((manifest.manifest.resources as Node).resource);
  expect(resources.map((resource) => resource["@href"])).toEqual(quiz.questions.map(itemPath));
  expect(new Set(resources.map((resource) => resource["@type"]))).toEqual(
    new Set(["imsqti_item_xmlv2p1"]),
  );
  expect(Object.keys(files).sort()).toEqual(
    ["imsmanifest.xml", ...quiz.questions.map(itemPath)].sort(),
  );

  for (const question of quiz.questions) {
    const item = (xml.parse(text(itemPath(question))) as { assessmentItem: Node }).assessmentItem;
    expect(item["@xmlns"]).toBe(QTI_NAMESPACE);
    expect(item["@identifier"]).toBe(qtiId("q", question.id));
    const declaration = item.responseDeclaration as Node;
    const correct = list((declaration.correctResponse as Node).value).map(String);
    const body = item.itemBody as Node;
    const feedback = list(item.modalFeedback);
    expect(feedback.map((f) => f["@identifier"])).toEqual(["right", "wrong"]);
    for (const f of feedback) {
      expect(list(f.p).map(textOf)).toContain(plainText(question.explanation));
    }
    checkInteraction(question, declaration, correct, body, feedback[1]!);
  }
}

function checkInteraction(
  question: Question,
  declaration: Node,
  correct: string[],
  body: Node,
  wrong: Node,
) {
  const wrongNotes = list(wrong.p).map(textOf);
  switch (question.type) {
    case "single":
    case "multiple":
    case "truefalse": {
      const interaction = body.choiceInteraction as Node;
      expect(textOf(interaction.prompt)).toBe(plainText(question.prompt));
      expect(declaration["@cardinality"]).toBe(
        question.type === "multiple" ? "multiple" : "single",
      );
      expect(interaction["@maxChoices"]).toBe(question.type === "multiple" ? "0" : "1");
      const choices = list(interaction.simpleChoice);
      expect(
        choices.map((choice) => ({
          id: choice["@identifier"],
          text: textOf(String(choice["#text"]).replace(FEEDBACK_INLINE, "")).trim(),
          feedback: textOf(FEEDBACK_INLINE.exec(String(choice["#text"]))?.[1]) || undefined,
        })),
      ).toEqual(
        question.options.map((option) => ({
          id: qtiId("c", option.id),
          text: plainText(option.text).trim(),
          feedback: option.feedback && plainText(option.feedback),
        })),
      );
      expect(correct).toEqual(
        question.options.filter((o) => o.correct).map((o) => qtiId("c", o.id)),
      );
      break;
    }
    case "ordering": {
      const interaction = body.orderInteraction as Node;
      expect(textOf(interaction.prompt)).toBe(plainText(question.prompt));
      expect(declaration["@cardinality"]).toBe("ordered");
      expect(correct).toEqual(question.steps.map((step) => qtiId("s", step.id)));
      expect(list(interaction.simpleChoice).map((c) => textOf(c["#text"]))).toEqual(
        question.steps.map((step) => plainText(step.text)),
      );
      for (const step of question.steps) {
        if (step.feedback) expect(wrongNotes).toContain(plainText(step.feedback));
      }
      break;
    }
    case "matching": {
      const interaction = body.matchInteraction as Node;
      expect(declaration["@baseType"]).toBe("directedPair");
      const [lefts, rights] = list(interaction.simpleMatchSet).map((set) =>
        list(set.simpleAssociableChoice).map((c) => [c["@identifier"], textOf(c["#text"])]),
      );
      expect(lefts).toEqual(question.pairs.map((p) => [qtiId("l", p.id), plainText(p.left)]));
      expect(rights).toEqual(question.pairs.map((p) => [qtiId("r", p.id), plainText(p.right)]));
      expect(correct).toEqual(question.pairs.map((p) => `${qtiId("l", p.id)} ${qtiId("r", p.id)}`));
      for (const pair of question.pairs) {
        if (pair.feedback) expect(wrongNotes).toContain(plainText(pair.feedback));
      }
      break;
    }
  }
}

describe("question bank exports", () => {
  it("GIFT: a quiz with every question type parses back to the same questions", async () => {
    const [quiz] = await quizzesOf(fixture("a quiz with every question type"));
    const parsed = giftRoundTrip(quiz!);
    expect(parsed.map((q) => q.type)).toEqual(["MC", "MC", "TF", "Matching"]);
    expect(toGift(quiz!)).toContain("Not included (GIFT has no ordering question): put-in-order");
  });

  it("GIFT: every lesson's bank in the course parses back to the same questions", async () => {
    const quizzes = await quizzesOf(getContentPaths());
    expect(quizzes.length).toBeGreaterThan(0);
    for (const quiz of quizzes) giftRoundTrip(quiz);
  });

  it("GIFT escapes its special characters, so text with them reads back the same", () => {
    const quiz: Quiz = {
      lessonSlug: "l",
      title: "T",
      file: "f",
      questions: [
        {
          id: "odd",
          lessonSlug: "l",
          type: "single",
          prompt: "Is {a} = ~b #c: `x`?",
          explanation: "Because a\\b.",
          options: [
            { id: "y", text: "yes = {1}", correct: true },
            { id: "n", text: "no # 2", correct: false, feedback: "see: ~that" },
          ],
        },
      ],
    };
    giftRoundTrip(quiz);
  });

  it("QTI 2.1: a quiz with every question type reads back to the same questions", async () => {
    const [quiz] = await quizzesOf(fixture("a quiz with every question type"));
    qtiRoundTrip(quiz!);
  });

  it("QTI 2.1: every lesson's bank in the course reads back to the same questions", async () => {
    for (const quiz of await quizzesOf(getContentPaths())) qtiRoundTrip(quiz);
  });

  it("QTI 2.1: the package is the same bytes on every build", async () => {
    const [quiz] = await quizzesOf(fixture("a quiz with every question type"));
    expect(toQtiPackage(quiz!)).toEqual(toQtiPackage(quiz!));
  });
});
