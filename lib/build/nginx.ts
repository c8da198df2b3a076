// nginx's main configuration, for the container image (deploy/nginx/nginx.conf, kept equal to
// containerNginx by a unit test) and for the browser tests and `npm run serve`
// (scripts/serve.ts): the same file but for the port, the folders and the log. Both include the
// same dockside.conf, headers.conf and the csp.conf the build writes.

export interface NginxOptions {
  /** `listen` parameter: a port, or address:port. */
  listen: string;
  /** The exported site. */
  root: string;
  /** A writable folder for the pid file and request buffers (the server runs as non-root). */
  temp: string;
  /** nginx's mime.types. */
  mimeTypes: string;
  accessLog: string;
  workers: string;
  /** The workers' user, for a master started as root; unset, they run as whoever started it. */
  user?: string;
}

export const containerNginx: NginxOptions = {
  listen: "8080",
  root: "/usr/share/nginx/html",
  temp: "/tmp",
  mimeTypes: "/etc/nginx/mime.types",
  accessLog: "/dev/stdout",
  workers: "auto",
};

export function nginxConf(o: NginxOptions): string {
  return `# nginx for Dockside: serves the static export with the headers and caching in dockside.conf.
# Runs in the foreground as any user: only ${o.temp} is written to.
# Generated from lib/build/nginx.ts; a unit test keeps this file equal to it.
${o.user ? `user ${o.user};\n` : ""}worker_processes ${o.workers};
daemon off;
pid ${o.temp}/nginx.pid;
error_log stderr warn;

events {
    worker_connections 1024;
}

http {
    include ${o.mimeTypes};
    default_type application/octet-stream;
    access_log ${o.accessLog};
    sendfile on;
    tcp_nopush on;
    client_body_temp_path ${o.temp}/client_body;
    proxy_temp_path ${o.temp}/proxy;
    fastcgi_temp_path ${o.temp}/fastcgi;
    uwsgi_temp_path ${o.temp}/uwsgi;
    scgi_temp_path ${o.temp}/scgi;

    include csp.conf;

    server {
        listen ${o.listen};
        root ${o.root};
        include dockside.conf;
    }
}
`;
}
