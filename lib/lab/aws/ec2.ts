import { fail } from "../errors";
import { ec2Id, publicAddress } from "../ids";
import type { SecurityGroup, SecurityGroupRule } from "../types";
import { applyFilters, type Ctx, type Handler, iso, num, records, str, strings } from "./context";

const unknownFilter = (name: string): never =>
  fail("InvalidParameterValue", `The filter '${name}' is invalid`);

const describeVpcs: Handler = (ctx, p) => {
  const vpc = ctx.account.vpc;
  const ids = strings(p.VpcIds);
  for (const id of ids) {
    if (id !== vpc.VpcId) fail("InvalidVpcID.NotFound", `The vpc ID '${id}' does not exist`);
  }
  const vpcs = applyFilters(
    [vpc],
    p.Filters,
    {
      "vpc-id": (v) => [v.VpcId],
      "cidr-block": (v) => [v.CidrBlock],
      "is-default": () => ["false"],
      state: () => ["available"],
    },
    unknownFilter,
  );
  return {
    Vpcs: vpcs.map((v) => ({
      CidrBlock: v.CidrBlock,
      DhcpOptionsId: "dopt-0labdhcp0000000001",
      State: "available",
      VpcId: v.VpcId,
      OwnerId: ctx.account.accountId,
      InstanceTenancy: "default",
      IsDefault: false,
      Tags: v.Tags,
    })),
  };
};

const describeSubnets: Handler = (ctx, p) => {
  const ids = strings(p.SubnetIds);
  for (const id of ids) {
    if (!ctx.account.subnets.some((s) => s.SubnetId === id)) {
      fail("InvalidSubnetID.NotFound", `The subnet ID '${id}' does not exist`);
    }
  }
  const base = ids.length
    ? ctx.account.subnets.filter((s) => ids.includes(s.SubnetId))
    : ctx.account.subnets;
  const subnets = applyFilters(
    base,
    p.Filters,
    {
      "vpc-id": (s) => [s.VpcId],
      "subnet-id": (s) => [s.SubnetId],
      "availability-zone": (s) => [s.AvailabilityZone],
      "cidr-block": (s) => [s.CidrBlock],
      "map-public-ip-on-launch": (s) => [String(s.MapPublicIpOnLaunch)],
      state: () => ["available"],
    },
    unknownFilter,
  );
  return {
    Subnets: subnets.map((s) => ({
      AvailabilityZone: s.AvailabilityZone,
      AvailabilityZoneId: `use1-az${s.AvailabilityZone.endsWith("a") ? 1 : 2}`,
      AvailableIpAddressCount: 250,
      CidrBlock: s.CidrBlock,
      DefaultForAz: false,
      MapPublicIpOnLaunch: s.MapPublicIpOnLaunch,
      State: "available",
      SubnetId: s.SubnetId,
      VpcId: s.VpcId,
      OwnerId: ctx.account.accountId,
      Tags: s.Tags,
      SubnetArn: `arn:aws:ec2:${ctx.region}:${ctx.account.accountId}:subnet/${s.SubnetId}`,
    })),
  };
};

const describeRouteTables: Handler = (ctx, p) => {
  const ids = strings(p.RouteTableIds);
  const base = ids.length
    ? ctx.account.routeTables.filter((r) => ids.includes(r.RouteTableId))
    : ctx.account.routeTables;
  const tables = applyFilters(
    base,
    p.Filters,
    {
      "vpc-id": (r) => [r.VpcId],
      "route-table-id": (r) => [r.RouteTableId],
      "association.subnet-id": (r) => r.SubnetIds,
    },
    unknownFilter,
  );
  return {
    RouteTables: tables.map((r) => ({
      Associations: r.SubnetIds.map((subnet, i) => ({
        Main: false,
        RouteTableAssociationId: `rtbassoc-0${r.RouteTableId.slice(5, 12)}${i}`,
        RouteTableId: r.RouteTableId,
        SubnetId: subnet,
        AssociationState: { State: "associated" },
      })),
      RouteTableId: r.RouteTableId,
      Routes: r.Routes.map((route) => ({
        DestinationCidrBlock: route.DestinationCidrBlock,
        ...(route.GatewayId ? { GatewayId: route.GatewayId } : {}),
        ...(route.NatGatewayId ? { NatGatewayId: route.NatGatewayId } : {}),
        Origin: route.GatewayId === "local" ? "CreateRouteTable" : "CreateRoute",
        State: "active",
      })),
      Tags: r.Tags,
      VpcId: r.VpcId,
      OwnerId: ctx.account.accountId,
    })),
  };
};

