/**
 * The `docker` commands of the lab's simulated laptop: build, tag, images, login, push. There is
 * no engine to run containers; images exist to be pushed to ECR and run on Fargate.
 */
import { readLoginToken } from "./aws/ecr";
import type { Ctx } from "./aws/context";
import { nextHex } from "./ids";
import type { LocalImage } from "./types";

export interface CommandResult {
  stdout: string;
  stderr: string;
  exitCode: number;
}

const ok = (stdout: string): CommandResult => ({ stdout, stderr: "", exitCode: 0 });
const err = (stderr: string, exitCode = 1): CommandResult => ({ stdout: "", stderr, exitCode });

const DOCKER_USAGE = `Usage:  docker [OPTIONS] COMMAND

A self-sufficient runtime for containers (the lab's has no engine to run them)

Commands:
  build       Build an image from a Dockerfile
  images      List images
  login       Log in to a registry
  push        Upload an image to a registry
  tag         Create a tag TARGET_IMAGE that refers to SOURCE_IMAGE
`;

const COMMANDS = [
  "build",
  "images",
  "login",
  "push",
  "tag",
  "image",
  "rmi",
  "run",
  "version",
  "info",
  "ps",
  "pull",
  "logout",
];

/** A name with its tag: `hello-web` is `hello-web:latest`. */
export function normalizeReference(ref: string): string {
  const lastSlash = ref.lastIndexOf("/");
  const lastColon = ref.lastIndexOf(":");
  return lastColon > lastSlash ? ref : `${ref}:latest`;
}

const REFERENCE =
  /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?::\d+)?(?:\/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*(?::[A-Za-z0-9_][A-Za-z0-9_.-]{0,127})?$/;

function findImage(ctx: Ctx, ref: string): LocalImage | undefined {
  const wanted = normalizeReference(ref);
  return ctx.state.docker.images.find(
    (image) => image.tags.includes(wanted) || image.id.startsWith(ref),
  );
}

/** Options in `--flag value`, `--flag=value` and `-t value` forms, then positional arguments. */
function options(args: string[], withValue: string[]) {
  const values: Record<string, string[]> = {};
  const positional: string[] = [];
  const unknown: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg.startsWith("-") && arg !== "-") {
      const [name, inline] = arg.includes("=")
        ? [arg.slice(0, arg.indexOf("=")), arg.slice(arg.indexOf("=") + 1)]
        : [arg, undefined];
      if (withValue.includes(name)) {
        const value = inline ?? args[++i];
        (values[name] ??= []).push(value ?? "");
      } else if (
        ["--password-stdin", "-q", "--quiet", "--no-cache", "--pull", "--all-tags", "-a"].includes(
          name,
        )
      ) {
        (values[name] ??= []).push("true");
      } else {
        unknown.push(name);
      }
    } else {
      positional.push(arg);
    }
  }
  return { values, positional, unknown };
}

