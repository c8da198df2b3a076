import { fail } from "../errors";
import { nextHex } from "../ids";
import type { LoadBalancer, TargetGroup } from "../types";
import { type Ctx, type Handler, iso, num, records, str, strings } from "./context";

const arn = (ctx: Ctx, resource: string) =>
  `arn:aws:elasticloadbalancing:${ctx.region}:${ctx.account.accountId}:${resource}`;

function requireTargetGroup(ctx: Ctx, ref: unknown): TargetGroup {
  const group = ctx.account.targetGroups.find((g) => g.TargetGroupArn === str(ref));
  if (!group) fail("TargetGroupNotFound", "One or more target groups not found");
  return group;
}

function requireLoadBalancer(ctx: Ctx, ref: unknown): LoadBalancer {
  const lb = ctx.account.loadBalancers.find((l) => l.LoadBalancerArn === str(ref));
  if (!lb) fail("LoadBalancerNotFound", "One or more load balancers not found");
  return lb;
}

function targetGroupView(group: TargetGroup) {
  return {
    TargetGroupArn: group.TargetGroupArn,
    TargetGroupName: group.TargetGroupName,
    Protocol: group.Protocol,
    Port: group.Port,
    VpcId: group.VpcId,
    HealthCheckProtocol: group.Protocol,
    HealthCheckPort: "traffic-port",
    HealthCheckEnabled: true,
    HealthCheckIntervalSeconds: group.HealthCheckIntervalSeconds,
    HealthCheckTimeoutSeconds: group.HealthCheckTimeoutSeconds,
    HealthyThresholdCount: group.HealthyThresholdCount,
    UnhealthyThresholdCount: group.UnhealthyThresholdCount,
    HealthCheckPath: group.HealthCheckPath,
    Matcher: { HttpCode: group.Matcher },
    LoadBalancerArns: group.LoadBalancerArns,
    TargetType: group.TargetType,
    ProtocolVersion: "HTTP1",
    IpAddressType: "ipv4",
  };
}

function loadBalancerView(ctx: Ctx, lb: LoadBalancer) {
  return {
    LoadBalancerArn: lb.LoadBalancerArn,
    DNSName: lb.DNSName,
    CanonicalHostedZoneId: "Z35SXDOTRQ7X7K",
    CreatedTime: iso(lb.CreatedTime),
    LoadBalancerName: lb.LoadBalancerName,
    Scheme: lb.Scheme,
    VpcId: lb.VpcId,
    State: { Code: lb.State },
    Type: lb.Type,
    AvailabilityZones: lb.Subnets.map((id) => ({
      ZoneName: ctx.account.subnets.find((s) => s.SubnetId === id)?.AvailabilityZone,
      SubnetId: id,
      LoadBalancerAddresses: [],
    })),
    SecurityGroups: lb.SecurityGroups,
    IpAddressType: "ipv4",
  };
}

const NAME = /^(?!internal-)[A-Za-z0-9](?:[A-Za-z0-9-]{0,30}[A-Za-z0-9])?$/;

