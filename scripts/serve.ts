// Serves the static export the way the container does: Debian's (or any) nginx with the shipped
// configuration (deploy/nginx/), run as the current user from a temporary folder, on
// 127.0.0.1:$PORT (default 3000; HOST moves the address). The browser tests and `npm run serve`
// use it. NGINX moves the binary (default: nginx on the PATH, or /usr/sbin/nginx).
import { spawn, spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

import { nginxConf } from "../lib/build/nginx";

const exportDir = path.resolve(process.env.NEXT_DIST_DIR ?? "out");
const cspConf = path.resolve(process.env.CSP_CONF ?? "deploy/nginx/csp.conf");
const port = process.env.PORT ?? "3000";
const host = process.env.HOST ?? "127.0.0.1";

function fail(message: string): never {
  console.error(`✖ ${message}`);
  process.exit(1);
}

const nginx =
  process.env.NGINX ??
  (spawnSync("nginx", ["-v"]).error === undefined ? "nginx" : "/usr/sbin/nginx");
if (spawnSync(nginx, ["-v"]).error) {
  fail(`nginx not found (${nginx}): on Debian or Ubuntu, sudo apt-get install -y nginx`);
}
if (!existsSync(path.join(exportDir, "index.html")) || !existsSync(cspConf)) {
  fail(`no static export in ${exportDir} (or no ${cspConf}): run \`npm run build\` first`);
}

const temp = mkdtempSync(path.join(tmpdir(), "dockside-nginx-"));
for (const file of ["dockside.conf", "headers.conf"]) {
  copyFileSync(path.resolve("deploy/nginx", file), path.join(temp, file));
}
copyFileSync(cspConf, path.join(temp, "csp.conf"));
const mimeTypes = ["/etc/nginx/mime.types", "/usr/local/etc/nginx/mime.types"].find(existsSync);
if (!mimeTypes) fail("nginx's mime.types not found in /etc/nginx");
writeFileSync(
  path.join(temp, "nginx.conf"),
  nginxConf({
    listen: `${host}:${port}`,
    root: exportDir,
    temp,
    mimeTypes,
    accessLog: "off",
    workers: "1",
    // Started as root, nginx's workers would become `nobody`, who may not read the checkout
    // (a private temporary folder in CI): they stay root here, for a local server only.
    user: process.getuid?.() === 0 ? "root" : undefined,
  }),
);

// -e: nginx opens its default error log before it reads the configuration; keep it on stderr.
const server = spawn(nginx, ["-p", temp, "-c", path.join(temp, "nginx.conf"), "-e", "stderr"], {
  stdio: "inherit",
});
console.log(
  `Serving ${path.relative(process.cwd(), exportDir)}/ with nginx on http://${host}:${port}`,
);
const stop = () => server.kill("SIGQUIT");
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
server.on("exit", (code, signal) => {
  rmSync(temp, { recursive: true, force: true });
  process.exit(code ?? (signal === "SIGQUIT" ? 0 : 1));
});
