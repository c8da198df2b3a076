import { getQuiz, getQuizBank } from "@/lib/quiz/bank";
import { toQtiPackage } from "@/lib/quiz/export/qti";

type Context = { params: Promise<{ id: string }> };

// `/quiz/<lesson>/questions.qti.zip`: the lesson's question bank as a QTI 2.1 content package,
// for instructors, written as a static file at build from the same quiz file as the page.
export const dynamic = "force-static";
export const dynamicParams = false;

export async function generateStaticParams() {
  const bank = await getQuizBank();
  return bank.quizzes.map((quiz) => ({ id: quiz.lessonSlug }));
}

export async function GET(_request: Request, { params }: Context) {
  const { id } = await params;
  const quiz = await getQuiz(id);
  if (!quiz) return new Response("No such quiz", { status: 404 });
  const bytes = toQtiPackage(quiz);
  return new Response(new Blob([bytes.slice()], { type: "application/zip" }), {
    headers: {
      "Content-Type": "application/zip",
      "Content-Disposition": `attachment; filename="dockside-${id}.qti.zip"`,
    },
  });
}
