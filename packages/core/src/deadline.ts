/**
 * Deadlines shared by the attempts that start within the same 1 % of their time limit (at most
 * 64 of them): one timer and one AbortSignal per window instead of one per attempt, which cost
 * about a tenth of an in-memory call. At the window's end its signal aborts (a `fetch` that
 * honours it stops) and every attempt still in it loses its race (a `fetch` that ignores the
 * signal cannot outlast the deadline). An attempt leaves its window when it settles; a window
 * nobody is in is dropped as soon as a newer one replaces it, and its timer never holds the
 * process open.
 */

/** What a ticket's race rejects with at the deadline. */
export const EXPIRED: unique symbol = Symbol("deadline");

const timedOut = () => new DOMException("The attempt timed out", "TimeoutError");

interface Window {
  readonly end: number;
  readonly controller: AbortController;
  readonly tickets: Set<Ticket>;
  readonly timer: ReturnType<typeof setTimeout>;
  joined: number;
}

/** The window new attempts join, per time limit. */
const current = new Map<number, Window>();

function join(timeoutMs: number, ticket: Ticket): Window {
  const now = Date.now();
  let window = current.get(timeoutMs);
  if (!window || window.end < now + timeoutMs || window.joined === 64) {
    if (window?.tickets.size === 0) clearTimeout(window.timer);
    const end = now + timeoutMs + Math.ceil(timeoutMs / 100);
    const made: Window = {
      end,
      controller: new AbortController(),
      tickets: new Set(),
      joined: 0,
      timer: setTimeout(() => {
        if (current.get(timeoutMs) === made) current.delete(timeoutMs);
        made.controller.abort(timedOut());
        for (const t of made.tickets) t.fail(EXPIRED);
      }, end - now),
    };
    (made.timer as { unref?: () => void }).unref?.();
    current.set(timeoutMs, (window = made));
  }
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
  private reject: ((reason: unknown) => void) | undefined;

  constructor(
    private readonly timeoutMs: number,
    private readonly caller: AbortSignal | undefined,
  ) {
    this.window = timeoutMs > 0 ? join(timeoutMs, this) : undefined;
    // With both a deadline and a caller's signal, `fetch` gets a signal that follows both.
    this.own = this.window && caller ? new AbortController() : undefined;
    caller?.addEventListener("abort", this);
    this.signal = this.own?.signal ?? caller ?? this.window?.controller.signal;
  }

  /** The caller's signal aborted (a ticket is its own listener: no closure per attempt). */
  handleEvent(): void {
    this.fail((this.caller as AbortSignal).reason);
  }

  /** The deadline passed (`EXPIRED`) or the caller aborted: abort what was sent, lose the race. */
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
    if (!window) return;
    window.tickets.delete(this);
    if (window.tickets.size === 0 && current.get(this.timeoutMs) !== window) clearTimeout(window.timer);
  }
}
