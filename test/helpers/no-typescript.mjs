// Preload (`--import`) for tests of the compiled runtime: registers module hooks
// (./no-typescript-hooks.mjs) that make any import of a TypeScript file or of the
// tsx loader fail, in this thread and (through the inherited NODE_OPTIONS) in
// every worker thread the gateway starts.
import { register } from 'node:module';

register('./no-typescript-hooks.mjs', import.meta.url);
