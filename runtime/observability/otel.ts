/**
 * OpenTelemetry traces and metrics over OTLP/HTTP (`observability.otlp_endpoint`,
 * the collector's base URL: spans go to `<endpoint>/v1/traces`, metrics to
 * `<endpoint>/v1/metrics`), with the official SDK and OTLP/HTTP exporters.
 * Follows the GenAI semantic conventions (open-telemetry/semantic-conventions-genai,
 * docs/gen-ai/client-inference.md and gen-ai-token-metrics.md).
 *
 * Spans (made when a request finishes, from its RequestRecord, with the real
 * start and end times):
 * - one SERVER span per gateway request, named `{gen_ai.operation.name} {model alias}`,
 *   with gen_ai.operation.name, gen_ai.provider.name (the provider type),
 *   gen_ai.request.model (the alias), gen_ai.request.stream, gen_ai.response.model,
 *   gen_ai.response.id, gen_ai.response.finish_reasons, gen_ai.usage.input_tokens
 *   (the whole prompt: input + cache read + cache write), gen_ai.usage.output_tokens,
 *   gen_ai.usage.cache_read.input_tokens, gen_ai.usage.cache_write.input_tokens
 *   (and its earlier name gen_ai.usage.cache_creation.input_tokens),
 *   gen_ai.usage.reasoning.output_tokens, gen_ai.response.time_to_first_chunk
 *   (streams; the first content-bearing event, not message_start), error.type,
 *   and switchyard.* attributes (caller, target, cost_usd, attempts);
 * - one CLIENT child span per upstream attempt (`{operation} {upstream model}`)
 *   with the provider, the target, its status and error.type.
 *
 * Metrics (histograms in seconds / counters in tokens): gen_ai.client.inference.duration,
 * gen_ai.client.inference.time_to_first_chunk (streams only),
 * gen_ai.client.inference.usage.{input_tokens, output_tokens, cache_read.input_tokens,
 * cache_write.input_tokens, reasoning.output_tokens}; and the v1.x names
 * gen_ai.client.operation.duration, gen_ai.client.operation.time_to_first_chunk and
 * gen_ai.client.token.usage (histogram with gen_ai.token.type input / output).
 *
 * No prompt or completion text unless `logging.log_payloads` is on; then the
 * request's `messages` go into gen_ai.input.messages (as the caller sent them).
 * Metrics are exported every OTEL_METRIC_EXPORT_INTERVAL ms (default 60000) and
 * on shutdown; spans in batches (BatchSpanProcessor) and on shutdown.
 */
import { SpanKind, SpanStatusCode, trace, ROOT_CONTEXT, type Attributes, type Histogram, type Counter, type Tracer } from '@opentelemetry/api';
import { BasicTracerProvider, BatchSpanProcessor } from '@opentelemetry/sdk-trace-base';
import { MeterProvider, PeriodicExportingMetricReader } from '@opentelemetry/sdk-metrics';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { OTLPMetricExporter } from '@opentelemetry/exporter-metrics-otlp-http';
import { resourceFromAttributes } from '@opentelemetry/resources';
import type { Incoming, RequestRecord } from '../pipeline.ts';
import type { RuntimeConfig } from '../config/index.ts';
import { VERSION } from '../version.ts';
import { OVERFLOW_LABEL } from '../security/labels.ts';

/** gen_ai.operation.name per route type (semconv well-known values where one applies). */
const OPERATION: Record<string, string> = {
  'llm/v1/chat': 'chat',
  'llm/v1/completions': 'text_completion',
  'llm/v1/embeddings': 'embeddings',
  'llm/v1/count_tokens': 'count_tokens',
  'files/v1/batches': 'batches',
};

/** Bucket boundaries the conventions recommend for durations (seconds). */
const DURATION_BUCKETS = [0.01, 0.02, 0.04, 0.08, 0.16, 0.32, 0.64, 1.28, 2.56, 5.12, 10.24, 20.48, 40.96, 81.92];
/** … and for token counts. */
const TOKEN_BUCKETS = [1, 4, 16, 64, 256, 1024, 4096, 16384, 65536, 262144, 1048576, 4194304, 16777216, 67108864];

export interface Telemetry {
  /** Records a finished request (span tree and metrics). Never throws. */
  record(rec: RequestRecord, req: Incoming, cfg: RuntimeConfig): void;
  /** Flushes spans and metrics and stops the exporters. */
  shutdown(): Promise<void>;
}

export interface TelemetryOptions {
  /** Metric export interval (ms). Default: env OTEL_METRIC_EXPORT_INTERVAL, else 60000. */
  metricIntervalMs?: number;
}

