import { longId } from "../account";
import { fail } from "../errors";
import { nextHex } from "../ids";
import { validateRegistration } from "../taskdef";
import type { Cluster, Deployment, Service, Task, TaskDefinition } from "../types";
import { type Ctx, type Handler, iso, num, record, records, str, strings } from "./context";
import { launchTask, serviceEvent, stopTask } from "../sim";

const arn = (ctx: Ctx, resource: string) =>
  `arn:aws:ecs:${ctx.region}:${ctx.account.accountId}:${resource}`;

/** A cluster by name or ARN; the `default` cluster when none is named. */
export function findCluster(ctx: Ctx, ref: unknown): Cluster | undefined {
  const name = str(ref) ?? "default";
  return ctx.account.clusters.find(
    (c) => c.status === "ACTIVE" && (c.clusterName === name || c.clusterArn === name),
  );
}

function requireCluster(ctx: Ctx, ref: unknown): Cluster {
  return findCluster(ctx, ref) ?? fail("ClusterNotFoundException", "Cluster not found.");
}

/** `family`, `family:revision` or an ARN: the latest ACTIVE revision when none is given. */
export function findTaskDefinition(ctx: Ctx, ref: unknown): TaskDefinition | undefined {
  const text = str(ref) ?? "";
  const defs = ctx.account.taskDefinitions;
  const byArn = defs.find((d) => d.taskDefinitionArn === text);
  if (byArn) return byArn;
  const match = /^(?:arn:aws:ecs:[^:]+:\d+:task-definition\/)?([A-Za-z0-9_-]+)(?::(\d+))?$/.exec(
    text,
  );
  if (!match) return undefined;
  const [, family, revision] = match;
  if (revision) return defs.find((d) => d.family === family && d.revision === Number(revision));
  return defs
    .filter((d) => d.family === family && d.status === "ACTIVE")
    .sort((a, b) => b.revision - a.revision)[0];
}

function findService(ctx: Ctx, cluster: Cluster, ref: unknown, includeInactive = false) {
  const name = str(ref) ?? "";
  const candidates = ctx.account.services.filter(
    (s) =>
      s.clusterArn === cluster.clusterArn &&
      (s.serviceName === name || s.serviceArn === name) &&
      (includeInactive || s.status !== "INACTIVE"),
  );
  return candidates[candidates.length - 1];
}

export function describeCluster(ctx: Ctx, cluster: Cluster) {
  const tasks = ctx.account.tasks.filter((t) => t.clusterArn === cluster.clusterArn);
  return {
    clusterArn: cluster.clusterArn,
    clusterName: cluster.clusterName,
    status: cluster.status,
    registeredContainerInstancesCount: 0,
    runningTasksCount: tasks.filter((t) => t.lastStatus === "RUNNING").length,
    pendingTasksCount: tasks.filter((t) =>
      ["PROVISIONING", "PENDING", "ACTIVATING"].includes(t.lastStatus),
    ).length,
    activeServicesCount: ctx.account.services.filter(
      (s) => s.clusterArn === cluster.clusterArn && s.status === "ACTIVE",
    ).length,
    statistics: [],
    tags: [],
    settings: [{ name: "containerInsights", value: "disabled" }],
    capacityProviders: [],
    defaultCapacityProviderStrategy: [],
  };
}

