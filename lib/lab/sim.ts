/**
 * The lab's clock: what happens in the account while time passes. Tasks move through their
 * lifecycle (PROVISIONING → PENDING → ACTIVATING → RUNNING → DEACTIVATING → STOPPING →
 * DEPROVISIONING → STOPPED), a service's scheduler starts and stops tasks to match its desired
 * count and deployment settings, the load balancer checks its targets, and NAT gateways and load
 * balancers finish provisioning. Every change is a function of the state and the time.
 */
import { isUsableExecutionRole, longId } from "./account";
import type { Ctx } from "./aws/context";
import { records, str } from "./aws/context";
import { addressIn, nextHex, publicAddress } from "./ids";
import { admits, canReach, groupsById, internetPath } from "./network";
import type {
  Cluster,
  Deployment,
  LabState,
  NetworkConfig,
  Service,
  TargetGroup,
  Task,
  TaskDefinition,
  TaskStatus,
} from "./types";

/** How long each step of a task's life takes in the lab, in seconds. */
export const TASK_TIMINGS = {
  provisioning: 10,
  pulling: 20,
  activating: 5,
  deactivating: 2,
  stopping: 5,
  deprovisioning: 10,
  crashAfter: 3,
} as const;
export const LOAD_BALANCER_PROVISIONING_SECONDS = 60;
export const NAT_GATEWAY_PROVISIONING_SECONDS = 60;
export const ENDPOINT_PROVISIONING_SECONDS = 30;
/** The port the lab's app (nginx) listens on, whatever the task definition says. */
export const APP_PORT = 80;

const STEP_MS = 1000;

/** Moves the clock on by `ms`, one simulated second at a time. Changes `state` in place. */
export function advanceState(state: LabState, ms: number): void {
  const ctx: Ctx = { state, account: state.account, region: state.account.region };
  const end = state.now + Math.max(0, ms);
  while (state.now < end) {
    state.now = Math.min(end, state.now + STEP_MS);
    step(ctx);
  }
}

function step(ctx: Ctx) {
  const { account, state } = ctx;
  const now = state.now;
  for (const lb of account.loadBalancers) {
    if (
      lb.State === "provisioning" &&
      now - lb.CreatedTime >= LOAD_BALANCER_PROVISIONING_SECONDS * 1000
    ) {
      lb.State = "active";
    }
  }
  for (const nat of account.natGateways) {
    if (
      nat.State === "pending" &&
      now - nat.CreateTime >= NAT_GATEWAY_PROVISIONING_SECONDS * 1000
    ) {
      nat.State = "available";
    }
    if (nat.State === "deleting" && now - nat.CreateTime >= 30_000) nat.State = "deleted";
  }
  for (const endpoint of account.endpoints) {
    if (
      endpoint.State === "pending" &&
      now - endpoint.CreationTimestamp >= ENDPOINT_PROVISIONING_SECONDS * 1000
    ) {
      endpoint.State = "available";
    }
  }
  for (const task of account.tasks) stepTask(ctx, task);
  for (const group of account.targetGroups) checkTargets(ctx, group);
  for (const service of account.services) schedule(ctx, service);
}

const elapsed = (ctx: Ctx, task: Task) => (ctx.state.now - task.since) / 1000;

function enter(ctx: Ctx, task: Task, status: TaskStatus) {
  task.lastStatus = status;
  task.since = ctx.state.now;
}

