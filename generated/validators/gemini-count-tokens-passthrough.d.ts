// generated from specs/ — do not edit (npm run gen)
/** Validates a parsed JSON value against the "gemini-count-tokens-passthrough" schema; on failure `validate.errors` holds the first error. */
declare const validate: ((data: unknown) => boolean) & { errors?: import('ajv').ErrorObject[] | null };
export default validate;
