// generated from specs/ — do not edit (npm run gen)
/** Validates a parsed JSON value against the "config" schema; on failure `validate.errors` holds every error. */
declare const validate: ((data: unknown) => boolean) & { errors?: import('ajv').ErrorObject[] | null };
export default validate;
