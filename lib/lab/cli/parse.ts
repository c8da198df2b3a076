/**
 * `aws …` as the AWS CLI v2 reads it: global options, service, operation (or `wait <waiter>`),
 * flags, parameter files, shorthand and JSON, `--cli-input-json`, then botocore's validation.
 * The stages run in the CLI's order (clidriver.py), so a command with two mistakes reports the
 * one the real CLI reports. Messages and exit codes are those of CLI v2.33 (before 2.34 put
 * `aws: [ERROR]:` in front of every error).
 */
import { parse as parseYaml } from "yaml";

import {
  type CommandSpec,
  type FlagSpec,
  getCommand,
  getService,
  getWaiter,
  getWaiterCommand,
  operationNames,
  serviceNames,
  shapeLookup,
  TAIL_DEFAULTS,
  waiterNames,
} from "./api";
import { ArgError, type OptionSpec, parseKnownArgs } from "./argparse";
import { getCloseMatches } from "./difflib";
import { commandHelp, serviceHelp, topHelp, waitHelp } from "./help";
import { compileQuery } from "./query";
import { PyFloat, PyValueError, type PyValue, pyInt, unbox } from "./py";
import { PyJsonError, pyJsonLoads, setKey } from "./pyjson";
import { applyModel, parseShorthand, ShorthandError, ShorthandFatal } from "./shorthand";
import { validateParams } from "./validate";

export type OutputFormat = "json" | "text" | "table" | "yaml" | "yaml-stream";

export interface Globals {
  region?: string;
  output: OutputFormat;
  query?: string;
  profile?: string;
  /** False after `--no-paginate`. */
  paginate: boolean;
  color: "on" | "off" | "auto";
  endpointUrl?: string;
  debug: boolean;
}

export interface AwsCommand {
  /** CLI service name: `ecs`, `elbv2`; empty for `aws help`. */
  service: string;
  /** CLI operation: `create-service`; `wait` for a waiter; empty for service help. */
  operation: string;
  /** The API operation (`CreateService`), or the CLI's own command (`GetLoginPassword`, `Tail`). */
  apiOperation: string;
  /** Input members by their API names, with typed values; for `logs tail`, its options. */
  params: Record<string, unknown>;
  globals: Globals;
  waiter?: { name: string; cli: string };
  /** Help was asked for: print `text`. */
  help?: true;
  /** What to print to stdout and exit 0 without calling anything (help, `--version`). */
  text?: string;
  /** A command the CLI implements itself rather than an API call. */
  custom?: true;
}

export type ParseResult =
  { ok: true; command: AwsCommand } | { ok: false; stderr: string; exitCode: number };

export interface ParseContext {
  /** A file of the lab's editor, or undefined when there is none. */
  readFile(path: string): string | undefined;
  stdin?: string;
}

export const CLI_VERSION =
  "aws-cli/2.33.31 Python/3.13.11 Linux/6.8.0 exe/x86_64.ubuntu.24 prompt/off";

/** What the CLI prints after a usage error (argparser.py USAGE, as argparse formats it). */
export const USAGE =
  "usage: aws [options] <command> <subcommand> [<subcommand> ...] [parameters]\n" +
  "To see help text, you can run:\n\n" +
  "  aws help\n" +
  "  aws <command> help\n" +
  "  aws <command> <subcommand> help\n";

const PARAM_ERROR = 252;
const GENERAL_ERROR = 255;

/** An error carrying what the CLI's error handler would print and return. */
class CliFailure extends Error {
  constructor(
    readonly stderr: string,
    readonly exitCode: number,
  ) {
    super(stderr);
  }
}

function usageError(message: string): CliFailure {
  return new CliFailure(`\naws: [ERROR]: ${message}\n\n${USAGE}\n`, PARAM_ERROR);
}

/** ParamError, ParamValidationError and friends: the message alone, exit 252. */
function paramFailure(message: string): CliFailure {
  return new CliFailure(`\n${message}\n`, PARAM_ERROR);
}

function paramError(cliName: string, message: string): CliFailure {
  return paramFailure(`Error parsing parameter '${cliName}': ${message}`);
}

/** Anything the CLI does not expect (a Python exception): the message alone, exit 255. */
function generalFailure(message: string): CliFailure {
  return new CliFailure(`\n${message}\n`, GENERAL_ERROR);
}

