import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { checkTaskDefinition, validateRegistration } from "@/lib/lab/taskdef";

import { minimal } from "./helpers";

function wellFormed(diagnostics: ReturnType<typeof checkTaskDefinition>): boolean {
  return diagnostics.every(
    (d) => d.line >= 1 && d.column >= 1 && d.rule.length > 0 && d.message.length > 0,
  );
}

// Values shaped like a task definition, so the rules (not only the syntax check) are exercised.
const taskDefLike = fc.record(
  {
    family: fc.oneof(fc.string(), fc.jsonValue()),
    cpu: fc.oneof(fc.constantFrom("256", "1 vCPU", "8192"), fc.jsonValue()),
    memory: fc.oneof(fc.constantFrom("512", "2 GB"), fc.jsonValue()),
    networkMode: fc.oneof(fc.constantFrom("awsvpc", "bridge"), fc.jsonValue()),
    requiresCompatibilities: fc.oneof(fc.constant(["FARGATE"]), fc.jsonValue()),
    runtimePlatform: fc.jsonValue(),
    ephemeralStorage: fc.oneof(fc.record({ sizeInGiB: fc.jsonValue() }), fc.jsonValue()),
    containerDefinitions: fc.oneof(
      fc.array(
        fc.record(
          {
            name: fc.jsonValue(),
            image: fc.oneof(fc.string(), fc.jsonValue()),
            essential: fc.jsonValue(),
            cpu: fc.jsonValue(),
            memory: fc.jsonValue(),
            portMappings: fc.oneof(
              fc.array(fc.record({ containerPort: fc.jsonValue(), hostPort: fc.jsonValue() })),
              fc.jsonValue(),
            ),
            logConfiguration: fc.jsonValue(),
            linuxParameters: fc.jsonValue(),
          },
          { requiredKeys: [] },
        ),
        { maxLength: 12 },
      ),
      fc.jsonValue(),
    ),
  },
  { requiredKeys: [] },
);

describe("checkTaskDefinition never throws", () => {
  it("on arbitrary strings", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 400 }), (text) => {
        expect(wellFormed(checkTaskDefinition(text))).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it("on arbitrary JSON values, and on cut-off JSON", () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.nat(), (value, cut) => {
        const text = JSON.stringify(value, null, 2) ?? "";
        expect(wellFormed(checkTaskDefinition(text))).toBe(true);
        expect(wellFormed(checkTaskDefinition(text.slice(0, cut % (text.length + 1))))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it("on values shaped like a task definition, as does validateRegistration", () => {
    fc.assert(
      fc.property(taskDefLike, (value) => {
        expect(wellFormed(checkTaskDefinition(JSON.stringify(value, null, 2)))).toBe(true);
        const verdict = validateRegistration(value);
        expect(verdict === null || verdict.message.length > 0).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});

describe("checkTaskDefinition is fast enough to run on every keystroke", () => {
  it("checks a normal file well under 5 ms", () => {
    const def = minimal();
    def.containerDefinitions.push(
      ...Array.from({ length: 4 }, (_, i) => ({
        name: `sidecar-${i}`,
        image: "public.ecr.aws/nginx/nginx:1.27",
        essential: false,
        portMappings: [{ containerPort: 9000 + i }],
        environment: Array.from({ length: 20 }, (_, j) => ({ name: `VAR_${j}`, value: "x" })),
      })),
    );
    const text = JSON.stringify(def, null, 2);
    for (let i = 0; i < 20; i += 1) checkTaskDefinition(text);
    const runs = 200;
    const start = performance.now();
    for (let i = 0; i < runs; i += 1) checkTaskDefinition(text);
    expect((performance.now() - start) / runs).toBeLessThan(5);
  });
});
