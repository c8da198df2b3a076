/**
 * Runs what a student types in the lab's console: the shell around the commands (variables,
 * pipes, `$(…)`), and the commands themselves: `aws`, `docker`, `curl` and a few builtins.
 */
import { LAB_REGION } from "./account";
import { autoscalingHandlers } from "./aws/autoscaling";
import type { Ctx, Handler } from "./aws/context";
import { ec2Handlers } from "./aws/ec2";
import { ecrHandlers } from "./aws/ecr";
import { ecsHandlers } from "./aws/ecs";
import { elbv2Handlers } from "./aws/elbv2";
import { iamHandlers, logsHandlers, stsHandlers, tailLogGroup } from "./aws/logs-iam-sts";
import {
  type AwsCommand,
  cliError,
  evaluateWaiter,
  formatOutput,
  parseAwsCommand,
  waiterDelay,
  waiterMaxAttempts,
  waiterTimeoutMessage,
  type WaiterStep,
} from "./cli";
import { runCurl } from "./curl";
import { type CommandResult, runDocker } from "./docker";
import { AwsError } from "./errors";
import {
  type CommandList,
  expandWord,
  expandWordWhole,
  parseShell,
  type SimpleCommand,
  ShellSyntaxError,
} from "./shell";
import { advanceState } from "./sim";
import type { LabState, OutputChunk, RunResult } from "./types";

const HANDLERS: Record<string, Record<string, Handler>> = {
  "application-autoscaling": autoscalingHandlers,
  ec2: ec2Handlers,
  ecr: ecrHandlers,
  ecs: ecsHandlers,
  elbv2: elbv2Handlers,
  iam: iamHandlers,
  logs: logsHandlers,
  sts: stsHandlers,
};

/** Services with no Region of their own: IAM is global, and the lab's STS answers anywhere. */
const GLOBAL_SERVICES = new Set(["iam", "sts"]);

/** Simulated seconds a command takes, so the account moves on while the student works. */
const COMMAND_SECONDS: Record<string, number> = { aws: 1, docker: 2, curl: 1 };

/** The commands the console knows, for `help`, Tab completion and "command not found". */
export const LAB_COMMANDS = [
  "aws",
  "cat",
  "clear",
  "curl",
  "docker",
  "echo",
  "env",
  "export",
  "help",
  "ls",
  "sleep",
  "unset",
];

const MAX_OUTPUT = 200_000;
const MAX_DEPTH = 8;

const HELP = `The lab's console runs these commands against a simulated AWS account (${LAB_REGION}):

  aws …          the AWS CLI v2: ecr, ecs, elbv2, logs, iam, ec2, sts, application-autoscaling
  docker …       build, tag, images, login, push (the laptop has no engine to run containers)
  curl URL       request a page, e.g. from your load balancer's DNS name
  export N=V     set a variable; use it as $N or "\${N}"; VAR=$(command) keeps a command's output
  echo, cat FILE, ls, env, unset N, sleep SECONDS (time passes), clear

Files such as taskdef.json are in the Files tab: pass them as file://taskdef.json.
Keys: ↑/↓ history, Tab completes, Ctrl+L clears the screen.
`;

interface Session {
  state: LabState;
  output: OutputChunk[];
  lastExit: number;
  depth: number;
  clear: boolean;
}

/**
 * Runs `text` on a copy of `state`. Never throws: a failure inside the lab itself is reported
 * as an error, and the account stays as it was before the command.
 */
export function runText(state: LabState, text: string): RunResult {
  const session: Session = {
    state: structuredClone(state),
    output: [],
    lastExit: 0,
    depth: 0,
    clear: false,
  };
  try {
    const list = parseShell(text);
    runList(session, list, undefined);
  } catch (error) {
    if (error instanceof ShellSyntaxError) {
      return {
        state,
        output: [{ stream: "stderr", text: `bash: ${error.message}\n` }],
        exitCode: 2,
        clear: false,
      };
    }
    const message = error instanceof Error ? error.message : String(error);
    return {
      state,
      output: [
        {
          stream: "stderr",
          text: `lab: something went wrong inside the lab (${message}). Your account is unchanged.\n`,
        },
      ],
      exitCode: 1,
      clear: false,
    };
  }
  return {
    state: session.state,
    output: capOutput(session.output),
    exitCode: session.lastExit,
    clear: session.clear,
  };
}

function capOutput(chunks: OutputChunk[]): OutputChunk[] {
  let total = 0;
  const kept: OutputChunk[] = [];
  for (const chunk of chunks) {
    if (total + chunk.text.length > MAX_OUTPUT) {
      kept.push({ stream: chunk.stream, text: chunk.text.slice(0, MAX_OUTPUT - total) });
      kept.push({ stream: "stderr", text: "\n[output cut short]\n" });
      break;
    }
    total += chunk.text.length;
    kept.push(chunk);
  }
  return kept;
}