function stepTask(ctx: Ctx, task: Task) {
  const t = elapsed(ctx, task);
  switch (task.lastStatus) {
    case "PROVISIONING":
      if (task.desiredStatus === "STOPPED") return enterStopping(ctx, task);
      if (t >= TASK_TIMINGS.provisioning) enter(ctx, task, "PENDING");
      return;
    case "PENDING":
      if (task.desiredStatus === "STOPPED") return enterStopping(ctx, task);
      if (t < TASK_TIMINGS.pulling) return;
      task.fate = startProblem(ctx, task);
      if (task.fate && task.fate.at === "PENDING") {
        failTask(ctx, task, task.fate.stopCode, task.fate.reason);
        return;
      }
      enter(ctx, task, "ACTIVATING");
      registerTargets(ctx, task);
      return;
    case "ACTIVATING":
      if (task.desiredStatus === "STOPPED") return enterDeactivating(ctx, task);
      if (t >= TASK_TIMINGS.activating) {
        enter(ctx, task, "RUNNING");
        task.startedAt = ctx.state.now;
        task.container.lastStatus = "RUNNING";
        writeStartupLogs(ctx, task);
      }
      return;
    case "RUNNING":
      if (task.desiredStatus === "STOPPED") return enterDeactivating(ctx, task);
      if (task.fate?.at === "RUNNING" && t >= TASK_TIMINGS.crashAfter) {
        if (task.fate.log) writeLog(ctx, task, [task.fate.log]);
        task.container.exitCode = 1;
        failTask(ctx, task, task.fate.stopCode, task.fate.reason);
      }
      return;
    case "DEACTIVATING": {
      // The task waits while its targets drain, then gets SIGTERM.
      const draining = ctx.account.targetGroups.some((g) =>
        g.Targets.some((target) => target.taskArn === task.taskArn && target.State === "draining"),
      );
      if (!draining && t >= TASK_TIMINGS.deactivating) enterStopping(ctx, task);
      return;
    }
    case "STOPPING":
      if (t >= TASK_TIMINGS.stopping) {
        enter(ctx, task, "DEPROVISIONING");
        task.container.lastStatus = "STOPPED";
        if (task.container.exitCode === undefined && task.startedAt) task.container.exitCode = 0;
      }
      return;
    case "DEPROVISIONING":
      if (t >= TASK_TIMINGS.deprovisioning) {
        enter(ctx, task, "STOPPED");
        task.stoppedAt = ctx.state.now;
      }
      return;
    case "STOPPED":
      return;
  }
}

function enterStopping(ctx: Ctx, task: Task) {
  task.stoppingAt ??= ctx.state.now;
  enter(ctx, task, "STOPPING");
}

function enterDeactivating(ctx: Ctx, task: Task) {
  task.stoppingAt ??= ctx.state.now;
  enter(ctx, task, "DEACTIVATING");
  deregisterTargets(ctx, task);
}

/** Stops a task on a failure: it counts against its deployment. */
function failTask(ctx: Ctx, task: Task, stopCode: string, reason: string) {
  task.desiredStatus = "STOPPED";
  task.stopCode = stopCode;
  task.stoppedReason = reason;
  task.container.lastStatus = "STOPPED";
  task.container.reason ??= reason.startsWith("Essential") ? undefined : reason;
  enterStopping(ctx, task);
  deregisterTargets(ctx, task);
  const service = serviceOf(ctx, task);
  if (!service) return;
  const deployment = service.deployments.find((d) => d.id === task.deploymentId);
  if (deployment) {
    deployment.failedTasks += 1;
    deployment.updatedAt = ctx.state.now;
  }
  service.failureStreak = (service.failureStreak ?? 0) + 1;
  // ECS backs off after repeated failures to start: 15 s, 30 s, … up to 5 minutes.
  service.throttleUntil =
    ctx.state.now + Math.min(300, 15 * 2 ** Math.min(5, service.failureStreak - 1)) * 1000;
  if (service.failureStreak >= 3) {
    serviceEvent(
      ctx,
      service,
      `(service ${service.serviceName}) is unable to consistently start tasks successfully. For more information, see the Troubleshooting section of the Amazon ECS Developer Guide.`,
    );
  }
  if (deployment?.status === "PRIMARY") checkCircuitBreaker(ctx, service, deployment);
}

/**
 * Stops a task on request (a user, a scale-in, a deployment): a running task deregisters from
 * its target groups and drains before it gets SIGTERM.
 */
export function stopTask(ctx: Ctx, task: Task, stopCode: string, reason: string) {
  if (task.desiredStatus === "STOPPED") return;
  task.desiredStatus = "STOPPED";
  task.stopCode = stopCode;
  task.stoppedReason = reason;
  if (task.lastStatus === "RUNNING" || task.lastStatus === "ACTIVATING") {
    enterDeactivating(ctx, task);
  }
}

/** Adds an event to a service, newest first, as `describe-services` lists them. */
export function serviceEvent(ctx: Ctx, service: Service, message: string) {
  service.events.unshift({ id: crypto0(ctx), createdAt: ctx.state.now, message });
  if (service.events.length > 100) service.events.length = 100;
}

