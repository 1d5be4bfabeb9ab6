/**
 * The Claude model catalog, shared by every provider spec that serves Claude
 * (`anthropic`, and the cloud providers `bedrock`, `vertex`, `foundry`).
 *
 * One row per model ({@link ClaudeModel}): its limits and capabilities, its
 * Anthropic price, its lifecycle, and the id it has on each upstream. A
 * provider spec turns the rows into its `models` list with
 * {@link claudeModelsFor}`(upstream)`, which gives one ModelInfo
 * (specs/capability.ts) per id the model has on that upstream — the Anthropic
 * alias and dated snapshot id; the Bedrock model id and its cross-region
 * inference-profile ids; the Vertex `…@date` id; the Foundry deployment name —
 * each with `canonicalId` = the Anthropic API id.
 *
 * ```ts
 * import { claudeModelsFor } from '../models/claude.ts';
 * const spec: ProviderSpec = { …, models: claudeModelsFor('bedrock') };
 * ```
 *
 * Shape of a row (see {@link ClaudeModel} for units):
 * `{ id, snapshot?, displayName, contextWindow, maxOutputTokens, inputModalities,
 *    thinkingTypes, effortLevels, cacheTtl1h, stopsAtWindow, pricing?,
 *    lifecycle, upstreams: { bedrock?: {id, profiles, lifecycle?}, vertex?: {id, lifecycle?}, foundry?: {id} } }`.
 * The ModelInfo rows carry `lifecycle` (status, release, deprecation and retirement dates,
 * replacement, source: specs/capability.ts `Lifecycle`, shared with the other catalogs).
 *
 * What the gateway does with the capability fields (runtime/routing/model-fit.ts):
 * a request a model cannot take (a `thinking.type` it rejects, an effort level
 * it lacks, a 1-hour cache TTL, `max_tokens` above its max output, a PDF or
 * image it cannot read) is adapted or rejected per the loss policy
 * (specs/translation.ts) before the upstream call; aliases that target a
 * deprecated or retired model draw a warning at start-up (requests to a retired
 * model still go upstream, which answers its own error: runtime/routing/catalog.ts).
 *
 * Sources (read 2026-12-06): Anthropic model pages
 * (https://platform.claude.com/docs/en/models/<model>/overview: context window,
 * max output, thinking, default effort, prices, release and retirement), the
 * model-deprecations page (https://platform.claude.com/docs/en/about-claude/model-deprecations),
 * the effort and adaptive-thinking docs, the Amazon Bedrock model cards
 * (https://docs.aws.amazon.com/bedrock/latest/userguide/model-card-anthropic-claude-<model>.html:
 * launch date, effort levels, thinking) and the Vertex AI / Foundry pages for the
 * ids. Prices follow Anthropic's rules where a page gives only some of them:
 * a 5-minute cache write costs 1.25× input, a 1-hour write 2×. A price not
 * found is left out (the request is then unpriced), never guessed.
 *
 * Not listed (an alias that targets them gets the start-up "not in the model
 * catalog" warning and no checks): Claude Mythos (invitation only), Claude
 * Sonnet 4.6 and Opus 4.6–4.8, Claude Fable 5, and the Claude 3.x models
 * (retired on the Claude API).
 *
 * Edit here and run `npm run gen`; the runtime reads generated/capabilities.ts.
 */
import type { EffortLevel, Lifecycle, ModelInfo, Pricing, ThinkingType } from '../capability.ts';

/** The Claude-serving upstreams (provider types) this catalog has ids for. */
export type ClaudeUpstream = 'anthropic' | 'bedrock' | 'vertex' | 'foundry';

