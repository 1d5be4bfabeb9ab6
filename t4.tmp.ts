import { compile } from 'json-schema-to-typescript';
import { TYPED_SCHEMAS } from './specs/formats/index.ts';
import { toPlainSchema } from './scripts/gen/schema.ts';
const s = toPlainSchema(TYPED_SCHEMAS['anthropic-messages']!);
console.log(await compile(s as any, 'X', { bannerComment: '', additionalProperties: false }));
