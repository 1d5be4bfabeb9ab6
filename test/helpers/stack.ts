/**
 * Test stack: the built-in simulator as the upstream and a gateway in front of
 * it, both on free ports of 127.0.0.1, assembled the same way as production
 * (runtime/main.ts startSwitchyard).
 */
import { startSimulator, type Simulator } from '../../runtime/simulator/index.ts';
import { startSwitchyard, type Switchyard, type SwitchyardOptions } from '../../runtime/main.ts';
import { normalize, type RuntimeConfig } from '../../runtime/config/index.ts';
import type { GatewayConfig } from '../../generated/types/config.ts';

export const CALLER_KEY = 'sk-test-caller-0123456789';
export const PROVIDER_KEY_ANTHROPIC = 'sk-ant-provider-secret-abc';
export const PROVIDER_KEY_OPENAI = 'sk-openai-provider-secret-xyz';

export interface Stack {
  sim: Simulator;
  sy: Switchyard;
  cfg: RuntimeConfig;
  /** Gateway base URL (http://127.0.0.1:PORT). */
  url: string;
  close(): Promise<void>;
}

/** Default config for tests: anthropic + openai providers on the simulator, a few aliases, one caller. */
export function testConfig(simUrl: string, patch: (c: GatewayConfig) => void = () => {}): GatewayConfig {
  const c: GatewayConfig = {
    server: { host: '127.0.0.1', port: 0 },
    providers: {
      anthropic: { type: 'anthropic', base_url: simUrl, api_key: PROVIDER_KEY_ANTHROPIC },
      openai: { type: 'openai', base_url: `${simUrl}/v1`, api_key: PROVIDER_KEY_OPENAI },
    },
    models: {
      'claude-prod': { targets: [{ provider: 'anthropic', model: 'claude-sonnet-4-5' }] },
      'gpt-prod': { targets: [{ provider: 'openai', model: 'gpt-4.1' }] },
    },
    callers: [{ name: 'tester', key: CALLER_KEY, models: ['*'] }],
    logging: { usage_sink: 'none', level: 'silent' },
  };
  patch(c);
  return c;
}

/** Starts simulator + gateway. `patch` edits the config before it is normalized. */
export async function startStack(patch?: (c: GatewayConfig, simUrl: string) => void, opts: SwitchyardOptions = {}): Promise<Stack> {
  const sim = await startSimulator({ port: 0 });
  const cfg = normalize(testConfig(sim.url, (c) => patch?.(c, sim.url)));
  const sy = await startSwitchyard(cfg, opts);
  return {
    sim,
    sy,
    cfg,
    url: sy.gateway.url,
    async close() {
      await sy.close(1000);
      await sim.close();
    },
  };
}

/** The recorded provider streams shipped with the project (runtime/simulator/recordings/, see its SOURCES.md). */
export const FIXTURES = new URL('../../runtime/simulator/recordings/', import.meta.url).pathname;