const describeInternetGateways: Handler = (ctx) => ({
  InternetGateways: [
    {
      Attachments: [{ State: "available", VpcId: ctx.account.vpc.VpcId }],
      InternetGatewayId: ctx.account.internetGatewayId,
      OwnerId: ctx.account.accountId,
      Tags: [{ Key: "Name", Value: "lab-igw" }],
    },
  ],
});

const describeAvailabilityZones: Handler = (ctx) => ({
  AvailabilityZones: ["a", "b"].map((suffix, i) => ({
    State: "available",
    OptInStatus: "opt-in-not-required",
    Messages: [],
    RegionName: ctx.region,
    ZoneName: `${ctx.region}${suffix}`,
    ZoneId: `use1-az${i + 1}`,
    GroupName: ctx.region,
    NetworkBorderGroup: ctx.region,
    ZoneType: "availability-zone",
  })),
});

function requireGroup(ctx: Ctx, id: unknown): SecurityGroup {
  const group = ctx.account.securityGroups.find((g) => g.GroupId === str(id));
  if (!group) {
    fail("InvalidGroup.NotFound", `The security group '${str(id) ?? ""}' does not exist`);
  }
  return group;
}

function ruleView(ctx: Ctx, group: SecurityGroup, rule: SecurityGroupRule) {
  return {
    IpProtocol: rule.IpProtocol,
    ...(rule.IpProtocol === "-1" ? {} : { FromPort: rule.FromPort, ToPort: rule.ToPort }),
    IpRanges: rule.CidrIp ? [{ CidrIp: rule.CidrIp }] : [],
    Ipv6Ranges: [],
    PrefixListIds: [],
    UserIdGroupPairs: rule.SourceGroupId
      ? [{ GroupId: rule.SourceGroupId, UserId: ctx.account.accountId }]
      : [],
  };
}

const describeSecurityGroups: Handler = (ctx, p) => {
  const ids = strings(p.GroupIds);
  const names = strings(p.GroupNames);
  for (const id of ids) requireGroup(ctx, id);
  let groups = ctx.account.securityGroups;
  if (ids.length) groups = groups.filter((g) => ids.includes(g.GroupId));
  if (names.length) groups = groups.filter((g) => names.includes(g.GroupName));
  groups = applyFilters(
    groups,
    p.Filters,
    {
      "group-id": (g) => [g.GroupId],
      "group-name": (g) => [g.GroupName],
      "vpc-id": (g) => [g.VpcId],
      description: (g) => [g.Description],
    },
    unknownFilter,
  );
  return {
    SecurityGroups: groups.map((g) => ({
      Description: g.Description,
      GroupName: g.GroupName,
      IpPermissions: g.Ingress.map((rule) => ruleView(ctx, g, rule)),
      OwnerId: ctx.account.accountId,
      GroupId: g.GroupId,
      IpPermissionsEgress: [
        {
          IpProtocol: "-1",
          IpRanges: [{ CidrIp: "0.0.0.0/0" }],
          Ipv6Ranges: [],
          PrefixListIds: [],
          UserIdGroupPairs: [],
        },
      ],
      Tags: g.Tags,
      VpcId: g.VpcId,
    })),
  };
};

