/**
 * Request validators per (wire format, route type), resolved once from the
 * names in generated/formats.ts (specs/wire-formats.ts) to the compiled
 * validators in generated/validators/.
 */
import { WIRE_FORMATS } from '../../generated/formats.ts';
import type { Format, RouteType } from '../../generated/routes.ts';
import { validators } from '../../generated/validators/index.ts';
import type { RouteValidators, Validator } from './types.ts';

const NONE: RouteValidators = Object.freeze({ passthrough: null, translated: null });
const cache = new Map<string, RouteValidators>();

/** The validators of (format, route type); both null when the spec lists none. */
export function validatorsOf(format: Format, routeType: RouteType): RouteValidators {
  const key = `${format} ${routeType}`;
  let v = cache.get(key);
  if (v === undefined) {
    const names = WIRE_FORMATS[format].validators[routeType];
    const get = (n: keyof typeof validators | null): Validator | null => (n === null ? null : (validators[n] as Validator));
    v = names ? { passthrough: get(names.passthrough), translated: get(names.translated) } : NONE;
    cache.set(key, v);
  }
  return v;
}
