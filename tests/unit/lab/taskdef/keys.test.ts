import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

import { describe, expect, it } from "vitest";

import keys from "@/lib/lab/taskdef/keys.json";
import { buildTaskDefSchema } from "@/lib/lab/taskdef/model";

const modelPath = fileURLToPath(
  new URL("../../../../node_modules/aws-sdk/apis/ecs-2014-11-13.min.json", import.meta.url),
);

describe("keys.json, generated from the AWS SDK's ECS model", () => {
  it("matches the installed model (run scripts/generate-taskdef-keys.ts if this fails)", () => {
    const model: unknown = JSON.parse(readFileSync(modelPath, "utf8"));
    expect(keys).toEqual(buildTaskDefSchema(model));
  });

  it("holds RegisterTaskDefinition's keys and a container's keys", () => {
    expect(keys.required).toEqual(["family", "containerDefinitions"]);
    expect(Object.keys(keys.members)).toEqual(
      expect.arrayContaining(["family", "cpu", "runtimePlatform", "enableFaultInjection"]),
    );
    expect(Object.keys(keys.members.containerDefinitions.item.members)).toEqual(
      expect.arrayContaining(["name", "image", "portMappings", "versionConsistency"]),
    );
  });

  it("rejects something that is not a service model", () => {
    expect(() => buildTaskDefSchema({})).toThrow(/not an AWS service model/);
  });
});
