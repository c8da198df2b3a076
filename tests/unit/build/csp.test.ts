import { createHash } from "node:crypto";

import { describe, expect, it } from "vitest";

import {
  cloudFrontKeyValues,
  CspError,
  inlineScriptHashes,
  nginxCspMap,
  scriptSrc,
} from "@/lib/build/csp";

const sha = (text: string) =>
  `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;

describe("script-src of an exported page", () => {
  it("lists each inline script's hash once, and nothing for scripts with a src", () => {
    const html =
      '<html><head><script src="/_next/static/chunks/a.js"></script><script>one()</script>' +
      '<script id="_R_">two("é")</script></head><body><script>one()</script></body></html>';
    expect(inlineScriptHashes(html)).toEqual([sha("one()"), sha('two("é")')]);
    expect(scriptSrc(html)).toBe(`'self' 'wasm-unsafe-eval' ${sha("one()")} ${sha('two("é")')}`);
    expect(scriptSrc("<html></html>")).toBe("'self' 'wasm-unsafe-eval'");
  });

  it("refuses a page with an inline event handler, which hashes cannot allow", () => {
    expect(() => inlineScriptHashes('<img src="x" onerror="go()">')).toThrow(CspError);
    expect(() => inlineScriptHashes("<p>one onerror=go() in text</p>")).not.toThrow();
  });
});

describe("the nginx map", () => {
  it("maps each page's file to its script-src, and anything else to the base", () => {
    const map = nginxCspMap(
      new Map([
        ["/lessons/b.html", "'self' 'sha256-B='"],
        ["/index.html", "'self' 'sha256-A+/='"],
      ]),
    );
    expect(map).toContain(
      `map $uri $dockside_script_src {\n    default "'self' 'wasm-unsafe-eval'";`,
    );
    expect(map.indexOf('"/index.html"')).toBeLessThan(map.indexOf('"/lessons/b.html"'));
    expect(map).toContain(`"/index.html" "'self' 'sha256-A+/='";`);
  });

  it("refuses what nginx would misread", () => {
    expect(() => nginxCspMap(new Map([["/a$b.html", "'self'"]]))).toThrow(CspError);
    expect(() => nginxCspMap(new Map([["/a.html", "'self' \"x"]]))).toThrow(CspError);
  });
});

describe("the CloudFront key values", () => {
  it("keys each page by its address, cut into values CloudFront accepts", () => {
    const many = [
      "'self'",
      ...Array.from({ length: 40 }, (_, i) => `'sha256-${"x".repeat(40)}${i}'`),
    ];
    const { data } = JSON.parse(
      cloudFrontKeyValues(
        new Map([
          ["/index.html", "'self' 'sha256-A='"],
          ["/lessons/a/presenter/index.html", many.join(" ")],
          ["/404.html", "'self'"],
        ]),
      ),
    ) as { data: { key: string; value: string }[] };
    expect(data).toContainEqual({ key: "/ 0", value: "'self' 'sha256-A='" });
    const parts = data.filter((d) => d.key.startsWith("/lessons/a/presenter/ "));
    expect(parts.map((d) => d.key)).toEqual(parts.map((_, i) => `/lessons/a/presenter/ ${i}`));
    expect(parts.length).toBeGreaterThan(1);
    for (const part of parts) expect(part.value.length).toBeLessThanOrEqual(1024);
    expect(data).toContainEqual({ key: "/404 0", value: "'self'" });
    expect(parts.map((d) => d.value).join(" ")).toBe(many.join(" "));
  });
});
