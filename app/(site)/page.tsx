import { CourseOverview } from "@/components/course/course-overview";
import { getCourse } from "@/lib/content";

export default async function HomePage() {
  return <CourseOverview course={await getCourse()} />;
}