/** Runs a list; returns the stdout of the last pipeline when `capture` collects it. */
function runList(session: Session, list: CommandList, capture: string[] | undefined) {
  for (const item of list.items) {
    if (item.connector === "&&" && session.lastExit !== 0) continue;
    if (item.connector === "||" && session.lastExit === 0) continue;
    let stdin: string | undefined;
    item.pipeline.forEach((command, index) => {
      const last = index === item.pipeline.length - 1;
      const result = runCommand(session, command, stdin);
      if (result.stderr) session.output.push({ stream: "stderr", text: result.stderr });
      if (last) {
        if (capture) capture.push(result.stdout);
        else if (result.stdout) session.output.push({ stream: "stdout", text: result.stdout });
        session.lastExit = result.exitCode;
      } else {
        stdin = result.stdout;
      }
    });
  }
}

function expander(session: Session) {
  return {
    variable: (name: string) =>
      name === "?"
        ? String(session.lastExit)
        : Object.hasOwn(session.state.env, name)
          ? session.state.env[name]
          : undefined,
    substitute: (source: string) => {
      if (session.depth >= MAX_DEPTH)
        throw new ShellSyntaxError("command substitution nested too deeply");
      const captured: string[] = [];
      session.depth += 1;
      try {
        runList(session, parseShell(source), captured);
      } finally {
        session.depth -= 1;
      }
      return captured.join("");
    },
  };
}

function runCommand(
  session: Session,
  command: SimpleCommand,
  stdin: string | undefined,
): CommandResult {
  const exp = expander(session);
  const assignments = command.assignments.map(
    (a) => [a.name, expandWordWhole(a.value, exp)] as const,
  );
  const argv = command.words.flatMap((word) => expandWord(word, exp));
  if (argv.length === 0) {
    for (const [name, value] of assignments) session.state.env[name] = value;
    return { stdout: "", stderr: "", exitCode: 0 };
  }
  // `NAME=value command` sets the variable for that command only.
  const saved = { ...session.state.env };
  for (const [name, value] of assignments) session.state.env[name] = value;
  try {
    return dispatch(session, argv, stdin);
  } finally {
    if (assignments.length) session.state.env = saved;
  }
}

function ctxFor(session: Session, region: string): Ctx {
  return { state: session.state, account: session.state.account, region };
}

function dispatch(session: Session, argv: string[], stdin: string | undefined): CommandResult {
  const [name, ...args] = argv as [string, ...string[]];
  const ok = (stdout: string): CommandResult => ({ stdout, stderr: "", exitCode: 0 });
  const seconds = Object.hasOwn(COMMAND_SECONDS, name) ? COMMAND_SECONDS[name]! : 0;
  if (seconds) advanceState(session.state, seconds * 1000);
  switch (name) {
    case "aws":
      return runAws(session, args, stdin);
    case "docker":
      return runDocker(ctxFor(session, session.state.account.region), args, stdin);
    case "curl":
      return runCurl(ctxFor(session, session.state.account.region), args);
    case "echo": {
      const newline = args[0] !== "-n";
      return ok(`${(newline ? args : args.slice(1)).join(" ")}${newline ? "\n" : ""}`);
    }
    case "export":
    case "unset": {
      for (const arg of args) {
        const eq = arg.indexOf("=");
        const key = eq >= 0 ? arg.slice(0, eq) : arg;
        if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(key)) {
          return {
            stdout: "",
            stderr: `bash: ${name}: \`${arg}': not a valid identifier\n`,
            exitCode: 1,
          };
        }
        if (name === "unset") delete session.state.env[key];
        else if (eq >= 0) session.state.env[key] = arg.slice(eq + 1);
        else session.state.env[key] ??= "";
      }
      return ok("");
    }
    case "env":
    case "printenv":
      return ok(
        Object.entries(session.state.env)
          .map(([k, v]) => `${k}=${v}\n`)
          .join(""),
      );
    case "cat": {
      if (args.length === 0) return ok(stdin ?? "");
      let out = "";
      for (const file of args) {
        const key = file.replace(/^\.\//, "");
        if (!Object.hasOwn(session.state.files, key)) {
          return { stdout: out, stderr: `cat: ${file}: No such file or directory\n`, exitCode: 1 };
        }
        out += session.state.files[key];
      }
      return ok(out);
    }
    case "ls":
      return ok(`${Object.keys(session.state.files).sort().join("  ")}\n`);
    case "pwd":
      return ok("/home/student/hello-web\n");
    case "sleep": {
      const value = Number(args[0]);
      if (!Number.isFinite(value) || value < 0) {
        return {
          stdout: "",
          stderr: `sleep: invalid time interval '${args[0] ?? ""}'\n`,
          exitCode: 1,
        };
      }
      advanceState(session.state, Math.min(value, 3600) * 1000);
      return ok("");
    }
    case "clear":
      session.clear = true;
      session.output = [];
      return ok("");
    case "help":
      return ok(HELP);
    case "true":
      return ok("");
    case "false":
      return { stdout: "", stderr: "", exitCode: 1 };
    default:
      return {
        stdout: "",
        stderr: `bash: ${name}: command not found\n(the lab's console knows: ${LAB_COMMANDS.join(", ")}; type help)\n`,
        exitCode: 127,
      };
  }
}

