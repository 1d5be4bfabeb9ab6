/**
 * The usage record's exact bytes (README "Usage records"): `type` first, `time`
 * second, the optional keys (`usage_note`, `cost_note`, `dropped_params`) in
 * their fixed places, one line each. The record is built key by key in one
 * order (runtime/observability/accounting.ts): this pins that order.
 */
import { describe, it, expect } from 'vitest';
import { createUsageLog } from '../runtime/observability/accounting.ts';
import type { RequestRecord, Incoming } from '../runtime/pipeline.ts';
import type { RuntimeConfig } from '../runtime/config/index.ts';
import { LineCapture } from './helpers/capture.ts';

const cfg = { logging: { usageSink: 'stdout', logPayloads: false }, providers: new Map() } as unknown as RuntimeConfig;
const req = { body: Buffer.from('{}') } as Incoming;
const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

function record(over: Partial<RequestRecord>): RequestRecord {
  return {
    id: 'sy_t1', caller: 'tester', callerMetadata: { team: 'core' }, alias: 'claude-prod', provider: 'anthropic', target: 'anthropic/claude-sonnet-4-5',
    routeType: 'llm/v1/chat', ingressFormat: 'openai-chat', upstreamFormat: 'anthropic-messages', mode: 'transcode', stream: false,
    status: 200, errorType: null, usage: { reported: true, input: 12, output: 8, cacheCreation: 0, cacheCreation1h: 0, cacheRead: 2, reasoning: 0 },
    latencyMs: 12.345, ttftMs: 11.96, attempts: 1, failovers: 0, droppedParams: [],
    ...over,
  } as RequestRecord;
}

/** The one line `rec` produces, and its `time`. */
function lineOf(rec: RequestRecord): { line: string; time: string } {
  const out = new LineCapture();
  createUsageLog(cfg, () => cfg, out).write(rec, req);
  expect(out.lines).toHaveLength(1);
  const line = out.lines[0] as string;
  const time = (JSON.parse(line) as { time: string }).time;
  expect(time).toMatch(ISO);
  expect(out.text).toBe(line); // newline-terminated: nothing left after the line
  return { line, time };
}

describe('usage record line', () => {
  it('a priced record with usage: every key in order, time second', () => {
    const { line, time } = lineOf(record({ cost: { priced: true, usd: 0.0001234 } }));
    expect(line).toBe(
      `{"type":"usage","time":"${time}","request_id":"sy_t1","caller":"tester","caller_metadata":{"team":"core"},"model_alias":"claude-prod",`
      + '"target":"anthropic/claude-sonnet-4-5","provider":"anthropic","route_type":"llm/v1/chat","ingress_format":"openai-chat",'
      + '"upstream_format":"anthropic-messages","mode":"transcode","stream":false,"status":200,"error_type":null,"usage_reported":true,'
      + '"input_tokens":12,"output_tokens":8,"cache_creation_tokens":0,"cache_read_tokens":2,"reasoning_tokens":0,"cost_usd":0.0001234,"priced":true,'
      + '"latency_ms":12.3,"ttft_ms":12,"attempts":1,"retries":0,"failovers":0}',
    );
  });

  it('an unpriced failure without usage: usage_note after usage_reported, cost_note after priced, dropped_params and retries at the end', () => {
    const { line, time } = lineOf(record({
      status: 502, errorType: 'upstream_unavailable', usage: { reported: false, input: 0, output: 0, cacheCreation: 0, cacheCreation1h: 0, cacheRead: 0, reasoning: 0 },
      ttftMs: null, attempts: 3, failovers: 1, retries: 1, droppedParams: ['logit_bias', 'seed'],
      cost: { priced: false, reason: 'no usage' },
    }));
    expect(line).toBe(
      `{"type":"usage","time":"${time}","request_id":"sy_t1","caller":"tester","caller_metadata":{"team":"core"},"model_alias":"claude-prod",`
      + '"target":"anthropic/claude-sonnet-4-5","provider":"anthropic","route_type":"llm/v1/chat","ingress_format":"openai-chat",'
      + '"upstream_format":"anthropic-messages","mode":"transcode","stream":false,"status":502,"error_type":"upstream_unavailable","usage_reported":false,'
      + '"usage_note":"the request failed; the upstream reported no usage",'
      + '"input_tokens":null,"output_tokens":null,"cache_creation_tokens":null,"cache_read_tokens":null,"reasoning_tokens":null,"cost_usd":null,"priced":false,'
      + '"cost_note":"the request failed; the upstream reported no usage",'
      + '"latency_ms":12.3,"ttft_ms":null,"attempts":3,"retries":1,"failovers":1,"dropped_params":["logit_bias","seed"]}',
    );
  });
});