const createSecurityGroup: Handler = (ctx, p) => {
  const name = str(p.GroupName) ?? "";
  const vpcId = str(p.VpcId);
  if (!vpcId) {
    fail(
      "VPCIdNotSpecified",
      "No default VPC for this user. GroupName is only supported for EC2-Classic and default VPC.",
    );
  }
  if (vpcId !== ctx.account.vpc.VpcId) {
    fail("InvalidVpcID.NotFound", `The vpc ID '${vpcId}' does not exist`);
  }
  if (name.toLowerCase().startsWith("sg-")) {
    fail("InvalidParameterValue", "Group names may not be in the format sg-*.");
  }
  if (ctx.account.securityGroups.some((g) => g.GroupName === name && g.VpcId === vpcId)) {
    fail(
      "InvalidGroup.Duplicate",
      `The security group '${name}' already exists for VPC '${vpcId}'`,
    );
  }
  const group: SecurityGroup = {
    GroupId: ec2Id(ctx.state, "sg"),
    GroupName: name,
    Description: str(p.Description) ?? "",
    VpcId: vpcId,
    Ingress: [],
    Tags: [],
  };
  ctx.account.securityGroups.push(group);
  return {
    GroupId: group.GroupId,
    SecurityGroupArn: `arn:aws:ec2:${ctx.region}:${ctx.account.accountId}:security-group/${group.GroupId}`,
  };
};

/** The rules a call names in `IpPermissions` (the CLI turns `--protocol --port --cidr` into them). */
function requestedRules(ctx: Ctx, p: Record<string, unknown>): SecurityGroupRule[] {
  const permissions = records(p.IpPermissions);
  if (permissions.length === 0) {
    fail(
      "MissingParameter",
      "Either 'ipPermissions' or 'ipProtocol' or 'sourceSecurityGroupName' must be specified.",
    );
  }
  return permissions.flatMap((perm) => {
    const protocol = String(perm.IpProtocol ?? "-1");
    const normalized = protocol === "all" ? "-1" : protocol.toLowerCase();
    if (!["tcp", "udp", "icmp", "-1", "6", "17"].includes(normalized)) {
      fail(
        "InvalidParameterValue",
        `Invalid value '${protocol}' for IP protocol. Unknown protocol.`,
      );
    }
    const from = num(perm.FromPort) ?? -1;
    const to = num(perm.ToPort) ?? -1;
    if ((normalized === "tcp" || normalized === "udp") && num(perm.FromPort) === undefined) {
      fail("MissingParameter", "The request must contain the parameter fromPort");
    }
    const cidrs = records(perm.IpRanges).map((r) => {
      const cidr = str(r.CidrIp) ?? "";
      if (!/^\d+\.\d+\.\d+\.\d+\/\d+$/.test(cidr)) {
        fail(
          "InvalidParameterValue",
          `Value (${cidr}) for parameter cidrIp is invalid. This is not a valid CIDR block.`,
        );
      }
      return { CidrIp: cidr };
    });
    const groups = records(perm.UserIdGroupPairs).map((g) => {
      requireGroup(ctx, g.GroupId);
      return { SourceGroupId: str(g.GroupId) };
    });
    return [...cidrs, ...groups].map((source) => ({
      IpProtocol: normalized,
      FromPort: from,
      ToPort: to,
      ...source,
    }));
  });
}

const sameRule = (a: SecurityGroupRule, b: SecurityGroupRule) =>
  a.IpProtocol === b.IpProtocol &&
  a.FromPort === b.FromPort &&
  a.ToPort === b.ToPort &&
  a.CidrIp === b.CidrIp &&
  a.SourceGroupId === b.SourceGroupId;

const describePeer = (rule: SecurityGroupRule) =>
  `peer: ${rule.CidrIp ?? rule.SourceGroupId}, ${rule.IpProtocol.toUpperCase()}, from port: ${rule.FromPort}, to port: ${rule.ToPort}, ALLOW`;

