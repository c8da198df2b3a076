// A CloudFront Function (JavaScript runtime 2.0) for the static export in an S3 bucket behind
// CloudFront. Associate it with the default cache behavior twice, for viewer request and for
// viewer response, and associate the key value store imported from
// deploy/nginx/csp.cloudfront.json (written by `npm run build`). docs/deploy.md has the steps.
// It does what deploy/nginx/dockside.conf and headers.conf do for nginx, for the two things a
// response headers policy cannot: a folder's index.html for a page's address, and a policy that
// differs per page.
import cf from "cloudfront";

const kvs = cf.kvs();

// As in deploy/nginx/headers.conf (a unit test keeps the two equal), SCRIPT_SRC aside.
const POLICY =
  "default-src 'self'; script-src SCRIPT_SRC; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob: https:; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'self'";

/** The page's address as the build keyed it: / and /lessons/a/, not …/index.html; 404.html is /404. */
function address(uri) {
  return uri.replace(/\/index\.html$/, "/").replace(/\.html$/, "");
}

// What every response allows, as lib/build/csp.ts's BASE_SCRIPT_SRC (search's worker compiles
// WebAssembly under its own response's policy).
const BASE_SCRIPT_SRC = "'self' 'wasm-unsafe-eval'";

/** A page's script-src, stored in parts ("<address> 0", "<address> 1", …); the base if none. */
async function scriptSrc(key) {
  const parts = [];
  for (let i = 0; i < 10; i++) {
    try {
      parts.push(await kvs.get(`${key} ${i}`));
    } catch {
      break;
    }
  }
  return parts.length > 0 ? parts.join(" ") : BASE_SCRIPT_SRC;
}

/** The viewer's query string, as it came. */
function querystring(request) {
  return Object.entries(request.querystring)
    .map(([name, v]) =>
      v.multiValue ? v.multiValue.map((m) => `${name}=${m.value}`).join("&") : `${name}=${v.value}`,
    )
    .join("&");
}

// CloudFront calls `handler`; nothing here does.
// eslint-disable-next-line @typescript-eslint/no-unused-vars
async function handler(event) {
  const request = event.request;
  if (event.context.eventType === "viewer-request") {
    // /lessons/a/ is the object lessons/a/index.html; /lessons/a sends the browser there.
    const last = request.uri.split("/").pop();
    if (last === "") {
      request.uri += "index.html";
    } else if (!last.includes(".")) {
      const query = Object.keys(request.querystring).length > 0 ? "?" + querystring(request) : "";
      return {
        statusCode: 308,
        statusDescription: "Permanent Redirect",
        headers: { location: { value: request.uri + "/" + query } },
      };
    }
    return request;
  }
  const response = event.response;
  const type = response.headers["content-type"];
  const html = type !== undefined && type.value.startsWith("text/html");
  // The 404 page comes from the distribution's custom error response for a missing object.
  const key = response.statusCode === 404 ? "/404" : address(request.uri);
  const src = html ? await scriptSrc(key) : BASE_SCRIPT_SRC;
  response.headers["content-security-policy"] = { value: POLICY.replace("SCRIPT_SRC", src) };
  return response;
}