export function describeTaskDefinition(def: TaskDefinition) {
  const body = def.body;
  const containers = records(body.containerDefinitions);
  const requiresAttributes = [
    { name: "com.amazonaws.ecs.capability.logging-driver.awslogs" },
    { name: "ecs.capability.execution-role-awslogs" },
    { name: "com.amazonaws.ecs.capability.ecr-auth" },
    { name: "com.amazonaws.ecs.capability.docker-remote-api.1.19" },
    { name: "ecs.capability.execution-role-ecr-pull" },
    { name: "com.amazonaws.ecs.capability.docker-remote-api.1.18" },
    { name: "ecs.capability.task-eni" },
  ];
  return {
    taskDefinitionArn: def.taskDefinitionArn,
    containerDefinitions: containers.map((c) => ({
      ...c,
      cpu: num(c.cpu) ?? 0,
      portMappings: records(c.portMappings).map((p) => ({
        ...p,
        hostPort: num(p.hostPort) ?? num(p.containerPort),
        protocol: str(p.protocol) ?? "tcp",
      })),
      essential: c.essential !== false,
      environment: c.environment ?? [],
      mountPoints: c.mountPoints ?? [],
      volumesFrom: c.volumesFrom ?? [],
      systemControls: [],
    })),
    family: def.family,
    ...(body.taskRoleArn ? { taskRoleArn: body.taskRoleArn } : {}),
    ...(body.executionRoleArn ? { executionRoleArn: body.executionRoleArn } : {}),
    networkMode: body.networkMode ?? "bridge",
    revision: def.revision,
    volumes: body.volumes ?? [],
    status: def.status,
    requiresAttributes,
    placementConstraints: [],
    compatibilities: ["EC2", "FARGATE"],
    ...(body.runtimePlatform ? { runtimePlatform: body.runtimePlatform } : {}),
    requiresCompatibilities: body.requiresCompatibilities ?? [],
    cpu: body.cpu,
    memory: body.memory,
    registeredAt: iso(def.registeredAt),
    registeredBy: ctx0UserArn,
  };
}

// Who registers task definitions in the lab: the student's own IAM user.
const ctx0UserArn = "arn:aws:iam::123456789012:user/student";

export function describeService(ctx: Ctx, service: Service) {
  const tasksOf = (deploymentId?: string) =>
    ctx.account.tasks.filter(
      (t) =>
        t.group === `service:${service.serviceName}` &&
        t.clusterArn === service.clusterArn &&
        t.desiredStatus === "RUNNING" &&
        (deploymentId === undefined || t.deploymentId === deploymentId),
    );
  const counts = (tasks: Task[]) => ({
    runningCount: tasks.filter((t) => t.lastStatus === "RUNNING").length,
    pendingCount: tasks.filter((t) =>
      ["PROVISIONING", "PENDING", "ACTIVATING"].includes(t.lastStatus),
    ).length,
  });
  const network = {
    awsvpcConfiguration: {
      subnets: service.network.subnets,
      securityGroups: service.network.securityGroups,
      assignPublicIp: service.network.assignPublicIp,
    },
  };
  const all = counts(tasksOf());
  return {
    serviceArn: service.serviceArn,
    serviceName: service.serviceName,
    clusterArn: service.clusterArn,
    loadBalancers: service.loadBalancers,
    serviceRegistries: [],
    status: service.status,
    desiredCount: service.desiredCount,
    runningCount: all.runningCount,
    pendingCount: all.pendingCount,
    launchType: service.launchType,
    platformVersion: "LATEST",
    platformFamily: "Linux",
    taskDefinition: service.taskDefinition,
    deploymentConfiguration: {
      deploymentCircuitBreaker: service.circuitBreaker,
      maximumPercent: service.maximumPercent,
      minimumHealthyPercent: service.minimumHealthyPercent,
    },
    deployments: service.deployments.map((d: Deployment) => ({
      id: d.id,
      status: d.status,
      taskDefinition: d.taskDefinition,
      desiredCount: d.desiredCount,
      ...counts(tasksOf(d.id)),
      failedTasks: d.failedTasks,
      createdAt: iso(d.createdAt),
      updatedAt: iso(d.updatedAt),
      launchType: service.launchType,
      platformVersion: "1.4.0",
      platformFamily: "Linux",
      networkConfiguration: network,
      rolloutState: d.rolloutState,
      rolloutStateReason: d.rolloutStateReason,
    })),
    roleArn: `arn:aws:iam::${ctx.account.accountId}:role/aws-service-role/ecs.amazonaws.com/AWSServiceRoleForECS`,
    events: service.events.slice(0, 100).map((e) => ({
      id: e.id,
      createdAt: iso(e.createdAt),
      message: e.message,
    })),
    createdAt: iso(service.createdAt),
    placementConstraints: [],
    placementStrategy: [],
    networkConfiguration: network,
    ...(service.loadBalancers.length
      ? { healthCheckGracePeriodSeconds: service.healthCheckGracePeriodSeconds }
      : {}),
    schedulingStrategy: "REPLICA",
    deploymentController: { type: "ECS" },
    createdBy: ctx.account.userArn,
    enableECSManagedTags: false,
    propagateTags: "NONE",
    enableExecuteCommand: false,
    availabilityZoneRebalancing: "ENABLED",
  };
}

