/**
 * Translation coverage per format pair: what each transcoder maps, rejects or
 * may drop. Rendered into the capability docs by `npm run gen`; the transcoders
 * under runtime/transcode/ implement exactly this table.
 */
import { Type, type Static } from '@sinclair/typebox';
import { Format, RouteType } from './route-types.ts';

export const FieldMapping = Type.Object(
  { field: Type.String(), to: Type.String(), note: Type.Optional(Type.String()) },
  { additionalProperties: false },
);
export const TranslationCoverage = Type.Object(
  {
    /** Ingress format (what the caller speaks). */
    from: Format,
    /** Upstream format. */
    to: Format,
    routeType: RouteType,
    transcoder: Type.String({ description: 'File under runtime/transcode/ implementing the pair.' }),
    request: Type.Array(FieldMapping),
    response: Type.Array(FieldMapping),
    /** Fields rejected with a 400, or dropped when unsupported_params: drop. */
    unsupported: Type.Array(Type.Object({ field: Type.String(), reason: Type.String() }, { additionalProperties: false })),
  },
  { additionalProperties: false },
);
export type TranslationCoverage = Static<typeof TranslationCoverage>;

/** Filled in by the translation work (issue 3). */
export const TRANSLATIONS: TranslationCoverage[] = [];
