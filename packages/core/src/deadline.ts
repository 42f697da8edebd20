/**
 * Deadlines shared by the attempts that start within the same 1 % of their time limit (64 at
 * most): one timer and one AbortSignal per window instead of one per attempt, which cost about a
 * tenth of an in-memory call. At the window's end its signal aborts (a `fetch` that honours it
 * stops) and every attempt still in it loses its race (one that ignores it cannot outlast the
 * deadline). Timers never hold the process open, and a window is dropped once it is empty and
 * replaced (a real fetch adds a listener to its signal, and adding one scans those there).
 */
export const EXPIRED: unique symbol = Symbol("deadline");

const timedOut = () => new DOMException("The attempt timed out", "TimeoutError");
type Window = ReturnType<typeof open>;
const current = new Map<number, Window>(); // the window new attempts join, per time limit

function open(timeoutMs: number, now: number) {
  const end = now + timeoutMs + Math.ceil(timeoutMs / 100);
  const window = { end, joined: 0, controller: new AbortController(), tickets: new Set<Ticket>(), timer: setTimeout(expire, end - now) };
  function expire() {
    if (current.get(timeoutMs) === window) current.delete(timeoutMs);
    window.controller.abort(timedOut());
    for (const ticket of window.tickets) ticket.fail(EXPIRED);
  }
  (window.timer as { unref?: () => void }).unref?.();
  return window;
}

/**
 * One attempt's hold on its deadline (`timeoutMs`, 0 for none) and the caller's signal: `signal`
 * goes to `fetch`; `race(promise)` settles with it unless the deadline (`EXPIRED`) or the
 * caller's abort (its reason) comes first; `leave()` lets go of both.
 */
export class Ticket {
  readonly signal: AbortSignal | undefined;
  private readonly window: Window | undefined;
  private readonly own: AbortController | undefined; // follows both the deadline and the caller's signal
  private reject: ((reason: unknown) => void) | undefined;
  constructor(
    private readonly timeoutMs: number,
    private readonly caller: AbortSignal | undefined,
  ) {
    if (timeoutMs > 0) {
      const now = Date.now();
      let window = current.get(timeoutMs);
      if (!window || window.end < now + timeoutMs || window.joined === 64) {
        if (window?.tickets.size === 0) clearTimeout(window.timer);
        window = open(timeoutMs, now);
        current.set(timeoutMs, window);
      }
      window.tickets.add(this);
      window.joined++;
      this.window = window;
    }
    this.own = this.window && caller ? new AbortController() : undefined;
    caller?.addEventListener("abort", this); // a ticket is its own listener: no closure per attempt
    this.signal = this.own?.signal ?? caller ?? this.window?.controller.signal;
  }
  handleEvent(): void {
    this.fail((this.caller as AbortSignal).reason);
  }
  fail(reason: unknown): void {
    this.own?.abort(reason === EXPIRED ? timedOut() : reason);
    this.reject?.(reason);
  }
  race<T>(promise: Promise<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.reject = reject;
      promise.then(resolve, reject);
    });
  }
  leave(): void {
    const { window } = this;
    this.caller?.removeEventListener("abort", this);
    this.reject = undefined;
    window?.tickets.delete(this);
    if (window?.tickets.size === 0 && current.get(this.timeoutMs) !== window) clearTimeout(window.timer);
  }
}
