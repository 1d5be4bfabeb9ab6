/**
 * The per-stream state of an open stream (runtime/upstream/listeners.ts,
 * UpstreamBody, Deadline, ResponseSink's disconnect callbacks, the pump as one
 * state object): listener lists kept as single fields or copy-on-write arrays
 * keep the semantics of an emitter that copies its list at each emit, and the
 * pump's mechanisms — backpressure (pause, resume on writable, idle timer
 * suspended meanwhile), caller disconnect, deadline, idle timeout, hold and
 * resume — behave as before over a real UpstreamBody and ResponseSink.
 */
import { describe, expect, it } from 'vitest';
import { addListener, emit0, emit1, listenerCount, removeListener, type Listeners } from '../runtime/upstream/listeners.ts';
import { UpstreamBody } from '../runtime/upstream/body.ts';
import { Deadline } from '../runtime/upstream/deadline.ts';
import { ResponseSink, type SinkTarget } from '../runtime/server/sink.ts';
import { pump, type PumpResult } from '../runtime/relay/pump.ts';
import { StreamPrelude } from '../runtime/upstream/prelude.ts';
import { codecFor } from '../runtime/formats/index.ts';

describe('listener lists', () => {
  it('add, remove (last occurrence), count, emit in order', () => {
    const calls: string[] = [];
    const a = (x: number) => calls.push(`a${x}`);
    const b = (x: number) => calls.push(`b${x}`);
    let l: Listeners<(x: number) => void> = null;
    expect(listenerCount(l)).toBe(0);
    l = addListener(l, a);
    expect(l).toBe(a); // one listener: the function itself, no array
    l = addListener(l, b);
    l = addListener(l, a);
    expect(listenerCount(l)).toBe(3);
    emit1(l, 1);
    l = removeListener(l, a); // the last `a`
    emit1(l, 2);
    l = removeListener(l, a);
    expect(l).toBe(b);
    l = removeListener(l, a); // absent: unchanged
    expect(l).toBe(b);
    l = removeListener(l, b);
    expect(l).toBeNull();
    emit1(l, 3);
    expect(calls).toEqual(['a1', 'b1', 'a1', 'a2', 'b2']);
  });

  it('an emit runs the list as it was when the emit started', () => {
    const calls: string[] = [];
    let l: Listeners<() => void> = null;
    const late = () => calls.push('late');
    const second = () => calls.push('second');
    const first = () => {
      calls.push('first');
      l = removeListener(l, second); // removed during the emit: still called by it
      l = addListener(l, late); // added during the emit: not called by it
    };
    l = addListener(addListener(l, first), second);
    emit0(l);
    expect(calls).toEqual(['first', 'second']);
    calls.length = 0;
    emit0(l);
    expect(calls).toEqual(['first', 'late']);
  });

  it('UpstreamBody: off() during a data emit does not skip the other listener', () => {
    const body = new UpstreamBody();
    const seen: string[] = [];
    const one = () => { seen.push('one'); body.off('data', one); };
    body.on('data', one);
    body.on('data', () => seen.push('two'));
    body.push(Buffer.from('x'));
    body.push(Buffer.from('y'));
    expect(seen).toEqual(['one', 'two', 'two']);
  });

  it('Deadline: listeners run once in order; none after abort; removal works', () => {
    const d = new Deadline();
    const calls: string[] = [];
    const x = () => calls.push('x');
    d.addEventListener('abort', () => calls.push('a'));
    d.addEventListener('abort', x);
    d.addEventListener('abort', () => calls.push('b'));
    d.removeEventListener('abort', x);
    d.abort('why');
    d.abort('again');
    d.addEventListener('abort', () => calls.push('after'));
    expect(calls).toEqual(['a', 'b']);
    expect(d.reason).toBe('why');
  });
});

/** A uWS response stand-in: records writes; `full` makes write() report backpressure; `drain()` fires onWritable. */
function fakeResponse() {
  const writes: string[] = [];
  let aborted: (() => void) | null = null;
  let writable: ((offset: number) => boolean) | null = null;
  const state = { full: false, ended: false, closed: false };
  const target: SinkTarget = {
    onAborted: (h) => { aborted = h; },
    writeStatus: () => target,
    writeHeader: () => target,
    write: (c) => { writes.push(Buffer.from(c as Uint8Array).toString()); return !state.full; },
    end: () => { state.ended = true; },
    cork: (cb) => { cb(); return target; },
    onWritable: (h) => { writable = h; },
    close: () => { state.closed = true; },
  };
  return {
    sink: new ResponseSink(target),
    writes,
    state,
    abort: () => aborted?.(),
    drain: () => { state.full = false; writable?.(0); },
  };
}

/** An UpstreamBody whose pause/resume/destroy are observable. */
function observedBody() {
  const body = new UpstreamBody();
  const log: string[] = [];
  const pause = body.pause.bind(body);
  const resume = body.resume.bind(body);
  const destroy = body.destroy.bind(body);
  body.pause = () => { log.push('pause'); return pause(); };
  body.resume = () => { log.push('resume'); return resume(); };
  body.destroy = (e?: Error) => { log.push('destroy'); return destroy(e); };
  return { body, log };
}

