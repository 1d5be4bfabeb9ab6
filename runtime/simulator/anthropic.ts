/**
 * Anthropic side of the simulator: synthesized Messages responses (JSON and
 * SSE), legacy Text Completions, error envelopes and the mid-stream error event.
 *
 * Shapes follow shared/reference/wire-formats.md §1 (Anthropic Messages):
 * SSE grammar `message_start (ping | block)* message_delta message_stop`,
 * `event:` name always equal to `data.type`, usage in message_start and
 * cumulative usage in message_delta; error envelope
 * `{"type":"error","error":{"type","message"},"request_id"}` with the status → type
 * table of §1.4 (529 body with `"details":null` as on the real wire,
 * fixture anthropic/error-529-overloaded.json).
 */
import { type ToolCall, estimateTokens, findToolMarker, fragments, sampleFromSchema, sseEvent, wordDelta, words } from './synth.ts';

/**
 * Anthropic `error.type` for an HTTP status (wire-formats.md §1.4).
 * Independent of runtime/errors.ts on purpose: the simulator is a test oracle modelled on the provider, not on the gateway.
 */
export function anthropicErrorType(status: number): string {
  switch (status) {
    case 400:
      return 'invalid_request_error';
    case 401:
      return 'authentication_error';
    case 402:
      return 'billing_error';
    case 403:
      return 'permission_error';
    case 404:
      return 'not_found_error';
    case 413:
      return 'request_too_large';
    case 429:
      return 'rate_limit_error';
    case 504:
      return 'timeout_error';
    case 529:
      return 'overloaded_error';
    default:
      return status >= 500 ? 'api_error' : 'invalid_request_error';
  }
}

function defaultMessage(status: number): string {
  switch (status) {
    case 401:
      return 'invalid x-api-key';
    case 403:
      return 'Your API key does not have permission to use the specified resource.';
    case 404:
      return 'Not found';
    case 413:
      return 'Request exceeds the maximum allowed number of bytes.';
    case 429:
      return "This request would exceed your organization's rate limit (simulated by Switchyard). Please try again later.";
    case 500:
      return 'Internal server error';
    case 504:
      return 'Request timed out';
    case 529:
      return 'Overloaded';
    default:
      return status >= 500 ? 'Internal server error' : 'Invalid request';
  }
}

/**
 * Anthropic error envelope for a status.
 * @param status HTTP status
 * @param requestId value for the top-level `request_id`
 * @param message optional message (defaults per status)
 */
export function anthropicErrorBody(status: number, requestId: string, message?: string): Record<string, unknown> {
  const type = anthropicErrorType(status);
  const msg = message ?? defaultMessage(status);
  // Key order of the real 529 wire body: details, type, message.
  const error = status === 529 ? { details: null, type, message: msg } : { type, message: msg };
  return { type: 'error', error, request_id: requestId };
}

/** The mid-stream error event (`event: error`, overloaded_error) as on the real wire. */
export function anthropicErrorEvent(message = 'Overloaded'): Buffer {
  return sseEvent('error', { type: 'error', error: { details: null, type: 'overloaded_error', message } });
}

/** Inputs of a synthesized Anthropic message. */
export interface AnthropicSynthInput {
  /** Model to echo. */
  model: string;
  /** Message id (`msg_...`). */
  id: string;
  /** Input token count to report. */
  inputTokens: number;
  /** Number of words/text deltas to produce before `max_tokens` truncation. */
  words: number;
  /** Request `max_tokens`, if any (truncates text; stop_reason `max_tokens`). */
  maxTokens: number | undefined;
  /** Tool call to make instead of text, if any. */
  tool: ToolCall | undefined;
  /** Whether to emit a thinking block first (request had `thinking` enabled/adaptive). */
  thinking: boolean;
}

type Json = Record<string, unknown>;

