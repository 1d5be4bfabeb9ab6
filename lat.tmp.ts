import { Pool } from 'undici';
import { startStack, CALLER_KEY } from '/work/main/test/helpers/stack.ts';
const s = await startStack((c) => { c.providers.anthropic!.simulated = true; });
const pool = new Pool(s.url, { connections: 8 });
for (const [name, body] of [['empty', '{}'], ['bad json', '{x'], ['valid', JSON.stringify({ model: 'claude-prod', max_tokens: 8, messages: [{ role: 'user', content: 'hi' }] })]] as const) {
  const t0 = performance.now();
  for (let i = 0; i < 500; i++) {
    const r = await pool.request({ method: 'POST', path: '/v1/messages', headers: { 'content-type': 'application/json', 'x-api-key': CALLER_KEY }, body });
    await r.body.arrayBuffer();
  }
  console.log(name, ((performance.now() - t0) / 500).toFixed(2), 'ms/req');
}
await pool.destroy(); await s.close();
