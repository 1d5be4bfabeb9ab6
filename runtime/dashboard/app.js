/*
 * Switchyard dashboard client (served at /dashboard/app.js; see runtime/dashboard/index.ts).
 * Reads the admin key from the URL fragment (#key=…, never sent to the server as part of
 * the URL) or a form, keeps it in sessionStorage, loads /dashboard/snapshot once and then
 * reads /dashboard/events (Server-Sent Events over fetch, so the key can go in the
 * Authorization header) and redraws the tables and the uPlot charts on every snapshot.
 */
/* global uPlot */
'use strict';

const $ = (id) => document.getElementById(id);
const esc = (s) => String(s).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]));
const int = (n) => Math.round(n).toLocaleString('en-US');
const usd = (n) => (n === null || n === undefined || Number.isNaN(n) ? '—' : `$${n >= 1 || n === 0 ? n.toFixed(2).replace(/\.00$/, '') : n.toPrecision(3)}`);
/** Cost of a row: — when nothing it served was priced. */
const cost = (r) => (r.cost_usd === 0 && r.unpriced > 0 ? '—' : usd(r.cost_usd));
const ms = (p) => (p ? `${p.p50.toFixed(0)} / ${p.p95.toFixed(0)} / ${p.p99.toFixed(0)} ms` : '—');

function keyFromFragment() {
  const m = /(?:^|[#&])key=([^&]+)/.exec(location.hash);
  if (!m) return null;
  history.replaceState(null, '', location.pathname); // do not keep the key in the address bar
  return decodeURIComponent(m[1]);
}

let key = keyFromFragment() || sessionStorage.getItem('switchyard-admin-key');
const charts = {};

function table(el, head, rows) {
  el.innerHTML = `<thead><tr>${head.map((h) => `<th>${esc(h)}</th>`).join('')}</tr></thead><tbody>${rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('')}</tbody>`;
}

function budgetCell(budgets) {
  if (!budgets || budgets.length === 0) return '—';
  return budgets.map((b) => {
    const share = b.limit_usd > 0 ? Math.min(1, b.spent_usd / b.limit_usd) : 0;
    return `<span title="${esc(b.window)}, resets ${esc(b.resets_at)}">${esc(b.budget.replace('usd_per_', 'per '))}: ${usd(b.spent_usd)} of ${usd(b.limit_usd)} <span class="bar"><i class="${share >= 1 ? 'full' : ''}" style="width:${(share * 100).toFixed(0)}%"></i></span></span>`;
  }).join('<br>');
}

function makeChart(el, series, title) {
  const width = Math.max(320, el.clientWidth || 520);
  return new uPlot({ title, width, height: 200, scales: { x: { time: true } }, series: [{}, ...series], axes: [{}, {}] }, [[], ...series.map(() => [])], el);
}

function render(s) {
  $('total-requests').textContent = int(s.totals.requests);
  $('total-errors').textContent = int(s.totals.errors);
  $('total-errors').className = s.totals.errors ? 'bad' : '';
  $('total-cost').textContent = usd(s.totals.cost_usd);
  $('total-p50').textContent = ms(s.totals.latency_ms);
  $('total-ttft').textContent = ms(s.totals.ttft_ms);
  $('uptime').textContent = `${int(s.uptime_s)} s`;

  table($('aliases'), ['alias', 'requests', 'errors', 'latency p50/p95/p99', 'TTFT p50/p95/p99', 'tokens in', 'tokens out', 'cost', 'unpriced', 'budget'],
    s.aliases.map((a) => [esc(a.name), int(a.requests), a.errors ? `<span class="bad">${int(a.errors)}</span>` : '0', ms(a.latency_ms), ms(a.ttft_ms),
      int(a.input_tokens), int(a.output_tokens), cost(a), int(a.unpriced), budgetCell(a.budgets)]));
  table($('providers'), ['provider', 'type', 'requests', 'errors', 'circuit', 'opened', 'keys', 'out of rotation'],
    s.providers.map((p) => [esc(p.name), esc(p.type), int(p.requests), p.errors ? `<span class="bad">${int(p.errors)}</span>` : '0',
      `<span class="${p.circuit === 'closed' ? 'ok' : 'bad'}" data-circuit="${esc(p.name)}">${esc(p.circuit)}</span>`, int(p.opened_total), int(p.keys),
      p.keys_disabled.length ? `<span class="bad">${p.keys_disabled.map(esc).join(', ')}</span>` : '—']));
  table($('callers'), ['caller', 'requests', 'errors', 'tokens in', 'tokens out', 'cost', 'budget'],
    s.callers.map((c) => [esc(c.name), int(c.requests), int(c.errors), int(c.input_tokens), int(c.output_tokens), cost(c), budgetCell(c.budgets)]));

  const x = s.series.t;
  if (!charts.traffic) {
    charts.traffic = makeChart($('chart-traffic'), [{ label: 'requests/s', stroke: '#2e90fa', width: 2 }, { label: 'errors/s', stroke: '#b42318', width: 2 }]);
    charts.latency = makeChart($('chart-latency'), [{ label: 'latency p50', stroke: '#6941c6', width: 2, spanGaps: true, points: { show: true, size: 5 } }, { label: 'TTFT p50', stroke: '#039855', width: 2, spanGaps: true, points: { show: true, size: 5 } }]);
  }
  charts.traffic.setData([x, s.series.requests, s.series.errors]);
  charts.latency.setData([x, s.series.p50_ms, s.series.ttft_p50_ms]);
  $('status').textContent = `live · ${new Date(s.time).toLocaleTimeString()}`;
}

function renderCapabilities(m) {
  table($('capabilities'), ['route type', ...m.providers], m.rows.map((r) => [esc(r.route_type), ...r.cells.map((c) => (c === 'no' ? '<span class="bad">no</span>' : esc(c)))]));
}

function needKey(message) {
  sessionStorage.removeItem('switchyard-admin-key');
  key = null;
  $('app').hidden = true;
  $('login').hidden = false;
  $('error').textContent = message || '';
  $('status').textContent = 'admin key needed';
}

async function stream() {
  for (;;) {
    try {
      const res = await fetch('/dashboard/events', { headers: { authorization: `Bearer ${key}` } });
      if (res.status === 401) return needKey('That key was refused.');
      if (!res.ok || !res.body) throw new Error(`HTTP ${res.status}`);
      const reader = res.body.getReader();
      const decoder = new TextDecoder();
      let buf = '';
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        buf += decoder.decode(value, { stream: true });
        let i;
        while ((i = buf.indexOf('\n\n')) !== -1) {
          const event = buf.slice(0, i);
          buf = buf.slice(i + 2);
          const data = event.split('\n').filter((l) => l.startsWith('data: ')).map((l) => l.slice(6)).join('\n');
          if (data) render(JSON.parse(data));
        }
      }
    } catch (e) {
      $('status').textContent = `reconnecting (${e.message})…`;
    }
    await new Promise((r) => setTimeout(r, 2000));
  }
}

async function start() {
  const res = await fetch('/dashboard/snapshot', { headers: { authorization: `Bearer ${key}` } });
  if (res.status === 401) return needKey('That key was refused.');
  const s = await res.json();
  sessionStorage.setItem('switchyard-admin-key', key);
  $('login').hidden = true;
  $('app').hidden = false;
  renderCapabilities(s.capabilities);
  render(s);
  stream();
}

$('login').addEventListener('submit', (e) => {
  e.preventDefault();
  key = $('key').value;
  start();
});

if (key) start();
else needKey();
