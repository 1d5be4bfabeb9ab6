import { connect } from 'node:net';
import { startSimulator } from './runtime/simulator/index.ts';
const sim = await startSimulator();
for (const events of [60000, 300000]) {
  const body = JSON.stringify({ model: 'm', max_tokens: 64, stream: true, messages: [{ role: 'user', content: 'Hi' }] });
  const sock = connect(sim.port, '127.0.0.1');
  let received = 0;
  sock.on('data', (d) => (received += d.length));
  sock.write(`POST /v1/messages HTTP/1.1\r\nhost: x\r\ncontent-type: application/json\r\nx-api-key: k\r\nx-sim-events: ${events}\r\ncontent-length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
  while (received === 0) await new Promise((r) => setTimeout(r, 5));
  sock.pause();
  await new Promise((r) => setTimeout(r, 800));
  console.log('events', events, 'open while paused:', sim.stats.open, 'received so far', received);
  sock.resume();
  const t0 = Date.now();
  while (sim.stats.open > 0 && Date.now() - t0 < 15000) await new Promise((r) => setTimeout(r, 10));
  await new Promise((r) => setTimeout(r, 200));
  console.log('after resume open:', sim.stats.open, 'received', received);
  sock.destroy();
}
await sim.close();
