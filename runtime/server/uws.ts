/**
 * Loads the native uWebSockets.js binding and refuses to run without it.
 *
 * The npm package (`uWebSockets.js`, an alias of
 * `@trufflesuite/uws-js-unofficial@20.30.0-unofficial.0`) silently falls back to
 * a slow Node implementation when its native binary does not load. The native
 * binding exports `SSLApp`, `getParts` and `us_listen_socket_close` as native
 * functions; the fallback exports only `App` and a few shims. We check for the
 * native surface and throw a clear error instead of serving slowly.
 */
import { createRequire } from 'node:module';
import type * as UWS from 'uWebSockets.js';

const require = createRequire(import.meta.url);

/** Thrown when the native binding is not available. */
export class NativeBindingError extends Error {
  override name = 'NativeBindingError';
}

/** The C library this process runs on, for the error message: "glibc 2.36", "not glibc" (musl) or the platform. */
function libc(): string {
  const header = (process.report?.getReport() as { header?: { glibcVersionRuntime?: string } } | undefined)?.header;
  return header?.glibcVersionRuntime ? `glibc ${header.glibcVersionRuntime}` : process.platform === 'linux' ? 'not glibc' : process.platform;
}

function load(): typeof UWS {
  if (process.env.UWS_USE_FALLBACK) {
    throw new NativeBindingError(
      'UWS_USE_FALLBACK is set: Switchyard requires the native uWebSockets.js binding and will not run on the fallback. Unset UWS_USE_FALLBACK.',
    );
  }
  const origWarn = console.warn;
  const warnings: string[] = [];
  console.warn = (...args: unknown[]) => void warnings.push(args.map(String).join(' '));
  let mod: typeof UWS;
  try {
    mod = require('uWebSockets.js') as typeof UWS;
  } finally {
    console.warn = origWarn;
  }
  const native = mod as unknown as Record<string, unknown>;
  if (typeof native.SSLApp !== 'function' || typeof native.getParts !== 'function') {
    throw new NativeBindingError(
      `The native uWebSockets.js binding did not load on Node ${process.version} (${process.platform}-${process.arch}, ABI ${process.versions.modules}, ${libc()}); ` +
        `the package fell back to its slow Node implementation, which Switchyard refuses to use. ` +
        `Switchyard runs on Node 20.18.1 or a later 20.x (ABI 115; on Linux with glibc 2.27 or later) with the pinned build installed (npm ci); ` +
        `the binding has no build for Node 22 and later (see "Node versions" in the README). ${warnings.join(' ').trim()}`,
    );
  }
  return mod;
}

/** The native uWebSockets.js module (throws NativeBindingError when not native). */
export const uws: typeof UWS = load();
export type { HttpRequest, HttpResponse, TemplatedApp, us_listen_socket } from 'uWebSockets.js';
