import { strToU8, type Zippable, zipSync } from "fflate";

import type { Question, Quiz } from "../model";
import { splitInlineCode } from "../text";

/**
 * A lesson's question bank as an IMS QTI 2.1 content package (a zip: `imsmanifest.xml` and one
 * `assessmentItem` per question), the QTI version LMSs import most widely. Every question type
 * has a QTI interaction: choice (single, multiple, true/false), order and match. Each item has
 * the correct response, the feedback on each option where the author wrote one (shown on the
 * options the learner got wrong) and the explanation as feedback after answering. Scoring is
 * all or nothing: SCORE is 1 when the response matches the correct one.
 */
export const QTI_NAMESPACE = "http://www.imsglobal.org/xsd/imsqti_v2p1";

/** The package's files, by path. */
export function toQtiFiles(quiz: Quiz): Record<string, string> {
  const files: Record<string, string> = {};
  for (const question of quiz.questions) files[itemPath(question)] = toQtiItem(question);
  files["imsmanifest.xml"] = manifest(quiz);
  return files;
}

/** The package as zip bytes. A fixed date inside, so every build writes the same bytes. */
export function toQtiPackage(quiz: Quiz): Uint8Array {
  const mtime = new Date(Date.UTC(2026, 0, 1));
  const files: Zippable = {};
  for (const [path, text] of Object.entries(toQtiFiles(quiz)))
    files[path] = [strToU8(text), { mtime }];
  return zipSync(files);
}

export const itemPath = (question: Question) => `items/${question.id}.xml`;

/** A QTI identifier from one of our ids: ids may start with a digit, identifiers may not. */
export const qtiId = (prefix: string, id: string) => `${prefix}-${id}`;

export function toQtiItem(question: Question): string {
  const { declaration, interaction, notes } = body(question);
  // Choice questions show each option's feedback by what was chosen (CHOSEN).
  const choice = question.type !== "ordering" && question.type !== "matching";
  return `<?xml version="1.0" encoding="UTF-8"?>
<assessmentItem xmlns="${QTI_NAMESPACE}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="${QTI_NAMESPACE} http://www.imsglobal.org/xsd/qti/qtiv2p1/imsqti_v2p1p2.xsd" identifier="${qtiId("q", question.id)}" title="${attr(question.id)}" adaptive="false" timeDependent="false">
${declaration}
  <outcomeDeclaration identifier="SCORE" cardinality="single" baseType="float">
    <defaultValue><value>0</value></defaultValue>
  </outcomeDeclaration>
  <outcomeDeclaration identifier="FEEDBACK" cardinality="single" baseType="identifier"/>
${choice ? `  <outcomeDeclaration identifier="CHOSEN" cardinality="multiple" baseType="identifier"/>\n` : ""}  <itemBody>
${interaction}
  </itemBody>
  <responseProcessing>
${choice ? `    <setOutcomeValue identifier="CHOSEN"><multiple><variable identifier="RESPONSE"/></multiple></setOutcomeValue>\n` : ""}    <responseCondition>
      <responseIf>
        <match><variable identifier="RESPONSE"/><correct identifier="RESPONSE"/></match>
        <setOutcomeValue identifier="SCORE"><baseValue baseType="float">1</baseValue></setOutcomeValue>
        <setOutcomeValue identifier="FEEDBACK"><baseValue baseType="identifier">right</baseValue></setOutcomeValue>
      </responseIf>
      <responseElse>
        <setOutcomeValue identifier="FEEDBACK"><baseValue baseType="identifier">wrong</baseValue></setOutcomeValue>
      </responseElse>
    </responseCondition>
  </responseProcessing>
  <modalFeedback outcomeIdentifier="FEEDBACK" identifier="right" showHide="show"><p>${html(question.explanation)}</p></modalFeedback>
  <modalFeedback outcomeIdentifier="FEEDBACK" identifier="wrong" showHide="show">${notes
    .map((note) => `<p>${html(note)}</p>`)
    .join("")}<p>${html(question.explanation)}</p></modalFeedback>
</assessmentItem>
`;
}