const authorizeIngress: Handler = (ctx, p) => {
  const group = requireGroup(ctx, p.GroupId);
  const rules = requestedRules(ctx, p);
  for (const rule of rules) {
    if (group.Ingress.some((existing) => sameRule(existing, rule))) {
      fail(
        "InvalidPermission.Duplicate",
        `the specified rule "${describePeer(rule)}" already exists`,
      );
    }
  }
  group.Ingress.push(...rules);
  return {
    Return: true,
    SecurityGroupRules: rules.map((rule) => {
      const id = ec2Id(ctx.state, "sgr");
      return {
        SecurityGroupRuleId: id,
        GroupId: group.GroupId,
        GroupOwnerId: ctx.account.accountId,
        IsEgress: false,
        IpProtocol: rule.IpProtocol,
        FromPort: rule.FromPort,
        ToPort: rule.ToPort,
        ...(rule.CidrIp
          ? { CidrIpv4: rule.CidrIp }
          : {
              ReferencedGroupInfo: { GroupId: rule.SourceGroupId, UserId: ctx.account.accountId },
            }),
        SecurityGroupRuleArn: `arn:aws:ec2:${ctx.region}:${ctx.account.accountId}:security-group-rule/${id}`,
      };
    }),
  };
};

const revokeIngress: Handler = (ctx, p) => {
  const group = requireGroup(ctx, p.GroupId);
  const rules = requestedRules(ctx, p);
  const missing = rules.filter(
    (rule) => !group.Ingress.some((existing) => sameRule(existing, rule)),
  );
  if (missing.length) {
    fail("InvalidPermission.NotFound", "The specified rule does not exist in this security group.");
  }
  group.Ingress = group.Ingress.filter(
    (existing) => !rules.some((rule) => sameRule(existing, rule)),
  );
  return { Return: true };
};

const deleteSecurityGroup: Handler = (ctx, p) => {
  const group = requireGroup(ctx, p.GroupId);
  if (group.GroupName === "default") {
    fail(
      "CannotDelete",
      `the specified group: "${group.GroupId}" name: "default" cannot be deleted by a user`,
    );
  }
  const inUse =
    ctx.account.loadBalancers.some((lb) => lb.SecurityGroups.includes(group.GroupId)) ||
    ctx.account.tasks.some(
      (t) => t.lastStatus !== "STOPPED" && t.securityGroups.includes(group.GroupId),
    ) ||
    ctx.account.endpoints.some(
      (e) => e.State !== "deleted" && e.SecurityGroupIds.includes(group.GroupId),
    );
  const referenced = ctx.account.securityGroups.some(
    (other) => other !== group && other.Ingress.some((r) => r.SourceGroupId === group.GroupId),
  );
  if (inUse || referenced) {
    fail("DependencyViolation", `resource ${group.GroupId} has a dependent object`);
  }
  ctx.account.securityGroups = ctx.account.securityGroups.filter((g) => g !== group);
  return { Return: true, GroupId: group.GroupId };
};

const allocateAddress: Handler = (ctx) => {
  const address = {
    AllocationId: ec2Id(ctx.state, "eipalloc"),
    PublicIp: publicAddress(ctx.state),
  };
  ctx.account.elasticIps.push(address);
  return {
    AllocationId: address.AllocationId,
    PublicIpv4Pool: "amazon",
    NetworkBorderGroup: ctx.region,
    Domain: "vpc",
    PublicIp: address.PublicIp,
  };
};

const describeAddresses: Handler = (ctx) => ({
  Addresses: ctx.account.elasticIps.map((a) => ({
    AllocationId: a.AllocationId,
    ...(a.AssociationId ? { AssociationId: a.AssociationId } : {}),
    Domain: "vpc",
    PublicIp: a.PublicIp,
    PublicIpv4Pool: "amazon",
    NetworkBorderGroup: ctx.region,
  })),
});

const releaseAddress: Handler = (ctx, p) => {
  const id = str(p.AllocationId);
  const address = ctx.account.elasticIps.find((a) => a.AllocationId === id);
  if (!address) {
    fail("InvalidAllocationID.NotFound", `The allocation ID '${id ?? ""}' does not exist`);
  }
  if (address.AssociationId) {
    fail("InvalidIPAddress.InUse", "Address is in use.");
  }
  ctx.account.elasticIps = ctx.account.elasticIps.filter((a) => a !== address);
  return undefined;
};

