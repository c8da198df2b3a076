import { describe, expect, it } from "vitest";

import { markedWords, parseExcerpt } from "@/lib/search/excerpt";

describe("parseExcerpt", () => {
  it("splits the marked words from the text around them", () => {
    expect(parseExcerpt("uses <mark>awsvpc</mark> mode")).toEqual([
      { text: "uses ", marked: false },
      { text: "awsvpc", marked: true },
      { text: " mode", marked: false },
    ]);
  });

  it("decodes entities and never returns markup", () => {
    expect(parseExcerpt("a &lt;b&gt; &amp; <mark>it&#x27;s</mark> &#34;c&quot;<em>d</em>")).toEqual(
      [
        { text: "a <b> & ", marked: false },
        { text: "it's", marked: true },
        { text: ' "c"d', marked: false },
      ],
    );
  });

  it("leaves an unknown entity as written", () => {
    expect(parseExcerpt("&nope; x")).toEqual([{ text: "&nope; x", marked: false }]);
  });
});

describe("markedWords", () => {
  it("lists each marked word once, lower-cased", () => {
    expect(markedWords("<mark>Role</mark> and <mark>roles</mark>, the <mark>role</mark>")).toEqual([
      "role",
      "roles",
    ]);
  });

  it("takes each mark on its own, without its punctuation", () => {
    expect(
      markedWords("a <mark>business.</mark><mark>On</mark> &amp; <mark>it&#x27;s</mark>"),
    ).toEqual(["business", "on", "it's"]);
  });
});
