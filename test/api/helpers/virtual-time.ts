// One virtual clock shared by the simulator, the client and the limiter: sleeping advances it, so a test can
// wait out Retry-After headers and token lifetimes instantly and still see the simulator refill its bucket.
export interface VirtualTime {
  nowMs: () => number;
  date: () => Date;
  sleep: (ms: number) => Promise<void>;
  advance: (ms: number) => void;
  /** Every wait the client asked for (not the limiter's). */
  waits: number[];
}

export function createVirtualTime(startIso = "2026-03-01T12:00:00Z"): VirtualTime {
  let now = Date.parse(startIso);
  const waits: number[] = [];
  return {
    nowMs: () => now,
    date: () => new Date(now),
    sleep: (ms) => {
      waits.push(ms);
      now += ms;
      return Promise.resolve();
    },
    advance: (ms) => {
      now += ms;
    },
    waits,
  };
}