function natView(ctx: Ctx, nat: Ctx["account"]["natGateways"][number]) {
  const address = ctx.account.elasticIps.find((a) => a.AllocationId === nat.AllocationId);
  return {
    CreateTime: iso(nat.CreateTime),
    NatGatewayAddresses: [
      {
        AllocationId: nat.AllocationId,
        PublicIp: address?.PublicIp,
        IsPrimary: true,
        Status: nat.State === "available" ? "succeeded" : "associating",
      },
    ],
    NatGatewayId: nat.NatGatewayId,
    State: nat.State,
    SubnetId: nat.SubnetId,
    VpcId: nat.VpcId,
    ConnectivityType: "public",
  };
}

const createNatGateway: Handler = (ctx, p) => {
  const subnet = ctx.account.subnets.find((s) => s.SubnetId === str(p.SubnetId));
  if (!subnet)
    fail("InvalidSubnetID.NotFound", `The subnet ID '${str(p.SubnetId) ?? ""}' does not exist`);
  const allocationId = str(p.AllocationId);
  const address = ctx.account.elasticIps.find((a) => a.AllocationId === allocationId);
  if (!allocationId) {
    fail("MissingParameter", "Missing parameter: allocationId for a public NAT gateway");
  }
  if (!address) fail("InvalidAllocationID.NotFound", `Allocation ID '${allocationId}' not found.`);
  if (address.AssociationId) {
    fail(
      "Resource.AlreadyAssociated",
      `Elastic IP address [${allocationId}] is already associated`,
    );
  }
  const nat = {
    NatGatewayId: `nat-0${ec2Id(ctx.state, "x").slice(3)}`,
    SubnetId: subnet.SubnetId,
    VpcId: subnet.VpcId,
    AllocationId: allocationId,
    State: "pending" as const,
    CreateTime: ctx.state.now,
  };
  address.AssociationId = `eipassoc-0${nat.NatGatewayId.slice(5, 21)}`;
  ctx.account.natGateways.push(nat);
  return { NatGateway: natView(ctx, nat) };
};

const describeNatGateways: Handler = (ctx, p) => {
  const ids = strings(p.NatGatewayIds);
  const base = ids.length
    ? ctx.account.natGateways.filter((n) => ids.includes(n.NatGatewayId))
    : ctx.account.natGateways;
  const gateways = applyFilters(
    base as ((typeof base)[number] & { Tags?: [] })[],
    p.Filter ?? p.Filters,
    {
      "vpc-id": (n) => [n.VpcId],
      "subnet-id": (n) => [n.SubnetId],
      state: (n) => [n.State],
      "nat-gateway-id": (n) => [n.NatGatewayId],
    },
    unknownFilter,
  );
  return { NatGateways: gateways.map((nat) => natView(ctx, nat)) };
};

const deleteNatGateway: Handler = (ctx, p) => {
  const nat = ctx.account.natGateways.find((n) => n.NatGatewayId === str(p.NatGatewayId));
  if (!nat || nat.State === "deleted") {
    fail("NatGatewayNotFound", `The Nat Gateway ${str(p.NatGatewayId) ?? ""} was not found`);
  }
  nat.State = "deleting";
  // A deleted NAT gateway gives its Elastic IP back.
  nat.CreateTime = ctx.state.now;
  const address = ctx.account.elasticIps.find((a) => a.AllocationId === nat.AllocationId);
  if (address) address.AssociationId = undefined;
  return { NatGatewayId: nat.NatGatewayId };
};

