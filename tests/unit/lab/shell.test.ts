import { describe, expect, it } from "vitest";

import { expandWord, parseShell, ShellSyntaxError } from "@/lib/lab/shell";

const env: Record<string, string> = { R: "us-east-1", SUBNETS: "subnet-a\tsubnet-b", EMPTY: "" };
const expander = {
  variable: (name: string) => env[name],
  substitute: (source: string) => `<${source}>\n`,
};

/** The argv of each command of each pipeline, as the engine would see it. */
function argv(input: string) {
  return parseShell(input).items.map((item) =>
    item.pipeline.map((command) => command.words.flatMap((w) => expandWord(w, expander))),
  );
}

describe("parseShell", () => {
  it.each([
    [
      "aws ecr create-repository --repository-name hello-web",
      [[["aws", "ecr", "create-repository", "--repository-name", "hello-web"]]],
    ],
    ["echo 'a b' \"c d\" e\\ f", [[["echo", "a b", "c d", "e f"]]]],
    ['echo "$R" ${R} $R', [[["echo", "us-east-1", "us-east-1", "us-east-1"]]]],
    ["echo --subnets $SUBNETS", [[["echo", "--subnets", "subnet-a", "subnet-b"]]]],
    ['echo "$SUBNETS"', [[["echo", "subnet-a\tsubnet-b"]]]],
    ["echo $EMPTY x", [[["echo", "x"]]]],
    ['echo ""', [[["echo", ""]]]],
    [
      "aws ecr get-login-password | docker login --password-stdin",
      [
        [
          ["aws", "ecr", "get-login-password"],
          ["docker", "login", "--password-stdin"],
        ],
      ],
    ],
    ["a && b || c; d", [[["a"]], [["b"]], [["c"]], [["d"]]]],
    [
      "aws ecs create-cluster \\\n  --cluster-name demo",
      [[["aws", "ecs", "create-cluster", "--cluster-name", "demo"]]],
    ],
    ["echo x # a comment", [[["echo", "x"]]]],
    [
      "echo $(aws sts get-caller-identity --query 'Account')",
      [[["echo", "<aws", "sts", "get-caller-identity", "--query", "'Account'>"]]],
    ],
    ['echo "$(x)"', [[["echo", "<x>"]]]],
    [
      '--network-configuration "awsvpcConfiguration={subnets=[$R],assignPublicIp=ENABLED}"',
      [
        [
          [
            "--network-configuration",
            "awsvpcConfiguration={subnets=[us-east-1],assignPublicIp=ENABLED}",
          ],
        ],
      ],
    ],
    ['echo "$?" x${?}y $?', [[["echo", "", "xy"]]]],
    ["\n\n  \n", []],
  ])("%j", (input, expected) => {
    expect(argv(input)).toEqual(expected);
  });

  it("takes NAME=value before a command as assignments", () => {
    const [item] = parseShell("TG=$(aws elbv2 x) echo").items;
    expect(item!.pipeline[0]!.assignments.map((a) => a.name)).toEqual(["TG"]);
    const [only] = parseShell("R=us-east-1").items;
    expect(only!.pipeline[0]!.words).toEqual([]);
    expect(only!.pipeline[0]!.assignments[0]!.name).toBe("R");
  });

  it.each([
    ["echo 'unclosed", "unexpected EOF while looking for matching `''"],
    ['echo "unclosed', "unexpected EOF"],
    ["echo $(unclosed", "matching `)'"],
    ["| docker login", "unexpected token `|'"],
    ["aws ecr get-login-password |", "unexpected end"],
    ["&& echo", "unexpected token `&&'"],
    ["echo a > file", "redirection"],
    ["sleep 5 &", "background"],
  ])("rejects %j", (input, message) => {
    expect(() => parseShell(input)).toThrow(ShellSyntaxError);
    expect(() => parseShell(input)).toThrow(message);
  });
});