/** One Claude model. */
export interface ClaudeModel {
  /** Anthropic API id (the alias form where the model has one: `claude-sonnet-4-5`). */
  id: string;
  /** Dated snapshot id on the Anthropic API (`claude-sonnet-4-5-20250929`); absent when the id is itself the snapshot. */
  snapshot?: string;
  displayName: string;
  /** Tokens (input + output). */
  contextWindow: number;
  /** Largest `max_tokens` the Messages API accepts (synchronous; the Batch API's larger beta limit is not used). */
  maxOutputTokens: number;
  inputModalities: ModelInfo['inputModalities'];
  /** `thinking.type` values the model accepts. */
  thinkingTypes: ThinkingType[];
  /** `output_config.effort` levels the model accepts, lowest first; [] = no effort parameter. */
  effortLevels: EffortLevel[];
  /** Whether `cache_control.ttl: "1h"` is accepted (on the Anthropic API; a cloud may override). */
  cacheTtl1h: boolean;
  /** prompt + max_tokens over the window is accepted and stops at the window (Sonnet 4.5 and later). */
  stopsAtWindow: boolean;
  /** Anthropic list price (USD per million tokens). */
  pricing?: Pricing;
  /** Lifecycle on Anthropic-operated platforms (Claude API, Microsoft Foundry). */
  lifecycle: Lifecycle;
  /** Ids per cloud; absent = not offered there (or not verified). */
  upstreams: {
    bedrock?: {
      /** Bedrock model id (`anthropic.claude-sonnet-4-5-20250929-v1:0`; Claude 5 ids carry no version suffix). */
      id: string;
      /** Cross-region inference-profile prefixes (`global`, `us`, `eu`, `apac`, …): ids `<prefix>.<id>`. */
      profiles: string[];
      /** Bedrock's own lifecycle, where read; absent = Anthropic's status without its dates (Bedrock sets its own). */
      lifecycle?: Lifecycle;
    };
    vertex?: {
      /** Vertex AI model name (`claude-sonnet-4-5@20250929`; Claude 5 names carry no date). */
      id: string;
      /** Vertex's own lifecycle, where read; absent = Anthropic's status without its dates. */
      lifecycle?: Lifecycle;
    };
    /** Foundry: the deployment name Foundry proposes (the Anthropic id); a custom deployment name is not in the catalog. */
    foundry?: { id: string };
  };
}

const DEPRECATIONS = 'https://platform.claude.com/docs/en/about-claude/model-deprecations';
const page = (slug: string) => `https://platform.claude.com/docs/en/models/${slug}/overview`;
const ALL_EFFORT: EffortLevel[] = ['low', 'medium', 'high', 'xhigh', 'max'];
const TEXT_IMAGE_PDF: ModelInfo['inputModalities'] = ['text', 'image', 'pdf'];
const READ = '2026-12-06';
/** Profiles Bedrock lists for the Claude 4.5 and 5 generations. */
const PROFILES = ['global', 'us', 'eu', 'apac'];

/** Anthropic's cache multipliers on an input price: 5-minute write 1.25×, 1-hour write 2× (pricing page). */
const writes = (input: number) => ({ cacheWrite5m: input * 1.25, cacheWrite1h: input * 2 });

