const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

/** "2 December 2026" from "2026-12-02", the same on the server and in every browser. */
export function formatDay(date: string): string {
  const [year, month, day] = date.split("-").map(Number);
  return `${day} ${MONTHS[(month ?? 1) - 1] ?? ""} ${year}`;
}

/** "0.25 vCPU" from CPU units. */
export function vcpuLabel(cpu: number): string {
  return `${cpu / 1024} vCPU`;
}

/** "0.5 GB" from MiB (Fargate's GB is 1024 MiB). */
export function gbLabel(memory: number): string {
  return `${memory / 1024} GB`;
}
