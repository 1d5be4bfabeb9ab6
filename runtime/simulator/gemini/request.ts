/**
 * Validation of Gemini API `GenerateContentRequest` bodies, as strict as the
 * real API where the SDKs and Gemini CLI depend on it: unknown fields are
 * rejected (Google's JSON parser refuses them; lowerCamelCase and the proto's
 * snake_case names are both accepted, as that parser does), roles are `user`/`model`,
 * every part has exactly one data field, bytes fields are base64, function
 * response turns follow function call turns with as many parts, thinking and
 * structured-output settings are consistent, and on Gemini 3 models the first
 * functionCall part of every step of the current turn carries its
 * `thoughtSignature`.
 *
 * Field names follow the REST reference (ai.google.dev/api/generate-content,
 * ai.google.dev/api/caching#Content, #Part, #Tool, #ToolConfig) and the request
 * mappers of `@google/genai` (`generateContentConfigToMldev`, `partToMldev`).
 * Messages are the real API's where known (quoted in the thought-signatures
 * guide, ai.google.dev/gemini-api/docs/thought-signatures, and in public bug
 * reports), otherwise they name the field in the API's `* Request.field: ...` style.
 */
import type { GeminiModelInfo } from './models.ts';
import { GeminiHttpError } from './wire.ts';
import { verifyThoughtSignature } from './signature.ts';

type Json = Record<string, unknown>;

