#!/usr/bin/env node
// Entry point of the `switchyard` command: loads the TypeScript runtime through tsx.
import './register.mjs';

await import('../runtime/cli.ts');
