/**
 * How far a long build step is, said at most once a second: a step over thousands of pages or
 * entries shows it is moving, without a line for each.
 */
const EVERY_MS = 1000;

/** A function to call with `done` out of `total` as often as convenient; it logs `line(done, total)` when a second has passed, never the last. */
export function progressLine(log: (message: string) => void, line: (done: number, total: number) => string): (done: number, total: number) => void {
  let said = performance.now();
  return (done, total) => {
    if (done >= total || performance.now() - said < EVERY_MS) return;
    said = performance.now();
    log(line(done, total));
  };
}