function build(ctx: Ctx, args: string[]): CommandResult {
  const { values, positional, unknown } = options(args, [
    "-t",
    "--tag",
    "-f",
    "--file",
    "--platform",
    "--build-arg",
  ]);
  if (unknown.length) return err(`unknown flag: ${unknown[0]}\nSee 'docker build --help'.\n`, 125);
  if (positional.length !== 1) {
    return err(
      `ERROR: docker buildx build requires exactly 1 argument.\nSee 'docker buildx build --help'.\n\nUsage:  docker buildx build [OPTIONS] PATH | URL | -\n\nStart a build\n`,
    );
  }
  if (positional[0] !== "." && positional[0] !== "./") {
    return err(`ERROR: unable to prepare context: path "${positional[0]}" not found\n`);
  }
  const dockerfileName = (values["-f"] ?? values["--file"] ?? ["Dockerfile"])[0]!;
  const dockerfile = Object.hasOwn(ctx.state.files, dockerfileName)
    ? ctx.state.files[dockerfileName]
    : undefined;
  if (dockerfile === undefined) {
    return err(
      `ERROR: failed to build: failed to solve: failed to read dockerfile: open ${dockerfileName}: no such file or directory\n`,
    );
  }
  if (!/^\s*FROM\s+\S+/im.test(dockerfile)) {
    return err(
      "ERROR: failed to build: failed to solve: dockerfile parse error: no build stage in current context\n",
    );
  }
  const platform = (values["--platform"] ?? [ctx.state.docker.platform])[0]!;
  if (!["linux/amd64", "linux/arm64"].includes(platform)) {
    return err(
      `ERROR: failed to build: failed to solve: unknown platform "${platform}": the lab builds linux/amd64 or linux/arm64\n`,
    );
  }
  const tags = (values["-t"] ?? values["--tag"] ?? []).map((t) => t.trim());
  for (const tag of tags) {
    if (!REFERENCE.test(tag)) {
      return err(
        `ERROR: failed to build: invalid tag "${tag}": invalid reference format: repository name (library/${tag}) must be lowercase\n`,
      );
    }
  }
  const page = ctx.state.files["index.html"] ?? "";
  const digest = `sha256:${contentHash(`${platform}\n${dockerfile}\n${page}`)}`;
  const id = digest.slice(7, 19);
  const normalized = tags.map(normalizeReference);
  for (const image of ctx.state.docker.images) {
    image.tags = image.tags.filter((t) => !normalized.includes(t));
  }
  const existing = ctx.state.docker.images.find((i) => i.digest === digest);
  if (existing) existing.tags.push(...normalized.filter((t) => !existing.tags.includes(t)));
  else {
    ctx.state.docker.images.push({
      tags: normalized,
      id,
      digest,
      platform,
      size: 47_900_000 + page.length,
      createdAt: ctx.state.now,
      page,
    });
  }
  ctx.state.docker.images = ctx.state.docker.images.filter(
    (i) => i.tags.length > 0 || i.digest === digest,
  );
  const base = /^\s*FROM\s+(\S+)/im.exec(dockerfile)?.[1] ?? "";
  const lines = [
    `[+] Building 4.2s (7/7) FINISHED${platform !== ctx.state.docker.platform ? `                     docker:desktop-linux` : ""}`,
    ` => [internal] load build definition from ${dockerfileName}`,
    ` => [internal] load metadata for ${base}`,
    ` => [internal] load .dockerignore`,
    ` => [1/2] FROM ${base}`,
    ` => [internal] load build context`,
    ` => [2/2] COPY index.html /usr/share/nginx/html/index.html`,
    ` => exporting to image`,
    ` => => writing image ${digest}`,
    ...normalized.map((t) => ` => => naming to ${qualified(t)}`),
  ];
  return ok(`${lines.join("\n")}\n`);
}

/** How Docker names a local image in full: `hello-web:1.0` is `docker.io/library/hello-web:1.0`. */
function qualified(ref: string): string {
  const first = ref.split("/")[0] ?? "";
  if (ref.includes("/") && (first.includes(".") || first.includes(":"))) return ref;
  return ref.includes("/") ? `docker.io/${ref}` : `docker.io/library/${ref}`;
}

/** A stable hex digest of a string (not cryptographic: it names images in the lab). */
export function contentHash(text: string): string {
  let out = "";
  for (let round = 0; out.length < 64; round++) {
    let h = 2166136261 ^ round;
    for (let i = 0; i < text.length; i++) {
      h = Math.imul(h ^ text.charCodeAt(i), 16777619);
    }
    out += (h >>> 0).toString(16).padStart(8, "0");
  }
  return out.slice(0, 64);
}

function tag(ctx: Ctx, args: string[]): CommandResult {
  if (args.length !== 2) {
    return err(
      `"docker tag" requires exactly 2 arguments.\nSee 'docker tag --help'.\n\nUsage:  docker tag SOURCE_IMAGE[:TAG] TARGET_IMAGE[:TAG]\n`,
    );
  }
  const [source, target] = args as [string, string];
  const image = findImage(ctx, source);
  if (!image)
    return err(`Error response from daemon: No such image: ${normalizeReference(source)}\n`);
  if (!REFERENCE.test(target)) {
    return err(
      `Error parsing reference: "${target}" is not a valid repository/tag: invalid reference format\n`,
    );
  }
  const normalized = normalizeReference(target);
  for (const other of ctx.state.docker.images)
    other.tags = other.tags.filter((t) => t !== normalized);
  image.tags.push(normalized);
  return ok("");
}

