import { CourseOverview } from "@/components/course/course-overview";
import { getCourse } from "@/lib/content";
import { getQuizBank } from "@/lib/quiz/bank";
import { reviewItems } from "@/lib/review/items";

export default async function HomePage() {
  const [course, bank] = await Promise.all([getCourse(), getQuizBank()]);
  const items = reviewItems(bank.quizzes.flatMap((quiz) => quiz.questions));
  return <CourseOverview course={course} reviewItems={items} />;
}