function isObj(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

const TOP_LEVEL = new Set([
  'model',
  'contents',
  'systemInstruction',
  'tools',
  'toolConfig',
  'safetySettings',
  'generationConfig',
  'cachedContent',
  'labels',
  'serviceTier',
  'store',
  'continuationToken',
]);

const GENERATION_CONFIG = new Set([
  'stopSequences',
  'responseMimeType',
  'responseSchema',
  'responseJsonSchema',
  '_responseJsonSchema',
  'responseModalities',
  'candidateCount',
  'maxOutputTokens',
  'temperature',
  'topP',
  'topK',
  'seed',
  'presencePenalty',
  'frequencyPenalty',
  'responseLogprobs',
  'logprobs',
  'enableEnhancedCivicAnswers',
  'speechConfig',
  'thinkingConfig',
  'imageConfig',
  'mediaResolution',
  'audioTranscriptionConfig',
]);

const PART_DATA = ['text', 'inlineData', 'fileData', 'functionCall', 'functionResponse', 'executableCode', 'codeExecutionResult'] as const;
const PART_META = new Set(['thought', 'thoughtSignature', 'videoMetadata', 'partMetadata', 'mediaResolution']);
const PART_KEYS = new Set<string>([...PART_DATA, ...PART_META]);

const HARM_CATEGORIES = new Set([
  'HARM_CATEGORY_UNSPECIFIED',
  'HARM_CATEGORY_HARASSMENT',
  'HARM_CATEGORY_HATE_SPEECH',
  'HARM_CATEGORY_SEXUALLY_EXPLICIT',
  'HARM_CATEGORY_DANGEROUS_CONTENT',
  'HARM_CATEGORY_CIVIC_INTEGRITY',
  'HARM_CATEGORY_IMAGE_HATE',
  'HARM_CATEGORY_IMAGE_DANGEROUS_CONTENT',
  'HARM_CATEGORY_IMAGE_HARASSMENT',
  'HARM_CATEGORY_IMAGE_SEXUALLY_EXPLICIT',
]);
const HARM_THRESHOLDS = new Set(['HARM_BLOCK_THRESHOLD_UNSPECIFIED', 'BLOCK_LOW_AND_ABOVE', 'BLOCK_MEDIUM_AND_ABOVE', 'BLOCK_ONLY_HIGH', 'BLOCK_NONE', 'OFF']);
const MIME_TYPES = new Set(['text/plain', 'application/json', 'application/xml', 'application/yaml', 'text/x.enum']);
const FUNCTION_NAME = /^[A-Za-z_][A-Za-z0-9_.:-]{0,63}$/;
const BASE64 = /^[A-Za-z0-9+/_-]*={0,2}$/;

function bad(message: string): GeminiHttpError {
  return new GeminiHttpError(400, message, [{ '@type': 'type.googleapis.com/google.rpc.BadRequest', fieldViolations: [{ description: message }] }]);
}

function unknownName(name: string, at: string | undefined): GeminiHttpError {
  return bad(`Invalid JSON payload received. Unknown name ${JSON.stringify(name)}${at ? ` at '${at}'` : ''}: Cannot find field.`);
}

/**
 * Google's JSON parser takes every proto field in lowerCamelCase or in its
 * original snake_case (`inline_data` = `inlineData`); the simulator reads one
 * structural level at a time through this shallow normaliser (never inside
 * free-form values such as `args`, `response`, schemas or `labels`).
 */
function camelKeys(o: Json): Json {
  const out: Json = {};
  const names = new Map<string, string>();
  for (const [k, v] of Object.entries(o)) {
    const c = k.includes('_') && !k.startsWith('_') ? k.replace(/_([a-z0-9])/g, (_m, ch: string) => ch.toUpperCase()) : k;
    out[c] = v;
    names.set(c, k);
  }
  SENT_NAMES.set(out, names);
  return out;
}

/** Field names as the client sent them, per normalised object (errors quote the sent name). */
const SENT_NAMES = new WeakMap<Json, Map<string, string>>();

function sent(o: Json, k: string): string {
  return SENT_NAMES.get(o)?.get(k) ?? k;
}

function snake(path: string): string {
  return path.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
}

function checkBytes(v: unknown, at: string): void {
  if (typeof v !== 'string' || !BASE64.test(v) || v.length % 4 === 1) {
    throw bad(`Invalid value at '${snake(at)}' (TYPE_BYTES), Base64 decoding failed for ${JSON.stringify(String(v).slice(0, 40))}`);
  }
}

/** A declared function (tools[].functionDeclarations[]). */
export interface FunctionDeclaration {
  name: string;
  /** `parameters` (OpenAPI subset, types may be upper-case) or `parametersJsonSchema`. */
  schema: unknown;
}

/** What the response synthesis needs from a validated request. */
export interface ParsedRequest {
  contents: Json[];
  systemInstruction: Json | undefined;
  declarations: FunctionDeclaration[];
  /** `toolConfig.functionCallingConfig.mode` upper-cased, default AUTO. */
  callingMode: string;
  allowedFunctionNames: string[];
  maxOutputTokens: number | undefined;
  /** Whether the model thinks for this request. */
  thinking: boolean;
  includeThoughts: boolean;
  responseMimeType: string;
  responseSchema: unknown;
  cachedContent: string | undefined;
}

function checkPart(raw: unknown, at: string): Json {
  if (!isObj(raw)) throw bad(`Invalid value at '${snake(at)}' (type.googleapis.com/google.ai.generativelanguage.v1beta.Part), expected an object`);
  const part = camelKeys(raw);
  for (const k of ['inlineData', 'fileData', 'functionCall', 'functionResponse'] as const) if (isObj(part[k])) part[k] = camelKeys(part[k] as Json);
  for (const k of Object.keys(part)) if (!PART_KEYS.has(k)) throw unknownName(sent(part, k), snake(at));
  const data = PART_DATA.filter((k) => part[k] !== undefined);
  if (data.length === 0) throw bad(`* GenerateContentRequest.${snake(at)}.data: required oneof field 'data' must have one initialized field`);
  if (data.length > 1) throw bad(`Invalid value at '${snake(at)}': oneof field 'data' is already set. Cannot set '${data[1]}'`);
  if (part.text !== undefined && typeof part.text !== 'string') throw bad(`Invalid value at '${snake(at)}.text' (TYPE_STRING), ${JSON.stringify(part.text)}`);
  if (part.thought !== undefined && typeof part.thought !== 'boolean') throw bad(`Invalid value at '${snake(at)}.thought' (TYPE_BOOL), ${JSON.stringify(part.thought)}`);
  if (part.thoughtSignature !== undefined) checkBytes(part.thoughtSignature, `${at}.thoughtSignature`);
  if (part.inlineData !== undefined) {
    const d = part.inlineData;
    if (!isObj(d)) throw bad(`Invalid value at '${snake(at)}.inline_data', expected an object`);
    for (const k of Object.keys(d)) if (k !== 'mimeType' && k !== 'data' && k !== 'displayName') throw unknownName(sent(d, k), `${snake(at)}.inline_data`);
    if (typeof d.mimeType !== 'string' || d.mimeType === '') throw bad(`* GenerateContentRequest.${snake(at)}.inline_data.mime_type: required field is not specified`);
    checkBytes(d.data, `${at}.inlineData.data`);
  }
  if (part.fileData !== undefined) {
    const d = part.fileData;
    if (!isObj(d) || typeof d.fileUri !== 'string' || d.fileUri === '') throw bad(`* GenerateContentRequest.${snake(at)}.file_data.file_uri: required field is not specified`);
  }
  if (part.functionCall !== undefined) {
    const f = part.functionCall;
    if (!isObj(f)) throw bad(`Invalid value at '${snake(at)}.function_call', expected an object`);
    for (const k of Object.keys(f)) if (k !== 'name' && k !== 'args' && k !== 'id' && k !== 'partialArgs' && k !== 'willContinue') throw unknownName(sent(f, k), `${snake(at)}.function_call`);
    if (typeof f.name !== 'string' || f.name === '') throw bad(`* GenerateContentRequest.${snake(at)}.function_call.name: Name cannot be empty.`);
    if (f.args !== undefined && !isObj(f.args)) throw bad(`Invalid value at '${snake(at)}.function_call.args' (type.googleapis.com/google.protobuf.Struct), ${JSON.stringify(f.args)}`);
  }
  if (part.functionResponse !== undefined) {
    const f = part.functionResponse;
    if (!isObj(f)) throw bad(`Invalid value at '${snake(at)}.function_response', expected an object`);
    for (const k of Object.keys(f)) if (!['name', 'response', 'id', 'parts', 'willContinue', 'scheduling'].includes(k)) throw unknownName(sent(f, k), `${snake(at)}.function_response`);
    if (typeof f.name !== 'string' || f.name === '') throw bad(`* GenerateContentRequest.${snake(at)}.function_response.name: Name cannot be empty.`);
    if (f.response !== undefined && !isObj(f.response)) throw bad(`Invalid value at '${snake(at)}.function_response.response' (type.googleapis.com/google.protobuf.Struct), ${JSON.stringify(f.response)}`);
  }
  return part;
}

/** Validates one Content; returns it with field names normalised (role kept as sent). */
function checkContent(c: unknown, at: string, system: boolean): Json {
  if (!isObj(c)) throw bad(`Invalid value at '${snake(at)}' (type.googleapis.com/google.ai.generativelanguage.v1beta.Content), expected an object`);
  for (const k of Object.keys(c)) if (k !== 'parts' && k !== 'role') throw unknownName(sent(c, k), snake(at));
  if (!system && c.role !== undefined && c.role !== '' && c.role !== 'user' && c.role !== 'model') throw bad('Please use a valid role: user, model.');
  if (!Array.isArray(c.parts) || c.parts.length === 0) throw bad(`* GenerateContentRequest.${snake(at)}.parts: contents.parts must not be empty.`);
  const out: Json = { parts: c.parts.map((p: unknown, i: number) => checkPart(p, `${at}.parts[${i}]`)) };
  if (c.role !== undefined) out.role = c.role;
  return out;
}

function partsOf(c: Json): Json[] {
  return (c.parts as unknown[]).filter(isObj);
}

function hasKind(c: Json, kind: 'functionCall' | 'functionResponse'): boolean {
  return partsOf(c).some((p) => p[kind] !== undefined);
}

/**
 * Turn-order rules of function calling, with the API's own messages: a turn of
 * function responses comes right after a model turn of function calls and has
 * exactly as many parts; on Gemini 3 models the first functionCall part of every
 * model step since the last plain user turn carries a `thoughtSignature`.
 */
function checkTurns(contents: Json[], model: GeminiModelInfo, strictIds: boolean): void {
  contents.forEach((c, i) => {
    if (!hasKind(c, 'functionResponse')) return;
    const prev = contents[i - 1];
    if (!prev || prev.role !== 'model' || !hasKind(prev, 'functionCall')) throw bad('Please ensure that function response turn comes immediately after a function call turn.');
    const calls = partsOf(prev).filter((p) => p.functionCall !== undefined);
    const responses = partsOf(c).filter((p) => p.functionResponse !== undefined);
    if (calls.length !== responses.length) throw bad('Please ensure that the number of function response parts is equal to the number of function call parts of the function call turn.');
    if (strictIds) {
      const ids = calls.map((p) => (p.functionCall as Json).id).filter((x): x is string => typeof x === "string");
      for (const r of responses) {
        const id = (r.functionResponse as Json).id;
        if (ids.length > 0 && !ids.includes(String(id))) throw bad(`switchyard simulator (x-sim-strict-ids): functionResponse id ${JSON.stringify(id ?? null)} matches no functionCall id of the previous turn (${ids.join(', ')})`);
      }
    }
  });
  // Signatures: each provided signature must be intact; Gemini 3 requires them in the current turn.
  for (const c of contents) {
    for (const p of partsOf(c)) if (typeof p.thoughtSignature === 'string' && verifyThoughtSignature(p.thoughtSignature) === undefined) throw bad('Corrupted thought signature.');
  }
  if (!model.gen3) return;
  let start = 0;
  for (let i = contents.length - 1; i >= 0; i--) {
    const c = contents[i] as Json;
    if (c.role !== 'model' && !hasKind(c, 'functionResponse')) {
      start = i;
      break;
    }
  }
  for (let i = start; i < contents.length; i++) {
    const c = contents[i] as Json;
    if (c.role !== 'model') continue;
    const parts = partsOf(c);
    const k = parts.findIndex((p) => p.functionCall !== undefined);
    if (k < 0) continue;
    const first = parts[k] as Json;
    if (typeof first.thoughtSignature !== 'string') {
      const name = String((first.functionCall as Json).name);
      throw bad(
        `Function call is missing a thought_signature in functionCall parts. This is required for tools to work correctly, and missing thought_signature may lead to degraded model performance. Additional data, function call \`default_api:${name}\` , position ${k + 1}. Please refer to https://ai.google.dev/gemini-api/docs/thought-signatures for more details.`,
      );
    }
  }
}

function checkTools(tools: unknown): FunctionDeclaration[] {
  if (tools === undefined) return [];
  if (!Array.isArray(tools)) throw bad("Invalid value at 'tools', expected a list of Tool");
  const out: FunctionDeclaration[] = [];
  tools.forEach((raw: unknown, i: number) => {
    if (!isObj(raw)) throw bad(`Invalid value at 'tools[${i}]', expected an object`);
    const decls = camelKeys(raw).functionDeclarations;
    if (decls === undefined) return;
    if (!Array.isArray(decls)) throw bad(`Invalid value at 'tools[${i}].function_declarations', expected a list`);
    decls.forEach((rawDecl: unknown, j: number) => {
      const at = `tools[${i}].function_declarations[${j}]`;
      if (!isObj(rawDecl)) throw bad(`Invalid value at '${at}', expected an object`);
      const d = camelKeys(rawDecl);
      for (const k of Object.keys(d)) if (!['name', 'description', 'parameters', 'parametersJsonSchema', 'response', 'responseJsonSchema', 'behavior'].includes(k)) throw unknownName(sent(d, k), at);
      if (typeof d.name !== 'string' || !FUNCTION_NAME.test(d.name)) {
        throw bad(`* GenerateContentRequest.${at}.name: Invalid function name. Must start with a letter or an underscore. Must be alphameric (a-z, A-Z, 0-9), underscores (_), dots (.), colons (:), or dashes (-), with a maximum length of 64.`);
      }
      if (d.parameters !== undefined && d.parametersJsonSchema !== undefined) throw bad(`* GenerateContentRequest.${at}: parameters and parameters_json_schema cannot both be set.`);
      out.push({ name: d.name, schema: d.parametersJsonSchema ?? d.parameters });
    });
  });
  return out;
}

/**
 * Validates a generateContent / streamGenerateContent body (also the
 * `generateContentRequest` of countTokens).
 * @param body the parsed JSON object
 * @param model the model of the URL path
 * @param strictIds enforce functionResponse.id ∈ previous functionCall ids (simulator check, header `x-sim-strict-ids`)
 * @throws GeminiHttpError 400 naming the offending field
 */
export function parseGenerateRequest(body: Json, model: GeminiModelInfo, strictIds = false): ParsedRequest {
  body = camelKeys(body);
  for (const k of Object.keys(body)) if (!TOP_LEVEL.has(k)) throw unknownName(sent(body, k), undefined);
  const rawContents = body.contents;
  if (rawContents === undefined || (Array.isArray(rawContents) && rawContents.length === 0)) throw bad('* GenerateContentRequest.contents: contents is not specified');
  if (!Array.isArray(rawContents)) throw bad("Invalid value at 'contents' (type.googleapis.com/google.ai.generativelanguage.v1beta.Content), expected a list");
  const contents = rawContents.map((c: unknown, i: number) => checkContent(c, `contents[${i}]`, false));
  const sys = body.systemInstruction;
  const systemInstruction = sys === undefined ? undefined : checkContent(sys, 'systemInstruction', true);

  const declarations = checkTools(body.tools);
  let callingMode = 'AUTO';
  let allowedFunctionNames: string[] = [];
  const tc = body.toolConfig;
  if (tc !== undefined) {
    if (!isObj(tc)) throw bad("Invalid value at 'tool_config', expected an object");
    const fccRaw = camelKeys(tc).functionCallingConfig;
    if (fccRaw !== undefined) {
      if (!isObj(fccRaw)) throw bad("Invalid value at 'tool_config.function_calling_config', expected an object");
      const fcc = camelKeys(fccRaw);
      if (fcc.mode !== undefined) {
        const mode = String(fcc.mode).toUpperCase();
        if (!['MODE_UNSPECIFIED', 'AUTO', 'ANY', 'NONE', 'VALIDATED'].includes(mode)) throw bad(`Invalid value at 'tool_config.function_calling_config.mode' (type.googleapis.com/google.ai.generativelanguage.v1beta.FunctionCallingConfig.Mode), ${JSON.stringify(fcc.mode)}`);
        callingMode = mode === 'MODE_UNSPECIFIED' ? 'AUTO' : mode;
      }
      if (fcc.allowedFunctionNames !== undefined) {
        if (!Array.isArray(fcc.allowedFunctionNames) || !fcc.allowedFunctionNames.every((n: unknown) => typeof n === 'string')) throw bad("Invalid value at 'tool_config.function_calling_config.allowed_function_names', expected a list of strings");
        allowedFunctionNames = fcc.allowedFunctionNames as string[];
        if (callingMode !== 'ANY' && callingMode !== 'VALIDATED' && allowedFunctionNames.length > 0) throw bad('* GenerateContentRequest.tool_config.function_calling_config.allowed_function_names: allowed_function_names is only allowed when mode is ANY or VALIDATED.');
        for (const n of allowedFunctionNames) if (!declarations.some((d) => d.name === n)) throw bad(`* GenerateContentRequest.tool_config.function_calling_config.allowed_function_names: function name ${JSON.stringify(n)} is not declared in tools.`);
      }
    }
  }
  const ss = body.safetySettings;
  if (ss !== undefined) {
    if (!Array.isArray(ss)) throw bad("Invalid value at 'safety_settings', expected a list");
    ss.forEach((s: unknown, i: number) => {
      if (!isObj(s) || !HARM_CATEGORIES.has(String(s.category))) throw bad(`Invalid value at 'safety_settings[${i}].category' (type.googleapis.com/google.ai.generativelanguage.v1beta.HarmCategory), ${JSON.stringify(isObj(s) ? s.category : s)}`);
      if (!HARM_THRESHOLDS.has(String(s.threshold))) throw bad(`Invalid value at 'safety_settings[${i}].threshold' (type.googleapis.com/google.ai.generativelanguage.v1beta.SafetySetting.HarmBlockThreshold), ${JSON.stringify(s.threshold)}`);
    });
  }

  const gcRaw = body.generationConfig;
  if (gcRaw !== undefined && !isObj(gcRaw)) throw bad("Invalid value at 'generation_config', expected an object");
  const gc: Json = isObj(gcRaw) ? camelKeys(gcRaw) : {};
  for (const k of Object.keys(gc)) if (!GENERATION_CONFIG.has(k)) throw unknownName(sent(gc, k), 'generation_config');
  const intField = (name: string): number | undefined => {
    const v = gc[name];
    if (v === undefined) return undefined;
    if (typeof v !== 'number' || !Number.isInteger(v)) throw bad(`Invalid value at 'generation_config.${snake(name)}' (TYPE_INT32), ${JSON.stringify(v)}`);
    return v;
  };
  const maxOutputTokens = intField('maxOutputTokens');
  if (maxOutputTokens !== undefined && maxOutputTokens < 1) throw bad('* GenerateContentRequest.generation_config.max_output_tokens: max_output_tokens must be positive.');
  const candidateCount = intField('candidateCount');
  if (candidateCount !== undefined && candidateCount !== 1) throw bad('* GenerateContentRequest.generation_config.candidate_count: switchyard simulator answers one candidate only (candidateCount must be 1).');
  for (const f of ['temperature', 'topP', 'presencePenalty', 'frequencyPenalty']) {
    const v = gc[f];
    if (v !== undefined && (typeof v !== 'number' || !Number.isFinite(v))) throw bad(`Invalid value at 'generation_config.${snake(f)}' (TYPE_FLOAT), ${JSON.stringify(v)}`);
  }
  if (typeof gc.temperature === 'number' && (gc.temperature < 0 || gc.temperature > 2)) throw bad('* GenerateContentRequest.generation_config.temperature: temperature must be in the range [0.0, 2.0].');
  intField('topK');
  if (gc.stopSequences !== undefined && (!Array.isArray(gc.stopSequences) || gc.stopSequences.length > 5 || !gc.stopSequences.every((s: unknown) => typeof s === 'string'))) {
    throw bad('* GenerateContentRequest.generation_config.stop_sequences: at most 5 stop sequences (strings) are allowed.');
  }
  const responseMimeType = gc.responseMimeType === undefined ? 'text/plain' : String(gc.responseMimeType);
  if (!MIME_TYPES.has(responseMimeType)) throw bad('* GenerateContentRequest.generation_config.response_mime_type: allowed mimetypes are `text/plain`, `application/json`, `application/xml`, `application/yaml` and `text/x.enum`.');
  const jsonSchema = gc.responseJsonSchema ?? gc._responseJsonSchema;
  if (gc.responseSchema !== undefined && jsonSchema !== undefined) throw bad('* GenerateContentRequest.generation_config: response_schema and response_json_schema cannot both be set.');
  const responseSchema = gc.responseSchema ?? jsonSchema;
  if (responseSchema !== undefined && responseMimeType === 'text/plain') throw bad("* GenerateContentRequest.generation_config.response_mime_type: response_mime_type must be set to 'application/json' or 'text/x.enum' when response_schema is set.");

  let thinking = model.thinking === 'default-on' || model.thinking === 'always';
  let includeThoughts = false;
  const tcfgRaw = gc.thinkingConfig;
  if (tcfgRaw !== undefined) {
    if (!isObj(tcfgRaw)) throw bad("Invalid value at 'generation_config.thinking_config', expected an object");
    const tcfg = camelKeys(tcfgRaw);
    for (const k of Object.keys(tcfg)) if (!['includeThoughts', 'thinkingBudget', 'thinkingLevel'].includes(k)) throw unknownName(sent(tcfg, k), 'generation_config.thinking_config');
    if (model.thinking === 'none' && (tcfg.thinkingBudget !== undefined || tcfg.includeThoughts === true || tcfg.thinkingLevel !== undefined)) throw bad('Thinking is not supported for this model.');
    if (tcfg.thinkingBudget !== undefined && tcfg.thinkingLevel !== undefined) throw bad('You can only set only one of thinking budget and thinking level.');
    if (tcfg.thinkingLevel !== undefined) {
      const level = String(tcfg.thinkingLevel).toUpperCase();
      if (!['THINKING_LEVEL_UNSPECIFIED', 'MINIMAL', 'LOW', 'MEDIUM', 'HIGH'].includes(level)) throw bad(`Invalid value at 'generation_config.thinking_config.thinking_level' (type.googleapis.com/google.ai.generativelanguage.v1beta.ThinkingConfig.ThinkingLevel), ${JSON.stringify(tcfg.thinkingLevel)}`);
      if (!model.gen3) throw bad('Thinking level is not supported for this model.');
    }
    const budget = tcfg.thinkingBudget;
    if (budget !== undefined) {
      if (typeof budget !== 'number' || !Number.isInteger(budget)) throw bad(`Invalid value at 'generation_config.thinking_config.thinking_budget' (TYPE_INT32), ${JSON.stringify(budget)}`);
      if (budget === 0 && model.thinking === 'always') throw bad('Budget 0 is invalid. This model only works in thinking mode.');
      thinking = budget !== 0;
    }
    if (tcfg.includeThoughts !== undefined && typeof tcfg.includeThoughts !== 'boolean') throw bad(`Invalid value at 'generation_config.thinking_config.include_thoughts' (TYPE_BOOL), ${JSON.stringify(tcfg.includeThoughts)}`);
    includeThoughts = tcfg.includeThoughts === true && thinking;
  }

  checkTurns(contents, model, strictIds);
  const cached = body.cachedContent;
  return {
    contents,
    systemInstruction,
    declarations,
    callingMode,
    allowedFunctionNames,
    maxOutputTokens,
    thinking,
    includeThoughts,
    responseMimeType,
    responseSchema,
    cachedContent: typeof cached === 'string' && cached !== '' ? cached : undefined,
  };
}