function isObj(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Whether the request enables extended thinking (`thinking.type` enabled or adaptive). */
export function wantsThinking(body: Json): boolean {
  const t = body.thinking;
  return isObj(t) && (t.type === 'enabled' || t.type === 'adaptive');
}

/**
 * Anthropic's 400s for extended thinking that the API refuses (extended-thinking
 * docs; messages as the API words them): a `tool_choice` that forces tool use
 * (any/tool), or a trailing tool loop (last user turn carries tool_result
 * blocks) that answers an assistant turn not starting with a thinking block —
 * what a client produces when it replays a tool call without the signed
 * thinking ("Preserving thinking blocks"). Undefined when the request is acceptable.
 */
export function thinkingTurnError(body: Json): string | undefined {
  if (!wantsThinking(body) || !Array.isArray(body.messages)) return undefined;
  const tc = body.tool_choice;
  if (isObj(tc) && (tc.type === 'any' || tc.type === 'tool')) return 'Thinking may not be enabled when tool_choice forces tool use.';
  const msgs = body.messages as unknown[];
  const last = msgs[msgs.length - 1];
  if (!isObj(last) || last.role !== 'user' || !Array.isArray(last.content) || !last.content.some((b) => isObj(b) && b.type === 'tool_result')) return undefined;
  for (let i = msgs.length - 2; i >= 0; i--) {
    const m = msgs[i];
    if (!isObj(m) || m.role !== 'assistant') continue;
    const content = Array.isArray(m.content) ? m.content : [];
    const first = content[0];
    if (!content.some((b) => isObj(b) && b.type === 'tool_use')) return undefined;
    if (isObj(first) && (first.type === 'thinking' || first.type === 'redacted_thinking')) return undefined;
    return `messages.${i}.content.0.type: Expected \`thinking\` or \`redacted_thinking\`, but found \`${isObj(first) ? String(first.type) : 'text'}\`. When \`thinking\` is enabled, a final \`assistant\` message must start with a thinking block (preceeding the lastmost set of \`tool_use\` and \`tool_result\` blocks). We recommend you include thinking blocks from previous turns. To avoid this requirement, disable \`thinking\`. Please consult our documentation at https://docs.claude.com/en/docs/build-with-claude/extended-thinking`;
  }
  return undefined;
}

/**
 * The last conversation turn, skipping trailing `role: "system"` entries
 * (Claude Code appends its environment block to `messages` as a system
 * message after the user turn; claude-code-client.md).
 */
function lastMessage(body: Json): Json | undefined {
  const msgs = body.messages;
  if (!Array.isArray(msgs)) return undefined;
  for (let i = msgs.length - 1; i >= 0; i--) {
    const m: unknown = msgs[i];
    if (isObj(m) && m.role === 'system') continue;
    return isObj(m) ? m : undefined;
  }
  return undefined;
}

function textOf(content: unknown): string {
  if (typeof content === 'string') return content;
  if (!Array.isArray(content)) return '';
  return content.map((b: unknown) => (isObj(b) && typeof b.text === 'string' ? b.text : '')).join('\n');
}

/**
 * Decides whether to answer with a tool call.
 * No tool call when the last message is a user turn carrying a `tool_result`
 * (the round trip's answer is text), or `tool_choice.type` is `none`. Otherwise
 * the tool is, in order: `forcedTool` (x-sim-tool header / model `?tool=`), a
 * `[sim-tool:NAME]` marker in the last user text, `tool_choice {type:"tool",name}`,
 * or the first tool for `tool_choice {type:"any"}`. Requires `tools` unless forced.
 */
export function pickAnthropicTool(body: Json, forcedTool: string | undefined, forcedInput: unknown): ToolCall | undefined {
  const tools = Array.isArray(body.tools) ? body.tools.filter(isObj) : [];
  const last = lastMessage(body);
  if (last && last.role === 'user' && Array.isArray(last.content) && last.content.some((b: unknown) => isObj(b) && b.type === 'tool_result')) return undefined;
  const choice = isObj(body.tool_choice) ? body.tool_choice : undefined;
  if (choice?.type === 'none') return undefined;
  let name = forcedTool;
  let input = forcedInput;
  if (!name && tools.length > 0) {
    const marker = last && last.role === 'user' ? findToolMarker(textOf(last.content)) : undefined;
    if (marker) {
      name = marker.name;
      if (input === undefined) input = marker.input;
    } else if (choice?.type === 'tool' && typeof choice.name === 'string') name = choice.name;
    else if (choice?.type === 'any') name = typeof tools[0]?.name === 'string' ? tools[0].name : undefined;
  }
  if (!name) return undefined;
  const def = tools.find((t) => t.name === name);
  return { name, input: input ?? sampleFromSchema(def?.input_schema) };
}

function plan(inp: AnthropicSynthInput): { n: number; stopReason: string; outputTokens: number; toolJson: string } {
  const toolJson = inp.tool ? JSON.stringify(inp.tool.input ?? {}) : '';
  if (inp.tool) return { n: 0, stopReason: 'tool_use', outputTokens: estimateTokens(toolJson.length) + 10, toolJson };
  const n = inp.maxTokens !== undefined ? Math.min(inp.words, Math.max(0, inp.maxTokens)) : inp.words;
  const stopReason = n < inp.words ? 'max_tokens' : 'end_turn';
  return { n, stopReason, outputTokens: n + (inp.thinking ? 4 : 0), toolJson };
}

const THINKING = ['Simulated reasoning:', ' step 1.'];

function signature(id: string): string {
  return Buffer.from(`switchyard-sim-signature:${id}`).toString('base64');
}

function usage(inputTokens: number, outputTokens: number): Json {
  return {
    input_tokens: inputTokens,
    cache_creation_input_tokens: 0,
    cache_read_input_tokens: 0,
    cache_creation: { ephemeral_5m_input_tokens: 0, ephemeral_1h_input_tokens: 0 },
    output_tokens: outputTokens,
    service_tier: 'standard',
  };
}

/** A complete (non-streaming) Messages response object. */
export function anthropicMessage(inp: AnthropicSynthInput): Json {
  const p = plan(inp);
  const content: Json[] = [];
  if (inp.thinking) content.push({ type: 'thinking', thinking: THINKING.join(''), signature: signature(inp.id) });
  if (inp.tool) content.push({ type: 'tool_use', id: inp.id.replace(/^msg_/, 'toolu_'), name: inp.tool.name, input: inp.tool.input ?? {} });
  else if (p.n > 0) content.push({ type: 'text', text: words(p.n) });
  return {
    id: inp.id,
    type: 'message',
    role: 'assistant',
    model: inp.model,
    content,
    stop_reason: p.stopReason,
    stop_sequence: null,
    usage: usage(inp.inputTokens, p.outputTokens),
  };
}

/** The SSE events of a streamed Messages response (grammar of wire-formats.md §1.3). */
export function anthropicStreamEvents(inp: AnthropicSynthInput): Buffer[] {
  const p = plan(inp);
  const ev: Buffer[] = [];
  ev.push(
    sseEvent('message_start', {
      type: 'message_start',
      message: {
        id: inp.id,
        type: 'message',
        role: 'assistant',
        model: inp.model,
        content: [],
        stop_reason: null,
        stop_sequence: null,
        usage: usage(inp.inputTokens, 1),
      },
    }),
  );
  let index = 0;
  if (inp.thinking) {
    ev.push(sseEvent('content_block_start', { type: 'content_block_start', index, content_block: { type: 'thinking', thinking: '', signature: '' } }));
    for (const t of THINKING) ev.push(sseEvent('content_block_delta', { type: 'content_block_delta', index, delta: { type: 'thinking_delta', thinking: t } }));
    ev.push(sseEvent('content_block_delta', { type: 'content_block_delta', index, delta: { type: 'signature_delta', signature: signature(inp.id) } }));
    ev.push(sseEvent('content_block_stop', { type: 'content_block_stop', index }));
    index++;
  }
  if (inp.tool) {
    const id = inp.id.replace(/^msg_/, 'toolu_');
    ev.push(sseEvent('content_block_start', { type: 'content_block_start', index, content_block: { type: 'tool_use', id, name: inp.tool.name, input: {} } }));
    for (const frag of ['', ...fragments(p.toolJson)]) {
      ev.push(sseEvent('content_block_delta', { type: 'content_block_delta', index, delta: { type: 'input_json_delta', partial_json: frag } }));
    }
    ev.push(sseEvent('content_block_stop', { type: 'content_block_stop', index }));
  } else if (p.n > 0) {
    ev.push(sseEvent('content_block_start', { type: 'content_block_start', index, content_block: { type: 'text', text: '' } }));
    ev.push(Buffer.from('event: ping\ndata: {"type": "ping"}\n\n'));
    for (let i = 0; i < p.n; i++) {
      ev.push(sseEvent('content_block_delta', { type: 'content_block_delta', index, delta: { type: 'text_delta', text: wordDelta(i) } }));
    }
    ev.push(sseEvent('content_block_stop', { type: 'content_block_stop', index }));
  }
  ev.push(
    sseEvent('message_delta', {
      type: 'message_delta',
      delta: { stop_reason: p.stopReason, stop_sequence: null },
      usage: { input_tokens: inp.inputTokens, cache_creation_input_tokens: 0, cache_read_input_tokens: 0, output_tokens: p.outputTokens },
    }),
  );
  ev.push(sseEvent('message_stop', { type: 'message_stop' }));
  return ev;
}

/** Legacy Text Completions (`POST /v1/complete`) response object. */
export function anthropicCompletion(model: string, id: string, n: number): Json {
  return { type: 'completion', id, completion: ` ${words(n)}`, stop_reason: 'stop_sequence', stop: '\n\nHuman:', model, log_id: id };
}

/** Legacy Text Completions SSE events (`event: completion` per word, then the stop event). */
export function anthropicCompletionEvents(model: string, id: string, n: number): Buffer[] {
  const ev: Buffer[] = [];
  for (let i = 0; i < n; i++) {
    ev.push(sseEvent('completion', { type: 'completion', id, completion: ` word${i}`, stop_reason: null, model, stop: null, log_id: id }));
  }
  ev.push(sseEvent('completion', { type: 'completion', id, completion: '', stop_reason: 'stop_sequence', model, stop: '\n\nHuman:', log_id: id }));
  return ev;
}