export function describeTask(task: Task) {
  const taskId = task.taskArn.split("/").pop();
  return {
    attachments: [
      {
        id: `${taskId?.slice(0, 8)}-eni`,
        type: "ElasticNetworkInterface",
        status:
          task.lastStatus === "STOPPED"
            ? "DELETED"
            : task.lastStatus === "PROVISIONING"
              ? "PRECREATED"
              : "ATTACHED",
        details: [
          { name: "subnetId", value: task.subnetId },
          { name: "networkInterfaceId", value: `eni-0${taskId?.slice(0, 16)}` },
          { name: "privateIPv4Address", value: task.privateIp },
        ],
      },
    ],
    availabilityZone: task.availabilityZone,
    clusterArn: task.clusterArn,
    connectivity: "CONNECTED",
    containers: [
      {
        containerArn: `${task.taskArn.replace(":task/", ":container/")}/${task.container.name}`,
        taskArn: task.taskArn,
        name: task.container.name,
        image: task.container.image,
        lastStatus: task.container.lastStatus,
        ...(task.container.exitCode !== undefined ? { exitCode: task.container.exitCode } : {}),
        ...(task.container.reason ? { reason: task.container.reason } : {}),
        networkInterfaces: [
          { attachmentId: `${taskId?.slice(0, 8)}-eni`, privateIpv4Address: task.privateIp },
        ],
        healthStatus: "UNKNOWN",
      },
    ],
    cpu: task.cpu,
    createdAt: iso(task.createdAt),
    desiredStatus: task.desiredStatus,
    enableExecuteCommand: false,
    group: task.group,
    healthStatus: "UNKNOWN",
    lastStatus: task.lastStatus,
    launchType: "FARGATE",
    memory: task.memory,
    platformVersion: "1.4.0",
    platformFamily: "Linux",
    ...(task.startedAt ? { startedAt: iso(task.startedAt) } : {}),
    ...(task.startedBy ? { startedBy: task.startedBy } : {}),
    ...(task.stopCode ? { stopCode: task.stopCode } : {}),
    ...(task.stoppedReason ? { stoppedReason: task.stoppedReason } : {}),
    ...(task.stoppingAt ? { stoppingAt: iso(task.stoppingAt) } : {}),
    ...(task.stoppedAt ? { stoppedAt: iso(task.stoppedAt) } : {}),
    tags: [],
    taskArn: task.taskArn,
    taskDefinitionArn: task.taskDefinitionArn,
    version: 1,
    ephemeralStorage: { sizeInGiB: 20 },
  };
}

