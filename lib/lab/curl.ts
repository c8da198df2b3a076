/**
 * `curl` from the student's laptop to a load balancer: what a user of the service would see.
 * The answer depends on the whole path: DNS, the load balancer's subnets and security group, its
 * listener, and the health of the targets behind it.
 */
import type { Ctx } from "./aws/context";
import type { CommandResult } from "./docker";
import { admits, groupsById, isPublicSubnet, STUDENT_IP } from "./network";
import { accessLog, APP_PORT, healthCheck, taskPage, writeLog } from "./sim";

const page = (status: string) =>
  `<html>\n<head><title>${status}</title></head>\n<body>\n<center><h1>${status}</h1></center>\n</body>\n</html>\n`;

/** Runs `curl [-s] [-i] [-I] URL`. */
export function runCurl(ctx: Ctx, args: string[]): CommandResult {
  const flags = args.filter((a) => a.startsWith("-"));
  const urls = args.filter((a) => !a.startsWith("-"));
  const unknown = flags.filter(
    (f) =>
      !/^-[sSiIfvL]+$/.test(f) &&
      !["--silent", "--include", "--head", "--fail", "--location", "--show-error"].includes(f),
  );
  if (unknown.length) {
    return {
      stdout: "",
      stderr: `curl: option ${unknown[0]}: is unknown\ncurl: try 'curl --help' for more information\n`,
      exitCode: 2,
    };
  }
  if (urls.length !== 1) {
    return {
      stdout: "",
      stderr: "curl: no URL specified\ncurl: try 'curl --help' for more information\n",
      exitCode: 2,
    };
  }
  const include = flags.some(
    (f) => f === "--include" || (/^-[a-zA-Z]+$/.test(f) && f.includes("i")),
  );
  const head = flags.some((f) => f === "--head" || (/^-[a-zA-Z]+$/.test(f) && f.includes("I")));
  const url = /^https?:\/\//.test(urls[0]!) ? urls[0]! : `http://${urls[0]}`;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return {
      stdout: "",
      stderr: `curl: (3) URL rejected: Malformed input to a URL function\n`,
      exitCode: 3,
    };
  }
  const host = parsed.hostname;
  const port = Number(parsed.port || (parsed.protocol === "https:" ? 443 : 80));
  const lb = ctx.account.loadBalancers.find((l) => l.DNSName === host);
  if (!lb || lb.State !== "active") {
    return { stdout: "", stderr: `curl: (6) Could not resolve host: ${host}\n`, exitCode: 6 };
  }
  const timeout = {
    stdout: "",
    stderr: `curl: (28) Failed to connect to ${host} port ${port} after 75003 ms: Couldn't connect to server\n`,
    exitCode: 28,
  };
  const subnets = ctx.account.subnets.filter((s) => lb.Subnets.includes(s.SubnetId));
  if (lb.Scheme !== "internet-facing" || !subnets.every((s) => isPublicSubnet(ctx.account, s))) {
    return timeout;
  }
  if (!admits(groupsById(ctx.account, lb.SecurityGroups), port, { groupIds: [], ip: STUDENT_IP })) {
    return timeout;
  }
  const listener = ctx.account.listeners.find(
    (l) => l.LoadBalancerArn === lb.LoadBalancerArn && l.Port === port,
  );
  if (!listener) {
    return {
      stdout: "",
      stderr: `curl: (7) Failed to connect to ${host} port ${port} after 18 ms: Couldn't connect to server\n`,
      exitCode: 7,
    };
  }
  const group = ctx.account.targetGroups.find((g) => g.TargetGroupArn === listener.TargetGroupArn);
  const targets =
    group?.Targets.filter((t) => t.State !== "draining" && t.State !== "unused") ?? [];
  const healthy = targets.filter((t) => t.State === "healthy");
  // With no healthy target, an Application Load Balancer "fails open" to every registered one.
  const pool = healthy.length ? healthy : targets.filter((t) => t.State === "unhealthy");
  let status = "503 Service Temporarily Unavailable";
  let body = page(status);
  if (group && pool.length) {
    // Round robin, driven by the clock so repeated calls visit the targets in turn.
    const target = pool[Math.floor(ctx.state.now / 1000 + ctx.state.seq) % pool.length]!;
    ctx.state.seq += 1;
    const task = ctx.account.tasks.find((t) => t.taskArn === target.taskArn);
    const check = healthCheck(ctx, group, target);
    if (!check.ok && check.reason === "Target.Timeout") {
      status = "504 Gateway Time-out";
      body = page(status);
    } else if (!task || target.Port !== APP_PORT) {
      status = "502 Bad Gateway";
      body = page(status);
    } else if (parsed.pathname !== "/" && parsed.pathname !== "/index.html") {
      status = "404 Not Found";
      body = page(status).replace(
        "</h1></center>",
        "</h1></center>\n<hr><center>nginx/1.27.5</center>",
      );
      writeLog(ctx, task, [
        accessLog(ctx.state.now, STUDENT_IP, parsed.pathname, 404, "curl/8.7.1"),
      ]);
    } else {
      status = "200 OK";
      body = taskPage(ctx, task);
      writeLog(ctx, task, [
        accessLog(ctx.state.now, STUDENT_IP, parsed.pathname, 200, "curl/8.7.1"),
      ]);
    }
  }
  const headers = `HTTP/1.1 ${status}\r\nDate: ${new Date(ctx.state.now).toUTCString()}\r\nContent-Type: text/html\r\nContent-Length: ${body.length}\r\nConnection: keep-alive\r\n${status.startsWith("200") || status.startsWith("404") ? "Server: nginx/1.27.5\r\n" : "Server: awselb/2.0\r\n"}\r\n`;
  const fail = flags.some((f) => f === "--fail" || (/^-[a-zA-Z]+$/.test(f) && f.includes("f")));
  if (fail && !status.startsWith("200")) {
    return {
      stdout: "",
      stderr: `curl: (22) The requested URL returned error: ${status.split(" ")[0]}\n`,
      exitCode: 22,
    };
  }
  return { stdout: head ? headers : include ? headers + body : body, stderr: "", exitCode: 0 };
}