const createTargetGroup: Handler = (ctx, p) => {
  const name = str(p.Name) ?? "";
  if (!NAME.test(name)) {
    fail(
      "ValidationError",
      `Target group name '${name}' can only contain characters that are alphanumeric characters or hyphens(-), must be no more than 32 characters, and must not begin or end with a hyphen`,
    );
  }
  const type = (str(p.TargetType) ?? "instance") as TargetGroup["TargetType"];
  const protocol = str(p.Protocol);
  const port = num(p.Port);
  const vpcId = str(p.VpcId);
  if (type !== "lambda") {
    if (!protocol) fail("ValidationError", "A protocol must be specified");
    if (port === undefined) fail("ValidationError", "A port must be specified");
    if (!vpcId) fail("ValidationError", "A VPC ID must be specified");
    if (vpcId !== ctx.account.vpc.VpcId)
      fail("ValidationError", `The VPC ID '${vpcId}' is not found`);
  }
  const settings = {
    Protocol: protocol ?? "HTTP",
    Port: port ?? 80,
    VpcId: vpcId ?? ctx.account.vpc.VpcId,
    TargetType: type,
    HealthCheckPath: str(p.HealthCheckPath) ?? "/",
    HealthCheckIntervalSeconds: num(p.HealthCheckIntervalSeconds) ?? 30,
    HealthCheckTimeoutSeconds: num(p.HealthCheckTimeoutSeconds) ?? 5,
    HealthyThresholdCount: num(p.HealthyThresholdCount) ?? 5,
    UnhealthyThresholdCount: num(p.UnhealthyThresholdCount) ?? 2,
    Matcher: str((p.Matcher as Record<string, unknown> | undefined)?.HttpCode) ?? "200",
  };
  const existing = ctx.account.targetGroups.find((g) => g.TargetGroupName === name);
  if (existing) {
    const same = (Object.keys(settings) as (keyof typeof settings)[]).every(
      (key) => existing[key] === settings[key],
    );
    if (!same) {
      fail(
        "DuplicateTargetGroupName",
        `A target group with the same name '${name}' exists, but with different settings`,
      );
    }
    return { TargetGroups: [targetGroupView(existing)] };
  }
  const group: TargetGroup = {
    TargetGroupArn: arn(ctx, `targetgroup/${name}/${nextHex(ctx.state, 16)}`),
    TargetGroupName: name,
    ...settings,
    DeregistrationDelaySeconds: 300,
    LoadBalancerArns: [],
    Targets: [],
  };
  ctx.account.targetGroups.push(group);
  return { TargetGroups: [targetGroupView(group)] };
};

const describeTargetGroups: Handler = (ctx, p) => {
  const arns = strings(p.TargetGroupArns);
  const names = strings(p.Names);
  const lbArn = str(p.LoadBalancerArn);
  let groups = ctx.account.targetGroups;
  if (arns.length) groups = arns.map((a) => requireTargetGroup(ctx, a));
  if (names.length) {
    for (const name of names) {
      if (!groups.some((g) => g.TargetGroupName === name)) {
        fail("TargetGroupNotFound", `One or more target groups not found`);
      }
    }
    groups = groups.filter((g) => names.includes(g.TargetGroupName));
  }
  if (lbArn) groups = groups.filter((g) => g.LoadBalancerArns.includes(lbArn));
  return { TargetGroups: groups.map(targetGroupView) };
};

const modifyTargetGroup: Handler = (ctx, p) => {
  const group = requireTargetGroup(ctx, p.TargetGroupArn);
  group.HealthCheckPath = str(p.HealthCheckPath) ?? group.HealthCheckPath;
  group.HealthCheckIntervalSeconds =
    num(p.HealthCheckIntervalSeconds) ?? group.HealthCheckIntervalSeconds;
  group.HealthCheckTimeoutSeconds =
    num(p.HealthCheckTimeoutSeconds) ?? group.HealthCheckTimeoutSeconds;
  group.HealthyThresholdCount = num(p.HealthyThresholdCount) ?? group.HealthyThresholdCount;
  group.UnhealthyThresholdCount = num(p.UnhealthyThresholdCount) ?? group.UnhealthyThresholdCount;
  return { TargetGroups: [targetGroupView(group)] };
};

function attributes(group: TargetGroup) {
  return [
    {
      Key: "deregistration_delay.timeout_seconds",
      Value: String(group.DeregistrationDelaySeconds),
    },
    { Key: "stickiness.enabled", Value: "false" },
    { Key: "stickiness.type", Value: "lb_cookie" },
    { Key: "load_balancing.algorithm.type", Value: "round_robin" },
    { Key: "slow_start.duration_seconds", Value: "0" },
  ];
}

const modifyTargetGroupAttributes: Handler = (ctx, p) => {
  const group = requireTargetGroup(ctx, p.TargetGroupArn);
  for (const attribute of records(p.Attributes)) {
    const key = str(attribute.Key);
    const value = str(attribute.Value) ?? "";
    if (key === "deregistration_delay.timeout_seconds") {
      const seconds = Number(value);
      if (!Number.isInteger(seconds) || seconds < 0 || seconds > 3600) {
        fail(
          "ValidationError",
          `'${value}' must be an integer between 0 and 3600 for attribute 'deregistration_delay.timeout_seconds'`,
        );
      }
      group.DeregistrationDelaySeconds = seconds;
    } else if (!attributes(group).some((a) => a.Key === key)) {
      fail("ValidationError", `Target group attribute key '${key ?? ""}' is not recognized`);
    }
  }
  return { Attributes: attributes(group) };
};