/** Checks an `awsvpcConfiguration` against the VPC, as ECS does on create-service and run-task. */
function networkConfiguration(ctx: Ctx, value: unknown, def: TaskDefinition) {
  const awsvpc = record(record(value).awsvpcConfiguration);
  if (!value || !record(value).awsvpcConfiguration) {
    if (def.body.networkMode === "awsvpc") {
      fail(
        "InvalidParameterException",
        "Network Configuration must be provided when networkMode 'awsvpc' is specified.",
      );
    }
  }
  const subnets = strings(awsvpc.subnets);
  if (subnets.length === 0) fail("InvalidParameterException", "subnets can not be empty.");
  for (const id of subnets) {
    if (!ctx.account.subnets.some((s) => s.SubnetId === id)) {
      fail(
        "InvalidParameterException",
        `Error retrieving subnet information for [${id}]: The subnet ID '${id}' does not exist (ErrorCode: InvalidSubnetID.NotFound)`,
      );
    }
  }
  const securityGroups = strings(awsvpc.securityGroups);
  for (const id of securityGroups) {
    if (!ctx.account.securityGroups.some((g) => g.GroupId === id)) {
      fail(
        "InvalidParameterException",
        `Error retrieving security group information for [${id}]: The security group '${id}' does not exist (ErrorCode: InvalidGroup.NotFound)`,
      );
    }
  }
  const assign = str(awsvpc.assignPublicIp) ?? "DISABLED";
  if (assign !== "ENABLED" && assign !== "DISABLED") {
    fail(
      "InvalidParameterException",
      `Invalid value for assignPublicIp: ${assign}. Valid values are ENABLED and DISABLED.`,
    );
  }
  // Without security groups, ECS uses the VPC's default one.
  const groups = securityGroups.length
    ? securityGroups
    : ctx.account.securityGroups.filter((g) => g.GroupName === "default").map((g) => g.GroupId);
  return { subnets, securityGroups: groups, assignPublicIp: assign as "ENABLED" | "DISABLED" };
}

function requireFargateCompatible(def: TaskDefinition) {
  if (!strings(def.body.requiresCompatibilities).includes("FARGATE")) {
    fail("InvalidParameterException", "Task definition does not support launch_type FARGATE.");
  }
}

function activeTaskDefinition(ctx: Ctx, ref: unknown): TaskDefinition {
  const def = findTaskDefinition(ctx, ref);
  if (!def) fail("ClientException", "TaskDefinition not found.");
  if (def.status !== "ACTIVE") fail("ClientException", "TaskDefinition is inactive");
  return def;
}

const createCluster: Handler = (ctx, p) => {
  const name = str(p.clusterName) ?? "default";
  if (!/^[A-Za-z0-9_-]{1,255}$/.test(name)) {
    fail(
      "InvalidParameterException",
      "Cluster name can only contain letters, numbers, hyphens and underscores, and be up to 255 characters long.",
    );
  }
  let cluster = findCluster(ctx, name);
  if (!cluster) {
    cluster = {
      clusterName: name,
      clusterArn: arn(ctx, `cluster/${name}`),
      status: "ACTIVE",
    };
    ctx.account.clusters = ctx.account.clusters.filter((c) => c.clusterName !== name);
    ctx.account.clusters.push(cluster);
  }
  return { cluster: describeCluster(ctx, cluster) };
};

const deleteCluster: Handler = (ctx, p) => {
  const cluster = requireCluster(ctx, p.cluster);
  const services = ctx.account.services.filter(
    (s) => s.clusterArn === cluster.clusterArn && s.status !== "INACTIVE",
  );
  if (services.length) {
    fail(
      "ClusterContainsServicesException",
      "The Cluster cannot be deleted while Services are active.",
    );
  }
  if (
    ctx.account.tasks.some((t) => t.clusterArn === cluster.clusterArn && t.lastStatus !== "STOPPED")
  ) {
    fail("ClusterContainsTasksException", "The Cluster cannot be deleted while Tasks are active.");
  }
  cluster.status = "INACTIVE";
  return { cluster: describeCluster(ctx, cluster) };
};

const describeClusters: Handler = (ctx, p) => {
  const refs = strings(p.clusters);
  const wanted = refs.length ? refs : ["default"];
  const clusters = [];
  const failures = [];
  for (const ref of wanted) {
    const cluster = ctx.account.clusters.find((c) => c.clusterName === ref || c.clusterArn === ref);
    if (cluster) clusters.push(describeCluster(ctx, cluster));
    else
      failures.push({
        arn: ref.startsWith("arn:") ? ref : arn(ctx, `cluster/${ref}`),
        reason: "MISSING",
      });
  }
  return { clusters, failures };
};