const GLOBAL_OPTIONS: OptionSpec[] = [
  { name: "--debug", dest: "debug", kind: "true" },
  { name: "--endpoint-url", dest: "endpoint_url", kind: "value" },
  { name: "--no-verify-ssl", dest: "verify_ssl", kind: "false" },
  { name: "--no-paginate", dest: "paginate", kind: "false" },
  {
    name: "--output",
    dest: "output",
    kind: "value",
    choices: ["json", "text", "table", "yaml", "yaml-stream"],
  },
  { name: "--query", dest: "query", kind: "value" },
  { name: "--profile", dest: "profile", kind: "value" },
  { name: "--region", dest: "region", kind: "value" },
  { name: "--version", dest: "version", kind: "version" },
  { name: "--color", dest: "color", kind: "value", choices: ["on", "off", "auto"] },
  { name: "--no-sign-request", dest: "sign_request", kind: "false" },
  { name: "--ca-bundle", dest: "ca_bundle", kind: "value" },
  { name: "--cli-read-timeout", dest: "read_timeout", kind: "value", convert: "int" },
  { name: "--cli-connect-timeout", dest: "connect_timeout", kind: "value", convert: "int" },
  {
    name: "--cli-binary-format",
    dest: "cli_binary_format",
    kind: "value",
    choices: ["base64", "raw-in-base64-out"],
  },
  { name: "--no-cli-pager", dest: "no_cli_pager", kind: "true" },
  { name: "--cli-auto-prompt", dest: "cli_auto_prompt", kind: "true" },
  { name: "--no-cli-auto-prompt", dest: "no_cli_auto_prompt", kind: "true" },
];

/** The global options, for help and completion. */
export function globalOptionNames(): string[] {
  return GLOBAL_OPTIONS.map((o) => o.name);
}

function readGlobals(values: Map<string, unknown>): Globals {
  const str = (key: string) => {
    const v = values.get(key);
    return typeof v === "string" ? v : undefined;
  };
  const globals: Globals = {
    output: (str("output") as OutputFormat | undefined) ?? "json",
    paginate: values.get("paginate") !== false,
    color: (str("color") as Globals["color"] | undefined) ?? "auto",
    debug: values.get("debug") === true,
  };
  const region = str("region");
  if (region !== undefined) globals.region = region;
  const query = str("query");
  if (query !== undefined) globals.query = query;
  const profile = str("profile");
  if (profile !== undefined) globals.profile = profile;
  const endpoint = str("endpoint_url");
  if (endpoint !== undefined) globals.endpointUrl = endpoint;
  return globals;
}

/** paramfile.py: the contents behind `file://` / `fileb://`, undefined for any other value. */
function readParamFile(value: string, ctx: ParseContext): string | undefined {
  for (const prefix of ["file://", "fileb://"]) {
    if (!value.startsWith(prefix)) continue;
    const path = value.slice(prefix.length);
    const text = ctx.readFile(path);
    if (text === undefined) {
      throw new ParamFileMissing(
        `Unable to load paramfile ${value}: [Errno 2] No such file or directory: '${path}'`,
      );
    }
    return text;
  }
  return undefined;
}

class ParamFileMissing extends Error {}

function optionSpecs(command: CommandSpec): OptionSpec[] {
  const specs: OptionSpec[] = command.flags.map((f) => ({
    name: `--${f.flag}`,
    dest: `${f.kind === "false" ? "" : ""}${f.dest}`,
    kind: f.kind === "list" ? (f.custom ? "list+" : "list") : f.kind,
    convert: f.convert,
    choices: f.choices,
    required: f.required,
  }));
  if (!command.custom) {
    specs.push(
      { name: "--cli-input-json", dest: "cli_input_json", kind: "value" },
      { name: "--cli-input-yaml", dest: "cli_input_yaml", kind: "value" },
    );
  }
  return specs;
}

function isJsonLike(value: string): boolean {
  const t = value.trim();
  return t.startsWith("[") || t.startsWith("{");
}

function supportsShorthand(service: string, shapeName: string): boolean {
  const lookup = shapeLookup(service);
  const shape = lookup(shapeName);
  if (!shape) return false;
  if (shape.type === "structure" || shape.type === "map") return true;
  if (shape.type !== "list") return false;
  const element = lookup(shape.member ?? "")?.type;
  return element === "structure" || element === "list" || element === "map";
}