const tick = () => new Promise((r) => setTimeout(r, 0));
const ev = (name: string, data: object) => Buffer.from(`event: ${name}\ndata: ${JSON.stringify(data)}\n\n`);
const grammar = () => {
  const g = codecFor('anthropic-messages').streamGrammar('llm/v1/chat');
  if (!g) throw new Error('no Messages stream grammar');
  return g;
};

describe('the pump over a real UpstreamBody and ResponseSink', () => {
  it('backpressure pauses the upstream, the idle timer waits, and writable resumes it', async () => {
    const { body, log } = observedBody();
    const r = fakeResponse();
    const done = pump(body, r.sink, { prelude: null, idleMs: 150, signal: new Deadline(), onCommit: () => {} });
    r.state.full = true;
    body.push(Buffer.from('a'));
    expect(log).toEqual(['pause']);
    // Longer than idleMs while the caller's socket is full: not an idle upstream.
    await new Promise((res) => setTimeout(res, 400));
    body.push(Buffer.from('b')); // arrives while paused: buffered by the body
    r.drain();
    expect(log).toEqual(['pause', 'resume']);
    await tick();
    body.finish();
    const out = await done;
    expect(out).toEqual({ kind: 'finished', outcome: 'complete' });
    expect(r.writes.join('')).toBe('ab');
  });

  it('a caller disconnect ends the pump and destroys the upstream body', async () => {
    const { body, log } = observedBody();
    const r = fakeResponse();
    const done = pump(body, r.sink, { prelude: null, idleMs: 0, signal: new Deadline(), onCommit: () => {} });
    body.push(Buffer.from('a'));
    r.abort();
    expect(await done).toEqual({ kind: 'finished', outcome: 'caller_aborted' });
    expect(log).toContain('destroy');
    expect(body.destroyed).toBe(true);
  });

  it('the deadline ends the pump (aborted) and the idle timer ends a silent one (idle_timeout)', async () => {
    const d = new Deadline();
    const a = observedBody();
    const pa = pump(a.body, fakeResponse().sink, { prelude: null, idleMs: 0, signal: d, onCommit: () => {} });
    d.abort('timeout');
    expect(await pa).toEqual({ kind: 'finished', outcome: 'aborted' });
    expect(a.log).toContain('destroy');

    const b = observedBody();
    const r = fakeResponse();
    const pb = pump(b.body, r.sink, { prelude: null, idleMs: 50, signal: new Deadline(), onCommit: () => {} });
    b.body.push(Buffer.from('x'));
    expect(await pb).toEqual({ kind: 'finished', outcome: 'idle_timeout' });
    expect(b.log).toContain('destroy');
    expect(r.writes).toEqual(['x']);
  });

  it('holds until content, then relays the held bytes first; an error first is held and can be resumed', async () => {
    const start = ev('message_start', { type: 'message_start', message: { id: 'm', type: 'message', role: 'assistant', content: [], model: 'x', usage: { input_tokens: 1, output_tokens: 0 } } });
    const delta = ev('content_block_delta', { type: 'content_block_delta', index: 0, delta: { type: 'text_delta', text: 'hi' } });
    // Content: committed, held bytes then the rest.
    const ok = observedBody();
    const r1 = fakeResponse();
    let commits = 0;
    const p1 = pump(ok.body, r1.sink, { prelude: new StreamPrelude(grammar()), idleMs: 0, signal: new Deadline(), onCommit: () => { commits++; } });
    ok.body.push(start);
    expect(commits).toBe(0);
    expect(r1.writes).toEqual([]);
    ok.body.push(delta);
    expect(commits).toBe(1);
    ok.body.push(Buffer.from('tail'));
    ok.body.finish();
    expect(await p1).toEqual({ kind: 'finished', outcome: 'complete' });
    expect(r1.writes.join('')).toBe(start.toString() + delta.toString() + 'tail');

    // An error event before content: held (nothing written), paused; resume() delivers it.
    const bad = observedBody();
    const r2 = fakeResponse();
    const err = ev('error', { type: 'error', error: { type: 'overloaded_error', message: 'busy' } });
    const p2 = pump(bad.body, r2.sink, { prelude: new StreamPrelude(grammar()), idleMs: 0, signal: new Deadline(), onCommit: () => {} });
    bad.body.push(start);
    bad.body.push(err);
    const held: PumpResult = await p2;
    if (held.kind !== 'held') throw new Error(`expected a held result, got ${held.outcome}`);
    expect(held.reason).toBe('error_event');
    expect(held.errorType).toBe('overloaded_error');
    expect(r2.writes).toEqual([]);
    expect(bad.log).toEqual(['pause']);
    const resumed = held.resume();
    bad.body.finish();
    expect(await resumed).toEqual({ kind: 'finished', outcome: 'complete' });
    expect(r2.writes.join('')).toBe(start.toString() + err.toString());
  });
});

describe('ResponseSink disconnect callbacks', () => {
  it('offAbort removes one callback; the others still run once', () => {
    const r = fakeResponse();
    const calls: string[] = [];
    const gone = () => calls.push('gone');
    r.sink.onAbort(() => calls.push('a'));
    r.sink.onAbort(gone);
    r.sink.onAbort(() => calls.push('b'));
    r.sink.offAbort(gone);
    r.abort();
    r.abort();
    r.sink.onAbort(() => calls.push('late')); // already aborted: runs at once
    expect(calls).toEqual(['a', 'b', 'late']);
  });
});