const REGION_PATTERN = /^[a-z]{2}(?:-gov)?-[a-z]+-\d$/;

function runAws(session: Session, args: string[], stdin: string | undefined): CommandResult {
  const files = session.state.files;
  const parsed = parseAwsCommand(args, {
    readFile: (path) => {
      const key = path.replace(/^\.\//, "");
      return Object.hasOwn(files, key) ? files[key] : undefined;
    },
    stdin,
  });
  if (!parsed.ok) return { stdout: "", stderr: parsed.stderr, exitCode: parsed.exitCode };
  const command = parsed.command;
  if (command.text !== undefined) return { stdout: command.text, stderr: "", exitCode: 0 };
  const env = session.state.env;
  const region = command.globals.region ?? env.AWS_REGION ?? env.AWS_DEFAULT_REGION;
  const global = GLOBAL_SERVICES.has(command.service);
  if (!region && !global) {
    return {
      stdout: "",
      stderr:
        'You must specify a region. You can also configure your region by running "aws configure".\n',
      exitCode: 253,
    };
  }
  if (region && !global && !REGION_PATTERN.test(region)) {
    const host = command.service === "elbv2" ? "elasticloadbalancing" : command.service;
    return {
      stdout: "",
      stderr: `\nCould not connect to the endpoint URL: "https://${host}.${region}.amazonaws.com/"\n`,
      exitCode: 255,
    };
  }
  if (region && !global && region !== session.state.account.region) {
    return {
      stdout: "",
      stderr: `lab: the simulated account lives in one Region, ${session.state.account.region}; this command asked for ${region}. Run it with --region ${session.state.account.region}.\n`,
      exitCode: 255,
    };
  }
  const ctx = ctxFor(session, session.state.account.region);
  if (command.service === "logs" && command.operation === "tail") {
    try {
      return { stdout: tailLogGroup(ctx, command.params.groupName), stderr: "", exitCode: 0 };
    } catch (error) {
      if (error instanceof AwsError) {
        return {
          stdout: "",
          stderr: cliError(error.code, "FilterLogEvents", error.message),
          exitCode: 254,
        };
      }
      throw error;
    }
  }
  const handlers = Object.hasOwn(HANDLERS, command.service) ? HANDLERS[command.service]! : {};
  const handler = Object.hasOwn(handlers, command.apiOperation)
    ? handlers[command.apiOperation]
    : undefined;
  if (!handler) {
    return {
      stdout: "",
      stderr: `lab: aws ${command.service} ${command.operation} is not simulated in the lab.\n`,
      exitCode: 255,
    };
  }
  if (command.waiter) return runWaiter(session, ctx, handler, command);
  let data: unknown;
  try {
    data = handler(ctx, command.params);
  } catch (error) {
    if (error instanceof AwsError) {
      return {
        stdout: "",
        stderr: cliError(error.code, command.apiOperation, error.message),
        exitCode: 254,
      };
    }
    throw error;
  }
  if (data === undefined) return { stdout: "", stderr: "", exitCode: 0 };
  // `get-login-password` prints the bare token, not JSON.
  if (typeof data === "string") return { stdout: `${data}\n`, stderr: "", exitCode: 0 };
  const formatted = formatOutput(data, command.globals, { title: command.apiOperation });
  return formatted.ok
    ? { stdout: formatted.stdout, stderr: "", exitCode: 0 }
    : { stdout: "", stderr: formatted.stderr, exitCode: formatted.exitCode };
}

/** `aws … wait NAME`: polls the waiter's operation on the simulated clock. */
function runWaiter(
  session: Session,
  ctx: Ctx,
  handler: Handler,
  command: AwsCommand,
): CommandResult {
  const name = command.waiter!.name;
  const delay = waiterDelay(name);
  const maxAttempts = waiterMaxAttempts(name);
  let last: WaiterStep | undefined;
  let anyMatched = false;
  for (let attempt = 1; attempt <= maxAttempts; attempt++) {
    let response: unknown;
    try {
      response = handler(ctx, command.params);
    } catch (error) {
      if (!(error instanceof AwsError)) throw error;
      response = { error: { code: error.code, message: error.message } };
    }
    last = evaluateWaiter(name, response);
    anyMatched ||= last.matched;
    if (last.state === "success") return { stdout: "", stderr: "", exitCode: 0 };
    if (last.state === "failure")
      return { stdout: "", stderr: `\n${last.message}\n`, exitCode: 255 };
    // botocore sleeps between polls, not after the last one.
    if (attempt < maxAttempts) advanceState(session.state, delay * 1000);
  }
  return {
    stdout: "",
    stderr: `\n${waiterTimeoutMessage(name, last, anyMatched)}\n`,
    exitCode: 255,
  };
}