function jsonArg(cliName: string, value: string): PyValue {
  try {
    return pyJsonLoads(value);
  } catch (e) {
    if (e instanceof PyJsonError) {
      throw paramError(cliName, `Invalid JSON: ${e.message}\nJSON received: ${value}`);
    }
    throw e;
  }
}

/** argprocess.py's unpack_cli_arg for a value of the given shape. */
function unpackValue(service: string, shapeName: string, value: unknown, cliName: string): PyValue {
  const lookup = shapeLookup(service);
  const shape = lookup(shapeName);
  const type = shape?.type ?? "string";
  if (type === "structure" || type === "map") {
    const text = String(value);
    if (text.trimStart().startsWith("{")) return jsonArg(cliName, text);
    throw paramError(cliName, `Invalid JSON:\n${text}`);
  }
  if (type === "list") {
    if (typeof value === "string" && value.trimStart().startsWith("["))
      return jsonArg(cliName, value);
    if (Array.isArray(value) && value.length === 1) {
      const single = String(value[0]).trim();
      if (single.startsWith("[")) return jsonArg(cliName, String(value[0]));
    }
    // A file's contents that are not a JSON list are read one character at a time, as in Python.
    const items: unknown[] = typeof value === "string" ? Array.from(value) : (value as unknown[]);
    try {
      return items.map((item) => unpackScalar(lookup(shape?.member ?? "")?.type ?? "string", item));
    } catch (e) {
      if (e instanceof PyValueError) throw paramError(cliName, String(items[0]));
      throw e;
    }
  }
  try {
    return unpackScalar(type, value);
  } catch (e) {
    if (e instanceof PyValueError) throw generalFailure(e.message);
    throw e;
  }
}

function unpackScalar(type: string, value: unknown): PyValue {
  if (typeof value !== "string") return value as PyValue;
  if (type === "integer" || type === "long") return pyInt(value);
  if (type === "double" || type === "float") {
    const n = Number(value.trim());
    if (Number.isNaN(n) && !/^\s*[+-]?nan\s*$/i.test(value)) {
      throw new PyValueError(`could not convert string to float: '${value}'`);
    }
    return new PyFloat(n);
  }
  return value;
}

/** The value of one model flag, as the CLI hands it to botocore. */
function buildParam(
  command: CommandSpec,
  flag: FlagSpec,
  raw: unknown,
  ctx: ParseContext,
): PyValue {
  const cliName = `--${flag.flag}`;
  let value = raw;
  if (flag.kind === "true" || flag.kind === "false") return raw as boolean;
  const single = Array.isArray(value) && value.length === 1 ? value[0] : value;
  if (typeof single === "string") {
    try {
      const loaded = readParamFile(single, ctx);
      if (loaded !== undefined) value = loaded;
    } catch (e) {
      if (e instanceof ParamFileMissing) throw paramError(cliName, e.message);
      throw e;
    }
  }
  const shapeName = flag.shape ?? "";
  const checkValue = Array.isArray(value) ? value[0] : value;
  if (
    supportsShorthand(command.service, shapeName) &&
    !(typeof checkValue === "string" && isJsonLike(checkValue))
  ) {
    const lookup = shapeLookup(command.service);
    try {
      const shape = lookup(shapeName);
      if (
        shape?.type === "structure" &&
        Object.keys(shape.members ?? {}).length === 1 &&
        shape.members?.Value &&
        lookup(shape.members.Value)?.type === "string" &&
        typeof value === "string" &&
        !value.includes("=")
      ) {
        return { Value: value };
      }
      const files = (v: string) => readParamFile(v, ctx);
      const parsed: PyValue = Array.isArray(value)
        ? value.map((v) => parseShorthand(String(v), files))
        : parseShorthand(String(value), files);
      return applyModel(parsed, shapeName, lookup);
    } catch (e) {
      if (e instanceof ShorthandError) throw paramError(cliName, e.message);
      if (e instanceof ShorthandFatal) throw generalFailure(e.message);
      if (e instanceof ParamFileMissing) throw generalFailure(e.message);
      throw e;
    }
  }
  return unpackValue(command.service, shapeName, value, cliName);
}

