/**
 * Listening safely: why a port could not be bound, in words a person can act on.
 *
 * uWebSockets.js opens listen sockets with SO_REUSEPORT on Linux unless asked
 * for LIBUS_LISTEN_EXCLUSIVE_PORT, so a second gateway on the same port would
 * silently share it with the first (the kernel splitting connections between
 * two configs). The gateway therefore listens exclusively (runtime/server/app.ts);
 * only its own worker threads share a port (server.workers > 1), after
 * `assertPortsFree` checked that nobody else holds it. uWS reports a failed
 * listen without a reason; `listenFailure` finds it by binding the same
 * address once with node:net (EADDRINUSE, EACCES, EADDRNOTAVAIL, …).
 */
import { createServer } from 'node:net';

/** uWS ListenOptions.LIBUS_LISTEN_EXCLUSIVE_PORT (uWebSockets.js docs/index.d.ts): no SO_REUSEPORT. */
export const LIBUS_LISTEN_EXCLUSIVE_PORT = 1;

/** Binds host:port once with node:net (no SO_REUSEPORT) and releases it; resolves null when free, else the errno code. */
export function probePort(host: string, port: number): Promise<string | null> {
  return new Promise((resolve) => {
    const s = createServer();
    s.once('error', (e: NodeJS.ErrnoException) => resolve(e.code ?? e.message));
    s.listen({ host, port, exclusive: true }, () => s.close(() => resolve(null)));
  });
}

/** Flag or setting that chooses each listener's port, for the message. */
const SETTING = { main: 'server.port / --port', anthropic: 'server.anthropic_port / --anthropic-port / ANTHROPIC_PORT' } as const;

/** A clear error for a listen that failed: names the port, the listener, the cause and what to change. */
export async function listenFailure(host: string, port: number, listener: 'main' | 'anthropic'): Promise<Error> {
  const code = await probePort(host, port);
  const what = `cannot listen on ${host}:${port} (${listener} listener)`;
  switch (code) {
    case 'EADDRINUSE':
    case null: // free again by now: it was taken when uWS tried
      return new Error(`${what}: port ${port} is already in use by another process (another switchyard?). Stop it or choose another port (${SETTING[listener]}).`);
    case 'EACCES':
      return new Error(`${what}: permission denied (ports below 1024 need privileges). Choose a port ≥ 1024 (${SETTING[listener]}).`);
    case 'EADDRNOTAVAIL':
    case 'ENOTFOUND':
      return new Error(`${what}: ${host} is not an address of this machine (server.host / --host).`);
    default:
      return new Error(`${what}: ${code}`);
  }
}

/**
 * Before worker threads share a port (SO_REUSEPORT): fails with `listenFailure`'s
 * message when any other socket holds it — a reuse-port socket of another
 * process included, which uWS would otherwise join silently. Port 0 is skipped.
 */
export async function assertPortsFree(host: string, ports: ReadonlyArray<{ port: number | null; listener: 'main' | 'anthropic' }>): Promise<void> {
  for (const { port, listener } of ports) {
    if (port === null || port === 0) continue;
    if ((await probePort(host, port)) !== null) throw await listenFailure(host, port, listener);
  }
}
