#!/usr/bin/env node
// Entry point of the `switchyard` command: loads the TypeScript runtime through tsx.
import { register } from 'tsx/esm/api';

register();
await import('../runtime/cli.ts');