/** secgroupsimplify.py: `--protocol tcp --port 80 --cidr 0.0.0.0/0` → IpPermissions. */
function addSecurityGroupFlags(
  params: Record<string, PyValue>,
  values: Map<string, unknown>,
): void {
  const permission = (): Record<string, PyValue> => {
    if (!Array.isArray(params.IpPermissions)) params.IpPermissions = [{}];
    return (params.IpPermissions as Record<string, PyValue>[])[0] as Record<string, PyValue>;
  };
  const pair = (key: string, value: string) => {
    const p = permission();
    if (!Array.isArray(p.UserIdGroupPairs)) p.UserIdGroupPairs = [{}];
    ((p.UserIdGroupPairs as Record<string, PyValue>[])[0] as Record<string, PyValue>)[key] = value;
  };
  const protocol = values.get("protocol");
  if (typeof protocol === "string" && protocol) {
    let value = protocol;
    try {
      const n = pyInt(protocol);
      if ((n < 0 || n > 255) && n !== -1) {
        throw paramFailure(
          "protocol numbers must be in the range 0-255 or -1 to specify all protocols",
        );
      }
    } catch (e) {
      if (!(e instanceof PyValueError)) throw e;
      if (!["tcp", "udp", "icmp", "all"].includes(protocol)) {
        throw paramFailure(
          "protocol parameter should be one of: tcp|udp|icmp|all or any valid protocol number.",
        );
      }
      if (protocol === "all") value = "-1";
    }
    permission().IpProtocol = value;
  }
  const port = values.get("port");
  if (typeof port === "string" && port) {
    try {
      let from = port;
      let to = port;
      if (port === "-1" || port === "all") {
        from = "-1";
        to = "-1";
      } else if (port.includes("-")) {
        from = port.slice(0, port.indexOf("-"));
        to = port.slice(port.indexOf("-") + 1);
      }
      const fromPort = pyInt(from);
      const toPort = pyInt(to);
      permission().FromPort = fromPort;
      permission().ToPort = toPort;
    } catch (e) {
      if (!(e instanceof PyValueError)) throw e;
      throw paramFailure("port parameter should be of the form <from[-to]> (e.g. 22 or 22-25)");
    }
  }
  const cidr = values.get("cidr");
  if (typeof cidr === "string" && cidr) {
    permission().IpRanges = [{ CidrIp: cidr }];
  }
  const source = values.get("source-group");
  if (typeof source === "string" && source)
    pair(source.startsWith("sg-") ? "GroupId" : "GroupName", source);
  const owner = values.get("group-owner");
  if (typeof owner === "string" && owner) pair("UserId", owner);
}

function loadCliInput(
  values: Map<string, unknown>,
  ctx: ParseContext,
): Record<string, PyValue> | undefined {
  const json = values.get("cli_input_json");
  const yaml = values.get("cli_input_yaml");
  if (json === undefined && yaml === undefined) return undefined;
  if (json !== undefined && yaml !== undefined) {
    throw paramFailure("Only one --cli-input- parameter may be specified.");
  }
  const isJson = json !== undefined;
  const raw = String(isJson ? json : yaml);
  let text = raw;
  try {
    text = readParamFile(raw, ctx) ?? raw;
  } catch (e) {
    if (e instanceof ParamFileMissing) {
      throw paramError(isJson ? "--cli-input-json" : "--cli-input-yaml", e.message);
    }
    throw e;
  }
  let loaded: unknown;
  if (isJson) {
    try {
      loaded = pyJsonLoads(text);
    } catch (e) {
      if (e instanceof PyJsonError) throw paramError("cli-input-json", "Invalid JSON received.");
      throw e;
    }
  } else {
    try {
      loaded = parseYaml(text) as unknown;
    } catch {
      throw paramError("cli-input-yaml", "Invalid YAML received.");
    }
  }
  if (
    loaded === null ||
    typeof loaded !== "object" ||
    Array.isArray(loaded) ||
    loaded instanceof PyFloat
  ) {
    const type = Array.isArray(loaded)
      ? "<class 'list'>"
      : loaded === null
        ? "<class 'NoneType'>"
        : typeof loaded === "string"
          ? "<class 'str'>"
          : typeof loaded === "boolean"
            ? "<class 'bool'>"
            : Number.isInteger(loaded)
              ? "<class 'int'>"
              : "<class 'float'>";
    throw paramError(
      isJson ? "--cli-input-json" : "--cli-input-yaml",
      `Invalid type: expecting map, received ${type}`,
    );
  }
  return loaded as Record<string, PyValue>;
}