const listClusters: Handler = (ctx) => ({
  clusterArns: ctx.account.clusters.filter((c) => c.status === "ACTIVE").map((c) => c.clusterArn),
});

const registerTaskDefinition: Handler = (ctx, p) => {
  const problem = validateRegistration(p);
  if (problem) fail(problem.code, problem.message);
  const family = str(p.family)!;
  const revision =
    Math.max(
      0,
      ...ctx.account.taskDefinitions.filter((d) => d.family === family).map((d) => d.revision),
    ) + 1;
  const body: Record<string, unknown> = { ...p };
  delete body.tags;
  const def: TaskDefinition = {
    taskDefinitionArn: arn(ctx, `task-definition/${family}:${revision}`),
    family,
    revision,
    status: "ACTIVE",
    body,
    registeredAt: ctx.state.now,
  };
  ctx.account.taskDefinitions.push(def);
  return { taskDefinition: describeTaskDefinition(def), tags: p.tags ?? [] };
};

const deregisterTaskDefinition: Handler = (ctx, p) => {
  const ref = str(p.taskDefinition) ?? "";
  if (!/:\d+$/.test(ref)) {
    fail(
      "InvalidParameterException",
      "Invalid revision number. Number: " + (ref.split(":")[1] ?? ""),
    );
  }
  const def = findTaskDefinition(ctx, ref);
  if (!def) fail("ClientException", "The specified task definition does not exist.");
  def.status = "INACTIVE";
  return { taskDefinition: { ...describeTaskDefinition(def), deregisteredAt: iso(ctx.state.now) } };
};

const describeTaskDefinitionHandler: Handler = (ctx, p) => {
  const def = findTaskDefinition(ctx, p.taskDefinition);
  if (!def) fail("ClientException", "Unable to describe task definition.");
  return { taskDefinition: describeTaskDefinition(def), tags: [] };
};

const listTaskDefinitions: Handler = (ctx, p) => {
  const prefix = str(p.familyPrefix);
  const status = str(p.status) ?? "ACTIVE";
  const defs = ctx.account.taskDefinitions.filter(
    (d) => (status === "ALL" || d.status === status) && (!prefix || d.family === prefix),
  );
  const sorted = str(p.sort) === "DESC" ? [...defs].reverse() : defs;
  return { taskDefinitionArns: sorted.map((d) => d.taskDefinitionArn) };
};

const listTaskDefinitionFamilies: Handler = (ctx, p) => {
  const prefix = str(p.familyPrefix) ?? "";
  const status = str(p.status) ?? "ACTIVE";
  const families = new Set(
    ctx.account.taskDefinitions
      .filter((d) => d.family.startsWith(prefix))
      .filter((d) => status === "ALL" || d.status === status)
      .map((d) => d.family),
  );
  return { families: [...families] };
};

function checkLoadBalancers(ctx: Ctx, value: unknown, def: TaskDefinition) {
  const result = [];
  for (const lb of records(value)) {
    const targetGroupArn = str(lb.targetGroupArn) ?? "";
    const containerName = str(lb.containerName) ?? "";
    const containerPort = num(lb.containerPort) ?? 0;
    const group = ctx.account.targetGroups.find((g) => g.TargetGroupArn === targetGroupArn);
    if (!group) {
      fail(
        "InvalidParameterException",
        "Unable to assume role and validate the specified targetGroupArn. Please verify that the ECS service role being passed has the proper permissions.",
      );
    }
    if (group.LoadBalancerArns.length === 0) {
      fail(
        "InvalidParameterException",
        `The target group with targetGroupArn ${targetGroupArn} does not have an associated load balancer.`,
      );
    }
    if (group.TargetType !== "ip" && def.body.networkMode === "awsvpc") {
      fail(
        "InvalidParameterException",
        `The provided target group ${targetGroupArn} has target type ${group.TargetType}, which is incompatible with the awsvpc network mode specified in the task definition.`,
      );
    }
    const container = records(def.body.containerDefinitions).find((c) => c.name === containerName);
    if (!container) {
      fail(
        "InvalidParameterException",
        `The container ${containerName} does not exist in the task definition.`,
      );
    }
    if (!records(container.portMappings).some((m) => m.containerPort === containerPort)) {
      fail(
        "InvalidParameterException",
        `The container ${containerName} did not have a container port ${containerPort} defined.`,
      );
    }
    result.push({ targetGroupArn, containerName, containerPort });
  }
  if (result.length > 5) {
    fail("InvalidParameterException", "A service can have at most 5 target groups.");
  }
  return result;
}

