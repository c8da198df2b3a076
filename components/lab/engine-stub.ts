import { advance, createLab, runLine } from "@/lib/lab";
import type { LabEngine } from "@/lib/lab/store";
import { LAB_VERSION, type LabState } from "@/lib/lab/types";

/**
 * The engine the lab page uses. Until lib/lab's createLab lands on main (it throws "not
 * implemented yet" there now), a new lab is this empty account, so the console, the editor and
 * the drawer can be built and tested. Delete this file, and pass nothing as `engine` in
 * use-lab.ts, once createLab works.
 */
export const labEngine: LabEngine = {
  createLab: () => {
    try {
      return createLab();
    } catch (error) {
      if (error instanceof Error && error.message === "not implemented yet") return emptyLab();
      throw error;
    }
  },
  runLine,
  advance,
};

function emptyLab(): LabState {
  return {
    version: LAB_VERSION,
    now: Date.UTC(2026, 0, 5, 9, 0),
    seq: 0,
    env: {},
    files: {
      "taskdef.json": "{\n}\n",
      Dockerfile: "FROM nginx:1.27-alpine\nCOPY index.html /usr/share/nginx/html/\n",
      "index.html": "<h1>Hello from Fargate</h1>\n",
    },
    docker: { images: [], logins: [], platform: "linux/amd64" },
    account: {
      accountId: "123456789012",
      region: "us-east-1",
      userArn: "arn:aws:iam::123456789012:user/student",
      vpc: { VpcId: "vpc-0a1b2c3d", CidrBlock: "10.0.0.0/16", Tags: [] },
      internetGatewayId: "igw-0a1b2c3d",
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