const createRoute: Handler = (ctx, p) => {
  const table = ctx.account.routeTables.find((r) => r.RouteTableId === str(p.RouteTableId));
  if (!table) {
    fail(
      "InvalidRouteTableID.NotFound",
      `The routeTable ID '${str(p.RouteTableId) ?? ""}' does not exist`,
    );
  }
  const destination = str(p.DestinationCidrBlock) ?? "";
  if (table.Routes.some((r) => r.DestinationCidrBlock === destination)) {
    fail("RouteAlreadyExists", `The route identified by ${destination} already exists.`);
  }
  const natId = str(p.NatGatewayId);
  const gatewayId = str(p.GatewayId);
  if (
    natId &&
    !ctx.account.natGateways.some((n) => n.NatGatewayId === natId && n.State !== "deleted")
  ) {
    fail("InvalidNatGatewayID.NotFound", `The natGateway ID '${natId}' does not exist`);
  }
  if (gatewayId && gatewayId !== ctx.account.internetGatewayId) {
    fail("InvalidGatewayID.NotFound", `The gateway ID '${gatewayId}' does not exist`);
  }
  if (!natId && !gatewayId) {
    fail(
      "InvalidParameterCombination",
      "The request must contain exactly one of gatewayId, natGatewayId, …",
    );
  }
  table.Routes.push({
    DestinationCidrBlock: destination,
    ...(natId ? { NatGatewayId: natId } : { GatewayId: gatewayId }),
  });
  return { Return: true };
};

const deleteRoute: Handler = (ctx, p) => {
  const table = ctx.account.routeTables.find((r) => r.RouteTableId === str(p.RouteTableId));
  if (!table) {
    fail(
      "InvalidRouteTableID.NotFound",
      `The routeTable ID '${str(p.RouteTableId) ?? ""}' does not exist`,
    );
  }
  const destination = str(p.DestinationCidrBlock) ?? "";
  const route = table.Routes.find(
    (r) => r.DestinationCidrBlock === destination && r.GatewayId !== "local",
  );
  if (!route) {
    fail(
      "InvalidRoute.NotFound",
      `no route with destination-cidr-block ${destination} in route table ${table.RouteTableId}`,
    );
  }
  table.Routes = table.Routes.filter((r) => r !== route);
  return undefined;
};

function endpointView(ctx: Ctx, e: Ctx["account"]["endpoints"][number]) {
  return {
    VpcEndpointId: e.VpcEndpointId,
    VpcEndpointType: e.VpcEndpointType,
    VpcId: e.VpcId,
    ServiceName: e.ServiceName,
    State: e.State,
    RouteTableIds: e.RouteTableIds,
    SubnetIds: e.SubnetIds,
    Groups: e.SecurityGroupIds.map((id) => ({
      GroupId: id,
      GroupName: ctx.account.securityGroups.find((g) => g.GroupId === id)?.GroupName,
    })),
    PrivateDnsEnabled: e.PrivateDnsEnabled,
    CreationTimestamp: iso(e.CreationTimestamp),
    OwnerId: ctx.account.accountId,
  };
}

const KNOWN_ENDPOINT_SERVICES = [
  "ecr.api",
  "ecr.dkr",
  "s3",
  "logs",
  "secretsmanager",
  "ssm",
  "ecs",
  "sts",
];

