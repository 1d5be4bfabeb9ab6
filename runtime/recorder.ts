/**
 * The request recorder: the one writer of a request's RequestRecord (the
 * input of usage records, metrics and limit release). Stages report what
 * happened — the caller was authenticated, an attempt started, the answer
 * began, usage arrived, something failed — and the recorder keeps the record
 * consistent (attempt counters, first-byte time, "what the caller got").
 */
import type { Format } from '../generated/routes.ts';
import type { AttemptTrace, RequestRecord } from './pipeline.ts';
import type { ResponseMeta } from './formats/index.ts';
import type { ResponseSink } from './server/sink.ts';
import { emptyUsage, type Usage } from './usage.ts';

/** Who the caller is, as authentication found it. */
export interface RecordedCaller {
  name: string;
  metadata: Record<string, string>;
}

/** What an upstream attempt is about. */
export interface RecordedAttempt {
  provider: { name: string };
  target: { model: string };
  upstreamFormat: Format;
  mode: 'passthrough' | 'transcode';
}

export class RequestRecorder {
  readonly record: RequestRecord;

  /**
   * @param id gateway request id
   * @param routeType the route's type
   * @param ingressFormat the caller's wire format
   * @param startedAt performance.now() at arrival (latency and first-byte times count from it)
   */
  constructor(id: string, routeType: string, ingressFormat: Format, private readonly startedAt: number) {
    this.record = {
      id, caller: 'unknown', callerMetadata: {}, alias: null, provider: null, target: null,
      routeType, ingressFormat, upstreamFormat: null, mode: null, stream: false,
      status: 0, errorType: null, usage: emptyUsage(), latencyMs: 0, ttftMs: null, attempts: 0, failovers: 0, droppedParams: [],
      // The optional fields too (undefined until set): every record has one shape from the start.
      retries: undefined, upstreamAttempts: undefined, response: undefined, cost: undefined,
    };
  }

  /** The caller was authenticated. */
  caller(c: RecordedCaller): void {
    this.record.caller = c.name;
    this.record.callerMetadata = c.metadata;
  }

  /** The request names model `alias` (or several, comma-separated, for a batch) and streams or not. */
  request(alias: string, stream = this.record.stream): void {
    this.record.alias = alias;
    this.record.stream = stream;
  }

  /** The request asks for a stream (known once the body is parsed). */
  streaming(stream: boolean): void {
    this.record.stream = stream;
  }

  /**
   * An upstream attempt starts: `repeat` says whether it repeats the previous
   * target (retry), moves to another (failover) or is the first.
   */
  attempt(a: RecordedAttempt, repeat: 'first' | 'retry' | 'failover', retries: number): void {
    const r = this.record;
    r.attempts++;
    if (repeat === 'failover') r.failovers++;
    r.retries = retries;
    r.provider = a.provider.name;
    r.target = `${a.provider.name}/${a.target.model}`;
    r.upstreamFormat = a.upstreamFormat;
    r.mode = a.mode;
  }

  /** An upstream attempt ended (OpenTelemetry child span): its timing, status and error kind. */
  attemptEnded(trace: AttemptTrace): void {
    (this.record.upstreamAttempts ??= []).push(trace);
  }

  /** Response id, model and finish reasons as the upstream reported them. */
  response(meta: ResponseMeta): void {
    this.record.response = meta;
  }

  /** A native call without attempts (Message Batches): provider, targets and format. */
  nativeCall(provider: string, upstreamFormat: Format, target: string | null = this.record.target): void {
    const r = this.record;
    r.provider = provider;
    r.target = target;
    r.upstreamFormat = upstreamFormat;
    r.mode = 'passthrough';
  }

  /** Caller fields the attempt's translation dropped (x-switchyard-dropped-params). */
  dropped(params: string[]): void {
    this.record.droppedParams = params;
  }

  /** The answer's first byte goes to the caller now (a JSON answer, or a stream's head); `status` is what the caller got. */
  firstByte(status: number): void {
    this.record.status = status;
    this.record.ttftMs = performance.now() - this.startedAt;
  }

  /** What the caller got (HTTP status; 200 once keep-alives or a stream head went out). */
  answered(status: number): void {
    this.record.status = status;
  }

  /** Token usage as the upstream reported it (replaces). */
  usage(u: Usage): void {
    this.record.usage = u;
  }

  /** Something failed: a gateway error kind, `upstream` (the upstream's own error answer), or a stream outcome. */
  failed(errorType: string, status?: number): void {
    this.record.errorType = errorType;
    if (status !== undefined) this.record.status = status;
  }

  /** Records `errorType` unless a failure is recorded already. */
  failedUnlessRecorded(errorType: string): void {
    if (this.record.errorType === null) this.record.errorType = errorType;
  }

  /** The request is over: latency, and the status when nothing recorded one (499: the caller left before any answer). */
  finish(sink: ResponseSink): RequestRecord {
    const r = this.record;
    r.latencyMs = performance.now() - this.startedAt;
    if (!r.status) r.status = sink.aborted && !sink.headersSent ? 499 : sink.status;
    return r;
  }
}