function newDeployment(ctx: Ctx, service: Service, taskDefinition: string): Deployment {
  // ECS deployment ids look like `ecs-svc/` followed by 19 digits.
  const digits = nextHex(ctx.state, 16)
    .split("")
    .map((c) => (parseInt(c, 16) % 10).toString())
    .join("");
  return {
    id: `ecs-svc/${digits}${digits.slice(0, 3)}`,
    status: "PRIMARY",
    taskDefinition,
    desiredCount: service.desiredCount,
    rolloutState: "IN_PROGRESS",
    rolloutStateReason: "ECS deployment ecs-svc in progress.",
    createdAt: ctx.state.now,
    updatedAt: ctx.state.now,
    failedTasks: 0,
  };
}

const createService: Handler = (ctx, p) => {
  const cluster = requireCluster(ctx, p.cluster);
  const name = str(p.serviceName) ?? "";
  if (findService(ctx, cluster, name)) {
    fail("InvalidParameterException", "Creation of service was not idempotent.");
  }
  const def = activeTaskDefinition(ctx, p.taskDefinition);
  // Without a launch type or a capacity provider strategy, ECS uses the EC2 launch type; the
  // service is created, and then cannot place tasks on a cluster with no container instances.
  const launchType = str(p.launchType) ?? (p.capacityProviderStrategy ? "FARGATE" : "EC2");
  if (launchType !== "FARGATE" && launchType !== "EC2") {
    fail("InvalidParameterException", `launchType ${launchType} is not supported in the lab.`);
  }
  if (launchType === "FARGATE") requireFargateCompatible(def);
  const network = networkConfiguration(ctx, p.networkConfiguration, def);
  const loadBalancers = checkLoadBalancers(ctx, p.loadBalancers, def);
  const grace = num(p.healthCheckGracePeriodSeconds);
  if (grace !== undefined && loadBalancers.length === 0) {
    fail(
      "InvalidParameterException",
      "Health check grace period is only valid for services configured to use load balancers",
    );
  }
  const deployment = record(p.deploymentConfiguration);
  const breaker = record(deployment.deploymentCircuitBreaker);
  const desiredCount = num(p.desiredCount) ?? 0;
  const service: Service = {
    serviceName: name,
    serviceArn: arn(ctx, `service/${cluster.clusterName}/${name}`),
    clusterArn: cluster.clusterArn,
    status: "ACTIVE",
    desiredCount,
    launchType,
    taskDefinition: def.taskDefinitionArn,
    network,
    loadBalancers,
    healthCheckGracePeriodSeconds: grace ?? 0,
    minimumHealthyPercent: num(deployment.minimumHealthyPercent) ?? 100,
    maximumPercent: num(deployment.maximumPercent) ?? 200,
    circuitBreaker: { enable: breaker.enable === true, rollback: breaker.rollback === true },
    deployments: [],
    events: [],
    createdAt: ctx.state.now,
  };
  service.deployments.push(newDeployment(ctx, service, def.taskDefinitionArn));
  ctx.account.services.push(service);
  return { service: describeService(ctx, service) };
};