const createVpcEndpoint: Handler = (ctx, p) => {
  const vpcId = str(p.VpcId);
  if (vpcId !== ctx.account.vpc.VpcId) {
    fail("InvalidVpcId.NotFound", `The Vpc Id '${vpcId ?? ""}' does not exist`);
  }
  const serviceName = str(p.ServiceName) ?? "";
  const prefix = `com.amazonaws.${ctx.region}.`;
  if (
    !serviceName.startsWith(prefix) ||
    !KNOWN_ENDPOINT_SERVICES.includes(serviceName.slice(prefix.length))
  ) {
    fail("InvalidServiceName", `The Vpc Endpoint Service '${serviceName}' does not exist`);
  }
  const type = (str(p.VpcEndpointType) ?? "Gateway") as "Interface" | "Gateway";
  const short = serviceName.slice(prefix.length);
  if (type === "Gateway" && short !== "s3") {
    fail(
      "InvalidParameter",
      `The Vpc Endpoint Service '${serviceName}' does not support Gateway endpoints.`,
    );
  }
  const subnetIds = strings(p.SubnetIds);
  for (const id of subnetIds) {
    if (!ctx.account.subnets.some((s) => s.SubnetId === id)) {
      fail("InvalidSubnetId.NotFound", `The subnet ID '${id}' does not exist`);
    }
  }
  const routeTableIds = strings(p.RouteTableIds);
  if (type === "Interface" && subnetIds.length === 0) {
    fail("InvalidParameter", "At least one subnet must be specified for an Interface endpoint.");
  }
  // Without security groups, an interface endpoint gets the VPC's default group, which admits
  // only its own members: tasks in other groups cannot reach it.
  const groups = strings(p.SecurityGroupIds);
  for (const id of groups) requireGroup(ctx, id);
  const endpoint = {
    VpcEndpointId: ec2Id(ctx.state, "vpce"),
    VpcId: vpcId,
    ServiceName: serviceName,
    VpcEndpointType: type,
    SubnetIds: type === "Interface" ? subnetIds : [],
    RouteTableIds: type === "Gateway" ? routeTableIds : [],
    SecurityGroupIds:
      type === "Interface"
        ? groups.length
          ? groups
          : ctx.account.securityGroups
              .filter((g) => g.GroupName === "default")
              .map((g) => g.GroupId)
        : [],
    PrivateDnsEnabled: type === "Interface" ? p.PrivateDnsEnabled !== false : false,
    State: type === "Gateway" ? ("available" as const) : ("pending" as const),
    CreationTimestamp: ctx.state.now,
  };
  ctx.account.endpoints.push(endpoint);
  return { VpcEndpoint: endpointView(ctx, endpoint) };
};

const describeVpcEndpoints: Handler = (ctx, p) => {
  const ids = strings(p.VpcEndpointIds);
  const base = ctx.account.endpoints.filter(
    (e) => e.State !== "deleted" && (!ids.length || ids.includes(e.VpcEndpointId)),
  );
  const endpoints = applyFilters(
    base as ((typeof base)[number] & { Tags?: [] })[],
    p.Filters,
    {
      "vpc-id": (e) => [e.VpcId],
      "service-name": (e) => [e.ServiceName],
      "vpc-endpoint-type": (e) => [e.VpcEndpointType],
      "vpc-endpoint-state": (e) => [e.State],
    },
    unknownFilter,
  );
  return { VpcEndpoints: endpoints.map((e) => endpointView(ctx, e)) };
};

const deleteVpcEndpoints: Handler = (ctx, p) => {
  const unsuccessful = [];
  for (const id of strings(p.VpcEndpointIds)) {
    const endpoint = ctx.account.endpoints.find(
      (e) => e.VpcEndpointId === id && e.State !== "deleted",
    );
    if (!endpoint) {
      unsuccessful.push({
        Error: {
          Code: "InvalidVpcEndpoint.NotFound",
          Message: `The Vpc Endpoint Id '${id}' does not exist`,
        },
        ResourceId: id,
      });
      continue;
    }
    ctx.account.endpoints = ctx.account.endpoints.filter((e) => e !== endpoint);
  }
  return { Unsuccessful: unsuccessful };
};

export const ec2Handlers: Record<string, Handler> = {
  AllocateAddress: allocateAddress,
  AuthorizeSecurityGroupIngress: authorizeIngress,
  CreateNatGateway: createNatGateway,
  CreateRoute: createRoute,
  CreateSecurityGroup: createSecurityGroup,
  CreateVpcEndpoint: createVpcEndpoint,
  DeleteNatGateway: deleteNatGateway,
  DeleteRoute: deleteRoute,
  DeleteSecurityGroup: deleteSecurityGroup,
  DeleteVpcEndpoints: deleteVpcEndpoints,
  DescribeAddresses: describeAddresses,
  DescribeAvailabilityZones: describeAvailabilityZones,
  DescribeInternetGateways: describeInternetGateways,
  DescribeNatGateways: describeNatGateways,
  DescribeRouteTables: describeRouteTables,
  DescribeSecurityGroups: describeSecurityGroups,
  DescribeSubnets: describeSubnets,
  DescribeVpcEndpoints: describeVpcEndpoints,
  DescribeVpcs: describeVpcs,
  ReleaseAddress: releaseAddress,
  RevokeSecurityGroupIngress: revokeIngress,
};
