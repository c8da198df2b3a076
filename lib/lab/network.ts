/**
 * Who can reach whom in the lab's VPC: the rules that decide whether a task can pull its image
 * and write its logs, and whether a load balancer can reach a task. These follow the AWS
 * documentation on Fargate task networking: a task reaches ECR through a public IP and an
 * internet gateway, a NAT gateway, or VPC endpoints (ECR `api` and `dkr` interface endpoints and
 * an S3 gateway endpoint for the image layers, plus CloudWatch Logs for `awslogs`).
 */
import type { Account, SecurityGroup, Subnet, Task } from "./types";

/** The student's laptop, on the internet: what the load balancer's security group must admit. */
export const STUDENT_IP = "203.0.113.25";

/** The AWS services a task may need to reach when it starts. */
export type Destination = "ecr.api" | "ecr.dkr" | "s3" | "logs";

export function ipv4ToNumber(ip: string): number | undefined {
  const parts = ip.split(".").map(Number);
  if (parts.length !== 4 || parts.some((p) => !Number.isInteger(p) || p < 0 || p > 255)) {
    return undefined;
  }
  return ((parts[0]! << 24) | (parts[1]! << 16) | (parts[2]! << 8) | parts[3]!) >>> 0;
}

/** Whether `ip` is inside `cidr` (`10.0.0.0/16`). */
export function cidrContains(cidr: string, ip: string): boolean {
  const [base, bitsText] = cidr.split("/");
  const bits = Number(bitsText ?? "32");
  const baseNumber = ipv4ToNumber(base ?? "");
  const ipNumber = ipv4ToNumber(ip);
  if (baseNumber === undefined || ipNumber === undefined || !(bits >= 0 && bits <= 32)) {
    return false;
  }
  if (bits === 0) return true;
  const mask = (~0 << (32 - bits)) >>> 0;
  return (baseNumber & mask) === (ipNumber & mask);
}

/** Whether any of `groups` admits TCP traffic on `port` from `source`. */
export function admits(
  groups: SecurityGroup[],
  port: number,
  source: { groupIds: string[]; ip: string },
): boolean {
  return groups.some((group) =>
    group.Ingress.some((rule) => {
      const protocolOk =
        rule.IpProtocol === "-1" || rule.IpProtocol === "tcp" || rule.IpProtocol === "6";
      const portOk = rule.IpProtocol === "-1" || (rule.FromPort <= port && port <= rule.ToPort);
      const sourceOk = rule.SourceGroupId
        ? source.groupIds.includes(rule.SourceGroupId)
        : rule.CidrIp !== undefined && cidrContains(rule.CidrIp, source.ip);
      return protocolOk && portOk && sourceOk;
    }),
  );
}

export const groupsById = (account: Account, ids: string[]) =>
  account.securityGroups.filter((g) => ids.includes(g.GroupId));

function routeTableOf(account: Account, subnet: Subnet) {
  return account.routeTables.find((rt) => rt.RouteTableId === subnet.RouteTableId);
}

/** Whether the subnet's default route goes to the internet gateway: a public subnet. */
export function isPublicSubnet(account: Account, subnet: Subnet): boolean {
  return (
    routeTableOf(account, subnet)?.Routes.some(
      (r) => r.DestinationCidrBlock === "0.0.0.0/0" && r.GatewayId === account.internetGatewayId,
    ) ?? false
  );
}

/** How a task gets out to the internet, if it can: `undefined` when it cannot. */
export function internetPath(account: Account, task: Task): string | undefined {
  const subnet = account.subnets.find((s) => s.SubnetId === task.subnetId);
  if (!subnet) return undefined;
  const defaultRoute = routeTableOf(account, subnet)?.Routes.find(
    (r) => r.DestinationCidrBlock === "0.0.0.0/0",
  );
  if (!defaultRoute) return undefined;
  if (defaultRoute.GatewayId === account.internetGatewayId) {
    return task.publicIp ? "its public IP and the internet gateway" : undefined;
  }
  if (defaultRoute.NatGatewayId) {
    const nat = account.natGateways.find((n) => n.NatGatewayId === defaultRoute.NatGatewayId);
    const natSubnet = account.subnets.find((s) => s.SubnetId === nat?.SubnetId);
    if (nat?.State === "available" && natSubnet && isPublicSubnet(account, natSubnet)) {
      return "the NAT gateway";
    }
  }
  return undefined;
}

/** Whether a task can reach `destination` (in the lab's Region), and how. */
export function canReach(account: Account, task: Task, destination: Destination): boolean {
  if (internetPath(account, task)) return true;
  const subnet = account.subnets.find((s) => s.SubnetId === task.subnetId);
  const service = `com.amazonaws.${account.region}.${destination}`;
  return account.endpoints.some((endpoint) => {
    if (endpoint.ServiceName !== service || endpoint.State !== "available") return false;
    if (endpoint.VpcEndpointType === "Gateway") {
      return subnet !== undefined && endpoint.RouteTableIds.includes(subnet.RouteTableId);
    }
    // An interface endpoint answers on the service's own name only with private DNS, and only
    // to clients its security groups let in on HTTPS.
    return (
      endpoint.PrivateDnsEnabled &&
      admits(groupsById(account, endpoint.SecurityGroupIds), 443, {
        groupIds: task.securityGroups,
        ip: task.privateIp,
      })
    );
  });
}