const updateService: Handler = (ctx, p) => {
  const cluster = requireCluster(ctx, p.cluster);
  const service = findService(ctx, cluster, p.service);
  if (!service) fail("ServiceNotFoundException", "Service not found.");
  if (service.status !== "ACTIVE") fail("ServiceNotActiveException", "Service was not ACTIVE.");
  const desired = num(p.desiredCount);
  let redeploy = p.forceNewDeployment === true;
  let def = ctx.account.taskDefinitions.find(
    (d) => d.taskDefinitionArn === service.taskDefinition,
  )!;
  if (p.taskDefinition !== undefined) {
    def = activeTaskDefinition(ctx, p.taskDefinition);
    requireFargateCompatible(def);
    if (def.taskDefinitionArn !== service.taskDefinition) redeploy = true;
  }
  if (p.networkConfiguration !== undefined) {
    service.network = networkConfiguration(ctx, p.networkConfiguration, def);
    redeploy = true;
  }
  if (p.loadBalancers !== undefined) {
    service.loadBalancers = checkLoadBalancers(ctx, p.loadBalancers, def);
    redeploy = true;
  }
  const grace = num(p.healthCheckGracePeriodSeconds);
  if (grace !== undefined) service.healthCheckGracePeriodSeconds = grace;
  const deployment = record(p.deploymentConfiguration);
  if (num(deployment.minimumHealthyPercent) !== undefined) {
    service.minimumHealthyPercent = num(deployment.minimumHealthyPercent)!;
  }
  if (num(deployment.maximumPercent) !== undefined) {
    service.maximumPercent = num(deployment.maximumPercent)!;
  }
  if (deployment.deploymentCircuitBreaker) {
    const breaker = record(deployment.deploymentCircuitBreaker);
    service.circuitBreaker = {
      enable: breaker.enable === true,
      rollback: breaker.rollback === true,
    };
  }
  if (desired !== undefined) {
    service.desiredCount = desired;
    const primary = service.deployments.find((d) => d.status === "PRIMARY");
    if (primary) primary.desiredCount = desired;
  }
  if (redeploy) {
    service.taskDefinition = def.taskDefinitionArn;
    for (const d of service.deployments) {
      if (d.status === "PRIMARY") d.status = "ACTIVE";
    }
    service.deployments.unshift(newDeployment(ctx, service, def.taskDefinitionArn));
    service.steadySince = undefined;
  }
  return { service: describeService(ctx, service) };
};

const deleteService: Handler = (ctx, p) => {
  const cluster = requireCluster(ctx, p.cluster);
  const service = findService(ctx, cluster, p.service);
  if (!service) fail("ServiceNotFoundException", "Service not found.");
  if (service.status !== "ACTIVE") fail("ServiceNotActiveException", "Service was not ACTIVE.");
  if (service.desiredCount > 0 && p.force !== true) {
    fail("InvalidParameterException", "The service cannot be stopped while it is scaled above 0.");
  }
  service.desiredCount = 0;
  service.status = "DRAINING";
  for (const task of ctx.account.tasks) {
    if (task.group === `service:${service.serviceName}` && task.clusterArn === cluster.clusterArn) {
      stopTask(ctx, task, "ServiceSchedulerInitiated", "Service was deleted or set to DRAINING");
    }
  }
  return { service: describeService(ctx, service) };
};

const describeServices: Handler = (ctx, p) => {
  const cluster = requireCluster(ctx, p.cluster);
  const services = [];
  const failures = [];
  for (const ref of strings(p.services)) {
    const service = findService(ctx, cluster, ref, true);
    if (service) services.push(describeService(ctx, service));
    else {
      failures.push({
        arn: ref.startsWith("arn:") ? ref : arn(ctx, `service/${cluster.clusterName}/${ref}`),
        reason: "MISSING",
      });
    }
  }
  return { services, failures };
};

const listServices: Handler = (ctx, p) => {
  const cluster = requireCluster(ctx, p.cluster);
  return {
    serviceArns: ctx.account.services
      .filter((s) => s.clusterArn === cluster.clusterArn && s.status !== "INACTIVE")
      .map((s) => s.serviceArn),
  };
};

