import { getQuiz, getQuizBank } from "@/lib/quiz/bank";

type Context = { params: Promise<{ id: string }> };

// `/quiz/<lesson>/questions.json`: one lesson's questions, written as a static file at build.
// The lesson and quiz pages fetch it when a quiz starts, so the questions (and their answers)
// are not carried in every page's HTML. Any other id is a 404.
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
  return Response.json(quiz.questions);
}