function parseOperation(
  command: CommandSpec,
  args: string[],
  globals: Globals,
  ctx: ParseContext,
  waiter?: { name: string; cli: string },
): AwsCommand {
  const base = {
    service: command.service,
    operation: waiter ? "wait" : command.cli,
    apiOperation: command.apiOperation,
    globals,
    ...(waiter ? { waiter } : {}),
    ...(command.custom ? { custom: true as const } : {}),
  };
  const helpFor = (): AwsCommand => ({
    ...base,
    params: {},
    help: true,
    text: commandHelp(command, waiter?.cli),
  });
  if (args.length === 1 && args[0] === "help") return helpFor();

  let specs = optionSpecs(command);
  // OverrideRequiredArgsArgument: with --cli-input-json on the line, no flag is required.
  if (args.includes("--cli-input-json") || args.includes("--cli-input-yaml")) {
    specs = specs.map((s) => ({ ...s, required: false }));
  }
  const positionals = command.positional
    ? [{ dest: command.positional.name }]
    : [{ dest: "help", optional: true }];
  const parsed = parseKnownArgs(args, specs, positionals);
  const remaining = [...parsed.extras];
  const help = parsed.values.get("help");
  if (help === "help") return helpFor();
  if (typeof help === "string") remaining.push(help);
  if (remaining.length > 0) {
    const unknown = remaining.filter((r) => r.startsWith("--"));
    const names = command.flags.map((f) => `--${f.flag}`);
    const near = unknown.flatMap((u) => getCloseMatches(u.split("=")[0] ?? u, names, 3, 0.6));
    const hint =
      near.length > 0
        ? `\nMaybe you meant:\n\n${[...new Set(near)].map((n) => `  * ${n}`).join("\n")}\n`
        : "";
    throw new CliFailure(
      `\n${USAGE.replace(/^/, "")}\nUnknown options: ${remaining.join(", ")}\n${hint}\n`,
      PARAM_ERROR,
    );
  }

  if (command.custom) {
    const params: Record<string, unknown> = {};
    if (command.cli === "tail") Object.assign(params, TAIL_DEFAULTS);
    for (const flag of command.flags) {
      if (!parsed.values.has(flag.dest)) continue;
      let value = parsed.values.get(flag.dest);
      if (typeof value === "string") {
        try {
          value = readParamFile(value, ctx) ?? value;
        } catch (e) {
          if (e instanceof ParamFileMissing) throw paramError(`--${flag.flag}`, e.message);
          throw e;
        }
      }
      params[flag.dest] = value;
    }
    if (command.positional) {
      params[command.positional.dest] = parsed.values.get(command.positional.name);
    }
    return { ...base, params };
  }

  const values = parsed.values;
  const secgroup = command.flags.some((f) => f.custom);
  if (secgroup && values.get("IpPermissions") !== undefined) {
    for (const key of ["protocol", "port", "cidr", "source-group", "group-owner"]) {
      if (values.get(key)) {
        throw paramFailure(
          `The --${key.replace("-", "_")} option is not compatible with the --ip-permissions option `,
        );
      }
    }
  }

  const params: Record<string, PyValue> = {};
  for (const flag of command.flags) {
    if (flag.custom || !values.has(flag.dest)) continue;
    const raw = values.get(flag.dest);
    if (raw === undefined) continue;
    // A boolean's two flags share one destination: the later one on the line wins.
    if (
      (flag.kind === "true" || flag.kind === "false") &&
      Object.prototype.hasOwnProperty.call(params, flag.dest)
    ) {
      continue;
    }
    setKey(params, flag.dest, buildParam(command, flag, raw, ctx));
  }
  if (secgroup) addSecurityGroupFlags(params, values);

  const input = loadCliInput(values, ctx);
  if (input) {
    for (const [key, value] of Object.entries(input)) {
      if (!Object.prototype.hasOwnProperty.call(params, key)) setKey(params, key, value);
    }
  }

  if (command.input) {
    const report = validateParams(params, command.input, shapeLookup(command.service));
    if (report.length > 0) throw paramFailure(`Parameter validation failed:\n${report.join("\n")}`);
  }
  return { ...base, params: unbox(params) as Record<string, unknown> };
}

