/**
 * The per-upstream `anthropic-beta` policy (runtime/providers/betas.ts) on
 * both transports and every `unsupported_params` policy; the end-to-end
 * behaviour on Bedrock and Anthropic is in test/bedrock.test.ts.
 */
import { describe, it, expect } from 'vitest';
import { compileBetas, planBetas, planWith, type BetaPlan } from '../runtime/providers/betas.ts';
import { GatewayError } from '../runtime/errors.ts';
import { PROVIDERS } from '../generated/capabilities.ts';

const header = compileBetas({ transport: 'header', accepted: ['a-1', 'b-2'], renamed: { 'old-3': 'b-2' }, semantic: ['sem-9'], source: 'test' }, 'Test Cloud');
const body = compileBetas({ transport: 'body', accepted: ['a-1'], semantic: ['sem-9'], source: 'test' }, 'Test Cloud');
const plan = (p: BetaPlan | GatewayError): BetaPlan => {
  if (p instanceof GatewayError) throw p;
  return p;
};

describe('planBetas', () => {
  it('anthropic: every beta, header untouched (byte for byte); no header: nothing to do', () => {
    expect(planBetas('anthropic', ' x-1 , y-2', 'strict')).toEqual({ header: undefined, list: [], dropped: [], degraded: [] });
    expect(planBetas('anthropic', undefined, 'reject')).toMatchObject({ header: undefined });
    expect(planBetas('openai', 'x-1', 'strict')).toMatchObject({ header: undefined, dropped: [] });
  });

  it('header transport: all accepted → the caller\'s bytes; renamed and dropped → a rebuilt header', () => {
    expect(plan(planWith(header, 'a-1, b-2', 'reject'))).toEqual({ header: undefined, list: ['a-1', 'b-2'], dropped: [], degraded: [] });
    expect(plan(planWith(header, 'a-1,old-3,marker-0,b-2', 'reject'))).toEqual({
      header: 'a-1,b-2', list: ['a-1', 'b-2'], dropped: ['anthropic-beta:marker-0'], degraded: ['anthropic-beta:marker-0'],
    });
    expect(plan(planWith(header, 'marker-0', 'reject'))).toMatchObject({ header: null, list: [] });
  });

  it('body transport: the header never goes; accepted betas are the body list', () => {
    expect(plan(planWith(body, 'a-1,marker-0', 'reject'))).toEqual({ header: null, list: ['a-1'], dropped: ['anthropic-beta:marker-0'], degraded: ['anthropic-beta:marker-0'] });
    expect(plan(planWith(body, undefined, 'reject'))).toMatchObject({ header: null, list: [] });
  });

  it('loss classes: semantic → 400 naming it; strict → 400 for advisory too; drop → both dropped, advisory named degraded', () => {
    const e = planWith(header, 'a-1,sem-9', 'reject');
    expect(e).toBeInstanceOf(GatewayError);
    expect((e as GatewayError).status).toBe(400);
    expect((e as GatewayError).param).toBe('anthropic-beta');
    expect((e as GatewayError).message).toContain('sem-9');
    expect((e as GatewayError).message).toContain('Test Cloud');
    expect((planWith(header, 'marker-0', 'strict') as GatewayError).message).toContain('marker-0');
    expect(plan(planWith(header, 'sem-9,marker-0,a-1', 'drop'))).toEqual({
      header: 'a-1', list: ['a-1'], dropped: ['anthropic-beta:sem-9', 'anthropic-beta:marker-0'], degraded: ['anthropic-beta:marker-0'],
    });
  });

  it('bedrock: its spec list, Claude Code\'s tool-search beta under Bedrock\'s name', () => {
    const p = plan(planBetas('bedrock', 'claude-code-20250219,advanced-tool-use-2025-11-20,interleaved-thinking-2025-05-14', 'reject'));
    expect(p.list).toEqual(['tool-search-tool-2025-10-19', 'interleaved-thinking-2025-05-14']);
    expect(p.header).toBeNull();
    for (const b of p.list) expect(PROVIDERS.bedrock.betas.accepted).toContain(b);
  });
});
