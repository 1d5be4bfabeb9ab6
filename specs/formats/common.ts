/**
 * Shared building blocks for the wire-format schemas under specs/formats/.
 *
 * Conventions (see DESIGN.md §4, "From AJV"):
 * - Request objects and content blocks are *open* (`additionalProperties: true`):
 *   providers add fields faster than we can list them, and passthrough must never
 *   lose one. Validation checks the fields we know and leaves the rest alone.
 * - Identifiers, names and enums-as-strings carry a `maxLength`; arrays that a
 *   caller controls carry a `maxItems`. Free text (prompts, tool output, base64
 *   data) carries no `maxLength`: the listener's body limit already bounds it and
 *   AJV's `maxLength` walks the whole string (UCS-2 length), which would cost a
 *   full scan of every prompt on every request.
 * - Tagged unions (`type`, `role`) compile to `oneOf` + AJV `discriminator`, so a
 *   bad block reports the errors of its own variant, not of every variant.
 * - Sub-schemas with a `title` become named types in generated/types/ and shared
 *   `$defs` in the validators (scripts/gen/schema.ts hoists them); titles must be
 *   unique per title across one top-level schema.
 */
import { Type, type Static, type TSchema, type TObject, type TProperties, type ObjectOptions, type SchemaOptions, type TUnsafe } from '@sinclair/typebox';

/** Open object: unknown fields allowed (explicit, so generated types get an index signature). */
export const Open = { additionalProperties: true } as const;

/** Short identifier-like string (ids, names, model ids, enum-ish values). */
export const Id = (options: SchemaOptions = {}) => Type.String({ maxLength: 512, ...options });

/** Free text: prompts, tool output, base64 payloads. Bounded by the body limit, not by the schema. */
export const Text = (options: SchemaOptions = {}) => Type.String(options);

/** Model id: non-empty, at most 256 characters. */
export const ModelId = Type.String({ minLength: 1, maxLength: 256, description: 'Model id or gateway model alias.' });

/**
 * `T[] | string` for content that is either blocks or a plain string. The array
 * branch comes first on purpose: with `allErrors: false` the first error AJV
 * reports for an invalid value comes from the first branch, and "block 3 has no
 * `text`" is far more useful than "must be string".
 */
export const BlocksOrText = <T extends TSchema>(blocks: T, options: SchemaOptions = {}) => Type.Union([blocks, Text()], options);

/** `T | null`. */
export const Nullable = <T extends TSchema>(schema: T, options: SchemaOptions = {}) => Type.Union([schema, Type.Null()], options);

/** Open object with a literal tag property (default `type`). */
export function Variant<K extends string, V extends string, P extends TProperties>(
  tag: K,
  value: V,
  properties: P,
  options: ObjectOptions = {},
) {
  return Type.Object({ [tag]: Type.Literal(value), ...properties } as { [k in K]: ReturnType<typeof Type.Literal<V>> } & P, { ...Open, ...options });
}

/**
 * Tagged union compiled to `oneOf` with an AJV `discriminator` on `tag`.
 * Every variant must declare `tag` as a required literal property.
 * Static type: the union of the variants.
 */
export function Tagged<T extends TObject[]>(tag: string, variants: [...T], options: SchemaOptions = {}): TUnsafe<Static<T[number]>> {
  return Type.Unsafe<Static<T[number]>>({
    type: 'object',
    required: [tag],
    properties: { [tag]: { type: 'string' } },
    discriminator: { propertyName: tag },
    oneOf: variants,
    ...options,
  });
}
