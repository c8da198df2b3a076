/**
 * Container image references as a task definition's `image` holds them: `nginx`,
 * `nginx:1.27`, `public.ecr.aws/nginx/nginx:latest`,
 * `123456789012.dkr.ecr.us-east-1.amazonaws.com/hello-web:1.0` or `…/hello-web@sha256:<64 hex>`.
 */

/** A private ECR registry host; a reference starting with it needs an execution role to pull. */
export const ECR_REGISTRY = /^\d{12}\.dkr\.ecr\.[a-z0-9-]+\.amazonaws\.com(\.cn)?$/;

export interface ImageReference {
  /** The registry host, or undefined for Docker Hub (`nginx`, `library/nginx`). */
  registry?: string;
  repository: string;
  tag?: string;
  digest?: string;
  /** True when the registry is a private ECR registry. */
  privateEcr: boolean;
}

/** Parsed, or the reason it is not a valid reference, in words for a student. */
export type ImageParse = { ok: true; image: ImageReference } | { ok: false; problem: string };

const TAG = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/;
const DIGEST = /^sha256:[a-f0-9]{64}$/;
// A path component: lowercase letters and digits, separated by one `.`, `_`, `-` or by `__`.
const COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
const HOST = /^[A-Za-z0-9.-]+(?::\d+)?$/;

function isRegistryHost(first: string): boolean {
  return first.includes(".") || first.includes(":") || first === "localhost";
}

/** Parses `image` the way Docker does, with ECS's 255-character limit. */
export function parseImage(image: string): ImageParse {
  if (image.trim() === "") return { ok: false, problem: "the image is empty" };
  if (/\s/.test(image)) return { ok: false, problem: "an image reference has no spaces" };
  if (image.length > 255) {
    return { ok: false, problem: `it is ${image.length} characters long; ECS allows 255` };
  }
  if (/^[a-z]+:\/\//i.test(image)) {
    return { ok: false, problem: "leave out the scheme (https://): write registry/repository:tag" };
  }

  let rest = image;
  let digest: string | undefined;
  const at = rest.indexOf("@");
  if (at >= 0) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
    if (!DIGEST.test(digest)) {
      return {
        ok: false,
        problem: "a digest is written @sha256: followed by 64 lowercase hexadecimal characters",
      };
    }
  }

  let tag: string | undefined;
  const lastSlash = rest.lastIndexOf("/");
  const colon = rest.indexOf(":", lastSlash + 1);
  if (colon >= 0) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
    if (tag === "") return { ok: false, problem: "the tag after ':' is empty" };
    if (tag.length > 128) {
      return { ok: false, problem: `the tag is ${tag.length} characters long; the limit is 128` };
    }
    if (/^[.-]/.test(tag)) {
      return { ok: false, problem: `the tag "${tag}" starts with '${tag[0]}'; a tag cannot` };
    }
    if (!TAG.test(tag)) {
      return {
        ok: false,
        problem: `the tag "${tag}" may use only letters, digits, '_', '.' and '-'`,
      };
    }
  }

  const parts = rest.split("/");
  let registry: string | undefined;
  if (parts.length > 1 && parts[0] !== undefined && isRegistryHost(parts[0])) {
    registry = parts.shift();
    if (registry === undefined || !HOST.test(registry)) {
      return { ok: false, problem: `"${registry ?? ""}" is not a registry host name` };
    }
  }
  if (parts.length === 0 || parts.some((part) => part === "")) {
    return { ok: false, problem: "the repository name is missing or has an empty part ('//')" };
  }
  for (const part of parts) {
    if (!COMPONENT.test(part)) {
      const hint = /[A-Z]/.test(part) ? " (repository names are lowercase)" : "";
      return {
        ok: false,
        problem: `"${part}" is not a valid repository name part${hint}`,
      };
    }
  }

  const privateEcr = registry !== undefined && ECR_REGISTRY.test(registry);
  if (registry !== undefined && !privateEcr && /\.dkr\.ecr\.|\.amazonaws\.com/.test(registry)) {
    return {
      ok: false,
      problem:
        `"${registry}" looks like an ECR registry but is not one: ` +
        "ECR addresses are <12-digit account>.dkr.ecr.<region>.amazonaws.com",
    };
  }
  const parsed: ImageReference = { repository: parts.join("/"), privateEcr };
  if (registry !== undefined) parsed.registry = registry;
  if (tag !== undefined) parsed.tag = tag;
  if (digest !== undefined) parsed.digest = digest;
  return { ok: true, image: parsed };
}