function crypto0(ctx: Ctx) {
  const h = nextHex(ctx.state, 32);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

const taskId = (task: Task) => task.taskArn.split("/").pop() ?? "";

function serviceOf(ctx: Ctx, task: Task): Service | undefined {
  if (!task.group.startsWith("service:")) return undefined;
  const name = task.group.slice("service:".length);
  return ctx.account.services.find(
    (s) => s.serviceName === name && s.clusterArn === task.clusterArn && s.status !== "INACTIVE",
  );
}

function containerOf(def: TaskDefinition, name?: string) {
  const containers = records(def.body.containerDefinitions);
  return (
    (name ? containers.find((c) => c.name === name) : undefined) ??
    containers.find((c) => c.essential !== false) ??
    containers[0] ??
    {}
  );
}

/** Starts a Fargate task: PROVISIONING now, its ENI in one of the given subnets. */
export function launchTask(
  ctx: Ctx,
  options: {
    cluster: Cluster;
    def: TaskDefinition;
    network: NetworkConfig;
    group: string;
    startedBy?: string;
    deploymentId?: string;
    containerName?: string;
  },
): Task {
  const { cluster, def, network } = options;
  // Spread tasks over the subnets (and so the Availability Zones) given.
  const running = ctx.account.tasks.filter(
    (t) => t.group === options.group && t.desiredStatus === "RUNNING",
  );
  const subnetId = network.subnets[running.length % network.subnets.length]!;
  const subnet = ctx.account.subnets.find((s) => s.SubnetId === subnetId)!;
  const container = containerOf(def, options.containerName);
  const id = longId(ctx.state);
  const task: Task = {
    taskArn: `arn:aws:ecs:${ctx.region}:${ctx.account.accountId}:task/${cluster.clusterName}/${id}`,
    clusterArn: cluster.clusterArn,
    taskDefinitionArn: def.taskDefinitionArn,
    group: options.group,
    startedBy: options.startedBy,
    deploymentId: options.deploymentId,
    lastStatus: "PROVISIONING",
    desiredStatus: "RUNNING",
    createdAt: ctx.state.now,
    since: ctx.state.now,
    subnetId,
    availabilityZone: subnet.AvailabilityZone,
    privateIp: addressIn(ctx.state, subnet.CidrBlock),
    publicIp: network.assignPublicIp === "ENABLED" ? publicAddress(ctx.state) : undefined,
    securityGroups: network.securityGroups,
    cpu: String(def.body.cpu ?? ""),
    memory: String(def.body.memory ?? ""),
    container: {
      name: str(container.name) ?? "app",
      image: str(container.image) ?? "",
      lastStatus: "PENDING",
    },
  };
  ctx.account.tasks.push(task);
  // Keep the account small: forget tasks stopped long ago, as ECS does after about an hour.
  ctx.account.tasks = ctx.account.tasks.filter(
    (t) => t.lastStatus !== "STOPPED" || ctx.state.now - (t.stoppedAt ?? 0) < 3_600_000,
  );
  return task;
}

/** Parses an image reference into the ECR repository and tag it names, when it is ours. */
export function ecrReference(image: string, accountId: string, region: string) {
  const registry = `${accountId}.dkr.ecr.${region}.amazonaws.com/`;
  if (!image.startsWith(registry)) return undefined;
  const rest = image.slice(registry.length);
  const at = rest.indexOf("@");
  if (at >= 0) return { repository: rest.slice(0, at), tag: undefined, digest: rest.slice(at + 1) };
  const colon = rest.lastIndexOf(":");
  return colon > 0
    ? { repository: rest.slice(0, colon), tag: rest.slice(colon + 1), digest: undefined }
    : { repository: rest, tag: "latest", digest: undefined };
}

const timeout = (host: string) => `dial tcp ${host}:443: i/o timeout`;

/**
 * Why a task cannot start, found at the end of its image pull, in the order Fargate meets the
 * problems: registry authentication with the execution role, then the image pull, then the
 * log driver, then the container itself.
 */
function startProblem(ctx: Ctx, task: Task): Task["fate"] {
  const { account } = ctx;
  const def = account.taskDefinitions.find((d) => d.taskDefinitionArn === task.taskDefinitionArn);
  if (!def) return undefined;
  const container = containerOf(def, task.container.name);
  const image = str(container.image) ?? "";
  const ecr = ecrReference(image, account.accountId, account.region);
  const logConfig = (container.logConfiguration ?? {}) as Record<string, unknown>;
  const logOptions = (logConfig.options ?? {}) as Record<string, unknown>;
  const awslogs = logConfig.logDriver === "awslogs";
  const roleArn = str(def.body.executionRoleArn);
  const role = account.roles.find((r) => r.Arn === roleArn);
  const failed = (reason: string, stopCode = "TaskFailedToStart"): Task["fate"] => ({
    at: "PENDING",
    stopCode,
    reason,
  });

  if ((ecr || awslogs) && roleArn) {
    if (
      !role ||
      !JSON.stringify(role.AssumeRolePolicyDocument).includes("ecs-tasks.amazonaws.com")
    ) {
      return failed(
        `ECS was unable to assume the role '${roleArn}' that was provided for this task. Please verify that the role being passed has the proper trust relationship and permissions and that your IAM user has permissions to pass this role.`,
      );
    }
  }
  if (ecr) {
    if (!canReach(account, task, "ecr.api")) {
      return failed(
        `ResourceInitializationError: unable to pull secrets or registry auth: execution resource retrieval failed: unable to retrieve ecr registry auth: service call has been retried 3 time(s): RequestError: send request failed caused by: Post "https://api.ecr.${account.region}.amazonaws.com/": ${timeout("52.46.155.22")}. Please check your task network configuration.`,
      );
    }
    if (!isUsableExecutionRole(role)) {
      return failed(
        `ResourceInitializationError: unable to pull secrets or registry auth: execution resource retrieval failed: unable to retrieve ecr registry auth: service call has been retried 3 time(s): AccessDeniedException: User: arn:aws:sts::${account.accountId}:assumed-role/${role?.RoleName ?? "ecsTaskExecutionRole"}/${taskId(task)} is not authorized to perform: ecr:GetAuthorizationToken on resource: * because no identity-based policy allows the ecr:GetAuthorizationToken action`,
      );
    }
    if (!canReach(account, task, "ecr.dkr")) {
      return failed(
        `CannotPullContainerError: pull image manifest has been retried 5 time(s): failed to resolve ref ${image}: failed to do request: Head "https://${image.split("/")[0]}/v2/${ecr.repository}/manifests/${ecr.tag ?? ecr.digest}": ${timeout("3.222.45.19")}`,
      );
    }
    const repository = account.repositories.find((r) => r.repositoryName === ecr.repository);
    const found = repository?.images.find((i) =>
      ecr.digest ? i.imageDigest === ecr.digest : i.imageTags.includes(ecr.tag ?? "latest"),
    );
    if (!found) {
      return failed(
        `CannotPullContainerError: pull image manifest has been retried 5 time(s): failed to resolve ref ${image}: ${image}: not found`,
      );
    }
    if (!canReach(account, task, "s3")) {
      return failed(
        `CannotPullContainerError: ref pull has been retried 5 time(s): failed to copy: httpReadSeeker: failed open: failed to do request: Get "https://prod-${account.region}-starport-layer-bucket.s3.${account.region}.amazonaws.com/": ${timeout("52.217.130.84")}`,
      );
    }
  } else if (image && !internetPath(account, task)) {
    // Public images come from the internet: VPC endpoints do not reach them.
    return failed(
      `CannotPullContainerError: pull image manifest has been retried 5 time(s): failed to resolve ref ${image}: failed to do request: Head "https://${registryHost(image)}/v2/": ${timeout("44.205.64.79")}`,
    );
  }
  if (awslogs) {
    if (!isUsableExecutionRole(role)) {
      return failed(
        `ResourceInitializationError: failed to validate logger args: create stream has been retried 1 times: failed to create Cloudwatch log stream: AccessDeniedException: User: arn:aws:sts::${account.accountId}:assumed-role/${role?.RoleName ?? "ecsTaskExecutionRole"}/${taskId(task)} is not authorized to perform: logs:CreateLogStream : exit status 1`,
      );
    }
    if (!canReach(account, task, "logs")) {
      return failed(
        `ResourceInitializationError: failed to validate logger args: create stream has been retried 1 times: failed to create Cloudwatch log stream: RequestError: send request failed caused by: Post "https://logs.${account.region}.amazonaws.com/": ${timeout("3.236.94.176")} : exit status 1`,
      );
    }
    const group = str(logOptions["awslogs-group"]);
    const region = str(logOptions["awslogs-region"]);
    if (!account.logGroups.some((g) => g.logGroupName === group) || region !== account.region) {
      return failed(
        "ResourceInitializationError: failed to validate logger args: create stream has been retried 1 times: failed to create Cloudwatch log stream: ResourceNotFoundException: The specified log group does not exist. : exit status 1",
      );
    }
  }
  const platform = imagePlatform(ctx, image);
  const arch =
    str(((def.body.runtimePlatform ?? {}) as Record<string, unknown>).cpuArchitecture) ?? "X86_64";
  const wanted = arch === "ARM64" ? "linux/arm64" : "linux/amd64";
  if (platform && platform !== wanted) {
    return {
      at: "RUNNING",
      stopCode: "EssentialContainerExited",
      reason: "Essential container in task exited",
      log: "exec /docker-entrypoint.sh: exec format error",
    };
  }
  return undefined;
}

function registryHost(image: string) {
  const first = image.split("/")[0] ?? "";
  return first.includes(".") ? first : "registry-1.docker.io";
}

/** The platform of the image a task runs, when the lab built it. */
function imagePlatform(ctx: Ctx, image: string): string | undefined {
  const ecr = ecrReference(image, ctx.account.accountId, ctx.account.region);
  if (!ecr) return undefined;
  const repository = ctx.account.repositories.find((r) => r.repositoryName === ecr.repository);
  return repository?.images.find((i) =>
    ecr.digest ? i.imageDigest === ecr.digest : i.imageTags.includes(ecr.tag ?? "latest"),
  )?.platform;
}

/** The page a task serves: the index.html baked into its image. */
export function taskPage(ctx: Ctx, task: Task): string {
  const ecr = ecrReference(task.container.image, ctx.account.accountId, ctx.account.region);
  const repository = ctx.account.repositories.find((r) => r.repositoryName === ecr?.repository);
  const image = repository?.images.find((i) =>
    ecr?.digest ? i.imageDigest === ecr.digest : i.imageTags.includes(ecr?.tag ?? "latest"),
  );
  return (
    image?.page ?? "<!doctype html>\n<title>Welcome to nginx!</title>\n<h1>Welcome to nginx!</h1>\n"
  );
}

function logTarget(ctx: Ctx, task: Task) {
  const def = ctx.account.taskDefinitions.find(
    (d) => d.taskDefinitionArn === task.taskDefinitionArn,
  );
  if (!def) return undefined;
  const container = containerOf(def, task.container.name);
  const config = (container.logConfiguration ?? {}) as Record<string, unknown>;
  if (config.logDriver !== "awslogs") return undefined;
  const options = (config.options ?? {}) as Record<string, unknown>;
  const group = ctx.account.logGroups.find((g) => g.logGroupName === str(options["awslogs-group"]));
  if (!group) return undefined;
  const prefix = str(options["awslogs-stream-prefix"]);
  const stream = prefix ? `${prefix}/${task.container.name}/${taskId(task)}` : taskId(task);
  return { group, stream };
}

/** Appends lines to the task's log stream, when it logs with `awslogs`. */
export function writeLog(ctx: Ctx, task: Task, lines: string[]) {
  const target = logTarget(ctx, task);
  if (!target) return;
  const events = (target.group.streams[target.stream] ??= []);
  for (const message of lines) events.push({ timestamp: ctx.state.now, message });
  if (events.length > 200) events.splice(0, events.length - 200);
}

function writeStartupLogs(ctx: Ctx, task: Task) {
  writeLog(ctx, task, [
    "/docker-entrypoint.sh: /docker-entrypoint.d/ is not empty, will attempt to perform configuration",
    "/docker-entrypoint.sh: Configuration complete; ready for start up",
    `${nginxTime(ctx.state.now)} [notice] 1#1: nginx/1.27.5`,
    `${nginxTime(ctx.state.now)} [notice] 1#1: start worker processes`,
  ]);
}

function nginxTime(ms: number) {
  return new Date(ms).toISOString().slice(0, 19).replace("T", " ").replace(/-/g, "/");
}

function accessLogTime(ms: number) {
  const d = new Date(ms);
  const months = [
    "Jan",
    "Feb",
    "Mar",
    "Apr",
    "May",
    "Jun",
    "Jul",
    "Aug",
    "Sep",
    "Oct",
    "Nov",
    "Dec",
  ];
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${pad(d.getUTCDate())}/${months[d.getUTCMonth()]}/${d.getUTCFullYear()}:${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())} +0000`;
}

/** An nginx access-log line for a request the task answered. */
export function accessLog(ms: number, from: string, path: string, status: number, agent: string) {
  return `${from} - - [${accessLogTime(ms)}] "GET ${path} HTTP/1.1" ${status} 72 "-" "${agent}" "-"`;
}

function registerTargets(ctx: Ctx, task: Task) {
  const service = serviceOf(ctx, task);
  if (!service) return;
  for (const binding of service.loadBalancers) {
    const group = ctx.account.targetGroups.find((g) => g.TargetGroupArn === binding.targetGroupArn);
    if (!group) continue;
    const inUse = group.LoadBalancerArns.length > 0;
    group.Targets.push({
      Id: task.privateIp,
      Port: binding.containerPort,
      AvailabilityZone: task.availabilityZone,
      State: inUse ? "initial" : "unused",
      Reason: inUse ? "Elb.RegistrationInProgress" : "Target.NotInUse",
      Description: inUse
        ? "Target registration is in progress"
        : "Target group is not configured to receive traffic from the load balancer",
      since: ctx.state.now,
      lastCheck: ctx.state.now,
      streak: 0,
      taskArn: task.taskArn,
    });
    serviceEvent(
      ctx,
      service,
      `(service ${service.serviceName}) registered 1 targets in (target-group ${group.TargetGroupArn})`,
    );
  }
}

function deregisterTargets(ctx: Ctx, task: Task) {
  const service = serviceOf(ctx, task);
  for (const group of ctx.account.targetGroups) {
    for (const target of group.Targets) {
      if (target.taskArn !== task.taskArn || target.State === "draining") continue;
      target.State = "draining";
      target.Reason = "Target.DeregistrationInProgress";
      target.Description = "Target deregistration is in progress";
      target.since = ctx.state.now;
      if (service) {
        serviceEvent(
          ctx,
          service,
          `(service ${service.serviceName}) deregistered 1 targets in (target-group ${group.TargetGroupArn})`,
        );
      }
    }
  }
}

/** What one health check of a target finds: passed, or the reason it failed. */
export function healthCheck(
  ctx: Ctx,
  group: TargetGroup,
  target: TargetGroup["Targets"][number],
): { ok: true } | { ok: false; reason: string; description: string } {
  const lb = ctx.account.loadBalancers.find((l) =>
    group.LoadBalancerArns.includes(l.LoadBalancerArn),
  );
  const task = ctx.account.tasks.find((t) => t.taskArn === target.taskArn);
  const timedOut = {
    ok: false as const,
    reason: "Target.Timeout",
    description: "Request timed out",
  };
  if (!lb || lb.State !== "active" || !task || task.lastStatus !== "RUNNING") return timedOut;
  const lbSubnet = ctx.account.subnets.find((s) => lb.Subnets.includes(s.SubnetId));
  const lbNodeIp = lbSubnet ? lbSubnet.CidrBlock.replace(/\.0\/\d+$/, ".5") : "10.0.0.5";
  const open = admits(groupsById(ctx.account, task.securityGroups), target.Port, {
    groupIds: lb.SecurityGroups,
    ip: lbNodeIp,
  });
  if (!open) return timedOut;
  if (target.Port !== APP_PORT) {
    return { ok: false, reason: "Target.FailedHealthChecks", description: "Health checks failed" };
  }
  const path = group.HealthCheckPath || "/";
  if (path !== "/" && path !== "/index.html") {
    return {
      ok: false,
      reason: "Target.ResponseCodeMismatch",
      description: "Health checks failed with these codes: [404]",
    };
  }
  return { ok: true };
}

function checkTargets(ctx: Ctx, group: TargetGroup) {
  const now = ctx.state.now;
  group.Targets = group.Targets.filter(
    (t) => !(t.State === "draining" && now - t.since >= group.DeregistrationDelaySeconds * 1000),
  );
  if (group.LoadBalancerArns.length === 0) return;
  for (const target of group.Targets) {
    if (target.State === "draining" || target.State === "unused") continue;
    if (now - target.lastCheck < group.HealthCheckIntervalSeconds * 1000) continue;
    target.lastCheck = now;
    const result = healthCheck(ctx, group, target);
    const task = ctx.account.tasks.find((t) => t.taskArn === target.taskArn);
    if (result.ok) {
      target.streak = Math.max(0, target.streak) + 1;
      if (task) {
        writeLog(ctx, task, [
          accessLog(now, "10.0.0.5", group.HealthCheckPath || "/", 200, "ELB-HealthChecker/2.0"),
        ]);
      }
      // A newly registered target needs one passed check; an unhealthy one needs the threshold.
      const needed = target.State === "initial" ? 1 : group.HealthyThresholdCount;
      if (target.State !== "healthy" && target.streak >= needed) {
        target.State = "healthy";
        target.Reason = undefined;
        target.Description = undefined;
        target.since = now;
      }
    } else {
      target.streak = Math.min(0, target.streak) - 1;
      if (target.State !== "unhealthy" && -target.streak >= group.UnhealthyThresholdCount) {
        target.State = "unhealthy";
        target.Reason = result.reason;
        target.Description = result.description;
        target.since = now;
      }
      // After its grace period, ECS replaces a task its load balancer finds unhealthy.
      if (target.State === "unhealthy") replaceUnhealthy(ctx, group, target, result.description);
    }
  }
}

/** ECS stops a service's task that its load balancer finds unhealthy, after the grace period. */
function replaceUnhealthy(
  ctx: Ctx,
  group: TargetGroup,
  target: TargetGroup["Targets"][number],
  description: string,
) {
  const task = ctx.account.tasks.find((t) => t.taskArn === target.taskArn);
  if (!task || task.desiredStatus === "STOPPED") return;
  const service = serviceOf(ctx, task);
  if (!service) return;
  const grace = service.healthCheckGracePeriodSeconds * 1000;
  if (task.startedAt !== undefined && ctx.state.now - task.startedAt < grace) return;
  serviceEvent(
    ctx,
    service,
    `(service ${service.serviceName}) (port ${target.Port}) is unhealthy in (target-group ${group.TargetGroupArn}) due to (reason ${description}).`,
  );
  stopTask(
    ctx,
    task,
    "ServiceSchedulerInitiated",
    `Task failed ELB health checks in (target-group ${group.TargetGroupArn})`,
  );
  const deployment = service.deployments.find((d) => d.id === task.deploymentId);
  if (deployment) {
    deployment.failedTasks += 1;
    if (deployment.status === "PRIMARY") checkCircuitBreaker(ctx, service, deployment);
  }
  serviceEvent(
    ctx,
    service,
    `(service ${service.serviceName}) has stopped 1 running tasks: (task ${taskId(task)}).`,
  );
}

/** Whether a task counts as healthy for its service: running, and healthy in every target group. */
function isHealthy(ctx: Ctx, service: Service, task: Task) {
  if (task.lastStatus !== "RUNNING" || task.desiredStatus !== "RUNNING") return false;
  return service.loadBalancers.every((binding) => {
    const group = ctx.account.targetGroups.find((g) => g.TargetGroupArn === binding.targetGroupArn);
    return group?.Targets.some((t) => t.taskArn === task.taskArn && t.State === "healthy") ?? false;
  });
}

function checkCircuitBreaker(ctx: Ctx, service: Service, deployment: Deployment) {
  if (!service.circuitBreaker.enable || deployment.rolloutState !== "IN_PROGRESS") return;
  // The failure threshold is half the desired count, at least 3 and at most 200.
  const threshold = Math.min(200, Math.max(3, Math.ceil(service.desiredCount * 0.5)));
  if (deployment.failedTasks < threshold) return;
  deployment.rolloutState = "FAILED";
  deployment.rolloutStateReason = "ECS deployment circuit breaker: tasks failed to start.";
  serviceEvent(
    ctx,
    service,
    `(service ${service.serviceName}) deployment ${deployment.id} deployment failed: tasks failed to start.`,
  );
  if (!service.circuitBreaker.rollback) return;
  const previous = service.deployments.find((d) => d.status === "ACTIVE");
  if (!previous) return;
  deployment.status = "ACTIVE";
  previous.status = "PRIMARY";
  previous.desiredCount = service.desiredCount;
  previous.rolloutState = "IN_PROGRESS";
  previous.rolloutStateReason =
    "ECS deployment circuit breaker: rolling back to the previous deployment.";
  service.taskDefinition = previous.taskDefinition;
  service.deployments.sort((a, b) =>
    a.status === "PRIMARY" ? -1 : b.status === "PRIMARY" ? 1 : 0,
  );
  serviceEvent(
    ctx,
    service,
    `(service ${service.serviceName}) rolling back to deployment ${previous.id}.`,
  );
}

/** The service scheduler: one pass of what ECS does to make the service match its settings. */
function schedule(ctx: Ctx, service: Service) {
  const { account, state } = ctx;
  const now = state.now;
  const mine = account.tasks.filter(
    (t) => t.group === `service:${service.serviceName}` && t.clusterArn === service.clusterArn,
  );
  if (service.status === "DRAINING") {
    // The service turns INACTIVE once its tasks are past draining, while they may still be
    // stopping: a cluster cannot be deleted until they have stopped.
    const leaving = new Set<TaskStatus>(["STOPPING", "DEPROVISIONING", "STOPPED"]);
    if (mine.every((t) => leaving.has(t.lastStatus))) service.status = "INACTIVE";
    return;
  }
  if (service.status !== "ACTIVE") return;
  const cluster = account.clusters.find((c) => c.clusterArn === service.clusterArn);
  if (!cluster) return;
  if (service.launchType === "EC2") {
    if (service.desiredCount > 0 && now - (service.placementEventAt ?? -Infinity) >= 300_000) {
      service.placementEventAt = now;
      serviceEvent(
        ctx,
        service,
        `(service ${service.serviceName}) was unable to place a task because no container instance met all of its requirements. Reason: No Container Instances were found in your cluster. For more information, see the Troubleshooting section of the Amazon ECS Developer Guide.`,
      );
    }
    return;
  }
  const live = mine.filter((t) => t.desiredStatus === "RUNNING");
  const primary = service.deployments.find((d) => d.status === "PRIMARY");
  if (!primary) return;
  primary.desiredCount = service.desiredCount;
  const desired = service.desiredCount;
  const maxTotal = Math.floor((desired * service.maximumPercent) / 100);
  const minHealthy = Math.ceil((desired * service.minimumHealthyPercent) / 100);
  const ofPrimary = live.filter((t) => t.deploymentId === primary.id);
  const old = live.filter((t) => t.deploymentId !== primary.id);
  const healthyCount = live.filter((t) => isHealthy(ctx, service, t)).length;

  // Old deployments: stop what is not serving at once, and healthy tasks while enough stay.
  let canStop = Math.max(0, healthyCount - minHealthy);
  const stopped: Task[] = [];
  for (const task of [...old].sort(
    (a, b) => Number(isHealthy(ctx, service, a)) - Number(isHealthy(ctx, service, b)),
  )) {
    const healthy = isHealthy(ctx, service, task);
    if (healthy && canStop <= 0) continue;
    // Wait for the new tasks to come up before taking serving ones away.
    if (
      healthy &&
      ofPrimary.filter((t) => isHealthy(ctx, service, t)).length === 0 &&
      desired > 0 &&
      service.minimumHealthyPercent > 0
    )
      continue;
    if (healthy) canStop -= 1;
    stopTask(
      ctx,
      task,
      "ServiceSchedulerInitiated",
      `Deployment replaced this task (deployment ${primary.id})`,
    );
    stopped.push(task);
  }
  // Scale in: stop the newest tasks that are not serving first.
  if (ofPrimary.length > desired) {
    const extra = [...ofPrimary]
      .sort(
        (a, b) =>
          Number(isHealthy(ctx, service, a)) - Number(isHealthy(ctx, service, b)) ||
          b.createdAt - a.createdAt,
      )
      .slice(0, ofPrimary.length - desired);
    for (const task of extra) {
      stopTask(
        ctx,
        task,
        "ServiceSchedulerInitiated",
        "Scaling activity initiated by (deployment " + primary.id + ")",
      );
      stopped.push(task);
    }
  }
  if (stopped.length) {
    serviceEvent(
      ctx,
      service,
      `(service ${service.serviceName}) has stopped ${stopped.length} running tasks: ${stopped.map((t) => `(task ${taskId(t)})`).join(" ")}.`,
    );
    if (service.loadBalancers.length) {
      serviceEvent(
        ctx,
        service,
        `(service ${service.serviceName}) has begun draining connections on ${stopped.length} tasks.`,
      );
    }
  }

  // Start tasks for the primary deployment, within the maximum percent.
  const stillLive = live.length - stopped.length;
  const need =
    desired - (ofPrimary.length - stopped.filter((t) => t.deploymentId === primary.id).length);
  const room = Math.max(maxTotal - stillLive, old.length === 0 ? need : 0);
  const toStart = Math.min(need, room);
  if (toStart > 0 && (service.throttleUntil ?? 0) <= now) {
    const def = account.taskDefinitions.find((d) => d.taskDefinitionArn === primary.taskDefinition);
    if (def) {
      const started: Task[] = [];
      for (let i = 0; i < toStart; i++) {
        started.push(
          launchTask(ctx, {
            cluster,
            def,
            network: service.network,
            group: `service:${service.serviceName}`,
            startedBy: `ecs-svc/${primary.id.split("/")[1]?.slice(0, 19)}`,
            deploymentId: primary.id,
            containerName: service.loadBalancers[0]?.containerName,
          }),
        );
      }
      serviceEvent(
        ctx,
        service,
        `(service ${service.serviceName}) has started ${started.length} tasks: ${started.map((t) => `(task ${taskId(t)})`).join(" ")}.`,
      );
    }
  }

  // Old deployments with no tasks left are done.
  const remaining = account.tasks.filter(
    (t) => t.group === `service:${service.serviceName}` && t.desiredStatus === "RUNNING",
  );
  service.deployments = service.deployments.filter(
    (d) => d.status === "PRIMARY" || remaining.some((t) => t.deploymentId === d.id),
  );
  const primaryLive = remaining.filter((t) => t.deploymentId === primary.id);
  const steady =
    service.deployments.length === 1 &&
    primaryLive.length === desired &&
    primaryLive.every((t) => isHealthy(ctx, service, t));
  if (steady) {
    service.failureStreak = 0;
    if (primary.rolloutState === "IN_PROGRESS") {
      primary.rolloutState = "COMPLETED";
      primary.rolloutStateReason = "ECS deployment ecs-svc completed.";
      primary.updatedAt = now;
      serviceEvent(
        ctx,
        service,
        `(service ${service.serviceName}) deployment ${primary.id} deployment completed.`,
      );
    }
    if (service.steadySince === undefined) {
      service.steadySince = now;
      serviceEvent(ctx, service, `(service ${service.serviceName}) has reached a steady state.`);
    }
  } else {
    service.steadySince = undefined;
  }
}
