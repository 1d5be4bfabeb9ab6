/** Switchyard's version (package.json `version`; also the min version stamped on capabilities). */
export const VERSION = '0.1.0';