const describeTargetGroupAttributes: Handler = (ctx, p) => ({
  Attributes: attributes(requireTargetGroup(ctx, p.TargetGroupArn)),
});

const describeTargetHealth: Handler = (ctx, p) => {
  const group = requireTargetGroup(ctx, p.TargetGroupArn);
  return {
    TargetHealthDescriptions: group.Targets.map((t) => ({
      Target: { Id: t.Id, Port: t.Port, AvailabilityZone: t.AvailabilityZone },
      HealthCheckPort: String(t.Port),
      TargetHealth: {
        State: t.State,
        ...(t.Reason ? { Reason: t.Reason } : {}),
        ...(t.Description ? { Description: t.Description } : {}),
      },
    })),
  };
};

const registerTargets: Handler = (ctx, p) => {
  const group = requireTargetGroup(ctx, p.TargetGroupArn);
  for (const target of records(p.Targets)) {
    const id = str(target.Id) ?? "";
    if (group.TargetType === "ip" && !/^\d+\.\d+\.\d+\.\d+$/.test(id)) {
      fail("ValidationError", `The IP address '${id}' is not a valid IPv4 address`);
    }
    group.Targets.push({
      Id: id,
      Port: num(target.Port) ?? group.Port,
      AvailabilityZone: `${ctx.region}a`,
      State: group.LoadBalancerArns.length ? "initial" : "unused",
      Reason: group.LoadBalancerArns.length ? "Elb.RegistrationInProgress" : "Target.NotInUse",
      since: ctx.state.now,
      lastCheck: ctx.state.now,
      streak: 0,
    });
  }
  return undefined;
};

const deregisterTargets: Handler = (ctx, p) => {
  const group = requireTargetGroup(ctx, p.TargetGroupArn);
  for (const target of records(p.Targets)) {
    for (const t of group.Targets) {
      if (t.Id === str(target.Id)) {
        t.State = "draining";
        t.Reason = "Target.DeregistrationInProgress";
        t.since = ctx.state.now;
      }
    }
  }
  return undefined;
};

const createLoadBalancer: Handler = (ctx, p) => {
  const name = str(p.Name) ?? "";
  if (!NAME.test(name)) {
    fail(
      "ValidationError",
      `Load balancer name '${name}' cannot be longer than '32' characters, and can only contain alphanumeric characters and hyphens, and must not begin or end with a hyphen`,
    );
  }
  const type = (str(p.Type) ?? "application") as LoadBalancer["Type"];
  const subnetIds = strings(p.Subnets).concat(
    records(p.SubnetMappings).map((m) => String(m.SubnetId)),
  );
  const subnets = subnetIds.map((id) => {
    const subnet = ctx.account.subnets.find((s) => s.SubnetId === id);
    if (!subnet) fail("SubnetNotFound", `The subnet ID '${id}' is not valid`);
    return subnet;
  });
  if (type === "application" && new Set(subnets.map((s) => s.AvailabilityZone)).size < 2) {
    fail(
      "ValidationError",
      "At least two subnets in two different Availability Zones must be specified",
    );
  }
  const groups = strings(p.SecurityGroups);
  for (const id of groups) {
    if (!ctx.account.securityGroups.some((g) => g.GroupId === id)) {
      fail("SecurityGroupNotFound", `One or more security groups are invalid`);
    }
  }
  const existing = ctx.account.loadBalancers.find((l) => l.LoadBalancerName === name);
  if (existing) {
    if (existing.Subnets.join() === subnetIds.join()) {
      return { LoadBalancers: [loadBalancerView(ctx, existing)] };
    }
    fail("DuplicateLoadBalancerName", "A load balancer with the same name already exists");
  }
  const scheme = (str(p.Scheme) ?? "internet-facing") as LoadBalancer["Scheme"];
  const id = nextHex(ctx.state, 16);
  const dnsNumber = parseInt(id.slice(0, 8), 16) % 2_000_000_000;
  const lb: LoadBalancer = {
    LoadBalancerArn: arn(
      ctx,
      `loadbalancer/${type === "application" ? "app" : "net"}/${name}/${id}`,
    ),
    LoadBalancerName: name,
    DNSName: `${scheme === "internal" ? "internal-" : ""}${name}-${dnsNumber}.${ctx.region}.elb.amazonaws.com`,
    Scheme: scheme,
    Type: type,
    VpcId: ctx.account.vpc.VpcId,
    Subnets: subnetIds,
    // Without security groups, an Application Load Balancer gets the VPC's default group.
    SecurityGroups:
      type === "application" && groups.length === 0
        ? ctx.account.securityGroups.filter((g) => g.GroupName === "default").map((g) => g.GroupId)
        : groups,
    State: "provisioning",
    CreatedTime: ctx.state.now,
  };
  ctx.account.loadBalancers.push(lb);
  return { LoadBalancers: [loadBalancerView(ctx, lb)] };
};