/** The catalog, current lineup first. */
export const CLAUDE_MODELS: readonly ClaudeModel[] = [
  {
    id: 'claude-fable-5-2', displayName: 'Claude Fable 5.2', contextWindow: 1_000_000, maxOutputTokens: 128_000, inputModalities: TEXT_IMAGE_PDF,
    thinkingTypes: ['adaptive'], effortLevels: ALL_EFFORT, cacheTtl1h: true, stopsAtWindow: true,
    // Input/output from the model page; cache read $0.20 as quoted from the pricing page by price trackers
    // (2026-11/12; not on the model page itself); cache writes by Anthropic's multipliers.
    pricing: { input: 8, output: 40, cacheRead: 0.2, ...writes(8), batchDiscount: 0.5, date: READ, source: page('fable-5-2') },
    lifecycle: { status: 'active', released: '2026-11-09', note: 'Adaptive thinking is always on; default effort high.', source: page('fable-5-2') },
    upstreams: { bedrock: { id: 'anthropic.claude-fable-5-2', profiles: PROFILES }, vertex: { id: 'claude-fable-5-2' } },
  },
  {
    id: 'claude-opus-5-5', displayName: 'Claude Opus 5.5', contextWindow: 1_000_000, maxOutputTokens: 128_000, inputModalities: TEXT_IMAGE_PDF,
    thinkingTypes: ['adaptive'], effortLevels: ALL_EFFORT, cacheTtl1h: true, stopsAtWindow: true,
    pricing: { input: 4, output: 20, cacheRead: 0.2, cacheWrite5m: 5, cacheWrite1h: 8, batchDiscount: 0.5, date: READ, source: page('opus-5-5') },
    lifecycle: { status: 'active', released: '2026-09-22', note: 'Adaptive thinking is always on and cannot be disabled; default effort medium. Retirement not sooner than 2027-09-22.', source: page('opus-5-5') },
    upstreams: {
      bedrock: { id: 'anthropic.claude-opus-5-5', profiles: PROFILES },
      vertex: { id: 'claude-opus-5-5' },
      foundry: { id: 'claude-opus-5-5' },
    },
  },
  {
    id: 'claude-sonnet-5-5', displayName: 'Claude Sonnet 5.5', contextWindow: 1_000_000, maxOutputTokens: 128_000, inputModalities: TEXT_IMAGE_PDF,
    // Rejects `disabled` (its lowest setting is `between_tools`) and budget-based thinking.
    thinkingTypes: ['adaptive', 'between_tools'], effortLevels: ALL_EFFORT, cacheTtl1h: true, stopsAtWindow: true,
    // Cache reads cut from $0.20 to $0.10 on 2026-10-07.
    pricing: { input: 2, output: 10, cacheRead: 0.1, cacheWrite5m: 2.5, cacheWrite1h: 4, batchDiscount: 0.5, date: READ, source: page('sonnet-5-5') },
    lifecycle: { status: 'active', note: 'Default effort high; xhigh and max are rejected together with between_tools thinking.', source: page('sonnet-5-5') },
    upstreams: {
      bedrock: { id: 'anthropic.claude-sonnet-5-5', profiles: PROFILES },
      vertex: { id: 'claude-sonnet-5-5' },
      foundry: { id: 'claude-sonnet-5-5' },
    },
  },
  {
    id: 'claude-haiku-5-5', displayName: 'Claude Haiku 5.5', contextWindow: 1_000_000, maxOutputTokens: 128_000, inputModalities: TEXT_IMAGE_PDF,
    // Adaptive on by default and can be turned off; no budget-based thinking.
    thinkingTypes: ['adaptive', 'disabled'], effortLevels: ALL_EFFORT, cacheTtl1h: true, stopsAtWindow: true,
    // Two bands by prompt length (input + cache read + cache write): up to 100,000 tokens, and over.
    pricing: {
      input: 0.1, output: 0.5, cacheRead: 0.01, cacheWrite5m: 0.125, cacheWrite1h: 0.2, batchDiscount: 0.5,
      longContext: { thresholdTokens: 100_000, input: 0.5, output: 2.5, cacheRead: 0.05, cacheWrite5m: 0.625, cacheWrite1h: 1 },
      date: READ, source: page('haiku-5-5'),
    },
    lifecycle: { status: 'active', released: '2026-10-07', note: 'Default effort medium; effort is capped at high when thinking is disabled.', source: page('haiku-5-5') },
    upstreams: {
      bedrock: { id: 'anthropic.claude-haiku-5-5', profiles: PROFILES, lifecycle: { status: 'active', released: '2026-10-07', note: 'EOL no sooner than 2027-10-07.', source: 'https://docs.aws.amazon.com/bedrock/latest/userguide/model-card-anthropic-claude-haiku-5-5.html' } },
      vertex: { id: 'claude-haiku-5-5' },
      foundry: { id: 'claude-haiku-5-5' },
    },
  },
  {
    id: 'claude-opus-5', displayName: 'Claude Opus 5', contextWindow: 1_000_000, maxOutputTokens: 128_000, inputModalities: TEXT_IMAGE_PDF,
    // Thinking on by default; can be disabled only at effort high or lower; fixed budgets unsupported.
    thinkingTypes: ['adaptive', 'disabled'], effortLevels: ALL_EFFORT, cacheTtl1h: true, stopsAtWindow: true,
    pricing: { input: 5, output: 25, cacheRead: 0.5, cacheWrite5m: 6.25, cacheWrite1h: 10, batchDiscount: 0.5, date: READ, source: page('opus-5') },
    lifecycle: { status: 'legacy', released: '2026-07-24', replacement: 'claude-opus-5-5', note: 'Retirement not sooner than 2027-07-24.', source: page('opus-5') },
    upstreams: {
      bedrock: { id: 'anthropic.claude-opus-5', profiles: PROFILES },
      vertex: { id: 'claude-opus-5' },
      foundry: { id: 'claude-opus-5' },
    },
  },
  {
    id: 'claude-sonnet-5', displayName: 'Claude Sonnet 5', contextWindow: 1_000_000, maxOutputTokens: 128_000, inputModalities: TEXT_IMAGE_PDF,
    // Manual extended thinking (budget_tokens) answers 400; xhigh is not listed for it (Opus-only at its launch).
    thinkingTypes: ['adaptive', 'disabled'], effortLevels: ['low', 'medium', 'high', 'max'], cacheTtl1h: true, stopsAtWindow: true,
    pricing: { input: 2, output: 10, cacheRead: 0.2, cacheWrite5m: 2.5, cacheWrite1h: 4, batchDiscount: 0.5, date: READ, source: page('sonnet-5') },
    lifecycle: { status: 'legacy', released: '2026-06-30', replacement: 'claude-sonnet-5-5', source: page('sonnet-5') },
    upstreams: {
      bedrock: { id: 'anthropic.claude-sonnet-5', profiles: PROFILES },
      vertex: { id: 'claude-sonnet-5' },
      foundry: { id: 'claude-sonnet-5' },
    },
  },
  {
    id: 'claude-haiku-4-5', snapshot: 'claude-haiku-4-5-20251001', displayName: 'Claude Haiku 4.5', contextWindow: 200_000, maxOutputTokens: 64_000, inputModalities: TEXT_IMAGE_PDF,
    thinkingTypes: ['enabled', 'disabled'], effortLevels: [], cacheTtl1h: true, stopsAtWindow: true,
    pricing: { input: 1, output: 5, cacheRead: 0.1, cacheWrite5m: 1.25, cacheWrite1h: 2, batchDiscount: 0.5, date: READ, source: 'https://platform.claude.com/docs/en/about-claude/pricing' },
    lifecycle: { status: 'legacy', released: '2025-10-15', replacement: 'claude-haiku-5-5', source: page('haiku-4-5') },
    upstreams: {
      bedrock: { id: 'anthropic.claude-haiku-4-5-20251001-v1:0', profiles: PROFILES },
      vertex: { id: 'claude-haiku-4-5@20251001' },
      foundry: { id: 'claude-haiku-4-5' },
    },
  },
  {
    id: 'claude-opus-4-5', snapshot: 'claude-opus-4-5-20251101', displayName: 'Claude Opus 4.5', contextWindow: 200_000, maxOutputTokens: 64_000, inputModalities: TEXT_IMAGE_PDF,
    thinkingTypes: ['enabled', 'disabled'], effortLevels: ['low', 'medium', 'high'], cacheTtl1h: true, stopsAtWindow: true,
    pricing: { input: 5, output: 25, cacheRead: 0.5, cacheWrite5m: 6.25, cacheWrite1h: 10, batchDiscount: 0.5, date: READ, source: 'https://platform.claude.com/docs/en/about-claude/pricing' },
    lifecycle: { status: 'deprecated', released: '2025-11-24', deprecated: '2026-11-23', retires: '2027-01-22', replacement: 'claude-opus-5-5', note: 'Tentative retirement date.', source: DEPRECATIONS },
    upstreams: {
      bedrock: { id: 'anthropic.claude-opus-4-5-20251101-v1:0', profiles: PROFILES },
      vertex: { id: 'claude-opus-4-5@20251101' },
      foundry: { id: 'claude-opus-4-5' },
    },
  },
  {
    id: 'claude-sonnet-4-5', snapshot: 'claude-sonnet-4-5-20250929', displayName: 'Claude Sonnet 4.5', contextWindow: 200_000, maxOutputTokens: 64_000, inputModalities: TEXT_IMAGE_PDF,
    thinkingTypes: ['enabled', 'disabled'], effortLevels: [], cacheTtl1h: true, stopsAtWindow: true,
    // Kept for accounting of past usage records.
    pricing: { input: 3, output: 15, cacheRead: 0.3, cacheWrite5m: 3.75, cacheWrite1h: 6, batchDiscount: 0.5, date: READ, source: 'https://platform.claude.com/docs/en/about-claude/pricing' },
    lifecycle: { status: 'retired', released: '2025-09-29', retires: '2026-11-30', replacement: 'claude-sonnet-5-5', source: page('sonnet-4-5') },
    upstreams: {
      bedrock: { id: 'anthropic.claude-sonnet-4-5-20250929-v1:0', profiles: PROFILES },
      vertex: { id: 'claude-sonnet-4-5@20250929' },
      foundry: { id: 'claude-sonnet-4-5' },
    },
  },
  {
    id: 'claude-opus-4-1', snapshot: 'claude-opus-4-1-20250805', displayName: 'Claude Opus 4.1', contextWindow: 200_000, maxOutputTokens: 32_000, inputModalities: TEXT_IMAGE_PDF,
    thinkingTypes: ['enabled', 'disabled'], effortLevels: [], cacheTtl1h: true, stopsAtWindow: false,
    pricing: { input: 15, output: 75, cacheRead: 1.5, cacheWrite5m: 18.75, cacheWrite1h: 30, batchDiscount: 0.5, date: READ, source: 'https://platform.claude.com/docs/en/about-claude/pricing' },
    lifecycle: { status: 'retired', released: '2025-08-05', retires: '2026-08-05', replacement: 'claude-opus-5-5', source: DEPRECATIONS },
    upstreams: {
      bedrock: { id: 'anthropic.claude-opus-4-1-20250805-v1:0', profiles: ['us'] },
      vertex: { id: 'claude-opus-4-1@20250805' },
      foundry: { id: 'claude-opus-4-1' },
    },
  },
];