function run(argv: readonly string[], ctx: ParseContext): AwsCommand {
  const services = serviceNames();
  let main;
  try {
    main = parseKnownArgs(argv, GLOBAL_OPTIONS, [
      { dest: "command", choices: [...services, "help"] },
    ]);
  } catch (e) {
    if (e instanceof ArgError) throw usageError(e.message);
    throw e;
  }
  const globals = readGlobals(main.values);
  if (main.version) {
    return {
      service: "",
      operation: "",
      apiOperation: "",
      params: {},
      globals,
      text: `${CLI_VERSION}\n`,
    };
  }
  if (globals.query !== undefined) {
    const compiled = compileQuery(globals.query);
    if (!compiled.ok) throw paramFailure(compiled.message);
  }
  const service = String(main.values.get("command"));
  if (service === "help") {
    return {
      service: "",
      operation: "",
      apiOperation: "",
      params: {},
      globals,
      help: true,
      text: topHelp(),
    };
  }

  const waiters = waiterNames(service);
  const operations = [...operationNames(service), ...(waiters.length > 0 ? ["wait"] : []), "help"];
  let serviceParsed;
  try {
    serviceParsed = parseKnownArgs(main.extras, [], [{ dest: "operation", choices: operations }]);
  } catch (e) {
    if (e instanceof ArgError) throw usageError(e.message);
    throw e;
  }
  const operation = String(serviceParsed.values.get("operation"));
  const rest = serviceParsed.extras;
  if (operation === "help") {
    return {
      service,
      operation: "",
      apiOperation: "",
      params: {},
      globals,
      help: true,
      text: serviceHelp(service),
    };
  }
  if (operation === "wait") {
    if (rest.length === 1 && rest[0] === "help") {
      return {
        service,
        operation: "wait",
        apiOperation: "",
        params: {},
        globals,
        help: true,
        text: waitHelp(service),
      };
    }
    let waitParsed;
    try {
      waitParsed = parseKnownArgs(
        rest,
        [],
        [{ dest: "subcommand", optional: true, choices: waiters }],
      );
    } catch (e) {
      if (e instanceof ArgError) throw usageError(e.message);
      throw e;
    }
    const cli = waitParsed.values.get("subcommand");
    // BasicCommand._raise_usage_error: its own usage line, then the error.
    if (typeof cli !== "string") {
      throw new CliFailure(
        `\nusage: aws [options] ${service} wait <subcommand> [parameters]\naws: [ERROR]: too few arguments\n`,
        PARAM_ERROR,
      );
    }
    const waiter = getWaiter(service, cli);
    const command = getWaiterCommand(service, cli);
    if (!waiter || !command) throw usageError("too few arguments");
    // The waiter subcommand sees every word but its own name (SubCommandArgParser).
    const args = [...rest];
    args.splice(args.indexOf(cli), 1);
    return parseOperation(command, args, globals, ctx, { name: waiter.name, cli });
  }
  const command = getCommand(service, operation);
  if (!command || !getService(service))
    throw usageError(`argument operation: invalid operation ${operation}`);
  return parseOperation(command, rest, globals, ctx);
}

/**
 * Parses what follows `aws` (already split, unquoted and expanded by the shell) into a call, or
 * the CLI's error text and exit status. Never throws.
 */
export function parseAwsCommand(argv: string[], ctx: ParseContext): ParseResult {
  try {
    return { ok: true, command: run(argv, ctx) };
  } catch (e) {
    if (e instanceof CliFailure) return { ok: false, stderr: e.stderr, exitCode: e.exitCode };
    if (e instanceof ArgError) {
      const failure = usageError(e.message);
      return { ok: false, stderr: failure.stderr, exitCode: failure.exitCode };
    }
    // A bug of ours must not break the student's shell: say so as the CLI says the unexpected.
    return {
      ok: false,
      stderr: `\n${(e as Error)?.message ?? String(e)}\n`,
      exitCode: GENERAL_ERROR,
    };
  }
}
