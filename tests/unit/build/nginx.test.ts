import { readFileSync } from "node:fs";

import { describe, expect, it } from "vitest";

import { containerNginx, nginxConf } from "@/lib/build/nginx";

const read = (file: string) => readFileSync(new URL(`../../../${file}`, import.meta.url), "utf8");

describe("the nginx configuration that ships", () => {
  it("is the one the tests serve with, with the container's port and folders", () => {
    expect(read("deploy/nginx/nginx.conf")).toBe(nginxConf(containerNginx));
    expect(containerNginx.listen).toBe("8080");
  });

  it("writes nowhere but its temporary folder, so it runs as a non-root user", () => {
    const conf = nginxConf({ ...containerNginx, temp: "/t" });
    for (const line of conf.split("\n").filter((l) => /(_path|^pid) /.test(l.trim()))) {
      expect(line).toMatch(/ \/t\//);
    }
    expect(conf).not.toMatch(/^\s*user /m);
  });

  it("sends the security headers and cache rules from every location", () => {
    const site = read("deploy/nginx/dockside.conf");
    const locations = site.split(/^location /m).slice(1);
    expect(locations.length).toBeGreaterThan(3);
    for (const location of locations) expect(location).toContain("include headers.conf;");
    expect(site).toContain(
      'add_header Cache-Control "public, max-age=31536000, immutable" always;',
    );
    expect(read("Dockerfile")).toContain("EXPOSE 8080");
  });
});