/**
 * A partner cloud's lifecycle when its own was not read: Anthropic's status
 * (so the start-up warning still names a deprecated or retired model) without
 * Anthropic's dates (Bedrock and Vertex set their own; the gateway does not
 * reject requests on a date it has not read for that cloud).
 */
function partnerLifecycle(m: ClaudeModel, cloud: string): Lifecycle {
  const l = m.lifecycle;
  if (l.status === 'active') return { status: 'active', ...(l.released ? { released: l.released } : {}), source: l.source };
  const status = l.status === 'retired' ? 'deprecated' : l.status;
  return {
    status,
    ...(l.released ? { released: l.released } : {}),
    ...(l.replacement ? { replacement: l.replacement } : {}),
    note: `Anthropic: ${l.status}${l.retires ? ` (retires ${l.retires})` : ''} on its own platforms; ${cloud} sets its own retirement date (not read), so the gateway only warns.`,
    source: l.source,
  };
}

/** The ModelInfo row of one id of `m`. */
function row(m: ClaudeModel, id: string, lifecycle: Lifecycle): ModelInfo {
  return {
    id,
    displayName: m.displayName,
    contextWindow: m.contextWindow,
    maxOutputTokens: m.maxOutputTokens,
    inputModalities: [...m.inputModalities],
    thinking: m.thinkingTypes.some((t) => t !== 'disabled'),
    stopsAtWindow: m.stopsAtWindow,
    ...(m.pricing ? { pricing: m.pricing } : {}),
    thinkingTypes: [...m.thinkingTypes],
    effortLevels: [...m.effortLevels],
    cacheTtl1h: m.cacheTtl1h,
    // Status and the dates behind it (/v1/models shows `lifecycle` = the status, and `retires`).
    lifecycle,
    canonicalId: m.id,
  };
}

