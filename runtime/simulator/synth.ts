/**
 * Deterministic building blocks shared by the simulator's provider modules:
 * response text ("word0 word1 ..."), token estimates, tool-input synthesis from
 * a JSON schema, JSON fragmenting for streamed tool arguments, SSE framing and
 * embedding vectors. No I/O, no module-level mutable state.
 */

/** A tool call the simulator decided to make. */
export interface ToolCall {
  /** Tool name as the request declared (or as forced by header). */
  name: string;
  /** Tool input / function arguments (a JSON value, normally an object). */
  input: unknown;
}

/** The i-th text delta: `word0`, ` word1`, ` word2`, ... (concatenation = "word0 word1 ..."). */
export function wordDelta(i: number): string {
  return i === 0 ? 'word0' : ` word${i}`;
}

/** The full text of `n` words: "word0 word1 ... word{n-1}". */
export function words(n: number): string {
  let s = '';
  for (let i = 0; i < n; i++) s += wordDelta(i);
  return s;
}

/** Deterministic token estimate: ceil(bytes / 4), at least 1. */
export function estimateTokens(byteLength: number): number {
  return Math.max(1, Math.ceil(byteLength / 4));
}

/** Frames one Anthropic-style SSE event: `event: <name>\ndata: <json>\n\n`. */
export function sseEvent(name: string, data: unknown): Buffer {
  return Buffer.from(`event: ${name}\ndata: ${JSON.stringify(data)}\n\n`);
}

/** Frames one data-only SSE event (OpenAI style): `data: <json>\n\n` (strings are sent raw, e.g. `[DONE]`). */
export function sseData(data: unknown): Buffer {
  return Buffer.from(`data: ${typeof data === 'string' ? data : JSON.stringify(data)}\n\n`);
}

/** Splits a string into `parts` nearly equal, non-empty pieces (fewer when the string is short). */
export function fragments(s: string, parts = 3): string[] {
  if (s.length === 0) return [];
  const size = Math.max(1, Math.ceil(s.length / parts));
  const out: string[] = [];
  for (let i = 0; i < s.length; i += size) out.push(s.slice(i, i + size));
  return out;
}

function isObj(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * A minimal value valid for a JSON schema: required properties only
 * (string "sim", number/integer 1, boolean true, array [], object recursively,
 * first `enum`/`const` value when present).
 */
export function sampleFromSchema(schema: unknown, depth = 0): unknown {
  if (!isObj(schema) || depth > 8) return {};
  if ('const' in schema) return schema.const;
  if (Array.isArray(schema.enum) && schema.enum.length > 0) return schema.enum[0];
  let type = schema.type;
  if (Array.isArray(type)) type = type.find((t) => t !== 'null') ?? type[0];
  if (type === undefined && isObj(schema.properties)) type = 'object';
  switch (type) {
    case 'string':
      return 'sim';
    case 'number':
    case 'integer':
      return 1;
    case 'boolean':
      return true;
    case 'array':
      return [];
    case 'null':
      return null;
    case 'object': {
      const out: Record<string, unknown> = {};
      const props = isObj(schema.properties) ? schema.properties : {};
      const required = Array.isArray(schema.required) ? schema.required : [];
      for (const key of required) if (typeof key === 'string') out[key] = sampleFromSchema(props[key], depth + 1);
      return out;
    }
    default:
      return {};
  }
}

/**
 * Finds a `[sim-tool:NAME]` or `[sim-tool:NAME:{json}]` marker in text.
 * @returns the tool name and optional parsed input, or undefined
 */
export function findToolMarker(text: string): { name: string; input?: unknown } | undefined {
  const m = /\[sim-tool:([A-Za-z0-9_.-]+)(?::(\{.*?\}))?\]/s.exec(text);
  if (!m?.[1]) return undefined;
  if (m[2]) {
    try {
      return { name: m[1], input: JSON.parse(m[2]) };
    } catch {
      /* fall through: marker without usable input */
    }
  }
  return { name: m[1] };
}

/** 32-bit FNV-1a hash of a string. */
export function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/**
 * A deterministic unit vector for `text` (xorshift32 seeded by FNV-1a),
 * components rounded to float32.
 * @param dims vector length (default 8)
 */
export function embeddingVector(text: string, dims = 8): number[] {
  let x = fnv1a(text) || 1;
  const v: number[] = [];
  for (let i = 0; i < dims; i++) {
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    v.push((x / 0xffffffff) * 2 - 1);
  }
  const norm = Math.hypot(...v) || 1;
  return v.map((c) => Math.fround(c / norm));
}

/** Base64 of the little-endian float32 bytes of `v` (OpenAI `encoding_format: "base64"`). */
export function float32Base64(v: number[]): string {
  const f = new Float32Array(v);
  return Buffer.from(f.buffer, f.byteOffset, f.byteLength).toString('base64');
}