function body(question: Question): { declaration: string; interaction: string; notes: string[] } {
  const prompt = `      <prompt>${html(question.prompt)}</prompt>`;
  switch (question.type) {
    case "single":
    case "truefalse":
    case "multiple": {
      const multiple = question.type === "multiple";
      const correct = question.options.filter((option) => option.correct);
      const choices = question.options.map((option) => {
        // Feedback shows where the learner's answer about the option was wrong: a wrong option
        // chosen, or (multiple select) a right one left out.
        const feedback = option.feedback
          ? `<feedbackInline outcomeIdentifier="CHOSEN" identifier="${qtiId("c", option.id)}" showHide="${option.correct ? "hide" : "show"}">${html(option.feedback)}</feedbackInline>`
          : "";
        return `      <simpleChoice identifier="${qtiId("c", option.id)}">${html(option.text)}${feedback}</simpleChoice>`;
      });
      return {
        declaration: declare(
          multiple ? "multiple" : "single",
          "identifier",
          correct.map((option) => qtiId("c", option.id)),
        ),
        interaction: `    <choiceInteraction responseIdentifier="RESPONSE" shuffle="${question.type === "truefalse" ? "false" : "true"}" maxChoices="${multiple ? 0 : 1}">
${prompt}
${choices.join("\n")}
    </choiceInteraction>`,
        notes: [],
      };
    }
    case "ordering":
      return {
        declaration: declare(
          "ordered",
          "identifier",
          question.steps.map((step) => qtiId("s", step.id)),
        ),
        interaction: `    <orderInteraction responseIdentifier="RESPONSE" shuffle="true">
${prompt}
${question.steps
  .map(
    (step) =>
      `      <simpleChoice identifier="${qtiId("s", step.id)}">${html(step.text)}</simpleChoice>`,
  )
  .join("\n")}
    </orderInteraction>`,
        notes: question.steps.flatMap((step) => (step.feedback ? [step.feedback] : [])),
      };
    case "matching": {
      const count = question.pairs.length;
      const set = (side: "l" | "r") =>
        question.pairs
          .map(
            (pair) =>
              `        <simpleAssociableChoice identifier="${qtiId(side, pair.id)}" matchMax="1">${html(side === "l" ? pair.left : pair.right)}</simpleAssociableChoice>`,
          )
          .join("\n");
      return {
        declaration: declare(
          "multiple",
          "directedPair",
          question.pairs.map((pair) => `${qtiId("l", pair.id)} ${qtiId("r", pair.id)}`),
        ),
        interaction: `    <matchInteraction responseIdentifier="RESPONSE" shuffle="true" maxAssociations="${count}">
${prompt}
      <simpleMatchSet>
${set("l")}
      </simpleMatchSet>
      <simpleMatchSet>
${set("r")}
      </simpleMatchSet>
    </matchInteraction>`,
        notes: question.pairs.flatMap((pair) => (pair.feedback ? [pair.feedback] : [])),
      };
    }
  }
}

function declare(cardinality: string, baseType: string, values: string[]): string {
  return `  <responseDeclaration identifier="RESPONSE" cardinality="${cardinality}" baseType="${baseType}">
    <correctResponse>
${values.map((value) => `      <value>${value}</value>`).join("\n")}
    </correctResponse>
  </responseDeclaration>`;
}

function manifest(quiz: Quiz): string {
  const resources = quiz.questions.map(
    (
      question,
    ) => `    <resource identifier="${qtiId("r", question.id)}" type="imsqti_item_xmlv2p1" href="${itemPath(question)}">
      <file href="${itemPath(question)}"/>
    </resource>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest xmlns="http://www.imsglobal.org/xsd/imscp_v1p1" identifier="${attr(qtiId("m", quiz.lessonSlug))}">
  <metadata>
    <schema>QTIv2.1 Package</schema>
    <schemaversion>1.0.0</schemaversion>
  </metadata>
  <organizations/>
  <resources>
${resources.join("\n")}
  </resources>
</manifest>
`;
}

/** Quiz text as XHTML: escaped, with `backticked` runs as <code>. */
function html(text: string): string {
  return splitInlineCode(text)
    .map((run) => (run.code ? `<code>${escapeXml(run.text)}</code>` : escapeXml(run.text)))
    .join("");
}

const attr = (text: string) => escapeXml(text).replace(/"/g, "&quot;");

function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
