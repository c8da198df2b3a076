import type { LabState } from "./types";

/**
 * Ids the lab hands out. They come from a counter in the state, not from Math.random, so the
 * same commands give the same ids: a lesson run twice prints the same output.
 */
export function nextHex(state: LabState, length: number): string {
  state.seq += 1;
  // A small multiplicative hash spreads consecutive counters over the whole range.
  let x = (state.seq * 2654435761) >>> 0;
  let out = "";
  while (out.length < length) {
    x = (Math.imul(x ^ (x >>> 15), 2246822519) + 0x9e3779b9) >>> 0;
    out += x.toString(16).padStart(8, "0");
  }
  return out.slice(0, length);
}

/** A resource id in EC2's form: `vpc-0a1b2c3d4e5f67890`. */
export function ec2Id(state: LabState, prefix: string): string {
  return `${prefix}-0${nextHex(state, 16)}`;
}

/** A private IPv4 address inside a /24 subnet CIDR such as `10.0.0.0/24`. */
export function addressIn(state: LabState, cidr: string): string {
  const base = cidr.split("/")[0]!.split(".").slice(0, 3).join(".");
  state.seq += 1;
  return `${base}.${10 + ((state.seq * 37) % 240)}`;
}

/** A public IPv4 address from a documentation-free range that looks like AWS's. */
export function publicAddress(state: LabState): string {
  state.seq += 1;
  const n = (state.seq * 2654435761) >>> 0;
  return `54.${160 + (n % 60)}.${(n >>> 8) % 256}.${(n >>> 16) % 256}`;
}
