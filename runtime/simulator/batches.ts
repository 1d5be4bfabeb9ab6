/**
 * In-memory Anthropic Message Batches store for the simulator.
 *
 * Lifecycle (wire-formats.md §1.1, `message_batch` object): a created batch is
 * `in_progress` (the create response always says so); it is `ended` once its
 * processing time (`x-sim-batch-ms`, default 0 = on the next read) has passed.
 * Cancel on an in-progress batch answers `canceling` and ends it at once with
 * every request `canceled`; cancel on an ended batch returns it unchanged.
 * Delete requires an ended batch. Results are JSONL lines
 * `{"custom_id","result":{"type":"succeeded","message":{...}}}` whose message
 * echoes each request's `params.model`, so tests can check model rewriting; a
 * `?fault=status:NNN` suffix on `params.model` yields an `errored` result.
 */
import { anthropicErrorBody, anthropicMessage, wantsThinking } from './anthropic.ts';
import { parseFaults, parseModel, DEFAULT_EVENTS, type Fault } from './controls.ts';
import { estimateTokens } from './synth.ts';

type Json = Record<string, unknown>;

/** One request of a batch as received. */
export interface BatchRequest {
  custom_id: string;
  params: Json;
}

interface Entry {
  id: string;
  seq: number;
  createdAt: number;
  endsAt: number;
  cancelInitiatedAt: number | null;
  canceled: boolean;
  requests: BatchRequest[];
}

/** A page of `GET /v1/messages/batches`. */
export interface BatchPage {
  data: Json[];
  has_more: boolean;
  first_id: string | null;
  last_id: string | null;
}

const DAY_MS = 24 * 3600 * 1000;

/** The status fault named by a `?fault=` suffix on a batch request's model, if any (malformed specs are ignored). */
function statusFault(model: unknown): number | undefined {
  let faults: Fault[];
  try {
    faults = parseFaults(parseModel(model).params.get('fault') ?? '');
  } catch {
    return undefined;
  }
  for (const f of faults) if (f.kind === 'status') return f.status;
  return undefined;
}

function iso(ms: number | null): string | null {
  return ms === null ? null : new Date(ms).toISOString();
}

/** Validates a create body; returns the requests or an error message. */
export function parseBatchCreate(body: unknown): BatchRequest[] | string {
  if (typeof body !== 'object' || body === null || !Array.isArray((body as Json).requests)) return 'requests: Field required';
  const reqs = (body as { requests: unknown[] }).requests;
  if (reqs.length === 0) return 'requests: List should have at least 1 item';
  const seen = new Set<string>();
  const out: BatchRequest[] = [];
  for (const [i, r] of reqs.entries()) {
    if (typeof r !== 'object' || r === null) return `requests.${i}: Input should be an object`;
    const { custom_id, params } = r as Json;
    if (typeof custom_id !== 'string' || custom_id === '') return `requests.${i}.custom_id: Field required`;
    if (typeof params !== 'object' || params === null || Array.isArray(params)) return `requests.${i}.params: Field required`;
    if (seen.has(custom_id)) return `requests: custom_id ${custom_id} is duplicated`;
    seen.add(custom_id);
    out.push({ custom_id, params: params as Json });
  }
  return out;
}

/** The batch store of one simulator instance. */
export class BatchStore {
  readonly #entries = new Map<string, Entry>();
  #seq = 0;

  /** Removes every batch. */
  clear(): void {
    this.#entries.clear();
  }

  /**
   * Creates a batch.
   * @param processingMs time until the batch counts as ended
   * @returns the `message_batch` object (always `in_progress`)
   */
  create(requests: BatchRequest[], processingMs: number, baseUrl: string, now = Date.now()): Json {
    const seq = ++this.#seq;
    const id = `msgbatch_sim_${String(seq).padStart(6, '0')}`;
    const e: Entry = { id, seq, createdAt: now, endsAt: now + processingMs, cancelInitiatedAt: null, canceled: false, requests };
    this.#entries.set(id, e);
    return this.#view(e, baseUrl, now, true);
  }

  /** Whether a batch exists. */
  has(id: string): boolean {
    return this.#entries.has(id);
  }

  /** The `message_batch` object, or undefined. */
  get(id: string, baseUrl: string, now = Date.now()): Json | undefined {
    const e = this.#entries.get(id);
    return e && this.#view(e, baseUrl, now, false);
  }

