/** The minimal valid Fargate task definition of facts.md §6, and ways to break it. */

export type TaskDef = Record<string, unknown> & { containerDefinitions: Container[] };
export type Container = Record<string, unknown>;

export function minimal(): TaskDef {
  return {
    family: "hello-web",
    requiresCompatibilities: ["FARGATE"],
    networkMode: "awsvpc",
    cpu: "256",
    memory: "512",
    executionRoleArn: "arn:aws:iam::123456789012:role/ecsTaskExecutionRole",
    runtimePlatform: { operatingSystemFamily: "LINUX", cpuArchitecture: "X86_64" },
    containerDefinitions: [
      {
        name: "web",
        image: "123456789012.dkr.ecr.us-east-1.amazonaws.com/hello-web:1.0",
        essential: true,
        portMappings: [{ containerPort: 80, protocol: "tcp" }],
        logConfiguration: {
          logDriver: "awslogs",
          options: {
            "awslogs-group": "/ecs/hello-web",
            "awslogs-region": "us-east-1",
            "awslogs-stream-prefix": "ecs",
          },
        },
      },
    ],
  };
}

/** The minimal definition changed by `change`, as the editor would hold it. */
export function variant(change: (def: TaskDef, web: Container) => void): string {
  const def = minimal();
  const web = def.containerDefinitions[0];
  if (!web) throw new Error("the minimal definition has a container");
  change(def, web);
  return JSON.stringify(def, null, 2);
}

/** 1-based line and column of the first `needle` in `text` (after `after`, if given). */
export function positionOf(
  text: string,
  needle: string,
  after?: string,
): { line: number; column: number } {
  const from = after === undefined ? 0 : text.indexOf(after);
  const offset = text.indexOf(needle, Math.max(0, from));
  if (offset < 0 || from < 0) throw new Error(`${needle} not found`);
  const before = text.slice(0, offset);
  const line = before.split("\n").length;
  return { line, column: offset - (before.lastIndexOf("\n") + 1) + 1 };
}
