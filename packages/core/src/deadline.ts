/**
 * Deadlines shared by the attempts that start within the same 1 % of their time limit: one timer
 * and one AbortSignal per window instead of one per attempt (a per-attempt AbortController and
 * timer cost about a tenth of an in-memory call). Each attempt holds a `Ticket`: at the window's
 * end its signal aborts (a `fetch` that honours it stops) and its race is lost (a `fetch` that
 * ignores it cannot outlast the deadline). A ticket leaves its window when its attempt settles,
 * so nothing of a call outlives it; an empty window stops holding the process open, and is
 * dropped as soon as a newer window replaces it.
 */

/** What a ticket's race rejects with at the deadline. */
export const EXPIRED: unique symbol = Symbol("deadline");

const timedOut = () => new DOMException("The attempt timed out", "TimeoutError");
const unref = (timer: unknown) => (timer as { unref?: () => void }).unref?.();

class Window {
  readonly controller = new AbortController();
  readonly tickets = new Set<Ticket>();
  readonly timer: ReturnType<typeof setTimeout>;
  joined = 0;
  expired = false;
  constructor(
    readonly timeoutMs: number,
    readonly end: number,
  ) {
    this.timer = setTimeout(() => {
      this.expired = true;
      this.controller.abort(timedOut());
      for (const ticket of this.tickets) ticket.fail(EXPIRED);
    }, end - Date.now());
  }
  leave(ticket: Ticket): void {
    this.tickets.delete(ticket);
    if (this.tickets.size > 0) return;
    if (windows.get(this.timeoutMs) === this) unref(this.timer);
    else clearTimeout(this.timer);
  }
}

/**
 * Attempts per window: a real `fetch` adds a listener to the signal it is given, held until the
 * request is garbage-collected, and adding one scans the listeners already there.
 */
const MAX_JOINED = 64;

/** The window new attempts join, per time limit. */
const windows = new Map<number, Window>();

function join(timeoutMs: number, ticket: Ticket): Window {
  const now = Date.now();
  let window = windows.get(timeoutMs);
  if (!window || window.expired || window.end < now + timeoutMs || window.joined === MAX_JOINED) {
    if (window?.tickets.size === 0) clearTimeout(window.timer);
    window = new Window(timeoutMs, now + timeoutMs + Math.ceil(timeoutMs / 100));
    windows.set(timeoutMs, window);
  } else if (window.tickets.size === 0) (window.timer as { ref?: () => void }).ref?.();
  window.tickets.add(ticket);
  window.joined++;
  return window;
}

/**
 * One attempt's hold on its deadline (`timeoutMs`, 0 for none) and on the caller's signal.
 * `signal` goes to `fetch`; `race(promise)` settles with the promise unless the deadline
 * (`EXPIRED`) or the caller's abort (its reason) comes first; `leave()` lets go of both.
 */
export class Ticket {
  readonly signal: AbortSignal | undefined;
  private readonly window: Window | undefined;
  private readonly own: AbortController | undefined;
  private readonly onAbort: (() => void) | undefined;
  private reject: ((reason: unknown) => void) | undefined;
  private failure: { reason: unknown } | undefined;

  constructor(
    timeoutMs: number,
    private readonly caller: AbortSignal | undefined,
  ) {
    this.window = timeoutMs > 0 ? join(timeoutMs, this) : undefined;
    if (caller) {
      // Both the caller's signal and the deadline must abort what `fetch` is given.
      this.own = this.window ? new AbortController() : undefined;
      this.onAbort = () => this.fail(caller.reason);
      caller.addEventListener("abort", this.onAbort);
    }
    this.signal = this.own?.signal ?? caller ?? this.window?.controller.signal;
  }

  /** The deadline passed, or the caller aborted: abort what was sent and lose the race. */
  fail(reason: unknown): void {
    this.failure ??= { reason };
    this.own?.abort(reason === EXPIRED ? timedOut() : reason);
    this.reject?.(reason);
  }

  race<T>(promise: Promise<T>): Promise<T> {
    if (this.failure) return Promise.reject(this.failure.reason);
    return new Promise<T>((resolve, reject) => {
      this.reject = reject;
      promise.then(resolve, reject);
    });
  }

  /** Whether this attempt's deadline passed (whatever error the transport then gave). */
  get expired(): boolean {
    return this.failure?.reason === EXPIRED;
  }

  leave(): void {
    this.window?.leave(this);
    if (this.onAbort) this.caller?.removeEventListener("abort", this.onAbort);
    this.reject = undefined;
  }
}
