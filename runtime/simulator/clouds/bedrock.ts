/**
 * Simulated Amazon Bedrock runtime serving Claude through InvokeModel — the
 * test oracle for the gateway's `bedrock` provider type (issue 12). Served by
 * the built-in simulator (runtime/simulator/index.ts, `switchyard simulate`)
 * on `/model/…` through {@link createBedrockHandler}, options `bedrock`.
 *
 * Routes (`{modelId}` percent-encoded as the AWS SDK sends it, e.g.
 * `anthropic.claude-sonnet-4-5-20250929-v1%3A0`; `?fault=...` style controls
 * may be appended to the decoded id, see ./common.ts):
 * - `POST /model/{modelId}/invoke` → the Anthropic Message as JSON, headers
 *   `x-amzn-RequestId`, `x-amzn-Bedrock-Input-Token-Count`,
 *   `x-amzn-Bedrock-Output-Token-Count`, `x-amzn-Bedrock-Invocation-Latency`.
 * - `POST /model/{modelId}/invoke-with-response-stream` → `application/vnd.amazon.eventstream`:
 *   one event-stream message per Anthropic stream event, headers
 *   `:event-type: chunk`, `:message-type: event`, `:content-type: application/json`,
 *   payload `{"bytes":"<base64 of the event JSON>"}` (the event JSON is byte-identical
 *   to the Anthropic simulator's `data:` line); `message_stop` carries
 *   `amazon-bedrock-invocationMetrics`. Mid-stream faults send an exception message
 *   (`:message-type: exception`, `:exception-type: modelStreamErrorException`).
 *   Frames are encoded with `@smithy/eventstream-codec`, the codec the AWS SDK decodes with.
 * - `POST /model/{modelId}/count-tokens` → `{"inputTokens": N}` for
 *   `{"input":{"invokeModel":{"body":"<base64 InvokeModel body>"}}}` (or `converse`).
 *
 * Body rules (InvokeModel for Anthropic Claude): no `model` and no `stream` key,
 * `anthropic_version` must be `bedrock-2023-05-31` (or an Anthropic API version date:
 * @anthropic-ai/bedrock-sdk copies its `anthropic-version` header, e.g. `2026-10-21`,
 * into the body), optional `anthropic_beta`
 * array whose values must be in `betas`; violations are 400 ValidationException
 * "Malformed input request: ..." / "invalid beta flag".
 *
 * Auth: SigV4 verified for real — the canonical request is rebuilt from the
 * received method, raw path, query, the headers listed in `SignedHeaders` and the
 * body, signed with `@smithy/signature-v4` + `@aws-crypto/sha256-js` using the
 * configured secret for the access key id, and compared with the received
 * signature (403 InvalidSignatureException when it differs, 403
 * UnrecognizedClientException for an unknown key id, 403 MissingAuthenticationTokenException
 * without credentials, credential scope must name service `bedrock` and the
 * simulator's region, `X-Amz-Date` within 5 minutes). A Bedrock API key is
 * accepted as `Authorization: Bearer <key>`.
 *
 * Errors: HTTP status + `x-amzn-ErrorType: <Name>:http://internal.amazon.com/coral/...`
 * + body `{"message": "..."}` as the restJson1 protocol of
 * `@aws-sdk/client-bedrock-runtime` parses them (ThrottlingException 429,
 * ValidationException 400, AccessDeniedException 403, ResourceNotFoundException 404,
 * ModelTimeoutException 408, ModelErrorException 424, InternalServerException 500,
 * ServiceUnavailableException 503; fault `status:529` is answered as Bedrock does,
 * 503 ServiceUnavailableException).
 *
 * Sources: AWS Bedrock API reference (InvokeModel, InvokeModelWithResponseStream,
 * CountTokens; "Anthropic Claude Messages API" parameters page), the operation
 * schemas and error classes of @aws-sdk/client-bedrock-runtime, AWS SigV4
 * documentation, shared/reference/new-surfaces.md ("Claude on the clouds").
 */
