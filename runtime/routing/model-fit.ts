/**
 * Fits an Anthropic Messages request to what its target Claude model can take,
 * from the model catalog (specs/models/claude.ts → generated/capabilities.ts),
 * so that a request Claude Code (or any caller) sends for one model never goes
 * to another model only to fail upstream.
 *
 * Runs per attempt on the body that goes upstream in the `anthropic-messages`
 * format (the caller's body on passthrough, the mapped body on translated
 * routes), only for catalog models that describe their capabilities
 * (`thinkingTypes`). Each mismatch is a loss classified like every other loss
 * (specs/translation.ts; the alias's `unsupported_params` decides):
 *
 * | request                                   | model cannot take it                  | adaptation (advisory unless noted)              |
 * |-------------------------------------------|---------------------------------------|-------------------------------------------------|
 * | `max_tokens` > max output                 | any                                   | clamped to the max output (`max_tokens`)        |
 * | `thinking.type: "enabled"` (budget)       | adaptive-only (Claude 5)              | `adaptive`, budget dropped (`thinking.type`)    |
 * | `thinking.type: "adaptive"`               | budget-only (Claude 4.x)              | `enabled` with `budget_tokens` from the effort  |
 * | `thinking.type: "disabled"`               | thinking always on / `between_tools`  | omitted / `between_tools` (`thinking.type`)     |
 * | `output_config.effort` level              | model lacks the level / has no effort | next lower level / removed (`output_config.effort`) |
 * | effort `xhigh`/`max` with thinking off    | Claude 5 (effort capped at `high`)    | `high` (`output_config.effort`)                 |
 * | `cache_control.ttl: "1h"`                 | no 1-hour cache                       | default 5-minute TTL (`cache_control.ttl`)      |
 * | image or PDF content block                | no image / PDF input                  | semantic: 400 naming `messages[i].content[j]`   |
 *
 * Policy `reject` (default): advisory losses are adapted and named in
 * `x-switchyard-degraded`, semantic ones answer 400. `strict`: every loss
 * answers 400 naming the field. `drop`: advisory adapted, semantic blocks
 * removed; both named in `x-switchyard-dropped-params`.
 *
 * Budget for `adaptive` → `enabled` (Anthropic requires 1024 ≤ budget_tokens <
 * max_tokens): a share of `max_tokens` by effort (low 10 %, medium 30 %,
 * high or absent 60 %, xhigh/max 90 %), as the Vercel AI SDK maps reasoning
 * levels; when `max_tokens` ≤ 1024 no budget fits and thinking is omitted.
 *
 * Cost: a few property reads per request; block scans (1-hour TTL, PDF/image)
 * run only for models that lack the feature. Nothing is copied unless
 * something changes (then only the changed objects are).
 */
import type { ModelInfo } from '../../generated/capabilities.ts';
import { GatewayError } from '../errors.ts';
import type { UnsupportedParamsPolicy } from '../transcode/types.ts';

