/**
 * Short help for `aws help`, `aws ecs help`, `aws ecs create-service help` and the waiters. The
 * real CLI opens a man page built from the models' documentation, which the lab does not ship;
 * this keeps the part a student needs: what exists, which flags are required, the allowed values.
 */
import {
  type CommandSpec,
  getService,
  getShape,
  getWaiter,
  operationNames,
  serviceNames,
  waiterNames,
} from "./api";
import { xformName } from "./xform";

function bullets(items: readonly string[]): string {
  return items.map((item) => `       o ${item}\n`).join("");
}

/** `aws help`: the services the lab knows. */
export function topHelp(): string {
  return (
    "AWS()\n\nNAME\n       aws -\n\nDESCRIPTION\n" +
    "       The  AWS  Command  Line  Interface is a unified tool to manage your AWS\n       services.\n\n" +
    "SYNOPSIS\n          aws [options] <command> <subcommand> [parameters]\n\n" +
    "AVAILABLE SERVICES\n" +
    bullets(serviceNames())
  );
}

/** `aws <service> help`: its operations, `wait` included. */
export function serviceHelp(service: string): string {
  const model = getService(service)?.model ?? service;
  const names = [...operationNames(service)];
  if (waiterNames(service).length > 0) names.push("wait");
  return (
    `${service.toUpperCase()}()\n\nNAME\n       ${service} -\n\nDESCRIPTION\n` +
    `       Commands of the ${model} API that this lab simulates.\n\n` +
    "AVAILABLE COMMANDS\n" +
    bullets(names.sort())
  );
}

/** `aws <service> wait help`: the waiters. */
export function waitHelp(service: string): string {
  return (
    "WAIT()\n\nNAME\n       wait -\n\nDESCRIPTION\n" +
    "       Wait until a particular condition is satisfied. Each subcommand polls\n" +
    "       an API until the listed requirement is met.\n\n" +
    "AVAILABLE COMMANDS\n" +
    bullets(waiterNames(service))
  );
}

/** waiters.py WaiterStateDocBuilder: what a waiter waits for, in the CLI's words. */
function waiterDescription(service: string, cli: string): string {
  const waiter = getWaiter(service, cli);
  if (!waiter) return "";
  let text = "Wait until ";
  const success = waiter.acceptors.find((a) => a.state === "success");
  if (success) {
    const expected = String(success.expected);
    const described: Record<string, string> = {
      error: `${expected} is thrown `,
      path: `${expected} `,
      pathAll: `${expected} for all elements `,
      pathAny: `${expected} for any element `,
      status: `${expected} response is received `,
    };
    const query = success.argument ? `JMESPath query ${success.argument} returns ` : "";
    text += query + (described[success.matcher] ?? "");
  }
  text += `when polling with \`\`${xformName(waiter.operation, "-")}\`\`.`;
  return (
    text +
    ` It will poll every ${waiter.delay} seconds until a successful state has been reached.` +
    ` This will exit with a return code of 255 after ${waiter.maxAttempts} failed checks.`
  );
}

function wrap(text: string, indent: string, width = 78): string {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && indent.length + line.length + 1 + word.length > width) {
      lines.push(indent + line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(indent + line);
  return lines.join("\n") + "\n";
}

/** `aws <service> <operation> help`: the synopsis, with required flags bare and enums listed. */
export function commandHelp(command: CommandSpec, waiterCli?: string): string {
  const name = waiterCli ?? command.cli;
  let out = `${name.toUpperCase()}()\n\nNAME\n       ${name} -\n\n`;
  if (waiterCli) {
    out += "DESCRIPTION\n" + wrap(waiterDescription(command.service, waiterCli), "       ") + "\n";
  }
  out += `SYNOPSIS\n            ${name}\n`;
  const flags = command.flags;
  const seen = new Set<string>();
  for (const flag of flags) {
    if (seen.has(flag.dest) && flag.kind === "false") continue;
    seen.add(flag.dest);
    if (flag.kind === "true") {
      const negative = flags.find((f) => f.dest === flag.dest && f.kind === "false");
      out += `          [--${flag.flag}${negative ? ` | --${negative.flag}` : ""}]\n`;
      continue;
    }
    const usage = `--${flag.flag} <value>`;
    out += flag.required ? `          ${usage}\n` : `          [${usage}]\n`;
  }
  if (command.positional) out += `          <group_name>\n`;
  if (!command.custom) out += "          [--cli-input-json | --cli-input-yaml]\n";
  out += "\nOPTIONS\n";
  for (const flag of flags) {
    if (flag.kind === "false") continue;
    const shape = flag.shape ? getShape(command.service, flag.shape) : undefined;
    const type = flag.kind === "true" ? "boolean" : (shape?.type ?? "string");
    out += `       --${flag.flag} (${type})${flag.required ? " [required]" : ""}\n`;
    const values = flag.choices ?? shape?.enum;
    if (values && values.length > 0) {
      out += "          Possible values:\n";
      out += values.map((v) => `          o ${v}\n`).join("");
    }
    out += "\n";
  }
  return out;
}