/**
 * The `models` list of a Claude-serving provider spec: one ModelInfo per id
 * the catalog's models have on `upstream`, in catalog order.
 * - anthropic: the id and the dated snapshot id;
 * - bedrock: the model id and `<profile>.<id>` for each cross-region inference profile;
 * - vertex: the Vertex model name; foundry: the default deployment name.
 * Prices are Anthropic's list prices on every upstream (clouds bill their own
 * rates; set providers.NAME.pricing to override).
 */
export function claudeModelsFor(upstream: ClaudeUpstream): ModelInfo[] {
  const out: ModelInfo[] = [];
  for (const m of CLAUDE_MODELS) {
    if (upstream === 'anthropic') {
      out.push(row(m, m.id, m.lifecycle));
      if (m.snapshot) out.push(row(m, m.snapshot, m.lifecycle));
    } else if (upstream === 'foundry') {
      // Foundry is Anthropic-operated: Anthropic's lifecycle dates apply.
      if (m.upstreams.foundry) out.push(row(m, m.upstreams.foundry.id, m.lifecycle));
    } else if (upstream === 'bedrock') {
      const b = m.upstreams.bedrock;
      if (!b) continue;
      const l = b.lifecycle ?? partnerLifecycle(m, 'Amazon Bedrock');
      out.push(row(m, b.id, l));
      for (const p of b.profiles) out.push(row(m, `${p}.${b.id}`, l));
    } else {
      const v = m.upstreams.vertex;
      if (v) out.push(row(m, v.id, v.lifecycle ?? partnerLifecycle(m, 'Google Vertex AI')));
    }
  }
  return out;
}

/** The catalog row whose id on `upstream` is `id` (tests, docs). */
export function claudeModelById(upstream: ClaudeUpstream, id: string): ClaudeModel | undefined {
  return CLAUDE_MODELS.find((m) => claudeModelsFor(upstream).some((r) => r.id === id && r.canonicalId === m.id));
}
