/**
 * botocore's `xform_name`, which turns an API name into the CLI's kebab form: `CreateService` →
 * `create-service`, `DNSName` → `dns-name`, `PolicyARN` → `policy-arn`. The CLI derives every
 * command and flag name with it, so a flag that differs by one letter from botocore's is a flag
 * the student cannot type. Keep it a line-for-line port of botocore/__init__.py.
 */
const FIRST_CAP = /(.)([A-Z][a-z]+)/g;
const END_CAP = /([a-z0-9])([A-Z])/g;
const SPECIAL_CASE = /[A-Z]{2,}s$/;

export function xformName(name: string, sep = "_"): string {
  if (name.includes(sep)) return name;
  let base = name;
  const special = SPECIAL_CASE.exec(base);
  // A plural acronym at the end (`ARNs`, `ACLs`) becomes `-arns`, not `-ar-ns`.
  if (special) base = base.slice(0, -special[0].length) + sep + special[0].toLowerCase();
  const s1 = base.replace(FIRST_CAP, `$1${sep}$2`);
  return s1.replace(END_CAP, `$1${sep}$2`).toLowerCase();
}