function ago(ms: number) {
  const minutes = Math.floor(ms / 60000);
  if (minutes < 1) return "Less than a minute ago";
  if (minutes < 60) return `${minutes} minute${minutes === 1 ? "" : "s"} ago`;
  const hours = Math.floor(minutes / 60);
  return `${hours} hour${hours === 1 ? "" : "s"} ago`;
}

function images(ctx: Ctx): CommandResult {
  const rows = [["REPOSITORY", "TAG", "IMAGE ID", "CREATED", "SIZE"]];
  for (const image of [...ctx.state.docker.images].reverse()) {
    for (const t of image.tags) {
      const colon = t.lastIndexOf(":");
      rows.push([
        t.slice(0, colon),
        t.slice(colon + 1),
        image.id,
        ago(ctx.state.now - image.createdAt),
        `${(image.size / 1e6).toFixed(1)}MB`,
      ]);
    }
  }
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
  return ok(
    rows
      .map((r) =>
        r
          .map((cell, c) => cell.padEnd(widths[c]! + 3))
          .join("")
          .trimEnd(),
      )
      .join("\n") + "\n",
  );
}

function login(ctx: Ctx, args: string[], stdin: string | undefined): CommandResult {
  const { values, positional } = options(args, ["-u", "--username", "-p", "--password"]);
  const registry = positional[0];
  if (!registry) {
    return err("Error: Cannot perform an interactive login from a non TTY device\n");
  }
  const username = (values["-u"] ?? values["--username"] ?? [""])[0];
  const password = values["--password-stdin"]
    ? (stdin ?? "").trim()
    : (values["-p"] ?? values["--password"] ?? [""])[0]!;
  if (values["--password-stdin"] && !username) {
    return err("Error: Must provide --username with --password-stdin\n");
  }
  const host = registry.replace(/^https?:\/\//, "").replace(/\/$/, "");
  const match = /^(\d{12})\.dkr\.ecr\.([a-z0-9-]+)\.amazonaws\.com$/.exec(host);
  if (!match) {
    return err(
      `Error response from daemon: Get "https://${host}/v2/": dial tcp: lookup ${host}: no such host\n`,
    );
  }
  const token = readLoginToken(password);
  if (
    username !== "AWS" ||
    !token ||
    token.account !== match[1] ||
    match[2] !== ctx.account.region
  ) {
    return err(`Error response from daemon: login attempted with an invalid token\n`);
  }
  if (token.expiration < ctx.state.now) {
    return err(`Error response from daemon: login attempted with an expired token\n`);
  }
  const logins = ctx.state.docker.logins.filter((l) => !l.startsWith(`${host} `));
  logins.push(`${host} ${token.expiration}`);
  ctx.state.docker.logins = logins;
  return ok("Login Succeeded\n");
}

function push(ctx: Ctx, args: string[]): CommandResult {
  const { positional } = options(args, []);
  const ref = positional[0];
  if (!ref || positional.length !== 1) {
    return err(
      `"docker push" requires exactly 1 argument.\nSee 'docker push --help'.\n\nUsage:  docker push [OPTIONS] NAME[:TAG]\n`,
    );
  }
  const normalized = normalizeReference(ref);
  const image = findImage(ctx, normalized);
  if (!image)
    return err(`An image does not exist locally with the tag: ${ref.replace(/:latest$/, "")}\n`);
  const slash = normalized.indexOf("/");
  const host =
    slash > 0 && normalized.slice(0, slash).includes(".")
      ? normalized.slice(0, slash)
      : "docker.io";
  const path = normalized.slice(host === "docker.io" ? 0 : slash + 1);
  const colon = path.lastIndexOf(":");
  const repositoryName = path.slice(0, colon);
  const tagName = path.slice(colon + 1);
  if (host === "docker.io") {
    return err(
      `The push refers to repository [docker.io/library/${repositoryName}]\npush access denied for ${repositoryName}, repository does not exist or may require authorization: server message: insufficient_scope: authorization failed\n`,
    );
  }
  const match = /^(\d{12})\.dkr\.ecr\.([a-z0-9-]+)\.amazonaws\.com$/.exec(host);
  const header = `The push refers to repository [${host}/${repositoryName}]\n`;
  if (!match || match[1] !== ctx.account.accountId || match[2] !== ctx.account.region) {
    return err(`${header}Get "https://${host}/v2/": dial tcp: lookup ${host}: no such host\n`);
  }
  const login = ctx.state.docker.logins.find((l) => l.startsWith(`${host} `));
  if (!login) return err(`${header}no basic auth credentials\n`);
  if (Number(login.split(" ")[1]) < ctx.state.now) {
    return err(
      `${header}denied: Your authorization token has expired. Reauthenticate and try again.\n`,
    );
  }
  const repository = ctx.account.repositories.find((r) => r.repositoryName === repositoryName);
  if (!repository) {
    return err(
      `${header}name unknown: The repository with name '${repositoryName}' does not exist in the registry with id '${ctx.account.accountId}'\n`,
    );
  }
  const layers = [nextHex(ctx.state, 12), nextHex(ctx.state, 12), nextHex(ctx.state, 12)];
  const holder = repository.images.find((i) => i.imageTags.includes(tagName));
  if (
    holder &&
    holder.imageDigest !== image.digest &&
    repository.imageTagMutability === "IMMUTABLE"
  ) {
    return err(
      `${header}${layers.map((l) => `${l}: Layer already exists`).join("\n")}\ntag invalid: The image tag '${tagName}' already exists in the '${repositoryName}' repository and cannot be overwritten because the repository is immutable.\n`,
    );
  }
  if (holder && holder.imageDigest !== image.digest)
    holder.imageTags = holder.imageTags.filter((t) => t !== tagName);
  repository.images = repository.images.filter(
    (i) => i.imageTags.length > 0 || i.imageDigest === image.digest,
  );
  const existing = repository.images.find((i) => i.imageDigest === image.digest);
  if (existing) {
    if (!existing.imageTags.includes(tagName)) existing.imageTags.push(tagName);
  } else {
    repository.images.push({
      imageDigest: image.digest,
      imageTags: [tagName],
      imageSizeInBytes: Math.round(image.size * 0.4),
      imagePushedAt: ctx.state.now,
      platform: image.platform,
      page: image.page,
    });
  }
  const pushed = existing ? "Layer already exists" : "Pushed";
  return ok(
    `${header}${layers.map((l) => `${l}: ${pushed}`).join("\n")}\n${tagName}: digest: ${image.digest} size: 1570\n`,
  );
}

/** Runs `docker ARGS`; `stdin` is what a pipe feeds it (`… | docker login --password-stdin`). */
export function runDocker(ctx: Ctx, args: string[], stdin: string | undefined): CommandResult {
  const [command, ...rest] = args;
  switch (command) {
    case undefined:
    case "help":
    case "--help":
      return ok(DOCKER_USAGE);
    case "build":
      return build(ctx, rest);
    case "buildx":
      return rest[0] === "build"
        ? build(ctx, rest.slice(1))
        : err("docker buildx: only `docker buildx build` is available in the lab\n");
    case "tag":
      return tag(ctx, rest);
    case "images":
      return images(ctx);
    case "image":
      return rest[0] === "ls"
        ? images(ctx)
        : err(`docker image: only \`docker image ls\` is available in the lab\n`);
    case "login":
      return login(ctx, rest, stdin);
    case "push":
      return push(ctx, rest);
    case "version":
      return ok(
        "Client:\n Version:           28.2.2\n OS/Arch:           darwin/arm64\n\nServer: Docker Desktop (lab)\n Engine:\n  Version:          28.2.2\n  OS/Arch:          linux/arm64\n",
      );
    case "run":
    case "ps":
    case "pull":
    case "rmi":
    case "info":
    case "logout":
      return err(
        `docker ${command}: not available in the lab. The lab's laptop builds and pushes images; run them on Fargate with ECS.\n`,
      );
    default: {
      const near = COMMANDS.filter((c) => c[0] === command[0]).slice(0, 3);
      return err(
        `docker: unknown command: docker ${command}\n${near.length ? `\nDid you mean: ${near.map((c) => `docker ${c}`).join(", ")}?\n` : ""}\nRun 'docker --help' for more information\n`,
      );
    }
  }
}