/** `endpoint` without a trailing slash, plus the signal path. */
function signalUrl(endpoint: string, signal: 'traces' | 'metrics'): string {
  return `${endpoint.replace(/\/+$/, '')}/v1/${signal}`;
}

/** Creates the tracer and meter providers exporting to `endpoint` (OTLP/HTTP, JSON). */
export function createTelemetry(endpoint: string, opts: TelemetryOptions = {}): Telemetry {
  const resource = resourceFromAttributes({
    'service.name': process.env.OTEL_SERVICE_NAME || 'switchyard',
    'service.version': VERSION,
  });
  const tracerProvider = new BasicTracerProvider({
    resource,
    spanProcessors: [new BatchSpanProcessor(new OTLPTraceExporter({ url: signalUrl(endpoint, 'traces') }))],
  });
  const interval = opts.metricIntervalMs ?? (Number(process.env.OTEL_METRIC_EXPORT_INTERVAL) || 60_000);
  const meterProvider = new MeterProvider({
    resource,
    readers: [new PeriodicExportingMetricReader({
      exporter: new OTLPMetricExporter({ url: signalUrl(endpoint, 'metrics') }),
      exportIntervalMillis: interval,
      exportTimeoutMillis: Math.min(30_000, interval),
    })],
  });
  const tracer: Tracer = tracerProvider.getTracer('switchyard', VERSION);
  const meter = meterProvider.getMeter('switchyard', VERSION);
  const seconds = (name: string, description: string): Histogram => meter.createHistogram(name, { unit: 's', description, advice: { explicitBucketBoundaries: DURATION_BUCKETS } });
  const tokens = (name: string, description: string): Counter => meter.createCounter(name, { unit: '{token}', description });
  const m = {
    duration: seconds('gen_ai.client.inference.duration', 'GenAI inference duration through the gateway, arrival to the last byte.'),
    ttfc: seconds('gen_ai.client.inference.time_to_first_chunk', 'Time to the first content-bearing chunk of a stream.'),
    opDuration: seconds('gen_ai.client.operation.duration', 'GenAI operation duration (semantic conventions v1.x name).'),
    opTtfc: seconds('gen_ai.client.operation.time_to_first_chunk', 'Time to the first chunk (semantic conventions v1.x name).'),
    input: tokens('gen_ai.client.inference.usage.input_tokens', 'Input tokens (whole prompt, cache tokens included).'),
    output: tokens('gen_ai.client.inference.usage.output_tokens', 'Output tokens.'),
    cacheRead: tokens('gen_ai.client.inference.usage.cache_read.input_tokens', 'Input tokens served from the provider cache.'),
    cacheWrite: tokens('gen_ai.client.inference.usage.cache_write.input_tokens', 'Input tokens written to the provider cache.'),
    reasoning: tokens('gen_ai.client.inference.usage.reasoning.output_tokens', 'Output tokens spent on reasoning.'),
    tokenUsage: meter.createHistogram('gen_ai.client.token.usage', { unit: '{token}', description: 'Input and output tokens per operation (semantic conventions v1.x name).', advice: { explicitBucketBoundaries: TOKEN_BUCKETS } }),
  };
  const epoch = performance.timeOrigin;

  return {
    record(rec, req, cfg) {
      try {
        const op = OPERATION[rec.routeType] ?? rec.routeType;
        const providerType = rec.provider ? cfg.providers.get(rec.provider)?.type ?? rec.provider : undefined;
        const errorType = rec.errorType ?? (rec.status >= 400 || rec.status === 0 ? String(rec.status) : undefined);
        const resp = rec.response;
        // Plain assignments (no spreads): this runs once per request.
        const common: Attributes = { 'gen_ai.operation.name': op };
        if (providerType) common['gen_ai.provider.name'] = providerType;
        if (rec.alias) common['gen_ai.request.model'] = rec.alias;
        if (resp?.model) common['gen_ai.response.model'] = resp.model;
        if (errorType) common['error.type'] = errorType;
        const u = rec.usage;
        const attrs: Attributes = Object.assign({}, common);
        attrs['gen_ai.request.stream'] = rec.stream;
        if (resp?.id) attrs['gen_ai.response.id'] = resp.id;
        if (resp?.finishReasons) attrs['gen_ai.response.finish_reasons'] = resp.finishReasons;
        if (u.reported) {
          attrs['gen_ai.usage.input_tokens'] = u.input + u.cacheRead + u.cacheCreation;
          attrs['gen_ai.usage.output_tokens'] = u.output;
          attrs['gen_ai.usage.cache_read.input_tokens'] = u.cacheRead;
          attrs['gen_ai.usage.cache_write.input_tokens'] = u.cacheCreation;
          attrs['gen_ai.usage.cache_creation.input_tokens'] = u.cacheCreation;
          attrs['gen_ai.usage.reasoning.output_tokens'] = u.reasoning;
        }
        if (rec.stream && rec.ttftMs !== null) attrs['gen_ai.response.time_to_first_chunk'] = rec.ttftMs / 1000;
        attrs['http.response.status_code'] = rec.status;
        attrs['switchyard.request_id'] = rec.id;
        attrs['switchyard.caller'] = rec.caller;
        attrs['switchyard.route_type'] = rec.routeType;
        attrs['switchyard.attempts'] = rec.attempts;
        if (rec.target) attrs['switchyard.target'] = rec.target;
        if (rec.mode) attrs['switchyard.mode'] = rec.mode;
        if (rec.cost?.priced) attrs['switchyard.cost_usd'] = rec.cost.usd;
        if (cfg.logging.logPayloads) {
          const messages = messagesOf(req.body);
          if (messages !== undefined) attrs['gen_ai.input.messages'] = messages;
        }
        const start = epoch + req.startedAt;
        const end = start + rec.latencyMs;
        const span = tracer.startSpan(`${op} ${rec.alias ?? req.route.routeType}`, { kind: SpanKind.SERVER, startTime: start, attributes: attrs });
        if (errorType) span.setStatus({ code: SpanStatusCode.ERROR, message: errorType });
        const parent = trace.setSpan(ROOT_CONTEXT, span);
        for (const a of rec.upstreamAttempts ?? []) {
          const model = a.target.slice(a.provider.length + 1);
          const ca: Attributes = {
            'gen_ai.operation.name': op,
            'gen_ai.provider.name': cfg.providers.get(a.provider)?.type ?? a.provider,
            'gen_ai.request.model': model,
            'switchyard.provider': a.provider,
            'switchyard.target': a.target,
          };
          if (a.status) ca['http.response.status_code'] = a.status;
          if (a.error) ca['error.type'] = a.error;
          const child = tracer.startSpan(`${op} ${model}`, { kind: SpanKind.CLIENT, startTime: epoch + a.startedAt, attributes: ca }, parent);
          if (a.error) child.setStatus({ code: SpanStatusCode.ERROR, message: a.error });
          child.end(epoch + a.endedAt);
        }
        span.end(end);

        if (!rec.provider) return; // never reached an upstream: no inference to measure
        // Metric series stay bounded: a model string that is no configured alias is folded (runtime/security/labels.ts).
        const mc = rec.alias && !cfg.aliases.has(rec.alias) ? foldModel(common) : common;
        m.duration.record(rec.latencyMs / 1000, mc);
        m.opDuration.record(rec.latencyMs / 1000, mc);
        if (rec.stream && rec.ttftMs !== null) {
          m.ttfc.record(rec.ttftMs / 1000, mc);
          m.opTtfc.record(rec.ttftMs / 1000, mc);
        }
        if (u.reported) {
          const prompt = u.input + u.cacheRead + u.cacheCreation;
          m.input.add(prompt, mc);
          m.output.add(u.output, mc);
          if (u.cacheRead) m.cacheRead.add(u.cacheRead, mc);
          if (u.cacheCreation) m.cacheWrite.add(u.cacheCreation, mc);
          if (u.reasoning) m.reasoning.add(u.reasoning, mc);
          // New objects: the SDK keeps the attribute objects it was given as series keys.
          m.tokenUsage.record(prompt, Object.assign({ 'gen_ai.token.type': 'input' }, mc));
          m.tokenUsage.record(u.output, Object.assign({ 'gen_ai.token.type': 'output' }, mc));
        }
      } catch {
        /* telemetry never breaks a request */
      }
    },
    async shutdown() {
      await Promise.allSettled([tracerProvider.shutdown(), meterProvider.shutdown()]);
    },
  };
}

/** Metric attributes of a request whose model is no configured alias: both model names folded. */
function foldModel(common: Attributes): Attributes {
  const out = Object.assign({}, common, { 'gen_ai.request.model': OVERFLOW_LABEL });
  if (out['gen_ai.response.model'] !== undefined) out['gen_ai.response.model'] = OVERFLOW_LABEL;
  return out;
}

/** The request's `messages` as JSON text (only with log_payloads), or undefined. */
function messagesOf(body: Buffer): string | undefined {
  try {
    const v = JSON.parse(body.toString('utf8')) as { messages?: unknown; input?: unknown; prompt?: unknown };
    const m = v.messages ?? v.input ?? v.prompt;
    return m === undefined ? undefined : JSON.stringify(m);
  } catch {
    return undefined;
  }
}