const runTask: Handler = (ctx, p) => {
  const cluster = requireCluster(ctx, p.cluster);
  const def = activeTaskDefinition(ctx, p.taskDefinition);
  const launchType = str(p.launchType) ?? "EC2";
  if (launchType !== "FARGATE") {
    fail("InvalidParameterException", "No Container Instances were found in your cluster.");
  }
  requireFargateCompatible(def);
  const network = networkConfiguration(ctx, p.networkConfiguration, def);
  const count = num(p.count) ?? 1;
  if (count < 1 || count > 10) {
    fail("InvalidParameterException", "Count must be between 1 and 10.");
  }
  const tasks = [];
  for (let i = 0; i < count; i++) {
    const task = launchTask(ctx, {
      cluster,
      def,
      network,
      group: str(p.group) ?? `family:${def.family}`,
      startedBy: str(p.startedBy),
    });
    tasks.push(describeTask(task));
  }
  return { tasks, failures: [] };
};

function findTask(ctx: Ctx, cluster: Cluster, ref: unknown) {
  const text = str(ref) ?? "";
  return ctx.account.tasks.find(
    (t) =>
      t.clusterArn === cluster.clusterArn && (t.taskArn === text || t.taskArn.endsWith(`/${text}`)),
  );
}

const stopTaskHandler: Handler = (ctx, p) => {
  const cluster = requireCluster(ctx, p.cluster);
  const task = findTask(ctx, cluster, p.task);
  if (!task) fail("InvalidParameterException", "The referenced task was not found.");
  stopTask(ctx, task, "UserInitiated", str(p.reason) ?? "Task stopped by user");
  return { task: describeTask(task) };
};

const describeTasks: Handler = (ctx, p) => {
  const cluster = requireCluster(ctx, p.cluster);
  const tasks = [];
  const failures = [];
  for (const ref of strings(p.tasks)) {
    const task = findTask(ctx, cluster, ref);
    if (task) tasks.push(describeTask(task));
    else {
      failures.push({
        arn: ref.startsWith("arn:") ? ref : arn(ctx, `task/${cluster.clusterName}/${ref}`),
        reason: "MISSING",
      });
    }
  }
  return { tasks, failures };
};

const listTasks: Handler = (ctx, p) => {
  const cluster = requireCluster(ctx, p.cluster);
  const serviceName = str(p.serviceName);
  if (serviceName && !findService(ctx, cluster, serviceName)) {
    fail("ServiceNotFoundException", "Service not found.");
  }
  const desired = str(p.desiredStatus) ?? "RUNNING";
  const family = str(p.family);
  return {
    taskArns: ctx.account.tasks
      .filter((t) => t.clusterArn === cluster.clusterArn)
      .filter((t) => t.desiredStatus === desired)
      .filter((t) => !serviceName || t.group === `service:${serviceName}`)
      .filter((t) => !family || t.taskDefinitionArn.includes(`task-definition/${family}:`))
      .map((t) => t.taskArn),
  };
};

/** ECS operations the lab answers, by API name. */
export const ecsHandlers: Record<string, Handler> = {
  CreateCluster: createCluster,
  CreateService: createService,
  DeleteCluster: deleteCluster,
  DeleteService: deleteService,
  DeregisterTaskDefinition: deregisterTaskDefinition,
  DescribeClusters: describeClusters,
  DescribeServices: describeServices,
  DescribeTaskDefinition: describeTaskDefinitionHandler,
  DescribeTasks: describeTasks,
  ListClusters: listClusters,
  ListServices: listServices,
  ListTaskDefinitionFamilies: listTaskDefinitionFamilies,
  ListTaskDefinitions: listTaskDefinitions,
  ListTasks: listTasks,
  RegisterTaskDefinition: registerTaskDefinition,
  RunTask: runTask,
  StopTask: stopTaskHandler,
  UpdateService: updateService,
};

export { longId, serviceEvent };
