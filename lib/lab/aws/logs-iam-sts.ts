import { EXECUTION_ROLE_POLICY_ARN } from "../account";
import { fail } from "../errors";
import { nextHex } from "../ids";
import type { LogGroup, Role } from "../types";
import { type Ctx, type Handler, iso, num, str } from "./context";

// ---- CloudWatch Logs -------------------------------------------------------------------------

function requireGroup(ctx: Ctx, name: unknown): LogGroup {
  const group = ctx.account.logGroups.find((g) => g.logGroupName === str(name));
  if (!group) fail("ResourceNotFoundException", "The specified log group does not exist.");
  return group;
}

const createLogGroup: Handler = (ctx, p) => {
  const name = str(p.logGroupName) ?? "";
  if (!/^[.\-_/#A-Za-z0-9]{1,512}$/.test(name)) {
    fail(
      "InvalidParameterException",
      `1 validation error detected: Value '${name}' at 'logGroupName' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\.\\-_/#A-Za-z0-9]+`,
    );
  }
  if (ctx.account.logGroups.some((g) => g.logGroupName === name)) {
    fail("ResourceAlreadyExistsException", "The specified log group already exists");
  }
  ctx.account.logGroups.push({
    logGroupName: name,
    arn: `arn:aws:logs:${ctx.region}:${ctx.account.accountId}:log-group:${name}:*`,
    creationTime: ctx.state.now,
    streams: {},
  });
  return undefined;
};

const deleteLogGroup: Handler = (ctx, p) => {
  const group = requireGroup(ctx, p.logGroupName);
  ctx.account.logGroups = ctx.account.logGroups.filter((g) => g !== group);
  return undefined;
};

const describeLogGroups: Handler = (ctx, p) => {
  const prefix = str(p.logGroupNamePrefix) ?? "";
  return {
    logGroups: ctx.account.logGroups
      .filter((g) => g.logGroupName.startsWith(prefix))
      .map((g) => ({
        logGroupName: g.logGroupName,
        creationTime: g.creationTime,
        ...(g.retentionInDays ? { retentionInDays: g.retentionInDays } : {}),
        metricFilterCount: 0,
        arn: g.arn,
        storedBytes: 0,
        logGroupClass: "STANDARD",
        logGroupArn: g.arn.replace(/:\*$/, ""),
      })),
  };
};

const putRetentionPolicy: Handler = (ctx, p) => {
  const group = requireGroup(ctx, p.logGroupName);
  group.retentionInDays = num(p.retentionInDays);
  return undefined;
};

const describeLogStreams: Handler = (ctx, p) => {
  const group = requireGroup(ctx, p.logGroupName);
  const prefix = str(p.logStreamNamePrefix) ?? "";
  return {
    logStreams: Object.entries(group.streams)
      .filter(([name]) => name.startsWith(prefix))
      .map(([name, events]) => ({
        logStreamName: name,
        creationTime: events[0]?.timestamp ?? group.creationTime,
        firstEventTimestamp: events[0]?.timestamp,
        lastEventTimestamp: events[events.length - 1]?.timestamp,
        lastIngestionTime: events[events.length - 1]?.timestamp,
        uploadSequenceToken: "49039859551234567890123456789012345678901234567890123456",
        arn: `${group.arn.replace(/:\*$/, "")}:log-stream:${name}`,
        storedBytes: 0,
      })),
  };
};

const getLogEvents: Handler = (ctx, p) => {
  const group = requireGroup(ctx, p.logGroupName);
  const name = str(p.logStreamName) ?? "";
  const events = Object.hasOwn(group.streams, name) ? group.streams[name]! : undefined;
  if (!events) fail("ResourceNotFoundException", "The specified log stream does not exist.");
  return {
    events: events.map((e) => ({
      timestamp: e.timestamp,
      message: e.message,
      ingestionTime: e.timestamp + 120,
    })),
    nextForwardToken: `f/${nextHex(ctx.state, 16)}`,
    nextBackwardToken: `b/${nextHex(ctx.state, 16)}`,
  };
};

/** Every event of a group, oldest first, with its stream: for filter-log-events and `logs tail`. */
export function allEvents(group: LogGroup) {
  return Object.entries(group.streams)
    .flatMap(([stream, events]) => events.map((e) => ({ ...e, logStreamName: stream })))
    .sort((a, b) => a.timestamp - b.timestamp);
}

const filterLogEvents: Handler = (ctx, p) => {
  const group = requireGroup(ctx, p.logGroupName);
  const pattern = (str(p.filterPattern) ?? "").replace(/^"|"$/g, "");
  return {
    events: allEvents(group)
      .filter((e) => !pattern || e.message.includes(pattern))
      .map((e) => ({
        logStreamName: e.logStreamName,
        timestamp: e.timestamp,
        message: e.message,
        ingestionTime: e.timestamp + 120,
        eventId: `${e.timestamp}0000000000000000000000000000000000000000000000`.slice(0, 56),
      })),
    searchedLogStreams: [],
  };
};

/** The CLI's `aws logs tail GROUP`: the group's recent events as lines. */
export function tailLogGroup(ctx: Ctx, name: unknown): string {
  const group = requireGroup(ctx, name);
  return allEvents(group)
    .map((e) => `${iso(e.timestamp)} ${e.logStreamName} ${e.message}\n`)
    .join("");
}

export const logsHandlers: Record<string, Handler> = {
  CreateLogGroup: createLogGroup,
  DeleteLogGroup: deleteLogGroup,
  DescribeLogGroups: describeLogGroups,
  DescribeLogStreams: describeLogStreams,
  FilterLogEvents: filterLogEvents,
  GetLogEvents: getLogEvents,
  PutRetentionPolicy: putRetentionPolicy,
};

// ---- IAM -------------------------------------------------------------------------------------

/** The AWS managed policies the lab knows, by ARN. */
const MANAGED_POLICIES = [
  EXECUTION_ROLE_POLICY_ARN,
  "arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess",
  "arn:aws:iam::aws:policy/CloudWatchLogsFullAccess",
  "arn:aws:iam::aws:policy/AmazonEC2ContainerRegistryReadOnly",
];

function requireRole(ctx: Ctx, name: unknown): Role {
  const role = ctx.account.roles.find((r) => r.RoleName === str(name));
  if (!role) fail("NoSuchEntity", `The role with name ${str(name) ?? ""} cannot be found.`);
  return role;
}

function describeRole(role: Role) {
  return {
    Path: "/",
    RoleName: role.RoleName,
    RoleId: role.RoleId,
    Arn: role.Arn,
    CreateDate: iso(role.CreateDate),
    AssumeRolePolicyDocument: role.AssumeRolePolicyDocument,
  };
}

const createRole: Handler = (ctx, p) => {
  const name = str(p.RoleName) ?? "";
  if (!/^[\w+=,.@-]{1,64}$/.test(name)) {
    fail(
      "ValidationError",
      `1 validation error detected: Value '${name}' at 'roleName' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\w+=,.@-]+`,
    );
  }
  if (ctx.account.roles.some((r) => r.RoleName === name)) {
    fail("EntityAlreadyExists", `Role with name ${name} already exists.`);
  }
  let document: unknown;
  try {
    document = JSON.parse(str(p.AssumeRolePolicyDocument) ?? "");
  } catch {
    fail("MalformedPolicyDocument", "This policy contains invalid Json");
  }
  if (typeof document !== "object" || document === null || !("Statement" in document)) {
    fail("MalformedPolicyDocument", "Syntax errors in policy.");
  }
  const role: Role = {
    RoleName: name,
    RoleId: `AROA${nextHex(ctx.state, 17).toUpperCase()}`,
    Arn: `arn:aws:iam::${ctx.account.accountId}:role/${name}`,
    AssumeRolePolicyDocument: document,
    AttachedPolicyArns: [],
    CreateDate: ctx.state.now,
  };
  ctx.account.roles.push(role);
  return { Role: describeRole(role) };
};

const getRole: Handler = (ctx, p) => ({ Role: describeRole(requireRole(ctx, p.RoleName)) });

const listRoles: Handler = (ctx) => ({ Roles: ctx.account.roles.map(describeRole) });

const attachRolePolicy: Handler = (ctx, p) => {
  const role = requireRole(ctx, p.RoleName);
  const arn = str(p.PolicyArn) ?? "";
  if (!MANAGED_POLICIES.includes(arn)) {
    fail("NoSuchEntity", `Policy ${arn} does not exist or is not attachable.`);
  }
  if (!role.AttachedPolicyArns.includes(arn)) role.AttachedPolicyArns.push(arn);
  return undefined;
};

const detachRolePolicy: Handler = (ctx, p) => {
  const role = requireRole(ctx, p.RoleName);
  const arn = str(p.PolicyArn) ?? "";
  if (!role.AttachedPolicyArns.includes(arn)) {
    fail("NoSuchEntity", `Policy ${arn} was not found.`);
  }
  role.AttachedPolicyArns = role.AttachedPolicyArns.filter((a) => a !== arn);
  return undefined;
};

const listAttachedRolePolicies: Handler = (ctx, p) => ({
  AttachedPolicies: requireRole(ctx, p.RoleName).AttachedPolicyArns.map((arn) => ({
    PolicyName: arn.split("/").pop(),
    PolicyArn: arn,
  })),
});

const deleteRole: Handler = (ctx, p) => {
  const role = requireRole(ctx, p.RoleName);
  if (role.AttachedPolicyArns.length > 0) {
    fail("DeleteConflict", "Cannot delete entity, must detach all policies first.");
  }
  ctx.account.roles = ctx.account.roles.filter((r) => r !== role);
  return undefined;
};

export const iamHandlers: Record<string, Handler> = {
  AttachRolePolicy: attachRolePolicy,
  CreateRole: createRole,
  DeleteRole: deleteRole,
  DetachRolePolicy: detachRolePolicy,
  GetRole: getRole,
  ListAttachedRolePolicies: listAttachedRolePolicies,
  ListRoles: listRoles,
};

// ---- STS -------------------------------------------------------------------------------------

export const stsHandlers: Record<string, Handler> = {
  GetCallerIdentity: (ctx) => ({
    UserId: "AIDASAMPLEUSERID00001",
    Account: ctx.account.accountId,
    Arn: ctx.account.userArn,
  }),
};