const describeLoadBalancers: Handler = (ctx, p) => {
  const arns = strings(p.LoadBalancerArns);
  const names = strings(p.Names);
  let lbs = ctx.account.loadBalancers;
  if (arns.length) lbs = arns.map((a) => requireLoadBalancer(ctx, a));
  if (names.length) {
    for (const name of names) {
      if (!lbs.some((l) => l.LoadBalancerName === name)) {
        fail("LoadBalancerNotFound", `Load balancers '[${name}]' not found`);
      }
    }
    lbs = lbs.filter((l) => names.includes(l.LoadBalancerName));
  }
  return { LoadBalancers: lbs.map((lb) => loadBalancerView(ctx, lb)) };
};

const deleteLoadBalancer: Handler = (ctx, p) => {
  const lb = ctx.account.loadBalancers.find((l) => l.LoadBalancerArn === str(p.LoadBalancerArn));
  if (!lb) return undefined;
  ctx.account.loadBalancers = ctx.account.loadBalancers.filter((l) => l !== lb);
  ctx.account.listeners = ctx.account.listeners.filter(
    (l) => l.LoadBalancerArn !== lb.LoadBalancerArn,
  );
  for (const group of ctx.account.targetGroups) {
    group.LoadBalancerArns = group.LoadBalancerArns.filter((a) => a !== lb.LoadBalancerArn);
  }
  return undefined;
};

const deleteTargetGroup: Handler = (ctx, p) => {
  const group = ctx.account.targetGroups.find((g) => g.TargetGroupArn === str(p.TargetGroupArn));
  if (!group) return undefined;
  if (ctx.account.listeners.some((l) => l.TargetGroupArn === group.TargetGroupArn)) {
    fail(
      "ResourceInUse",
      `Target group '${group.TargetGroupArn}' is currently in use by a listener or a rule`,
    );
  }
  ctx.account.targetGroups = ctx.account.targetGroups.filter((g) => g !== group);
  return undefined;
};

function listenerView(listener: Ctx["account"]["listeners"][number]) {
  return {
    ListenerArn: listener.ListenerArn,
    LoadBalancerArn: listener.LoadBalancerArn,
    Port: listener.Port,
    Protocol: listener.Protocol,
    DefaultActions: [
      {
        Type: "forward",
        TargetGroupArn: listener.TargetGroupArn,
        ForwardConfig: {
          TargetGroups: [{ TargetGroupArn: listener.TargetGroupArn, Weight: 1 }],
          TargetGroupStickinessConfig: { Enabled: false },
        },
      },
    ],
  };
}