import { timingSafeEqual } from 'node:crypto';
import { SignatureV4 } from '@smithy/signature-v4';
import { HttpRequest } from '@smithy/protocol-http';
import { Sha256 } from '@aws-crypto/sha256-js';
import { EventStreamCodec } from '@smithy/eventstream-codec';
import { fromUtf8, toUtf8 } from '@smithy/util-utf8';
import { PROVIDERS } from '../../../generated/capabilities.ts';
import {
  FaultQueue,
  claudeEventJson,
  claudeInput,
  claudeMessage,
  controlsOrError,
  countTokens,
  isObj,
  jsonPlan,
  missingMessagesField,
  parseJsonObject,
  statusFault,
  writePlan,
  type CloudHandler,
  type Header,
  type Plan,
} from './common.ts';

/** Static AWS credentials the simulator accepts. */
export interface BedrockCredential {
  /** Access key id (`AKIA...` / `ASIA...`). */
  accessKeyId: string;
  /** Secret access key used to recompute signatures. */
  secretAccessKey: string;
}

/** Options of the Bedrock simulator. */
export interface BedrockSimulatorOptions {
  /** Region requests must be scoped to; default `us-east-1`. */
  region?: string;
  /** Accepted SigV4 credentials; default none. */
  credentials?: BedrockCredential[];
  /** Accepted Bedrock API keys (`Authorization: Bearer`); default none. */
  apiKeys?: string[];
  /**
   * Accept any Bedrock API key that does not start with `bad-` (the built-in
   * simulator's rule, `switchyard simulate`); default false (only `apiKeys`).
   */
  anyApiKey?: boolean;
  /** `anthropic_beta` values accepted in the body; default BEDROCK_BETAS. */
  betas?: readonly string[];
  /** Allowed clock skew of `X-Amz-Date` in seconds; default 300 (AWS's 5 minutes). */
  maxSkewSeconds?: number;
}

/** The `anthropic_version` Bedrock requires for Claude. */
export const BEDROCK_ANTHROPIC_VERSION = 'bedrock-2023-05-31';

/**
 * Default `anthropic_beta` values the simulator accepts: the `bedrock`
 * provider spec's list (specs/anthropic-betas.ts, from the Bedrock user
 * guide); anything else is Bedrock's 400 "invalid beta flag".
 */
export const BEDROCK_BETAS: readonly string[] = PROVIDERS.bedrock.betas.accepted;

/**
 * The SigV4 credential the built-in simulator (`switchyard simulate`) accepts,
 * with region `us-east-1`: not a real AWS key.
 */
export const SIMULATOR_AWS_CREDENTIAL: Readonly<BedrockCredential> = Object.freeze({
  accessKeyId: 'AKIASWITCHYARDSIM001',
  secretAccessKey: 'switchyard-simulator-secret-access-key',
});

const CORAL = 'http://internal.amazon.com/coral/com.amazon.bedrock/';
const CORAL_SERVICE = 'http://internal.amazon.com/coral/com.amazon.coral.service/';

/** Bedrock error name for an HTTP status (fault injection); 529 becomes 503 as Bedrock reports Anthropic overload. */
export function bedrockErrorFor(status: number): { status: number; type: string; message: string } {
  switch (status) {
    case 400:
      return { status, type: 'ValidationException', message: 'Malformed input request, please reformat your input and try again.' };
    case 403:
      return { status, type: 'AccessDeniedException', message: "You don't have access to the model with the specified model ID." };
    case 404:
      return { status, type: 'ResourceNotFoundException', message: 'The requested resource could not be found.' };
    case 408:
      return { status, type: 'ModelTimeoutException', message: 'Model has timed out in processing the request. Try your request again.' };
    case 424:
      return { status, type: 'ModelErrorException', message: 'The model returned an error.' };
    case 429:
      return { status, type: 'ThrottlingException', message: 'Too many requests, please wait before trying again.' };
    case 503:
    case 529:
      return { status: 503, type: 'ServiceUnavailableException', message: 'Bedrock is unable to process your request.' };
    default:
      return status >= 500
        ? { status, type: 'InternalServerException', message: 'The server encountered an internal error. Try again later.' }
        : { status, type: 'ValidationException', message: 'Malformed input request, please reformat your input and try again.' };
  }
}