  /** Lists batches newest first with Anthropic's `before_id`/`after_id`/`limit` paging (limit 1..1000, default 20). */
  list(q: URLSearchParams, baseUrl: string, now = Date.now()): BatchPage {
    const all = [...this.#entries.values()].sort((a, b) => b.seq - a.seq);
    const limit = Math.min(1000, Math.max(1, Number(q.get('limit') ?? 20) || 20));
    let slice: Entry[];
    let hasMore: boolean;
    const after = q.get('after_id');
    const before = q.get('before_id');
    if (after) {
      const i = all.findIndex((e) => e.id === after);
      const rest = i < 0 ? [] : all.slice(i + 1);
      slice = rest.slice(0, limit);
      hasMore = rest.length > limit;
    } else if (before) {
      const i = all.findIndex((e) => e.id === before);
      const head = i < 0 ? [] : all.slice(0, i);
      slice = head.slice(Math.max(0, head.length - limit));
      hasMore = head.length > limit;
    } else {
      slice = all.slice(0, limit);
      hasMore = all.length > limit;
    }
    const data = slice.map((e) => this.#view(e, baseUrl, now, false));
    return { data, has_more: hasMore, first_id: slice[0]?.id ?? null, last_id: slice[slice.length - 1]?.id ?? null };
  }

  /** Cancels a batch; returns the object (processing_status `canceling` if it was in progress), or undefined. */
  cancel(id: string, baseUrl: string, now = Date.now()): Json | undefined {
    const e = this.#entries.get(id);
    if (!e) return undefined;
    if (now >= e.endsAt) return this.#view(e, baseUrl, now, false);
    e.cancelInitiatedAt = now;
    e.canceled = true;
    const view = this.#view(e, baseUrl, now, false);
    view.processing_status = 'canceling';
    view.results_url = null;
    view.ended_at = null;
    e.endsAt = now;
    return view;
  }

  /**
   * Deletes an ended batch.
   * @returns 'deleted', 'not_found' or 'in_progress'
   */
  delete(id: string, now = Date.now()): 'deleted' | 'not_found' | 'in_progress' {
    const e = this.#entries.get(id);
    if (!e) return 'not_found';
    if (now < e.endsAt) return 'in_progress';
    this.#entries.delete(id);
    return 'deleted';
  }

  /**
   * The results JSONL of an ended batch (one line per request, `\n`-terminated).
   * @returns the JSONL text, 'not_found' or 'in_progress'
   */
  results(id: string, now = Date.now()): string | 'not_found' | 'in_progress' {
    const e = this.#entries.get(id);
    if (!e) return 'not_found';
    if (now < e.endsAt) return 'in_progress';
    let out = '';
    for (const [i, r] of e.requests.entries()) out += JSON.stringify({ custom_id: r.custom_id, result: this.#result(e, i, r) }) + '\n';
    return out;
  }

  #result(e: Entry, i: number, r: BatchRequest): Json {
    if (e.canceled) return { type: 'canceled' };
    const m = parseModel(r.params.model);
    const status = statusFault(r.params.model);
    if (status !== undefined) return { type: 'errored', error: anthropicErrorBody(status, `req_sim_batch_${e.seq}_${i}`) };
    const explicit = m.params.get('events');
    const events = explicit !== null && /^\d+$/.test(explicit) ? Number(explicit) : DEFAULT_EVENTS;
    const maxTokens = explicit === null && typeof r.params.max_tokens === 'number' ? r.params.max_tokens : undefined;
    return {
      type: 'succeeded',
      message: anthropicMessage({
        model: typeof r.params.model === 'string' ? r.params.model : '',
        id: `msg_sim_batch_${e.seq}_${i}`,
        inputTokens: estimateTokens(JSON.stringify(r.params).length),
        words: events,
        maxTokens,
        tool: undefined,
        thinking: wantsThinking(r.params),
      }),
    };
  }

  #view(e: Entry, baseUrl: string, now: number, creating: boolean): Json {
    const ended = !creating && now >= e.endsAt;
    const total = e.requests.length;
    let succeeded = 0;
    let errored = 0;
    if (ended && !e.canceled) {
      for (const r of e.requests) {
        if (statusFault(r.params.model) !== undefined) errored++;
        else succeeded++;
      }
    }
    return {
      id: e.id,
      type: 'message_batch',
      processing_status: ended ? 'ended' : 'in_progress',
      request_counts: {
        processing: ended ? 0 : total,
        succeeded,
        errored,
        canceled: ended && e.canceled ? total : 0,
        expired: 0,
      },
      ended_at: ended ? iso(e.endsAt) : null,
      created_at: iso(e.createdAt),
      expires_at: iso(e.createdAt + DAY_MS),
      archived_at: null,
      cancel_initiated_at: iso(e.cancelInitiatedAt),
      results_url: ended ? `${baseUrl}/v1/messages/batches/${e.id}/results` : null,
    };
  }
}
