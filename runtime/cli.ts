/**
 * The `switchyard` command line.
 *
 *   switchyard start [--config FILE] [--port N] [--host ADDR] [--anthropic-port N] [--default-provider NAME] [--force-model NAME]
 *   switchyard simulate [--port N] [--host ADDR]
 *   switchyard config check FILE
 *   switchyard keys new
 *
 * Without --config (and without SWITCHYARD_CONFIG) `start` runs the embedded
 * default: the built-in simulator serves as the anthropic, openai and gemini
 * upstream unless ANTHROPIC_API_KEY / OPENAI_API_KEY / GEMINI_API_KEY are set.
 */
import { Command, InvalidArgumentError } from 'commander';
import { newCallerKey } from './auth/keys.ts';
import { ConfigError, loadConfigFile } from './config/index.ts';
import { VERSION } from './version.ts';

function portArg(v: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new InvalidArgumentError('must be a port number (0-65535)');
  return n;
}

/**
 * Runs a command whose modules load the native uWebSockets.js binding: when it
 * does not load (runtime/server/uws.ts NativeBindingError: unsupported Node,
 * glibc or platform), the reason is one line on stderr and exit 1, not a stack.
 */
async function withNativeBinding(run: () => Promise<void>): Promise<void> {
  try {
    await run();
  } catch (e) {
    if ((e as Error | undefined)?.name !== 'NativeBindingError') throw e;
    console.error(`switchyard: ${(e as Error).message}`);
    process.exit(1);
  }
}

const program = new Command();
program.name('switchyard').description('Switchyard: an LLM gateway for the Anthropic and OpenAI APIs.').version(VERSION);

program
  .command('start')
  .description('Start the gateway (embedded simulator default when no config is given).')
  .option('-c, --config <file>', 'YAML config file (env SWITCHYARD_CONFIG)')
  .option('-p, --port <n>', 'main listener port (overrides server.port)', portArg)
  .option('--host <addr>', 'listen address (overrides server.host)')
  .option('--anthropic-port <n>', 'dedicated Anthropic listener port (overrides server.anthropic_port; env ANTHROPIC_PORT)', portArg)
  .option('--default-provider <name>', 'provider for bare model names that are no alias (server.default_provider)')
  .option('--force-model <name>', "rewrite every request's model to this alias or model string (server.force_model)")
  .action(async (o: { config?: string; port?: number; host?: string; anthropicPort?: number; defaultProvider?: string; forceModel?: string }) => {
    await withNativeBinding(async () => {
      const { runGateway } = await import('./main.ts');
      await runGateway(o);
    });
  });

program
  .command('simulate')
  .description('Run the built-in provider simulator (Anthropic, OpenAI and Gemini APIs) on its own.')
  .option('-p, --port <n>', 'port', portArg, 4010)
  .option('--host <addr>', 'listen address', '127.0.0.1')
  .action(async (o: { port: number; host: string }) => {
    await withNativeBinding(async () => {
      const { runSimulatorCli } = await import('./simulator/cli.ts');
      await runSimulatorCli(o);
    });
  });

const config = program.command('config').description('Config file tools.');
config
  .command('check <file>')
  .description('Validate a config file (YAML, ${ENV} interpolated); exit 1 with the reasons if invalid.')
  .action((file: string) => {
    try {
      const cfg = loadConfigFile(file);
      for (const w of cfg.warnings) console.log(`warning: ${w}`);
      console.log(`${file}: ok (${cfg.providers.size} providers, ${cfg.aliases.size} model aliases, ${cfg.callers.length} callers)`);
    } catch (e) {
      if (e instanceof ConfigError) {
        console.error(`${file}: ${e.message}`);
        process.exit(1);
      }
      throw e;
    }
  });

const keys = program.command('keys').description('Caller key tools.');
keys
  .command('new')
  .description('Print a fresh caller key and its SHA-256 (put key_sha256 in the config, give the key to the caller).')
  .option('--json', 'print as JSON')
  .action((o: { json?: boolean }) => {
    const { key, key_sha256: sha } = newCallerKey();
    if (o.json) console.log(JSON.stringify({ key, key_sha256: sha }));
    else console.log(`key:        ${key}\nkey_sha256: ${sha}`);
  });

await program.parseAsync(process.argv);