const createListener: Handler = (ctx, p) => {
  const lb = requireLoadBalancer(ctx, p.LoadBalancerArn);
  const protocol = str(p.Protocol) ?? (lb.Type === "application" ? "HTTP" : "TCP");
  const port = num(p.Port) ?? (protocol === "HTTPS" ? 443 : 80);
  if (protocol === "HTTPS" && records(p.Certificates).length === 0) {
    fail("CertificateNotFound", "A certificate must be specified for HTTPS listeners");
  }
  const action = records(p.DefaultActions)[0];
  if (!action) fail("ValidationError", "A default action must be specified");
  if (str(action.Type) !== "forward") {
    fail("ValidationError", "The lab's load balancers take forward actions only");
  }
  const group = requireTargetGroup(ctx, action.TargetGroupArn);
  if (group.LoadBalancerArns.length && !group.LoadBalancerArns.includes(lb.LoadBalancerArn)) {
    fail(
      "TargetGroupAssociationLimit",
      `The following target groups cannot be associated with more than one load balancer: ${group.TargetGroupArn}`,
    );
  }
  if (
    ctx.account.listeners.some((l) => l.LoadBalancerArn === lb.LoadBalancerArn && l.Port === port)
  ) {
    fail("DuplicateListener", "A listener already exists on this port for this load balancer");
  }
  const listener = {
    ListenerArn: arn(
      ctx,
      `listener/app/${lb.LoadBalancerName}/${lb.LoadBalancerArn.split("/").pop()}/${nextHex(ctx.state, 16)}`,
    ),
    LoadBalancerArn: lb.LoadBalancerArn,
    Port: port,
    Protocol: protocol,
    TargetGroupArn: group.TargetGroupArn,
  };
  ctx.account.listeners.push(listener);
  if (!group.LoadBalancerArns.includes(lb.LoadBalancerArn))
    group.LoadBalancerArns.push(lb.LoadBalancerArn);
  // Targets waiting for a load balancer start being checked now.
  for (const target of group.Targets) {
    if (target.State === "unused") {
      target.State = "initial";
      target.Reason = "Elb.RegistrationInProgress";
      target.Description = "Target registration is in progress";
      target.since = ctx.state.now;
    }
  }
  return { Listeners: [listenerView(listener)] };
};

const describeListeners: Handler = (ctx, p) => {
  const lbArn = str(p.LoadBalancerArn);
  if (lbArn) requireLoadBalancer(ctx, lbArn);
  const arns = strings(p.ListenerArns);
  return {
    Listeners: ctx.account.listeners
      .filter(
        (l) =>
          (!lbArn || l.LoadBalancerArn === lbArn) && (!arns.length || arns.includes(l.ListenerArn)),
      )
      .map(listenerView),
  };
};

const deleteListener: Handler = (ctx, p) => {
  const listener = ctx.account.listeners.find((l) => l.ListenerArn === str(p.ListenerArn));
  if (!listener) fail("ListenerNotFound", "One or more listeners not found");
  ctx.account.listeners = ctx.account.listeners.filter((l) => l !== listener);
  const stillUsed = ctx.account.listeners.some(
    (l) =>
      l.TargetGroupArn === listener.TargetGroupArn &&
      l.LoadBalancerArn === listener.LoadBalancerArn,
  );
  if (!stillUsed) {
    const group = ctx.account.targetGroups.find(
      (g) => g.TargetGroupArn === listener.TargetGroupArn,
    );
    if (group)
      group.LoadBalancerArns = group.LoadBalancerArns.filter((a) => a !== listener.LoadBalancerArn);
  }
  return undefined;
};

export const elbv2Handlers: Record<string, Handler> = {
  CreateListener: createListener,
  CreateLoadBalancer: createLoadBalancer,
  CreateTargetGroup: createTargetGroup,
  DeleteListener: deleteListener,
  DeleteLoadBalancer: deleteLoadBalancer,
  DeleteTargetGroup: deleteTargetGroup,
  DeregisterTargets: deregisterTargets,
  DescribeListeners: describeListeners,
  DescribeLoadBalancers: describeLoadBalancers,
  DescribeTargetGroupAttributes: describeTargetGroupAttributes,
  DescribeTargetGroups: describeTargetGroups,
  DescribeTargetHealth: describeTargetHealth,
  ModifyTargetGroup: modifyTargetGroup,
  ModifyTargetGroupAttributes: modifyTargetGroupAttributes,
  RegisterTargets: registerTargets,
};
