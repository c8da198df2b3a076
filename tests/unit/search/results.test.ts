import { describe, expect, it } from "vitest";

import type { PagefindPage } from "@/lib/search/pagefind";
import { matchesExactly, MAX_HITS_PER_LESSON, toLessonResults } from "@/lib/search/results";

const page = (over: Partial<PagefindPage>): PagefindPage => ({
  url: "/lessons/networking-for-fargate",
  excerpt: "the <mark>awsvpc</mark> mode",
  meta: { title: "Networking for Fargate" },
  ...over,
});

describe("toLessonResults", () => {
  it("lists a lesson's matching sections, linked to their heading with the words to paint", () => {
    const [lesson] = toLessonResults(
      [
        page({
          sub_results: [
            {
              title: "Network modes",
              url: "/lessons/networking-for-fargate#network-modes",
              excerpt: "Fargate uses <mark>AWSVPC</mark> only",
            },
          ],
        }),
      ],
      ["awsvpc"],
    );
    expect(lesson).toEqual({
      title: "Networking for Fargate",
      hits: [
        {
          title: "Network modes",
          href: "/lessons/networking-for-fargate?highlight=awsvpc#network-modes",
          excerpt: [
            { text: "Fargate uses ", marked: false },
            { text: "AWSVPC", marked: true },
            { text: " only", marked: false },
          ],
        },
      ],
    });
  });

  it("adds the words the search matched beyond the query's (a stem finds its forms)", () => {
    const [lesson] = toLessonResults(
      [
        page({
          sub_results: [{ title: "", url: "/lessons/x", excerpt: "two <mark>roles</mark>" }],
        }),
      ],
      ["role"],
    );
    expect(lesson!.hits[0]).toMatchObject({
      title: "Networking for Fargate",
      href: "/lessons/x?highlight=role%20roles",
    });
  });

  it("falls back to the page itself without sub-results, and keeps the best few", () => {
    const many = Array.from({ length: 6 }, (_, i) => ({
      title: `S${i}`,
      url: `/lessons/x#s${i}`,
      excerpt: "",
    }));
    expect(toLessonResults([page({ sub_results: many })], [])[0]!.hits).toHaveLength(
      MAX_HITS_PER_LESSON,
    );
    expect(toLessonResults([page({})], [])[0]!.hits[0]!.href).toBe(
      "/lessons/networking-for-fargate?highlight=awsvpc",
    );
  });
});

describe("matchesExactly", () => {
  it("holds when each term starts a marked word of a page or one of its sections", () => {
    const pages = [
      page({
        excerpt: "the <mark>awsvpc</mark> mode",
        sub_results: [{ title: "S", url: "/x#s", excerpt: "the <mark>Execution</mark> role" }],
      }),
    ];
    expect(matchesExactly(pages, ["awsv", "execution"])).toBe(true);
  });

  it("fails for a page found by a close word only, and for no page", () => {
    expect(matchesExactly([page({ excerpt: "on <mark>AWS</mark>" })], ["awsvcp"])).toBe(false);
    expect(matchesExactly([], ["awsvpc"])).toBe(false);
  });
});
