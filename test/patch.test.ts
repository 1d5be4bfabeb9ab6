/**
 * runtime/relay/patch.ts: the byte-level `model` patch of passthrough bodies
 * and the duplicate-key guard the pipeline applies before it (JSON.parse keeps
 * the last duplicate key, a byte patch rewrites one: a body with two top-level
 * `model` keys would reach the upstream with the caller's alias unrewritten).
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { countTopLevelKey, findTopLevelString, patchModel, rewriteTopLevel } from '../runtime/relay/patch.ts';
import { startStack, CALLER_KEY, type Stack } from './helpers/stack.ts';

const buf = (s: string) => Buffer.from(s, 'utf8');
const spanText = (s: string, key: string) => {
  const span = findTopLevelString(buf(s), key);
  return span ? buf(s).subarray(span[0], span[1]).toString('utf8') : null;
};

describe('findTopLevelString / patchModel', () => {
  it('patches only the top-level value; nested "model" keys and string values are left alone', () => {
    const s = '{"meta":{"model":"inner"},"tools":[{"model":"t"}],"note":"\\"model\\":\\"fake\\"","model":"alias","x":1}';
    expect(spanText(s, 'model')).toBe('"alias"');
    const out = patchModel(buf(s), 'claude-sonnet-4-5').toString('utf8');
    expect(JSON.parse(out)).toEqual({ ...JSON.parse(s), model: 'claude-sonnet-4-5' });
    expect(out).toBe(s.replace('"model":"alias"', '"model":"claude-sonnet-4-5"'));
  });

  it('keeps whitespace and other bytes exactly', () => {
    const s = '{ \n\t"max_tokens" : 5 ,\r\n  "model"\t:\n  "alias"  , "é": "ü" }';
    const out = patchModel(buf(s), 'up').toString('utf8');
    expect(out).toBe(s.replace('"alias"', '"up"'));
  });

  it('finds an escaped key spelling ("mod\\u0065l") and handles escapes in the value', () => {
    const s = '{"mod\\u0065l":"al\\"ias","a":"b"}';
    expect(spanText(s, 'model')).toBe('"al\\"ias"');
    expect(JSON.parse(patchModel(buf(s), 'x"y').toString('utf8')).model).toBe('x"y');
  });

  it('does not take a value or a nested key for a top-level key', () => {
    expect(findTopLevelString(buf('{"a":"model","b":{"model":"x"}}'), 'model')).toBeNull();
    expect(findTopLevelString(buf('[{"model":"x"}]'), 'model')).toBeNull();
    expect(findTopLevelString(buf('{"model":5}'), 'model')).toBeNull();
  });

  it('returns the same buffer when nothing changes or there is no model', () => {
    const b = buf('{"model":"same"}');
    expect(patchModel(b, 'same')).toBe(b);
    const c = buf('{"x":1}');
    expect(patchModel(c, 'y')).toBe(c);
  });
});

describe('countTopLevelKey', () => {
  it('counts top-level occurrences only, whatever the value type, escaped spellings included', () => {
    expect(countTopLevelKey(buf('{"model":"a"}'), 'model')).toBe(1);
    expect(countTopLevelKey(buf('{"x":{"model":"a","model":"b"},"y":[{"model":1}]}'), 'model')).toBe(0);
    expect(countTopLevelKey(buf('{"model":"x","messages":[],"model":"claude-prod"}'), 'model')).toBe(2);
    expect(countTopLevelKey(buf('{"model":5, "model" : "claude-prod"}'), 'model')).toBe(2);
    expect(countTopLevelKey(buf('{"model":"a",\n "mod\\u0065l":"b"}'), 'model')).toBe(2);
    expect(countTopLevelKey(buf('{"models":"a","Model":"b","note":"\\"model\\":1"}'), 'model')).toBe(0);
    expect(countTopLevelKey(buf('{"model":{"model":"n"},"model":"b","model":[1,{"model":2}]}'), 'model')).toBe(3);
  });
});

describe('HTTP: a duplicate top-level model key is a 400 in the caller\'s format', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack();
  });
  afterAll(async () => stack?.close());

  const post = (path: string, body: string) =>
    fetch(`${stack.url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-api-key': CALLER_KEY, authorization: `Bearer ${CALLER_KEY}` }, body });

  it('Anthropic passthrough: nothing goes upstream, the error names model', async () => {
    const before = stack.sim.requests.length;
    const r = await post('/v1/messages', '{"model":"x","max_tokens":8,"messages":[{"role":"user","content":"Hi"}],"model":"claude-prod"}');
    expect(r.status).toBe(400);
    const body = await r.json();
    expect(body.type).toBe('error');
    expect(body.error.type).toBe('invalid_request_error');
    expect(body.error.message).toMatch(/^model: .*more than one/);
    expect(stack.sim.requests.length).toBe(before);
  });

  it('OpenAI route: OpenAI envelope with param model', async () => {
    const r = await post('/v1/chat/completions', '{"model":"gpt-prod","messages":[{"role":"user","content":"Hi"}],"mod\\u0065l":"gpt-prod"}');
    expect(r.status).toBe(400);
    const body = await r.json();
    expect(body.error.type).toBe('invalid_request_error');
    expect(body.error.param).toBe('model');
  });

  it('a single model key still passes and is rewritten upstream', async () => {
    const r = await post('/v1/messages', '{"max_tokens":8,"meta":{"model":"keep"},"messages":[{"role":"user","content":"Hi"}],"model":"claude-prod"}');
    expect(r.status).toBe(200);
    const up = JSON.parse(stack.sim.requests[stack.sim.requests.length - 1]!.body.toString('utf8'));
    expect(up.model).toBe('claude-sonnet-4-5');
  });
});

describe('rewriteTopLevel (body envelope, e.g. Bedrock)', () => {
  const rw = (s: string, remove: string[], add: Array<[string, string]> = []) => rewriteTopLevel(Buffer.from(s), remove, add).toString('utf8');

  it('removes top-level members only, keeps the other members\' bytes, appends new ones', () => {
    const body = '{ "model" : "m", "messages":[{"model":"inner","content":"a\\"}b"}], "stream":true,"x":1.50,"sig":"Eq\\u00e9==" }';
    const out = rw(body, ['model', 'stream'], [['anthropic_version', '"bedrock-2023-05-31"']]);
    expect(out).toBe('{"messages":[{"model":"inner","content":"a\\"}b"}],"x":1.50,"sig":"Eq\\u00e9==","anthropic_version":"bedrock-2023-05-31"}');
    expect(JSON.parse(out)).toEqual({ messages: [{ model: 'inner', content: 'a"}b' }], x: 1.5, sig: 'Eqé==', anthropic_version: 'bedrock-2023-05-31' });
  });

  it('matches escaped key spellings, handles empty objects, last members and nested values of every kind', () => {
    expect(rw('{"mod\\u0065l":"m","a":null}', ['model'])).toBe('{"a":null}');
    expect(rw('{}', ['model'], [['k', '[1]']])).toBe('{"k":[1]}');
    expect(rw('{"a":{"b":[1,{"c":"}"}]},"model":"z"}', ['model'])).toBe('{"a":{"b":[1,{"c":"}"}]}}');
    expect(rw('{"model":"z"}', ['model'])).toBe('{}');
    expect(rw('{"t":true,"f":false,"n":-1e3}', [])).toBe('{"t":true,"f":false,"n":-1e3}');
  });
});
