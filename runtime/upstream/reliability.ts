/**
 * Per-gateway reliability state that outlives a config reload: the circuit
 * breakers (one per upstream = provider name + base URL), the random source
 * used for backoff jitter (injectable for tests) and the shutdown signal that
 * ends requests still running when the shutdown grace period is over.
 *
 * Circuit state changes are mirrored into the metrics module
 * (`setCircuitState`, switchyard_upstream_circuit_state) and can be observed
 * with `breakers.onChange`.
 */
import { setMaxListeners } from 'node:events';
import { newKeyState, type KeyState, type RuntimeConfig } from '../config/index.ts';
import { BreakerRegistry } from './breaker.ts';
import { setCircuitState, clearCircuitState } from '../observability/metrics.ts';

export interface Reliability {
  breakers: BreakerRegistry;
  /** Random source in [0, 1) for backoff jitter. */
  rand: () => number;
  /** Aborted when the shutdown grace period ran out: requests still running end with an error in the caller's format. */
  shutdown: AbortController;
  /**
   * Shutdown callbacks of the requests in flight, run when `shutdown` aborts (a Set:
   * O(1) per request, where an EventTarget listener costs µs and its removal scans all listeners).
   */
  inflight: Set<() => void>;
  /**
   * Provider key rotation state per provider name. Each config's providers adopt it
   * (`ProviderRuntime.keyState`), so keys taken out of rotation stay out across a reload
   * and never leak into another gateway in the same process.
   */
  keys: Map<string, KeyState>;
}

/** Creates the reliability state for a config. */
export function createReliability(cfg: RuntimeConfig, opts: { rand?: () => number; now?: () => number } = {}): Reliability {
  const breakers = new BreakerRegistry(cfg.breaker, opts.now);
  breakers.onChange((s) => setCircuitState(s.provider, s.state));
  const shutdown = new AbortController();
  setMaxListeners(0, shutdown.signal);
  const inflight = new Set<() => void>();
  shutdown.signal.addEventListener('abort', () => {
    for (const f of [...inflight]) f();
  }, { once: true });
  const r: Reliability = { breakers, rand: opts.rand ?? Math.random, shutdown, inflight, keys: new Map() };
  adoptKeyState(r, cfg);
  return r;
}

/**
 * Points each provider of `cfg` at this gateway's key rotation state: the state kept
 * for a provider of the same name, or a fresh one (all keys in rotation). States of
 * providers no longer configured are dropped.
 */
function adoptKeyState(r: Reliability, cfg: RuntimeConfig): void {
  const next = new Map<string, KeyState>();
  for (const p of cfg.providers.values()) {
    const st = r.keys.get(p.name) ?? newKeyState();
    p.keyState = st;
    next.set(p.name, st);
  }
  r.keys = next;
}

/**
 * Applies a new config (reload): the breaker policy is replaced in place,
 * breakers of upstreams that are gone are dropped, the others keep their state.
 */
export function reconfigureReliability(r: Reliability, cfg: RuntimeConfig): void {
  r.breakers.setPolicy(cfg.breaker);
  const ids = new Set<string>();
  for (const p of cfg.providers.values()) ids.add(`${p.name} ${p.baseUrl}`);
  for (const s of r.breakers.snapshot()) {
    if (!ids.has(`${s.provider} ${s.base_url}`)) clearCircuitState(s.provider);
  }
  r.breakers.retain(ids);
  adoptKeyState(r, cfg);
}

/** The reliability state of a gateway state (kept for callers written when it was optional). */
export function reliabilityOf(state: { reliability: Reliability }): Reliability {
  return state.reliability;
}
