/**
 * Emits generated/config-defaults.ts: the `default` of every config key
 * (specs/config.ts), as one nested object mirroring the config's sections.
 * runtime/config/ `normalize` applies them once; nothing else writes a default.
 */
import { GatewayConfig } from '../../specs/config.ts';
import { toPlainSchema, type JsonSchema } from './schema.ts';
import { tsHeader, tsLiteral } from './util.ts';

type Node = JsonSchema & { properties?: Record<string, Node>; additionalProperties?: Node | boolean; patternProperties?: Record<string, Node>; default?: unknown; anyOf?: Node[]; items?: Node };

/** Defaults under a schema node: `{key: default}` for leaves, nested objects for sections (records: their value schema under `*`). */
function collect(node: Node): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, child] of Object.entries(node.properties ?? {})) {
    if (child.default !== undefined) out[k] = child.default;
    else if (child.type === 'object') {
      const entry = child.patternProperties ? Object.values(child.patternProperties)[0] : typeof child.additionalProperties === 'object' ? child.additionalProperties : undefined;
      const sub = child.properties ? collect(child) : entry ? collect(entry) : {};
      if (Object.keys(sub).length) out[k] = child.properties ? sub : { '*': sub };
    } else if (child.type === 'array' && child.items && child.items.type === 'object') {
      const sub = collect(child.items);
      if (Object.keys(sub).length) out[k] = { '[]': sub };
    }
  }
  return out;
}

/** Source text of generated/config-defaults.ts. */
export function renderConfigDefaults(): string {
  const d = collect(toPlainSchema(GatewayConfig) as Node);
  return `${tsHeader('Source: specs/config.ts (`default` annotations). Renderer: scripts/gen/config-defaults.ts.')}
/**
 * Config defaults by section; \`*\` stands for every entry of a record
 * (\`providers.<name>\`, \`models.<alias>\`), \`[]\` for every element of a list
 * (\`callers\`, \`models.<alias>.targets\`). Applied once by runtime/config/ \`normalize\`.
 */
export const CONFIG_DEFAULTS = ${tsLiteral(d)} as const;
`;
}
