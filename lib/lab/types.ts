/**
 * The lab's simulated AWS account, as plain data: serialisable with JSON, versioned, and
 * changed only by the functions of lib/lab. Names follow the AWS APIs' own fields where a
 * resource has them, so the CLI output is built from this data directly.
 */

/** Bump when the shape changes, and migrate old saved labs in lib/lab/store.ts. */
export const LAB_VERSION = 1;

export type TaskStatus =
  | "PROVISIONING"
  | "PENDING"
  | "ACTIVATING"
  | "RUNNING"
  | "DEACTIVATING"
  | "STOPPING"
  | "DEPROVISIONING"
  | "STOPPED";

export interface Tag {
  Key: string;
  Value: string;
}

export interface Subnet {
  SubnetId: string;
  VpcId: string;
  CidrBlock: string;
  AvailabilityZone: string;
  MapPublicIpOnLaunch: boolean;
  RouteTableId: string;
  Tags: Tag[];
}

export interface Route {
  DestinationCidrBlock: string;
  GatewayId?: string;
  NatGatewayId?: string;
}

export interface RouteTable {
  RouteTableId: string;
  VpcId: string;
  Routes: Route[];
  SubnetIds: string[];
  Tags: Tag[];
}

export interface SecurityGroupRule {
  IpProtocol: string;
  FromPort: number;
  ToPort: number;
  /** Either a CIDR source or another security group. */
  CidrIp?: string;
  SourceGroupId?: string;
}

export interface SecurityGroup {
  GroupId: string;
  GroupName: string;
  Description: string;
  VpcId: string;
  Ingress: SecurityGroupRule[];
  Tags: Tag[];
}

export interface NatGateway {
  NatGatewayId: string;
  SubnetId: string;
  VpcId: string;
  AllocationId: string;
  State: "pending" | "available" | "deleting" | "deleted";
  CreateTime: number;
}

export interface ElasticIp {
  AllocationId: string;
  PublicIp: string;
  AssociationId?: string;
}

export interface VpcEndpoint {
  VpcEndpointId: string;
  VpcId: string;
  ServiceName: string;
  VpcEndpointType: "Interface" | "Gateway";
  SubnetIds: string[];
  RouteTableIds: string[];
  SecurityGroupIds: string[];
  PrivateDnsEnabled: boolean;
  State: "pending" | "available" | "deleting" | "deleted";
  CreationTimestamp: number;
}

export interface Role {
  RoleName: string;
  RoleId: string;
  Arn: string;
  AssumeRolePolicyDocument: unknown;
  AttachedPolicyArns: string[];
  CreateDate: number;
}

export interface EcrImage {
  imageDigest: string;
  imageTags: string[];
  imageSizeInBytes: number;
  imagePushedAt: number;
  /** linux/amd64 or linux/arm64: what the image was built for. */
  platform: string;
  /** The page the app serves: the lab's index.html when the image was built. */
  page: string;
}

export interface Repository {
  repositoryName: string;
  repositoryArn: string;
  repositoryUri: string;
  registryId: string;
  createdAt: number;
  imageTagMutability: "MUTABLE" | "IMMUTABLE";
  scanOnPush: boolean;
  images: EcrImage[];
}

export interface LogEvent {
  timestamp: number;
  message: string;
}

export interface LogGroup {
  logGroupName: string;
  arn: string;
  creationTime: number;
  retentionInDays?: number;
  streams: Record<string, LogEvent[]>;
}

export interface Cluster {
  clusterName: string;
  clusterArn: string;
  status: "ACTIVE" | "INACTIVE";
}

/** A registered task definition revision, as the API returns it (plus what we derive). */
export interface TaskDefinition {
  taskDefinitionArn: string;
  family: string;
  revision: number;
  status: "ACTIVE" | "INACTIVE";
  /** The registered definition's fields, as the student wrote them (normalised). */
  body: Record<string, unknown>;
  registeredAt: number;
}

export interface NetworkConfig {
  subnets: string[];
  securityGroups: string[];
  assignPublicIp: "ENABLED" | "DISABLED";
}

export interface ServiceLoadBalancer {
  targetGroupArn: string;
  containerName: string;
  containerPort: number;
}

export interface Deployment {
  id: string;
  status: "PRIMARY" | "ACTIVE" | "INACTIVE";
  taskDefinition: string;
  desiredCount: number;
  rolloutState: "IN_PROGRESS" | "COMPLETED" | "FAILED";
  rolloutStateReason: string;
  createdAt: number;
  updatedAt: number;
  failedTasks: number;
}

export interface ServiceEvent {
  id: string;
  createdAt: number;
  message: string;
}

export interface Service {
  serviceName: string;
  serviceArn: string;
  clusterArn: string;
  status: "ACTIVE" | "DRAINING" | "INACTIVE";
  desiredCount: number;
  launchType: "FARGATE" | "EC2";
  taskDefinition: string;
  network: NetworkConfig;
  loadBalancers: ServiceLoadBalancer[];
  healthCheckGracePeriodSeconds: number;
  minimumHealthyPercent: number;
  maximumPercent: number;
  circuitBreaker: { enable: boolean; rollback: boolean };
  deployments: Deployment[];
  events: ServiceEvent[];
  createdAt: number;
  /** When the service last reported a steady state (so it is said once, as ECS does). */
  steadySince?: number;
  /** After tasks fail to start, ECS waits longer between attempts; no launch before this. */
  throttleUntil?: number;
  /** Tasks that failed to start in a row, for that back-off. */
  failureStreak?: number;
  /** When the last "unable to place a task" event was written, so it is not repeated each tick. */
  placementEventAt?: number;
}