type Json = Record<string, unknown>;

interface Exchange {
  reqId: string;
  seq: number;
}

function bedrockError(ex: Exchange, status: number, type: string, message: string, coral = CORAL): Plan {
  return jsonPlan(status, [['x-amzn-RequestId', ex.reqId], ['x-amzn-ErrorType', `${type}:${coral}`]], { message });
}

const codec = new EventStreamCodec(toUtf8, fromUtf8);

/** Encodes one event-stream message with string headers. */
function frame(headers: Record<string, string>, payload: unknown): Buffer {
  const h: Record<string, { type: 'string'; value: string }> = {};
  for (const [k, v] of Object.entries(headers)) h[k] = { type: 'string', value: v };
  const bytes = codec.encode({ headers: h, body: fromUtf8(JSON.stringify(payload)) });
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** One `chunk` event carrying an Anthropic stream event's JSON text (base64, byte for byte). */
export function bedrockChunkFrame(eventJson: string): Buffer {
  return frame({ ':event-type': 'chunk', ':content-type': 'application/json', ':message-type': 'event' }, { bytes: Buffer.from(eventJson, 'utf8').toString('base64') });
}

/** The in-stream `modelStreamErrorException` message (how Bedrock reports a model failure after the 200). */
export function bedrockStreamErrorFrame(): Buffer {
  return frame(
    { ':exception-type': 'modelStreamErrorException', ':content-type': 'application/json', ':message-type': 'exception' },
    { message: 'The model returned an error mid-stream: Overloaded', originalStatusCode: 529, originalMessage: '{"type":"error","error":{"type":"overloaded_error","message":"Overloaded"}}' },
  );
}

/** Display model name Bedrock's Claude echoes: `us.anthropic.claude-x-v1:0` → `claude-x`. */
function echoModel(modelId: string): string {
  return modelId.replace(/^(?:[a-z]{2,6}\.)?anthropic\./, '').replace(/-v\d+(?::\d+)?$/, '');
}

const AUTH_RE = /^AWS4-HMAC-SHA256\s+Credential=([^,\s]+),\s*SignedHeaders=([^,\s]+),\s*Signature=([0-9a-f]{64})\s*$/;

class BedrockSim {
  readonly faults = new FaultQueue();
  readonly #region: string;
  readonly #secrets: Map<string, string>;
  readonly #apiKeys: Set<string>;
  readonly #anyApiKey: boolean;
  readonly #betas: Set<string>;
  readonly #skewMs: number;
  #seq = 0;

  constructor(opts: BedrockSimulatorOptions) {
    this.#region = opts.region ?? 'us-east-1';
    this.#secrets = new Map((opts.credentials ?? []).map((c) => [c.accessKeyId, c.secretAccessKey]));
    this.#apiKeys = new Set(opts.apiKeys ?? []);
    this.#anyApiKey = opts.anyApiKey ?? false;
    this.#betas = new Set(opts.betas ?? BEDROCK_BETAS);
    this.#skewMs = (opts.maxSkewSeconds ?? 300) * 1000;
  }

  readonly handle: CloudHandler = async (req, res) => {
    const seq = ++this.#seq;
    const ex: Exchange = { seq, reqId: `${seq.toString(16).padStart(8, '0')}-5151-4d1e-b3c0-5e7a1b0c0de5` };
    // Also under the built-in simulator's dialect prefix (`simulatedBaseUrl(url, 'bedrock')`); the path signed is the path received.
    const m = /^(?:\/_dialect\/bedrock)?\/model\/([^/]+)\/(invoke|invoke-with-response-stream|count-tokens)\/?$/.exec(req.path);
    if (!m) {
      await writePlan(res, bedrockError(ex, 404, 'UnknownOperationException', `No operation matches ${req.method} ${req.path}`), NO_FAULTS);
      return;
    }
    if (req.method !== 'POST') {
      await writePlan(res, bedrockError(ex, 405, 'UnknownOperationException', `Method ${req.method} is not allowed`), NO_FAULTS);
      return;
    }
    const denied = await this.#authenticate(req);
    if (denied) {
      await writePlan(res, bedrockError(ex, 403, denied.type, denied.message, CORAL_SERVICE), NO_FAULTS);
      return;
    }
    let modelId: string;
    try {
      modelId = decodeURIComponent(m[1] as string);
    } catch {
      await writePlan(res, bedrockError(ex, 400, 'ValidationException', 'The provided model identifier is invalid.'), NO_FAULTS);
      return;
    }
    const c = await controlsOrError(res, this.faults, req, modelId, (msg) => bedrockError(ex, 400, 'ValidationException', msg));
    if (!c) return;
    const fault = statusFault(c);
    if (fault) {
      const e = bedrockErrorFor(fault.status);
      const plan = bedrockError(ex, e.status, e.type, e.message);
      if (e.status === 429 || fault.retryAfter !== undefined) plan.headers.push(['retry-after', String(fault.retryAfter ?? c.retryAfter ?? 1)]);
      await writePlan(res, plan, c);
      return;
    }
    const baseModel = modelId.split('?')[0] as string;
    if (!/claude/.test(baseModel)) {
      await writePlan(res, bedrockError(ex, 400, 'ValidationException', 'The provided model identifier is invalid.'), c);
      return;
    }
    const body = parseJsonObject(req.body);
    const op = m[2];
    if (op === 'count-tokens') {
      await writePlan(res, this.#countTokens(ex, body), c);
      return;
    }
    const invalid = body ? this.#validate(body) : 'Malformed input request: expected a JSON object, please reformat your input and try again.';
    if (invalid || !body) {
      await writePlan(res, bedrockError(ex, 400, 'ValidationException', invalid ?? ''), c);
      return;
    }
    const inp = claudeInput(body, echoModel(baseModel), `msg_bdrk_sim${seq}`, req.body.length, c);
    if (op === 'invoke') {
      const msg = claudeMessage(inp);
      const usage = msg.usage as Json;
      const headers: Header[] = [
        ['x-amzn-RequestId', ex.reqId],
        ['x-amzn-Bedrock-Invocation-Latency', '42'],
        ['x-amzn-Bedrock-Input-Token-Count', String(usage.input_tokens)],
        ['x-amzn-Bedrock-Output-Token-Count', String(usage.output_tokens)],
      ];
      await writePlan(res, jsonPlan(200, headers, msg), c);
      return;
    }
    const events = claudeEventJson(inp);
    let outputTokens = 0;
    const frames = events.map((json) => {
      const ev = JSON.parse(json) as Json;
      if (ev.type === 'message_delta' && isObj(ev.usage) && typeof ev.usage.output_tokens === 'number') outputTokens = ev.usage.output_tokens;
      if (ev.type !== 'message_stop') return bedrockChunkFrame(json);
      const metrics = { inputTokenCount: inp.inputTokens, outputTokenCount: outputTokens, invocationLatency: 42, firstByteLatency: 7 };
      return bedrockChunkFrame(JSON.stringify({ ...ev, 'amazon-bedrock-invocationMetrics': metrics }));
    });
    await writePlan(
      res,
      {
        kind: 'stream',
        status: 200,
        headers: [
          ['content-type', 'application/vnd.amazon.eventstream'],
          ['x-amzn-RequestId', ex.reqId],
          ['x-amzn-Bedrock-Content-Type', 'application/json'],
        ],
        frames,
        errorFrame: bedrockStreamErrorFrame(),
      },
      c,
    );
  };

  /** Body rules of InvokeModel for Claude; returns the ValidationException message or undefined. */
  #validate(body: Json): string | undefined {
    const malformed = (what: string): string => `Malformed input request: ${what}, please reformat your input and try again.`;
    for (const key of ['model', 'stream']) if (key in body) return malformed(`#: extraneous key [${key}] is not permitted`);
    if (!('anthropic_version' in body)) return malformed('#: required key [anthropic_version] not found');
    const v = body.anthropic_version;
    if (typeof v !== 'string' || !(v === BEDROCK_ANTHROPIC_VERSION || /^\d{4}-\d{2}-\d{2}$/.test(v))) return malformed(`#/anthropic_version: ${JSON.stringify(v)} is not a valid enum value`);
    const missing = missingMessagesField(body);
    if (missing) return malformed(`#: required key [${missing}] not found`);
    if ('anthropic_beta' in body) {
      const betas = body.anthropic_beta;
      if (!Array.isArray(betas) || betas.some((b) => typeof b !== 'string')) return malformed('#/anthropic_beta: expected type: JSONArray of strings');
      if (betas.some((b) => !this.#betas.has(b as string))) return 'invalid beta flag';
    }
    return undefined;
  }

  #countTokens(ex: Exchange, body: Json | undefined): Plan {
    const input = body && isObj(body.input) ? body.input : undefined;
    if (input && isObj(input.invokeModel) && typeof input.invokeModel.body === 'string') {
      const inner = Buffer.from(input.invokeModel.body, 'base64');
      const parsed = parseJsonObject(inner);
      const invalid = parsed ? this.#validate(parsed) : 'Malformed input request: the invokeModel body is not a JSON object, please reformat your input and try again.';
      if (invalid) return bedrockError(ex, 400, 'ValidationException', invalid);
      return jsonPlan(200, [['x-amzn-RequestId', ex.reqId]], { inputTokens: countTokens(inner.length) });
    }
    if (input && isObj(input.converse)) {
      return jsonPlan(200, [['x-amzn-RequestId', ex.reqId]], { inputTokens: countTokens(Buffer.byteLength(JSON.stringify(input.converse))) });
    }
    return bedrockError(ex, 400, 'ValidationException', '1 validation error detected: Value null at \'input\' failed to satisfy constraint: Member must not be null');
  }

  /** Verifies SigV4 or a Bedrock API key; returns the 403 to send, or undefined when authenticated. */
  async #authenticate(req: { method: string; path: string; query: string; headers: Record<string, string>; body: Buffer }): Promise<{ type: string; message: string } | undefined> {
    const auth = req.headers.authorization ?? '';
    const bearer = /^Bearer\s+(\S+)\s*$/i.exec(auth)?.[1];
    if (bearer !== undefined) {
      return this.#apiKeys.has(bearer) || (this.#anyApiKey && !bearer.startsWith('bad-')) ? undefined : { type: 'AccessDeniedException', message: 'Authentication failed: Please make sure your API Key is valid.' };
    }
    if (!auth) return { type: 'MissingAuthenticationTokenException', message: 'Missing Authentication Token' };
    const parts = AUTH_RE.exec(auth);
    if (!parts) return { type: 'IncompleteSignatureException', message: `Authorization header requires 'Credential', 'SignedHeaders' and 'Signature' parameters. Authorization=${auth.split(' ')[0]}` };
    const [akid, date, region, service, terminator] = (parts[1] as string).split('/');
    const signedHeaders = (parts[2] as string).split(';');
    const secret = akid ? this.#secrets.get(akid) : undefined;
    if (secret === undefined) return { type: 'UnrecognizedClientException', message: 'The security token included in the request is invalid.' };
    if (service !== 'bedrock' || terminator !== 'aws4_request') return { type: 'InvalidSignatureException', message: "Credential should be scoped to correct service: 'bedrock'. " };
    if (region !== this.#region) return { type: 'InvalidSignatureException', message: `Credential should be scoped to a valid region. ` };
    const amzDate = req.headers['x-amz-date'] ?? '';
    const dm = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(amzDate);
    if (!dm || !signedHeaders.includes('host') || !signedHeaders.includes('x-amz-date')) {
      return { type: 'IncompleteSignatureException', message: 'Authorization header requires existence of either a \'X-Amz-Date\' or a \'Date\' header.' };
    }
    const signingDate = new Date(Date.UTC(+dm[1]!, +dm[2]! - 1, +dm[3]!, +dm[4]!, +dm[5]!, +dm[6]!));
    if (date !== amzDate.slice(0, 8)) return { type: 'InvalidSignatureException', message: 'Date in Credential scope does not match YYYYMMDD from ISO-8601 version of date from HTTP' };
    if (Math.abs(Date.now() - signingDate.getTime()) > this.#skewMs) {
      return { type: 'InvalidSignatureException', message: `Signature expired: ${amzDate} is now earlier than the allowed window (${this.#skewMs / 60000} min).` };
    }
    // A declared payload hash must be the body's; the signature is then recomputed from the body itself.
    const declared = req.headers['x-amz-content-sha256'];
    if (declared !== undefined && declared !== 'UNSIGNED-PAYLOAD') {
      const h = new Sha256();
      h.update(req.body);
      const actual = Buffer.from(await h.digest()).toString('hex');
      if (declared !== actual) return { type: 'InvalidSignatureException', message: 'The provided \'x-amz-content-sha256\' header does not match what was computed.' };
    }
    const headers: Record<string, string> = {};
    for (const name of signedHeaders) {
      if (name === 'x-amz-content-sha256' && declared !== 'UNSIGNED-PAYLOAD') continue;
      const v = req.headers[name];
      if (v !== undefined) headers[name] = v;
    }
    const query: Record<string, string | string[]> = {};
    for (const [k, v] of new URLSearchParams(req.query)) {
      const prev = query[k];
      query[k] = prev === undefined ? v : Array.isArray(prev) ? [...prev, v] : [prev, v];
    }
    const request = new HttpRequest({ method: req.method, protocol: 'http:', hostname: (headers.host ?? '').replace(/:\d+$/, ''), path: req.path, query, headers, body: req.body });
    const signer = new SignatureV4({
      credentials: { accessKeyId: akid as string, secretAccessKey: secret, sessionToken: req.headers['x-amz-security-token'] },
      region: this.#region,
      service: 'bedrock',
      sha256: Sha256,
      uriEscapePath: true,
      applyChecksum: signedHeaders.includes('x-amz-content-sha256') && declared !== 'UNSIGNED-PAYLOAD',
    });
    const signed = await signer.sign(request, { signingDate, signableHeaders: new Set(signedHeaders) });
    const expected = /Signature=([0-9a-f]{64})/.exec(String(signed.headers.authorization ?? ''))?.[1] ?? '';
    const got = parts[3] as string;
    if (expected.length !== got.length || !timingSafeEqual(Buffer.from(expected), Buffer.from(got))) {
      return {
        type: 'InvalidSignatureException',
        message: 'The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details.',
      };
    }
    return undefined;
  }
}

const NO_FAULTS = { faults: [], paceMs: 0 };

/**
 * A Bedrock handler without a listener (for embedding in another server).
 * @returns the handler and its fault queue
 */
export function createBedrockHandler(opts: BedrockSimulatorOptions = {}): { handle: CloudHandler; faults: FaultQueue } {
  const sim = new BedrockSim(opts);
  return { handle: sim.handle, faults: sim.faults };
}
