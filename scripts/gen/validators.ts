/**
 * Emits generated/validators/<name>.js (AJV standalone, ESM), a hand-shaped
 * <name>.d.ts per validator, and generated/validators/index.ts.
 *
 * AJV options: `strict: true` (our own schemas must be clean), `allErrors:
 * false` (stop at the first error: cheaper and enough for a 400 naming the
 * field), `discriminator: true` (tagged unions), `code.lines` for readable diffs.
 * No `new Function` at runtime: the code is emitted here, at build time.
 *
 * AJV's ESM standalone output still pulls runtime helpers with
 * `require("ajv/dist/runtime/<helper>")`, which does not exist in an ES module
 * and whose `.js`-less path Node's ESM resolver rejects (ajv has no `exports`
 * map). `fixImports` rewrites them into `import … from "ajv/dist/runtime/<helper>.js"`
 * with a default-export interop that works under plain Node and under vite/vitest.
 */
import AjvModule from 'ajv';
import standaloneModule from 'ajv/dist/standalone/index.js';
import { VALIDATED_SCHEMAS } from '../../specs/formats/index.ts';
import { toPlainSchema, type JsonSchema } from './schema.ts';
import { byString, camelCase, tsHeader, tsString } from './util.ts';

const Ajv = AjvModule.default;
const standaloneCode = standaloneModule.default;

/**
 * Validators that report every error (`allErrors: true`) and whose plain schema
 * is emitted as `validators/<name>.schema.ts` for error messages that suggest
 * the nearest valid key: the config file, validated once per load, where a
 * person wants every problem at once (runtime/config/problems.ts).
 */
const ALL_ERRORS = new Set(['config']);

/** Annotation keywords dropped from validator input (they only bloat the embedded schema constants). */
const ANNOTATIONS = new Set(['description', 'title', 'examples']);

function stripAnnotations(node: unknown, inMap = false): unknown {
  if (Array.isArray(node)) return node.map((n) => stripAnnotations(n));
  if (node === null || typeof node !== 'object') return node;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(node as Record<string, unknown>)) {
    if (!inMap && ANNOTATIONS.has(k)) continue;
    if (!inMap && (k === 'const' || k === 'enum' || k === 'default')) out[k] = v;
    else out[k] = stripAnnotations(v, !inMap && (k === 'properties' || k === 'patternProperties' || k === '$defs'));
  }
  return out;
}

/** Rewrite `const x = require("ajv/dist/runtime/h").default;` into ESM imports. Throws on anything else CommonJS. */
export function fixImports(code: string, name: string): string {
  const imports: string[] = [];
  const body = code.replace(/const (\w+) = require\("(ajv\/dist\/runtime\/[\w]+)"\)\.default;/g, (_m, id: string, mod: string) => {
    imports.push(`import ${id}__module from "${mod}.js";`);
    // Node's ESM loader hands over `module.exports` ({ default: fn }); bundlers and vite-node apply
    // `__esModule` interop and hand over `fn` itself. Accept both.
    return `const ${id} = typeof ${id}__module === "function" ? ${id}__module : ${id}__module.default;`;
  });
  if (/\brequire\(/.test(body)) throw new Error(`validator ${name}: unexpected require() left in standalone code`);
  if (/new Function|\beval\(/.test(body)) throw new Error(`validator ${name}: dynamic code in standalone output`);
  const withoutStrict = body.replace(/^"use strict";/, '');
  return `${imports.join('\n')}${imports.length ? '\n' : ''}${withoutStrict}`;
}

/** Plain schema as fed to AJV for a validator. */
export function validatorSchema(name: string): JsonSchema {
  const schema = VALIDATED_SCHEMAS[name];
  if (!schema) throw new Error(`no schema ${name}`);
  const plain = stripAnnotations(toPlainSchema(schema)) as JsonSchema;
  delete plain.$id;
  return plain;
}

/** Render validators: relative path (under generated/) → contents. */
export function renderValidators(): Map<string, string> {
  const files = new Map<string, string>();
  const names = Object.keys(VALIDATED_SCHEMAS).sort(byString);
  for (const name of names) {
    if (!/^[a-z][a-z0-9-]*$/.test(name)) throw new Error(`validator name ${name} must be kebab-case`);
    const allErrors = ALL_ERRORS.has(name);
    const ajv = new Ajv({ code: { source: true, esm: true, lines: true }, strict: true, allErrors, discriminator: true });
    const validate = ajv.compile(validatorSchema(name));
    if (allErrors) {
      files.set(
        `validators/${name}.schema.ts`,
        `${tsHeader(`Plain JSON schema of "${name}" (as compiled into ${name}.js). Renderer: scripts/gen/validators.ts.`)}/** The "${name}" JSON schema (annotations stripped). */
const schema: Record<string, unknown> = ${JSON.stringify(validatorSchema(name), null, 2)};
export default schema;
`,
      );
    }
    const code = fixImports(standaloneCode(ajv, validate), name);
    files.set(`validators/${name}.js`, `${tsHeader(`Validator "${name}" (AJV standalone). Schema: specs/formats/index.ts VALIDATED_SCHEMAS. Renderer: scripts/gen/validators.ts.`)}${code}\n`);
    files.set(
      `validators/${name}.d.ts`,
      `${tsHeader()}/** Validates a parsed JSON value against the "${name}" schema; on failure \`validate.errors\` holds ${allErrors ? 'every error' : 'the first error'}. */
declare const validate: ((data: unknown) => boolean) & { errors?: import('ajv').ErrorObject[] | null };
export default validate;
`,
    );
  }
  const ids = names.map((n) => [n, camelCase(n)] as const);
  files.set(
    'validators/index.ts',
    `${tsHeader('Renderer: scripts/gen/validators.ts.')}
/**
 * Compiled request/response validators by name. Each is
 * \`(data: unknown) => boolean\` with \`.errors\` (AJV \`ErrorObject\`:
 * \`instancePath\` names the failing field) after a failure: the first error
 * only, except for ${[...ALL_ERRORS].join(', ')} (every error).
 */
import type { ErrorObject } from 'ajv';
${ids.map(([n, id]) => `import ${id} from './${n}.js';`).join('\n')}

/** A compiled validator. */
export type Validator = ((data: unknown) => boolean) & { errors?: ErrorObject[] | null };

export { ${ids.map(([, id]) => id).join(', ')} };

/** Validator names (the keys of specs/formats/index.ts VALIDATED_SCHEMAS). */
export type ValidatorName = ${ids.map(([n]) => tsString(n)).join(' | ')};

/** Every validator keyed by its name. */
export const validators: Readonly<Record<ValidatorName, Validator>> = {
${ids.map(([n, id]) => `  ${tsString(n)}: ${id},`).join('\n')}
};
`,
  );
  return files;
}