export interface Task {
  taskArn: string;
  clusterArn: string;
  taskDefinitionArn: string;
  /** `service:<name>` for a service's task, as ECS sets the task's group. */
  group: string;
  startedBy?: string;
  deploymentId?: string;
  lastStatus: TaskStatus;
  desiredStatus: "RUNNING" | "STOPPED";
  createdAt: number;
  startedAt?: number;
  stoppingAt?: number;
  stoppedAt?: number;
  stopCode?: string;
  stoppedReason?: string;
  /** When the current status was entered, for the simulated lifecycle. */
  since: number;
  subnetId: string;
  availabilityZone: string;
  privateIp: string;
  publicIp?: string;
  securityGroups: string[];
  cpu: string;
  memory: string;
  /** The container's state: what `describe-tasks` shows under containers. */
  container: {
    name: string;
    image: string;
    lastStatus: string;
    exitCode?: number;
    reason?: string;
  };
  /** Why the task will stop when it reaches its next step, decided at launch. */
  fate?: { at: TaskStatus; stopCode: string; reason: string; log?: string };
}

export interface TargetHealth {
  Id: string;
  Port: number;
  AvailabilityZone: string;
  State: "initial" | "healthy" | "unhealthy" | "unused" | "draining";
  Reason?: string;
  Description?: string;
  since: number;
  /** When the load balancer last checked the target. */
  lastCheck: number;
  /** Consecutive passed (positive) or failed (negative) checks. */
  streak: number;
  /** The task behind the target, when ECS registered it. */
  taskArn?: string;
}

export interface TargetGroup {
  TargetGroupArn: string;
  TargetGroupName: string;
  Protocol: string;
  Port: number;
  VpcId: string;
  TargetType: "instance" | "ip" | "lambda" | "alb";
  HealthCheckPath: string;
  HealthCheckIntervalSeconds: number;
  HealthCheckTimeoutSeconds: number;
  HealthyThresholdCount: number;
  UnhealthyThresholdCount: number;
  Matcher: string;
  DeregistrationDelaySeconds: number;
  LoadBalancerArns: string[];
  Targets: TargetHealth[];
}

export interface LoadBalancer {
  LoadBalancerArn: string;
  LoadBalancerName: string;
  DNSName: string;
  Scheme: "internet-facing" | "internal";
  Type: "application" | "network";
  VpcId: string;
  Subnets: string[];
  SecurityGroups: string[];
  State: "provisioning" | "active" | "failed";
  CreatedTime: number;
}

export interface Listener {
  ListenerArn: string;
  LoadBalancerArn: string;
  Port: number;
  Protocol: string;
  TargetGroupArn: string;
}

export interface ScalableTarget {
  ResourceId: string;
  ServiceNamespace: string;
  ScalableDimension: string;
  MinCapacity: number;
  MaxCapacity: number;
  CreationTime: number;
}

export interface ScalingPolicy {
  PolicyName: string;
  PolicyARN: string;
  ResourceId: string;
  ServiceNamespace: string;
  ScalableDimension: string;
  PolicyType: string;
  Configuration: unknown;
  CreationTime: number;
}

export interface LocalImage {
  /** Every name this image is known by locally: `hello-web:1.0`, `<registry>/hello-web:1.0`. */
  tags: string[];
  id: string;
  digest: string;
  platform: string;
  size: number;
  createdAt: number;
  page: string;
}

export interface Account {
  accountId: string;
  region: string;
  userArn: string;
  vpc: { VpcId: string; CidrBlock: string; Tags: Tag[] };
  internetGatewayId: string;
  subnets: Subnet[];
  routeTables: RouteTable[];
  securityGroups: SecurityGroup[];
  natGateways: NatGateway[];
  elasticIps: ElasticIp[];
  endpoints: VpcEndpoint[];
  roles: Role[];
  repositories: Repository[];
  logGroups: LogGroup[];
  clusters: Cluster[];
  taskDefinitions: TaskDefinition[];
  services: Service[];
  tasks: Task[];
  targetGroups: TargetGroup[];
  loadBalancers: LoadBalancer[];
  listeners: Listener[];
  scalableTargets: ScalableTarget[];
  scalingPolicies: ScalingPolicy[];
}

/** The whole lab: the account, the student's laptop (Docker) and shell, and the clock. */
export interface LabState {
  version: typeof LAB_VERSION;
  /** Simulated time, in milliseconds since the Unix epoch. */
  now: number;
  /** Counter for the ids the lab hands out, so a run is reproducible. */
  seq: number;
  /** Shell variables (`export R=us-east-1`, `R=…`). */
  env: Record<string, string>;
  /** The files of the lab's editor, by name: `taskdef.json`, `Dockerfile`, `index.html`, … */
  files: Record<string, string>;
  docker: { images: LocalImage[]; logins: string[]; platform: string };
  account: Account;
}

/** One piece of what a command printed. */
export interface OutputChunk {
  stream: "stdout" | "stderr";
  text: string;
}

export interface RunResult {
  state: LabState;
  output: OutputChunk[];
  /** The last command's exit status, as a shell's `$?`. */
  exitCode: number;
  /** Set when the student ran `clear`: the console empties its screen. */
  clear?: boolean;
}

/** A problem in the task definition editor, 1-based like an editor shows it. */
export interface Diagnostic {
  line: number;
  column: number;
  /** The rule broken, a short id such as `fargate-cpu-memory`. */
  rule: string;
  message: string;
  severity: "error" | "warning";
}

/** One row of the resources panel. */
export interface ResourceSummary {
  kind: string;
  id: string;
  name: string;
  status: string;
  /** Good, in progress, or bad: how the panel colours the status. */
  tone: "ok" | "busy" | "bad" | "idle";
  detail?: string;
}

/** What Tab completion offers: replace `line.slice(from, cursor)` with one of `candidates`. */
export interface Completion {
  from: number;
  candidates: string[];
}
