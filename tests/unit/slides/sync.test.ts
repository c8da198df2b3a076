import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { MAX_TASKS, MIN_TASKS } from "@/lib/diagram/graph";
import {
  addToInbox,
  type DiagramChange,
  emptyInbox,
  MAX_DIAGRAM_VERSION,
  MAX_SLIDES,
  MAX_STEPS,
  newWindowId,
  nextDiagramChange,
  parseSyncMessage,
  supersedes,
  type SyncMessage,
} from "@/lib/slides/navigation";

const SLIDES = 12;

/** Numbers a hostile page would try: huge, tiny, negative, fractional, not numbers at all. */
const hostileNumber = fc.oneof(
  fc.integer({ min: -2, max: SLIDES + 2 }),
  fc.integer(),
  fc.double(),
  fc.constantFrom(1e300, -1e300, Number.MAX_SAFE_INTEGER, 2 ** 53 + 1, -0, 0.5, NaN, Infinity),
  fc.constantFrom(MAX_DIAGRAM_VERSION, MAX_DIAGRAM_VERSION + 1, SLIDES - 1, SLIDES),
);
const hostileValue = fc.oneof(hostileNumber, fc.string(), fc.anything());
const hostileId = fc.oneof(
  fc.constantFrom("a", "b", "zzzzzzzz"),
  fc.constantFrom("__proto__", "", "x".repeat(10_000)),
  fc.string(),
);

/** Messages a deck's windows could send, with versions and slides anywhere in range. */
const plausibleDiagram = fc.record({
  type: fc.constant("diagram"),
  sender: fc.constantFrom("a", "b", "c"),
  slide: fc.integer({ min: 0, max: SLIDES - 1 }),
  change: fc.record({
    version: fc.oneof(
      fc.integer({ min: 0, max: 5 }),
      fc.constantFrom(MAX_DIAGRAM_VERSION - 1, MAX_DIAGRAM_VERSION),
    ),
    origin: fc.constantFrom("a", "b", "c"),
    settings: fc.record({
      launchType: fc.constantFrom("fargate", "ec2"),
      tasks: fc.integer({ min: -5, max: 50 }),
    }),
  }),
});

/** Messages shaped like the deck's, with any value in any field; and anything else. */
const hostileMessage = fc.oneof(
  plausibleDiagram,
  fc.record({ type: fc.constant("hello"), sender: hostileId }),
  fc.record({
    type: fc.constant("position"),
    sender: hostileId,
    position: fc.oneof(fc.record({ slide: hostileNumber, step: hostileNumber }), hostileValue),
  }),
  fc.record({
    type: fc.constant("diagram"),
    sender: hostileId,
    slide: hostileNumber,
    change: fc.oneof(
      fc.record({
        version: hostileNumber,
        origin: hostileId,
        settings: fc.record({
          launchType: fc.oneof(fc.constantFrom("fargate", "ec2"), fc.string()),
          tasks: hostileNumber,
        }),
      }),
      hostileValue,
    ),
  }),
  fc.anything(),
);

describe("presenter messages from any page of the site", () => {
  it("are either refused or held to the deck's ranges, and never throw", () => {
    fc.assert(
      fc.property(hostileMessage, (data) => {
        const message = parseSyncMessage(data, SLIDES);
        if (!message) return;
        expect(message.sender).toMatch(/^[a-z0-9]{1,32}$/);
        if (message.type === "position") {
          for (const value of [message.position.slide, message.position.step]) {
            expect(Number.isInteger(value)).toBe(true);
            expect(value).toBeGreaterThanOrEqual(0);
          }
          expect(message.position.slide).toBeLessThanOrEqual(MAX_SLIDES);
          expect(message.position.step).toBeLessThanOrEqual(MAX_STEPS);
        }
        if (message.type === "diagram") {
          expect(Number.isInteger(message.slide)).toBe(true);
          expect(message.slide).toBeGreaterThanOrEqual(0);
          expect(message.slide).toBeLessThan(SLIDES);
          expect(Number.isSafeInteger(message.change.version)).toBe(true);
          expect(message.change.version).toBeLessThanOrEqual(MAX_DIAGRAM_VERSION);
          expect(message.change.origin).toMatch(/^[a-z0-9]{1,32}$/);
          expect(message.change.settings.tasks).toBeGreaterThanOrEqual(MIN_TASKS);
          expect(message.change.settings.tasks).toBeLessThanOrEqual(MAX_TASKS);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it("refuse a version nobody could pass, a slide the deck lacks, a made-up sender", () => {
    const change = { settings: { launchType: "ec2", tasks: 3 }, version: 1e300, origin: "a" };
    expect(parseSyncMessage({ type: "diagram", slide: 1, change, sender: "a" })).toBeUndefined();
    const ok = { ...change, version: 2 };
    expect(
      parseSyncMessage({ type: "diagram", slide: SLIDES, change: ok, sender: "a" }, SLIDES),
    ).toBeUndefined();
    expect(
      parseSyncMessage({ type: "diagram", slide: 1, change: ok, sender: "a" }, SLIDES),
    ).toBeDefined();
    expect(parseSyncMessage({ type: "hello", sender: "x".repeat(33) })).toBeUndefined();
    expect(parseSyncMessage({ type: "hello", sender: "<img>" })).toBeUndefined();
  });

  it("collect into an inbox that holds one position, one change a slide and one hello", () => {
    let acceptedDiagrams = 0;
    fc.assert(
      fc.property(fc.array(hostileMessage, { maxLength: 500 }), (flood) => {
        let inbox = emptyInbox();
        const accepted: SyncMessage[] = [];
        for (const data of flood) {
          const message = parseSyncMessage(data, SLIDES);
          if (!message) continue;
          accepted.push(message);
          inbox = addToInbox(inbox, message);
        }
        expect(inbox.diagrams.size).toBeLessThanOrEqual(SLIDES);
        expect(inbox.hello).toBe(accepted.some((m) => m.type === "hello"));
        const positions = accepted.filter((m) => m.type === "position");
        expect(inbox.position).toEqual(positions.at(-1)?.position);
        // Each slide keeps a change that no other accepted change for it supersedes.
        for (const [slide, kept] of inbox.diagrams) {
          for (const m of accepted) {
            if (m.type === "diagram" && m.slide === slide) {
              expect(supersedes(m.change, kept)).toBe(false);
            }
          }
        }
        acceptedDiagrams += accepted.filter((m) => m.type === "diagram").length;
      }),
      { numRuns: 300 },
    );
    // The generator does reach the inbox with real diagram changes, not only refusals.
    expect(acceptedDiagrams).toBeGreaterThan(100);
  });

  it("cannot pin a diagram: this window's next change always reaches the others", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: MAX_DIAGRAM_VERSION }),
        fc.stringMatching(/^[a-z0-9]{1,32}$/),
        (version, origin) => {
          const held: DiagramChange = {
            settings: { launchType: "fargate", tasks: 2 },
            version,
            origin,
          };
          const mine = nextDiagramChange(held, { launchType: "ec2", tasks: 4 }, "zzzzzzzzzzzz");
          expect(mine.version).toBeLessThanOrEqual(MAX_DIAGRAM_VERSION);
          // Another window holding `held` takes it, unless both sit at the cap and the
          // other's id is larger: then it is taken back by the next change from there.
          if (version < MAX_DIAGRAM_VERSION) expect(supersedes(mine, held)).toBe(true);
        },
      ),
    );
  });

  it("come from window ids the parser accepts", () => {
    for (let n = 0; n < 100; n++) {
      expect(parseSyncMessage({ type: "hello", sender: newWindowId() })).toBeDefined();
    }
  });
});
