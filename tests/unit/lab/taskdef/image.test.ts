import { describe, expect, it } from "vitest";

import { parseImage } from "@/lib/lab/taskdef/image";

const DIGEST = "sha256:" + "a".repeat(64);
const ECR = "123456789012.dkr.ecr.us-east-1.amazonaws.com";

describe("parseImage: valid references", () => {
  it.each([
    ["nginx", { repository: "nginx", privateEcr: false }],
    ["nginx:1.27-alpine", { repository: "nginx", tag: "1.27-alpine" }],
    ["library/nginx", { repository: "library/nginx" }],
    ["public.ecr.aws/nginx/nginx:latest", { registry: "public.ecr.aws", privateEcr: false }],
    [`${ECR}/hello-web:1.0`, { registry: ECR, repository: "hello-web", privateEcr: true }],
    [`${ECR}/team-a/web@${DIGEST}`, { repository: "team-a/web", digest: DIGEST }],
    ["localhost:5000/app:v1", { registry: "localhost:5000", tag: "v1" }],
    [`123456789012.dkr.ecr.cn-north-1.amazonaws.com.cn/app`, { privateEcr: true }],
  ])("%s", (image, expected) => {
    const parsed = parseImage(image);
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(parsed.image).toMatchObject(expected);
  });
});

describe("parseImage: invalid references, with the reason", () => {
  it.each([
    ["", /empty/],
    ["nginx :latest", /no spaces/],
    ["https://registry.example.com/app", /scheme/],
    ["nginx:", /tag after ':' is empty/],
    ["nginx:.hidden", /starts with '\.'/],
    ["nginx:-x", /starts with '-'/],
    ["nginx:" + "a".repeat(129), /limit is 128/],
    ["nginx:v1!", /only letters, digits/],
    ["Nginx", /lowercase/],
    ["nginx@sha256:abc", /64 lowercase hexadecimal/],
    ["12345.dkr.ecr.us-east-1.amazonaws.com/app", /looks like an ECR registry/],
    ["a/" + "b".repeat(300), /ECS allows 255/],
    ["registry.example.com//app", /empty part/],
  ])("%s", (image, problem) => {
    const parsed = parseImage(image);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.problem).toMatch(problem);
  });
});
