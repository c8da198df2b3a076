// Writes lib/lab/taskdef/keys.json: the keys and value types of RegisterTaskDefinition's input,
// taken from the AWS SDK's model so the editor's "did you mean" list matches what ECS accepts.
// Run after updating aws-sdk: `npx tsx scripts/generate-taskdef-keys.ts`.
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

import { format, resolveConfig } from "prettier";

import { buildTaskDefSchema } from "../lib/lab/taskdef/model";

const modelPath = fileURLToPath(
  new URL("../node_modules/aws-sdk/apis/ecs-2014-11-13.min.json", import.meta.url),
);
const outPath = fileURLToPath(new URL("../lib/lab/taskdef/keys.json", import.meta.url));

const schema = buildTaskDefSchema(JSON.parse(readFileSync(modelPath, "utf8")));
// Formatted as `prettier --check` expects, so CI passes on a freshly generated file.
const options = { ...(await resolveConfig(outPath)), filepath: outPath };
writeFileSync(outPath, await format(JSON.stringify(schema), options));
console.log(`wrote ${outPath}`);
