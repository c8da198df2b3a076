import { getQuiz, getQuizBank } from "@/lib/quiz/bank";
import { toGift } from "@/lib/quiz/export/gift";

type Context = { params: Promise<{ id: string }> };

// `/quiz/<lesson>/questions.gift`: the lesson's question bank in Moodle's GIFT format, for
// instructors, written as a static file at build from the same quiz file as the page.
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
  return new Response(toGift(quiz), {
    headers: {
      "Content-Type": "text/plain; charset=utf-8",
      "Content-Disposition": `attachment; filename="dockside-${id}.gift.txt"`,
    },
  });
}
