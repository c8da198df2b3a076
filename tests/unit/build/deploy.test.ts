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
