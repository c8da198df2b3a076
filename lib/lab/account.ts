import { ec2Id, nextHex } from "./ids";
import { LAB_VERSION, type LabState, type Role, type Subnet } from "./types";

/** The simulated account: the id the lesson's examples use, so its files work unchanged. */
export const LAB_ACCOUNT_ID = "123456789012";
export const LAB_REGION = "us-east-1";
/** 1 January 2026, 09:00 UTC: a fixed start, so a lab run is reproducible. */
export const LAB_EPOCH = Date.UTC(2026, 0, 1, 9, 0, 0);

/** The app the student ships: what `docker build .` packages. */
export const STARTER_FILES: Record<string, string> = {
  Dockerfile: `# A small web server that serves index.html on port 80
FROM public.ecr.aws/nginx/nginx:1.27-alpine
COPY index.html /usr/share/nginx/html/index.html
EXPOSE 80
`,
  "index.html": `<!doctype html>
<title>hello-web</title>
<h1>Hello from Fargate</h1>
<p>Version 1.0</p>
`,
};

/** A lab with nothing in it yet: no network, no resources, the starter files. */
export function emptyLabState(): LabState {
  return {
    version: LAB_VERSION,
    now: LAB_EPOCH,
    seq: 0,
    env: {},
    files: { ...STARTER_FILES },
    docker: { images: [], logins: [], platform: "linux/arm64" },
    account: {
      accountId: LAB_ACCOUNT_ID,
      region: LAB_REGION,
      userArn: `arn:aws:iam::${LAB_ACCOUNT_ID}:user/student`,
      vpc: { VpcId: "", CidrBlock: "10.0.0.0/16", Tags: [{ Key: "Name", Value: "lab-vpc" }] },
      internetGatewayId: "",
      subnets: [],
      routeTables: [],
      securityGroups: [],
      natGateways: [],
      elasticIps: [],
      endpoints: [],
      roles: [],
      repositories: [],
      logGroups: [],
      clusters: [],
      taskDefinitions: [],
      services: [],
      tasks: [],
      targetGroups: [],
      loadBalancers: [],
      listeners: [],
      scalableTargets: [],
      scalingPolicies: [],
    },
  };
}

/**
 * A new lab, as a student finds it: an account with a VPC across two Availability Zones, each
 * with a public subnet (routed to an internet gateway) and a private one (no way out until a
 * NAT gateway or VPC endpoints are added), and nothing of the student's yet. The laptop is an
 * Apple silicon Mac, so `docker build` makes arm64 images unless told `--platform`.
 */
export function createAccountState(): LabState {
  const state = emptyLabState();
  const account = state.account;
  const vpcId = ec2Id(state, "vpc");
  account.vpc.VpcId = vpcId;
  account.internetGatewayId = ec2Id(state, "igw");
  // One public route table, and one private table per zone, as the VPC console's "VPC and
  // more" makes them.
  const publicRt = ec2Id(state, "rtb");
  const privateRt = { a: ec2Id(state, "rtb"), b: ec2Id(state, "rtb") };
  const subnet = (name: string, cidr: string, zone: "a" | "b", isPublic: boolean): Subnet => ({
    SubnetId: ec2Id(state, "subnet"),
    VpcId: vpcId,
    CidrBlock: cidr,
    AvailabilityZone: `${LAB_REGION}${zone}`,
    MapPublicIpOnLaunch: isPublic,
    RouteTableId: isPublic ? publicRt : privateRt[zone],
    Tags: [{ Key: "Name", Value: name }],
  });
  account.subnets = [
    subnet("lab-public-a", "10.0.0.0/24", "a", true),
    subnet("lab-public-b", "10.0.1.0/24", "b", true),
    subnet("lab-private-a", "10.0.128.0/24", "a", false),
    subnet("lab-private-b", "10.0.129.0/24", "b", false),
  ];
  const local = { DestinationCidrBlock: "10.0.0.0/16", GatewayId: "local" };
  account.routeTables = [
    {
      RouteTableId: publicRt,
      VpcId: vpcId,
      Routes: [local, { DestinationCidrBlock: "0.0.0.0/0", GatewayId: account.internetGatewayId }],
      SubnetIds: account.subnets.filter((s) => s.MapPublicIpOnLaunch).map((s) => s.SubnetId),
      Tags: [{ Key: "Name", Value: "lab-public-rt" }],
    },
    ...(["a", "b"] as const).map((zone) => ({
      RouteTableId: privateRt[zone],
      VpcId: vpcId,
      Routes: [{ ...local }],
      SubnetIds: account.subnets
        .filter((s) => !s.MapPublicIpOnLaunch && s.AvailabilityZone.endsWith(zone))
        .map((s) => s.SubnetId),
      Tags: [{ Key: "Name", Value: `lab-private-rt-${zone}` }],
    })),
  ];
  const defaultGroup = ec2Id(state, "sg");
  account.securityGroups = [
    {
      GroupId: defaultGroup,
      GroupName: "default",
      Description: "default VPC security group",
      VpcId: vpcId,
      Ingress: [{ IpProtocol: "-1", FromPort: -1, ToPort: -1, SourceGroupId: defaultGroup }],
      Tags: [],
    },
  ];
  return state;
}

/** The managed policy the task execution role needs, by ARN. */
export const EXECUTION_ROLE_POLICY_ARN =
  "arn:aws:iam::aws:policy/service-role/AmazonECSTaskExecutionRolePolicy";

/** Whether ECS can use `role` as a task execution role: trusts ECS tasks, may pull and log. */
export function isUsableExecutionRole(role: Role | undefined): boolean {
  if (!role) return false;
  return (
    trustsEcsTasks(role.AssumeRolePolicyDocument) &&
    role.AttachedPolicyArns.includes(EXECUTION_ROLE_POLICY_ARN)
  );
}

/** Whether a trust policy lets `ecs-tasks.amazonaws.com` assume the role. */
export function trustsEcsTasks(document: unknown): boolean {
  const text = JSON.stringify(document ?? "");
  return text.includes("ecs-tasks.amazonaws.com") && text.includes("sts:AssumeRole");
}

/** A fresh 32-hex task or deployment id. */
export const longId = (state: LabState) => nextHex(state, 32);
