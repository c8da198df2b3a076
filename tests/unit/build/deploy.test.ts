import { readFileSync } from "node:fs";

import { describe, expect, it } from "vitest";

import { checkTaskDefinition } from "@/lib/lab/taskdef";

const read = (file: string) => readFileSync(new URL(`../../../${file}`, import.meta.url), "utf8");

describe("the Fargate task definition in deploy/", () => {
  const text = read("deploy/taskdef.json");

  it("passes the course's own task-definition checker without a warning", () => {
    expect(checkTaskDefinition(text)).toEqual([]);
  });

  it("runs the image's port and checks its health path", () => {
    const container = JSON.parse(text).containerDefinitions[0];
    const exposed = /^EXPOSE (\d+)$/m.exec(read("Dockerfile"))![1];
    expect(container.portMappings[0].containerPort).toBe(Number(exposed));
    expect(container.healthCheck.command.join(" ")).toContain(`:${exposed}/healthz`);
    expect(read("deploy/nginx/dockside.conf")).toContain("location = /healthz {");
  });
});

describe("the CloudFront example in deploy/cloudfront/", () => {
  const nginx = (name: string) =>
    new RegExp(`^add_header ${name} "([^"]+)" always;$`, "m").exec(
      read("deploy/nginx/headers.conf"),
    )![1]!;

  it("sends the same Content-Security-Policy as nginx, each page's script-src aside", () => {
    const policy = /const POLICY =\s*"([^"]+)";/.exec(read("deploy/cloudfront/function.js"))![1];
    expect(policy).toBe(
      nginx("Content-Security-Policy").replace("$dockside_script_src", "SCRIPT_SRC"),
    );
  });

  it("sends the same other headers as nginx", () => {
    const config = JSON.parse(read("deploy/cloudfront/response-headers-policy.json"));
    const custom = Object.fromEntries(
      config.CustomHeadersConfig.Items.map((i: { Header: string; Value: string }) => [
        i.Header,
        i.Value,
      ]),
    );
    expect(config.CustomHeadersConfig.Quantity).toBe(config.CustomHeadersConfig.Items.length);
    expect(custom["Permissions-Policy"]).toBe(nginx("Permissions-Policy"));
    expect(custom["Cross-Origin-Opener-Policy"]).toBe(nginx("Cross-Origin-Opener-Policy"));
    const security = config.SecurityHeadersConfig;
    expect(security.ReferrerPolicy.ReferrerPolicy).toBe(nginx("Referrer-Policy"));
    expect(security.FrameOptions.FrameOption).toBe(nginx("X-Frame-Options"));
  });
});

describe("the CloudFront function", () => {
  // The function as CloudFront runs it, with a key value store holding one page's script-src.
  const store: Record<string, string> = {
    "/lessons/a/ 0": "'self' 'wasm-unsafe-eval' 'sha256-A='",
  };
  const source = read("deploy/cloudfront/function.js").replace('import cf from "cloudfront";', "");
  const cf = {
    kvs: () => ({
      get: async (key: string) => {
        if (!(key in store)) throw new Error("not found");
        return store[key];
      },
    }),
  };
  const handler = new Function("cf", `${source}\nreturn handler;`)(cf) as (
    event: unknown,
  ) => Promise<Record<string, unknown>>;
  const viewerRequest = (uri: string, querystring: Record<string, { value: string }> = {}) =>
    handler({ context: { eventType: "viewer-request" }, request: { uri, querystring } });

  it("serves a page's folder index, and sends an address without its slash there", async () => {
    expect(await viewerRequest("/")).toMatchObject({ uri: "/index.html" });
    expect(await viewerRequest("/lessons/a/")).toMatchObject({ uri: "/lessons/a/index.html" });
    expect(await viewerRequest("/_next/static/x.js")).toMatchObject({ uri: "/_next/static/x.js" });
    expect(await viewerRequest("/lessons/a", { step: { value: "2" } })).toEqual({
      statusCode: 308,
      statusDescription: "Permanent Redirect",
      headers: { location: { value: "/lessons/a/?step=2" } },
    });
  });

  it("sets each page's script-src, and the base for anything else", async () => {
    const csp = async (uri: string, type: string, statusCode = 200) => {
      const response = (await handler({
        context: { eventType: "viewer-response" },
        request: { uri },
        response: { statusCode, headers: { "content-type": { value: type } } },
      })) as { headers: Record<string, { value: string }> };
      return /script-src ([^;]*)/.exec(response.headers["content-security-policy"]!.value)![1];
    };
    expect(await csp("/lessons/a/index.html", "text/html")).toBe(store["/lessons/a/ 0"]);
    expect(await csp("/pagefind/pagefind-worker.js", "text/javascript")).toBe(
      "'self' 'wasm-unsafe-eval'",
    );
    expect(await csp("/lessons/b/index.html", "text/html", 404)).toBe("'self' 'wasm-unsafe-eval'");
  });
});