/** What the fit changed. */
export interface FitResult {
  /** The request to send (a shallow copy of the input with the changed fields; the input is never mutated). */
  body: Record<string, unknown>;
  /** Advisory losses (→ x-switchyard-degraded). */
  degraded: string[];
  /** Every dropped or changed field under policy `drop` (→ x-switchyard-dropped-params). */
  dropped: string[];
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

const EFFORT_ORDER = ['low', 'medium', 'high', 'xhigh', 'max'] as const;
const BUDGET_SHARE: Record<string, number> = { low: 0.1, medium: 0.3, high: 0.6, xhigh: 0.9, max: 0.9 };
/** Anthropic's smallest `thinking.budget_tokens`. */
export const MIN_THINKING_BUDGET = 1024;

/** The effort level to send for `want` on a model with `levels`: `want` itself, else the next lower one, else the lowest. */
export function nearestEffort(want: string, levels: readonly string[]): string | null {
  if (levels.length === 0) return null;
  if (levels.includes(want)) return want;
  const idx = EFFORT_ORDER.indexOf(want as (typeof EFFORT_ORDER)[number]);
  for (let i = idx - 1; i >= 0; i--) if (levels.includes(EFFORT_ORDER[i] as string)) return EFFORT_ORDER[i] as string;
  return levels[0] as string;
}

/** `budget_tokens` for adaptive thinking sent to a budget-only model, or null when none fits under `maxTokens`. */
export function budgetFor(maxTokens: number, effort: string | undefined): number | null {
  const share = BUDGET_SHARE[effort ?? 'high'] ?? 0.6;
  const budget = Math.max(MIN_THINKING_BUDGET, Math.floor(maxTokens * share));
  if (budget < maxTokens) return budget;
  return maxTokens - 1 >= MIN_THINKING_BUDGET ? maxTokens - 1 : null;
}

/** Collects losses and applies the policy to each. */
class Losses {
  readonly degraded: string[] = [];
  readonly dropped: string[] = [];
  constructor(private readonly policy: UnsupportedParamsPolicy, private readonly model: string) {}
  /** Records an advisory loss; throws under `strict`. */
  advisory(field: string, why: string): void {
    if (this.policy === 'strict') {
      throw new GatewayError('invalid_request', `${field}: ${why} (model ${this.model}); the model alias's unsupported_params is strict, so the gateway does not adapt it.`, { param: field });
    }
    if (!this.degraded.includes(field)) this.degraded.push(field);
    if (this.policy === 'drop' && !this.dropped.includes(field)) this.dropped.push(field);
  }
  /** Records a semantic loss; throws unless the policy is `drop`. */
  semantic(field: string, why: string): void {
    if (this.policy !== 'drop') throw new GatewayError('invalid_request', `${field}: ${why} (model ${this.model}).`, { param: field });
    if (!this.dropped.includes(field)) this.dropped.push(field);
  }
}

/**
 * Fits `body` (an Anthropic Messages request) to `model`.
 * @param body the request as it would go upstream (not mutated)
 * @param model the target's catalog entry; without `thinkingTypes` nothing is checked
 * @param modelId the upstream model id (for error messages)
 * @returns null when the body needs no change, else the changed body and the losses
 * @throws GatewayError invalid_request (400) naming the field for a loss the policy rejects
 */
export function fitToModel(body: Obj, model: ModelInfo | null | undefined, modelId: string, policy: UnsupportedParamsPolicy): FitResult | null {
  if (!model || !model.thinkingTypes) return null;
  let out: Obj | null = null;
  const copy = (): Obj => (out ??= { ...body });
  const losses = new Losses(policy, modelId);

  // max_tokens above the model's max output.
  let maxTokens = typeof body.max_tokens === 'number' ? body.max_tokens : undefined;
  if (maxTokens !== undefined && maxTokens > model.maxOutputTokens) {
    losses.advisory('max_tokens', `${maxTokens} is above the model's max output of ${model.maxOutputTokens} tokens`);
    maxTokens = model.maxOutputTokens;
    copy().max_tokens = maxTokens;
  }

  // Effort as sent (before thinking, which may depend on it).
  const oc = isObj(body.output_config) ? body.output_config : undefined;
  const askedEffort = typeof oc?.effort === 'string' ? oc.effort : undefined;
  let effort = askedEffort;
  const levels = model.effortLevels;
  if (effort !== undefined && levels && !levels.includes(effort as never)) {
    const to = nearestEffort(effort, levels);
    losses.advisory('output_config.effort', to ? `effort '${effort}' is not offered (levels: ${levels.join(', ')})` : `the model takes no effort parameter`);
    effort = to ?? undefined;
  }

  // thinking.type the model does not take.
  const types = model.thinkingTypes as readonly string[];
  const th = isObj(body.thinking) ? body.thinking : undefined;
  const t = typeof th?.type === 'string' ? th.type : undefined;
  let thinkingOff = t === 'disabled' || t === 'between_tools';
  if (th && t !== undefined && !types.includes(t) && (t === 'enabled' || t === 'adaptive' || t === 'disabled' || t === 'between_tools')) {
    const why = `thinking type '${t}' is not accepted (accepted: ${types.join(', ')})`;
    losses.advisory('thinking.type', why);
    if (t === 'enabled' && types.includes('adaptive')) {
      const { budget_tokens: _b, ...rest } = th;
      copy().thinking = { ...rest, type: 'adaptive' };
    } else if (t === 'adaptive' && types.includes('enabled')) {
      // The caller's effort sizes the budget even when the model takes no effort parameter.
      const budget = budgetFor(maxTokens ?? model.maxOutputTokens, askedEffort);
      if (budget === null) delete copy().thinking;
      else copy().thinking = { ...th, type: 'enabled', budget_tokens: budget };
      thinkingOff = budget === null;
    } else if (t === 'disabled' && types.includes('between_tools')) {
      copy().thinking = { ...th, type: 'between_tools' };
    } else if (t === 'between_tools' && types.includes('disabled')) {
      copy().thinking = { ...th, type: 'disabled' };
    } else if (t === 'disabled' || t === 'between_tools') {
      delete copy().thinking; // thinking always on: the model's default
      thinkingOff = false;
    } else {
      delete copy().thinking; // no thinking type the model takes
    }
  } else if (th && t === 'enabled' && typeof th.budget_tokens === 'number' && maxTokens !== undefined && th.budget_tokens >= maxTokens) {
    // max_tokens was clamped below the budget: keep the budget under it.
    const budget = maxTokens - 1 >= MIN_THINKING_BUDGET ? maxTokens - 1 : null;
    losses.advisory('thinking.budget_tokens', `budget_tokens ${th.budget_tokens} must be below max_tokens ${maxTokens}`);
    if (budget === null) delete copy().thinking;
    else copy().thinking = { ...th, budget_tokens: budget };
  }

  // Claude 5: effort above high needs thinking on.
  if (effort !== undefined && thinkingOff && types.includes('adaptive') && (effort === 'xhigh' || effort === 'max')) {
    losses.advisory('output_config.effort', `effort '${effort}' needs thinking on; with thinking '${t}' the model accepts at most 'high'`);
    effort = 'high';
  }
  if (oc && effort !== oc.effort) {
    const { effort: _e, ...rest } = oc;
    const next = effort === undefined ? rest : { ...rest, effort };
    if (Object.keys(next).length === 0) delete copy().output_config;
    else copy().output_config = next;
  }

  // 1-hour cache TTL.
  if (model.cacheTtl1h === false && hasTtl1h(body)) {
    losses.advisory('cache_control.ttl', `the 1-hour cache TTL is not offered; the default 5-minute TTL is used`);
    const o = copy();
    stripTtl1h(o);
  }

  // Image / PDF input.
  const noImage = !model.inputModalities.includes('image');
  const noPdf = !model.inputModalities.includes('pdf');
  if ((noImage || noPdf) && Array.isArray(body.messages)) {
    const messages = body.messages as unknown[];
    let newMessages: unknown[] | null = null;
    messages.forEach((msg, i) => {
      if (!isObj(msg) || !Array.isArray(msg.content)) return;
      const keep: unknown[] = [];
      let changed = false;
      (msg.content as unknown[]).forEach((block, j) => {
        const kind = unreadable(block, noImage, noPdf);
        if (!kind) return void keep.push(block);
        losses.semantic(`messages[${i}].content[${j}]`, `${kind} input is not supported by this model`);
        changed = true;
      });
      if (changed) {
        newMessages ??= [...messages];
        newMessages[i] = { ...msg, content: keep };
      }
    });
    if (newMessages) copy().messages = newMessages;
  }

  if (!out) return null;
  return { body: out, degraded: losses.degraded, dropped: losses.dropped };
}

/** 'image' or 'PDF' when the block (or a tool_result's nested block) is input the model cannot read. */
function unreadable(block: unknown, noImage: boolean, noPdf: boolean): string | null {
  if (!isObj(block)) return null;
  if (block.type === 'image' && noImage) return 'image';
  if (block.type === 'document' && noPdf) {
    const src = isObj(block.source) ? block.source : undefined;
    // Plain-text and custom-content documents are text, not PDF.
    if (src && (src.type === 'text' || src.type === 'content')) return null;
    return 'PDF';
  }
  if (block.type === 'tool_result' && Array.isArray(block.content)) {
    for (const b of block.content as unknown[]) {
      const k = unreadable(b, noImage, noPdf);
      if (k) return k;
    }
  }
  return null;
}

/** Where Anthropic requests carry cache_control: top level, system blocks, tools, message content blocks. */
function* cacheControls(body: Obj): Generator<Obj> {
  if (isObj(body.cache_control)) yield body.cache_control;
  for (const key of ['system', 'tools'] as const) {
    const arr = body[key];
    if (Array.isArray(arr)) for (const b of arr) if (isObj(b) && isObj(b.cache_control)) yield b.cache_control;
  }
  if (Array.isArray(body.messages)) {
    for (const m of body.messages) {
      if (!isObj(m) || !Array.isArray(m.content)) continue;
      for (const b of m.content) if (isObj(b) && isObj(b.cache_control)) yield b.cache_control;
    }
  }
}

function hasTtl1h(body: Obj): boolean {
  for (const cc of cacheControls(body)) if (cc.ttl === '1h') return true;
  return false;
}

/** Replaces (in `o`, a fresh shallow copy) every path that holds a `ttl: "1h"` cache_control with copies without the ttl. */
function stripTtl1h(o: Obj): void {
  const fix = (cc: unknown): unknown => {
    if (!isObj(cc) || cc.ttl !== '1h') return cc;
    const { ttl: _t, ...rest } = cc;
    return rest;
  };
  const fixBlock = (b: unknown): unknown => (isObj(b) && isObj(b.cache_control) && b.cache_control.ttl === '1h' ? { ...b, cache_control: fix(b.cache_control) } : b);
  if (isObj(o.cache_control)) o.cache_control = fix(o.cache_control);
  for (const key of ['system', 'tools'] as const) if (Array.isArray(o[key])) o[key] = (o[key] as unknown[]).map(fixBlock);
  if (Array.isArray(o.messages)) {
    o.messages = (o.messages as unknown[]).map((m) => (isObj(m) && Array.isArray(m.content) ? { ...m, content: (m.content as unknown[]).map(fixBlock) } : m));
  }
}

/** Epoch ms of the start (UTC) of a model's retirement day, or null. Cached per model entry. */
const retireCache = new WeakMap<object, number | null>();
export function retiresAtMs(model: ModelInfo | null | undefined): number | null {
  if (!model?.lifecycleDetail) return null;
  let v = retireCache.get(model);
  if (v === undefined) {
    const r = model.lifecycleDetail.retires;
    v = model.lifecycleDetail.status === 'retired' || r ? (r ? Date.parse(`${r}T00:00:00Z`) : 0) : null;
    retireCache.set(model, v);
  }
  return v;
}

/** Whether `model` is past its retirement date on its upstream at `nowMs`. */
export function isRetired(model: ModelInfo | null | undefined, nowMs: number): boolean {
  const at = retiresAtMs(model);
  return at !== null && nowMs >= at;
}

/**
 * The start-up warning for a target whose model is deprecated or retired on its
 * upstream (catalog lifecycle), or null. `where` names the config path.
 * Retired (date passed): requests still go upstream and fail there (see
 * runtime/routing/catalog.ts "Retired models"); deprecated: still served, with
 * the retirement date when one is known for that upstream.
 */
export function lifecycleWarning(where: string, model: string, info: ModelInfo | null | undefined, nowMs: number): string | null {
  const l = info?.lifecycleDetail;
  if (!l) return null;
  const repl = l.replacement ? `; replacement: '${l.replacement}'` : '';
  if (isRetired(info, nowMs)) {
    return `${where}: '${model}' was retired${l.retires ? ` on ${l.retires}` : ''}${repl}; requests to it will fail upstream (the gateway still sends them; source: ${l.source})`;
  }
  if (l.status === 'deprecated' || l.status === 'retired') {
    return `${where}: '${model}' is deprecated${l.retires ? `, retiring on ${l.retires}` : ''}${repl}${l.note ? ` (${l.note})` : ''}`;
  }
  return null;
}
