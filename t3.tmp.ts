import Ajv from 'ajv';
import standaloneCode from 'ajv/dist/standalone/index.js';
import { VALIDATED_SCHEMAS } from './specs/formats/index.ts';
import { toPlainSchema } from './scripts/gen/schema.ts';
for (const [name, s] of Object.entries(VALIDATED_SCHEMAS)) {
  const ajv = new Ajv.default({ code: { source: true, esm: true }, strict: true, allErrors: false, discriminator: true });
  const v = ajv.compile(toPlainSchema(s));
  const code = standaloneCode.default(ajv, v);
  console.log(name, code.length, [...new Set(code.match(/(require\(|import )[^;]*;/g) ?? [])]);
}
{
const ajv = new Ajv.default({ code: { source: true, esm: true }, strict: true, allErrors: false, discriminator: true });
const v = ajv.compile(toPlainSchema(VALIDATED_SCHEMAS['anthropic-messages-passthrough']!));
console.log(standaloneCode.default(ajv, v));
}
