/**
 * `switchyard simulate` entry point: starts the provider simulator in the
 * foreground, prints where it listens and the base URLs to give SDKs, and
 * closes it on SIGINT/SIGTERM.
 */
import { startSimulator, type Simulator } from './index.ts';

/**
 * Starts the simulator and prints its address.
 * @param opts.port TCP port (0 = a free port)
 * @param opts.host interface to bind (e.g. 127.0.0.1, 0.0.0.0)
 * @returns the running simulator (it keeps the process alive until closed or signalled)
 */
export async function runSimulatorCli(opts: { port: number; host: string }): Promise<Simulator> {
  const sim = await startSimulator({ port: opts.port, host: opts.host });
  const where = opts.host === '0.0.0.0' || opts.host === '::' ? `${opts.host}:${sim.port}` : sim.url;
  process.stdout.write(
    [
      `switchyard simulator listening on ${where}`,
      `  anthropic base URL: ${sim.url}        (POST /v1/messages, /v1/messages/count_tokens, /v1/messages/batches, /v1/complete)`,
      `  openai base URL:    ${sim.url}/v1     (POST /chat/completions, /completions, /embeddings)`,
      `  vertex base URL:    ${sim.url}        (POST /v1/projects/{project}/locations/{region}/publishers/anthropic/models/{model}:rawPredict|:streamRawPredict; OAuth token endpoint ${sim.url}/token)`,
      `  foundry base URL:   ${sim.url}/anthropic  (POST /v1/messages, /v1/messages/count_tokens; x-api-key, api-key or Entra bearer)`,
      `  gemini base URL:    ${sim.url}        (POST /v1beta/models/{model}:generateContent, :streamGenerateContent, :countTokens; key in x-goog-api-key)`,
      `  fixtures:           ${sim.fixturesDir}`,
      `  any non-empty API key works; keys starting with "bad-" get 401 (Gemini: 400 API_KEY_INVALID, as Google answers)`,
      `  controls: x-sim-fixture, x-sim-fault, x-sim-events, x-sim-pace-ms, x-sim-tool (or model "fixture:<path>" / "<model>?fault=...")`,
      '',
    ].join('\n'),
  );
  const stop = (): void => {
    void sim.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  return sim;
}
