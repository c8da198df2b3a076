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
