import { describe, expect, it } from "vitest";

import { createLab } from "@/lib/lab";
import { mapAccount } from "@/lib/lab/topology";

import { Scenario } from "./scenario";

describe("mapAccount", () => {
  it("shows a new account's two zones, each with a public and a private subnet", () => {
    const map = mapAccount(createLab());
    expect(map.zones.map((z) => z.name)).toEqual(["us-east-1a", "us-east-1b"]);
    for (const zone of map.zones) {
      expect(zone.subnets.map((s) => [s.public, s.wayOut, s.items.length])).toEqual([
        [true, "internet gateway", 0],
        [false, "none", 0],
      ]);
    }
    expect(map.regional.every((r) => r.items.length === 0)).toBe(true);
  });

  it("places the load balancer across the public subnets and a task in each zone", () => {
    const s = new Scenario();
    s.deployed();
    const map = mapAccount(s.state);
    for (const zone of map.zones) {
      const [publicSubnet, privateSubnet] = zone.subnets;
      expect(publicSubnet!.items.map((i) => [i.kind, i.status, i.target])).toEqual([
        ["load-balancer", "active", undefined],
        ["task", "RUNNING", "healthy"],
      ]);
      expect(privateSubnet!.items).toEqual([]);
    }
    expect(map.regional.find((r) => r.service === "Amazon ECR")?.items).toEqual([
      "hello-web (1.0)",
    ]);
    expect(map.regional.find((r) => r.service === "Amazon ECS")?.items).toEqual([
      "cluster demo: hello-svc (2 wanted)",
    ]);
  });

  it("shows a private subnet's way out once a NAT gateway route exists", () => {
    const s = new Scenario();
    const eip = s.call("ec2", "AllocateAddress").AllocationId;
    const nat = s.call("ec2", "CreateNatGateway", {
      SubnetId: s.subnet("lab-public-a"),
      AllocationId: eip,
    }).NatGateway.NatGatewayId;
    const table = s.state.account.routeTables.find((r) =>
      r.SubnetIds.includes(s.subnet("lab-private-a")),
    )!;
    s.call("ec2", "CreateRoute", {
      RouteTableId: table.RouteTableId,
      DestinationCidrBlock: "0.0.0.0/0",
      NatGatewayId: nat,
    });
    const map = mapAccount(s.state);
    expect(map.zones[0]!.subnets[0]!.items.map((i) => [i.kind, i.status])).toEqual([
      ["nat-gateway", "pending"],
    ]);
    expect(map.zones.map((z) => z.subnets[1]!.wayOut)).toEqual(["NAT gateway", "none"]);
  });
});
