/**
 * Loop detection: a provider `base_url` that reaches the gateway's own
 * listener would send every request back into the gateway (each attempt
 * spawning another). Checked without DNS, at config load (synchronous):
 * a base URL is the gateway itself when its port is a listener port and its
 * host is one of the listener's addresses — `localhost`, loopback and this
 * machine's interface addresses and host name count as local; a listener on
 * `0.0.0.0` / `::` is reached through any local address.
 */
import { isIP } from 'node:net';
import { hostname, networkInterfaces } from 'node:os';

/** The listeners of a gateway: host and the ports it binds (null: none; 0: any free port, unknown until bound). */
export interface ListenerSpec { host: string; port: number; anthropicPort: number | null }

const LOOPBACK = ['127.0.0.1', '::1'];

function normalizeAddr(a: string): string {
  const x = a.toLowerCase().replace(/^\[|\]$/g, '');
  return x.startsWith('::ffff:') && isIP(x.slice(7)) === 4 ? x.slice(7) : x;
}

function localAddrs(): Set<string> {
  const out = new Set(LOOPBACK);
  for (const list of Object.values(networkInterfaces())) for (const i of list ?? []) out.add(normalizeAddr(i.address));
  return out;
}

/** Addresses a host name stands for without DNS; 'any' for the wildcard addresses; [] when unknown (a remote name). */
function addrsOf(host: string): string[] | 'any' {
  const h = normalizeAddr(host);
  if (h === '0.0.0.0' || h === '::') return 'any';
  if (h === 'localhost' || h.endsWith('.localhost')) return LOOPBACK;
  if (isIP(h)) return [h];
  if (h === hostname().toLowerCase()) return [...localAddrs()];
  return [];
}

/**
 * Whether `baseUrl` reaches one of the gateway's listeners.
 * @returns the listener it reaches (`main` / `anthropic`), or null.
 */
export function loopsToSelf(baseUrl: string, l: ListenerSpec): 'main' | 'anthropic' | null {
  let u: URL;
  try {
    u = new URL(baseUrl);
  } catch {
    return null;
  }
  const port = u.port ? Number(u.port) : u.protocol === 'https:' ? 443 : 80;
  const which = port !== 0 && port === l.port ? 'main' : port !== 0 && port === l.anthropicPort ? 'anthropic' : null;
  if (!which) return null;
  const target = addrsOf(u.hostname);
  const listen = addrsOf(l.host);
  const local = localAddrs();
  if (target === 'any') return which; // http://0.0.0.0:port connects to this machine
  if (listen === 'any') return target.some((a) => local.has(a)) ? which : null;
  return target.some((a) => listen.includes(a)) ? which : null;
}

/** Config problems for providers whose base URL loops back to the gateway (one line each, naming the provider and the listener). */
export function selfLoopProblems(providers: Iterable<{ name: string; baseUrl: string }>, l: ListenerSpec): string[] {
  const out: string[] = [];
  for (const p of providers) {
    const hit = loopsToSelf(p.baseUrl, l);
    if (hit) out.push(`providers.${p.name}.base_url: ${p.baseUrl} is this gateway's own ${hit} listener (${l.host}:${hit === 'main' ? l.port : l.anthropicPort}): requests would loop back into the gateway`);
  }
  return out;
}
