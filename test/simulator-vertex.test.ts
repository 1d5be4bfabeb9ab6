/**
 * The simulated Vertex AI of the built-in simulator
 * (runtime/simulator/providers/vertex.ts) proven faithful
 * with Google's and Anthropic's official clients: google-auth-library signs a
 * service-account JWT assertion (throwaway RSA key generated here) that the
 * local token endpoint verifies, and the issued token calls rawPredict;
 * @anthropic-ai/vertex-sdk drives rawPredict, streamRawPredict (SSE),
 * count-tokens, tools and signed thinking; expired/unknown tokens, bad
 * assertions, betas and faults answer in Google's or Anthropic's shape.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { generateKeyPairSync } from 'node:crypto';
import { request } from 'undici';
import { GoogleAuth, type AuthClient } from 'google-auth-library';
import { AnthropicVertex } from '@anthropic-ai/vertex-sdk';
import { SignJWT, importPKCS8 } from 'jose';
import { startSimulator, type Simulator } from '../runtime/simulator/index.ts';
import { GOOGLE_TOKEN_AUDIENCE } from '../runtime/simulator/providers/vertex.ts';

const PROJECT = 'sim-project';
const EMAIL = `vertex-sim@${PROJECT}.iam.gserviceaccount.com`;
const CLOUD_PLATFORM = 'https://www.googleapis.com/auth/cloud-platform';
const MODEL = 'claude-sonnet-4-5@20250929';

function keyPair() {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  return { privatePem: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(), publicKey };
}
const account = keyPair();
const impostor = keyPair();

let sim: Simulator;
const tokenUrl = () => `${sim.url}/token`;
let clock = Date.now();

function serviceAccountJson(privatePem: string) {
  return {
    type: 'service_account',
    project_id: PROJECT,
    private_key_id: 'sim-key-1',
    private_key: privatePem,
    client_email: EMAIL,
    client_id: '100000000000000000001',
    auth_uri: 'https://accounts.google.com/o/oauth2/auth',
    token_uri: tokenUrl(),
    universe_domain: 'googleapis.com',
  };
}

/**
 * google-auth-library ignores a key file's `token_uri` for service accounts (its
 * gtoken posts to https://oauth2.googleapis.com/token unconditionally), so the
 * token request is redirected with a request interceptor on the client's own
 * transporter — the seam a gateway `token_url` override needs too.
 */
async function googleClient(privatePem = account.privatePem, scopes: string[] = [CLOUD_PLATFORM]): Promise<AuthClient> {
  const auth = new GoogleAuth({ credentials: serviceAccountJson(privatePem), scopes });
  const client = await auth.getClient();
  client.transporter.interceptors.request.add({
    resolved: async (cfg) => {
      if (String(cfg.url) === GOOGLE_TOKEN_AUDIENCE) cfg.url = new URL(tokenUrl());
      return cfg;
    },
  });
  return client;
}

beforeAll(async () => {
  sim = await startSimulator({
    vertex: {
      project: PROJECT,
      serviceAccounts: [{ clientEmail: EMAIL, publicKey: account.publicKey, keyId: 'sim-key-1' }],
      accessTokens: ['ya29.static-config-token'],
      betas: ['context-1m-2025-08-07', 'interleaved-thinking-2025-05-14'],
      now: () => clock,
    },
  });
});
afterAll(async () => {
  await sim.close();
});
beforeEach(() => {
  sim.reset();
  clock = Date.now();
});

const predictPath = (model: string, verb = 'rawPredict') => `/v1/projects/${PROJECT}/locations/us-east5/publishers/anthropic/models/${model}:${verb}`; // the SDKs send `@` unescaped
const BODY = { anthropic_version: 'vertex-2023-10-16', max_tokens: 64, messages: [{ role: 'user', content: 'hello' }] };

describe('Vertex token endpoint with google-auth-library', () => {
  it('verifies the RS256 service-account assertion and issues a token that rawPredict accepts', async () => {
    const client = await googleClient();
    const { token } = await client.getAccessToken();
    expect(token).toMatch(/^ya29\.sim\./);
    const tokenReq = sim.requests.find((r) => r.path === '/token');
    const form = new URLSearchParams(tokenReq?.body.toString('utf8'));
    expect(form.get('grant_type')).toBe('urn:ietf:params:oauth:grant-type:jwt-bearer');
    expect(form.get('assertion')?.split('.')).toHaveLength(3);
    // The library's authenticated request (Bearer from the token it obtained) to rawPredict.
    const res = await client.request<{ type: string; content: Array<{ text: string }>; model: string }>({ url: `${sim.url}${predictPath(MODEL)}`, method: 'POST', data: BODY });
    expect(res.status).toBe(200);
    expect(res.data).toMatchObject({ type: 'message', model: 'claude-sonnet-4-5-20250929' });
    expect(res.data.content[0]?.text).toBe('word0 word1 word2 word3 word4 word5 word6 word7');
    expect(sim.requests.at(-1)?.headers.authorization).toBe(`Bearer ${token}`);
  });

  it('an assertion signed with another key is rejected as Invalid JWT Signature', async () => {
    const client = await googleClient(impostor.privatePem);
    const err = await client.getAccessToken().catch((e: Error) => e);
    expect(err).toBeInstanceOf(Error);
    expect((err as Error).message).toBe('invalid_grant: Invalid JWT Signature.');
  });

  it('hand-made assertions: expired, wrong audience, too long-lived, unknown issuer, no scope, bad grant type', async () => {
    const key = await importPKCS8(account.privatePem, 'RS256');
    const now = Math.floor(Date.now() / 1000);
    const jwt = (claims: Record<string, unknown>, iat = now, exp = now + 3600, aud = GOOGLE_TOKEN_AUDIENCE) =>
      new SignJWT({ scope: CLOUD_PLATFORM, ...claims }).setProtectedHeader({ alg: 'RS256', kid: 'sim-key-1' }).setIssuer(EMAIL).setAudience(aud).setIssuedAt(iat).setExpirationTime(exp).sign(key);
    const grant = async (assertion: string, grantType = 'urn:ietf:params:oauth:grant-type:jwt-bearer') => {
      const res = await request(tokenUrl(), { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams({ grant_type: grantType, assertion }).toString() });
      return { status: res.statusCode, body: (await res.body.json()) as { error?: string; error_description?: string; access_token?: string } };
    };
    expect((await grant(await jwt({}))).body.access_token).toMatch(/^ya29\.sim\./);
    // The endpoint's own URL is an accepted audience too (private token endpoints).
    expect((await grant(await jwt({}, now, now + 600, tokenUrl()))).status).toBe(200);
    const expired = await grant(await jwt({}, now - 7200, now - 3600));
    expect(expired).toEqual({ status: 400, body: { error: 'invalid_grant', error_description: expect.stringMatching(/short-lived token \(60 minutes\)/) } });
    expect((await grant(await jwt({}, now, now + 600, 'https://example.invalid/token'))).body.error_description).toMatch(/Failed audience check/);
    expect((await grant(await jwt({}, now, now + 7200))).body.error_description).toMatch(/short-lived/);
    const other = await new SignJWT({ scope: CLOUD_PLATFORM }).setProtectedHeader({ alg: 'RS256' }).setIssuer('nobody@x.iam.gserviceaccount.com').setAudience(GOOGLE_TOKEN_AUDIENCE).setIssuedAt(now).setExpirationTime(now + 600).sign(key);
    expect((await grant(other)).body).toEqual({ error: 'invalid_grant', error_description: 'Invalid grant: account not found' });
    expect((await grant(await jwt({ scope: undefined }))).body.error).toBe('invalid_scope');
    expect((await grant(await jwt({}), 'client_credentials')).body.error).toBe('unsupported_grant_type');
  });
});

describe('Vertex model routes with @anthropic-ai/vertex-sdk', () => {
  async function vertex(): Promise<AnthropicVertex> {
    return new AnthropicVertex({ region: 'us-east5', projectId: PROJECT, baseURL: `${sim.url}/v1`, authClient: await googleClient(), maxRetries: 0 });
  }

  it('messages.create → rawPredict with the body rewritten as Vertex wants it', async () => {
    const client = await vertex();
    const msg = await client.messages.create({ model: MODEL, max_tokens: 64, messages: [{ role: 'user', content: 'hello' }] });
    expect(msg.content[0]).toEqual({ type: 'text', text: 'word0 word1 word2 word3 word4 word5 word6 word7' });
    const rec = sim.requests.at(-1);
    expect(rec?.path).toBe(predictPath(MODEL));
    const sent = JSON.parse(rec?.body.toString('utf8') ?? '{}') as Record<string, unknown>;
    expect(sent.model).toBeUndefined();
    // vertex-sdk 1.x moves its anthropic-version header value into the body (no header is sent).
    expect(sent.anthropic_version).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(rec?.headers['anthropic-version']).toBeUndefined();
  });

  it('streaming → streamRawPredict SSE with thinking (signature) and a tool call', async () => {
    const client = await vertex();
    const stream = client.messages.stream({
      model: MODEL,
      max_tokens: 2048,
      thinking: { type: 'enabled', budget_tokens: 1024 },
      tools: [{ name: 'lookup', input_schema: { type: 'object', properties: { q: { type: 'string' } }, required: ['q'] } }],
      // Thinking cannot be combined with a forced tool_choice (Anthropic's rule, kept by the simulator): the marker picks the tool.
      messages: [{ role: 'user', content: 'find it [sim-tool:lookup:{"q":"sim"}]' }],
    });
    const msg = await stream.finalMessage();
    expect(sim.requests.at(-1)?.path).toBe(predictPath(MODEL, 'streamRawPredict'));
    expect(msg.stop_reason).toBe('tool_use');
    const thinking = msg.content[0];
    expect(thinking?.type).toBe('thinking');
    expect(thinking?.type === 'thinking' && thinking.signature).toBe(Buffer.from(`switchyard-sim-signature:${msg.id}`).toString('base64'));
    expect(msg.content[1]).toMatchObject({ type: 'tool_use', name: 'lookup', input: { q: 'sim' } });
  });

  it('countTokens → count-tokens:rawPredict', async () => {
    const client = await vertex();
    const out = await client.messages.countTokens({ model: MODEL, messages: [{ role: 'user', content: 'hello' }] });
    expect(out.input_tokens).toBeGreaterThan(0);
    expect(sim.requests.at(-1)?.path).toBe(`/v1/projects/${PROJECT}/locations/us-east5/publishers/anthropic/models/count-tokens:rawPredict`);
  });

  it('a beta Vertex does not take is a 400 invalid_request_error; a listed one passes', async () => {
    const client = await vertex();
    const ok = await client.beta.messages.create({ model: MODEL, max_tokens: 16, betas: ['context-1m-2025-08-07'], messages: [{ role: 'user', content: 'x' }] });
    expect(ok.type).toBe('message');
    const err = await client.beta.messages.create({ model: MODEL, max_tokens: 16, betas: ['claude-code-20250219'], messages: [{ role: 'user', content: 'x' }] }).catch((e: unknown) => e);
    expect(err).toMatchObject({ status: 400, error: { type: 'error', error: { type: 'invalid_request_error' } } });
  });

  it('expired and unknown tokens are 401 UNAUTHENTICATED in Google shape; a static token works', async () => {
    const client = await googleClient();
    const { token } = await client.getAccessToken();
    const call = (t: string) => request(`${sim.url}${predictPath(MODEL)}`, { method: 'POST', headers: { authorization: `Bearer ${t}`, 'content-type': 'application/json' }, body: JSON.stringify(BODY) });
    const ok = await call(token as string);
    expect(ok.statusCode).toBe(200);
    await ok.body.dump();
    clock += 3600 * 1000;
    const expired = await call(token as string);
    expect(expired.statusCode).toBe(401);
    expect(expired.headers['www-authenticate']).toMatch(/^Bearer realm="https:\/\/accounts.google.com\/"/);
    expect(await expired.body.json()).toMatchObject({ error: { code: 401, status: 'UNAUTHENTICATED', details: [{ reason: 'ACCESS_TOKEN_EXPIRED' }] } });
    const unknown = await call('ya29.never-issued');
    expect(await unknown.body.json()).toMatchObject({ error: { code: 401, status: 'UNAUTHENTICATED', details: [{ reason: 'ACCESS_TOKEN_TYPE_UNSUPPORTED' }] } });
    const stat = await call('ya29.static-config-token');
    expect(stat.statusCode).toBe(200);
    await stat.body.dump();
    const none = await request(`${sim.url}${predictPath(MODEL)}`, { method: 'POST', body: JSON.stringify(BODY) });
    expect(await none.body.json()).toMatchObject({ error: { code: 401, details: [{ reason: 'CREDENTIALS_MISSING' }] } });
  });

  it('the SDK surfaces an expired token as AuthenticationError (401)', async () => {
    const client = await vertex();
    await client.messages.create({ model: MODEL, max_tokens: 8, messages: [{ role: 'user', content: 'x' }] });
    // The library caches its token by real time; the simulator's clock has moved past its expiry.
    clock += 3600 * 1000;
    const err = await client.messages.create({ model: MODEL, max_tokens: 8, messages: [{ role: 'user', content: 'x' }] }).catch((e: unknown) => e);
    expect(err).toMatchObject({ status: 401, error: { error: { status: 'UNAUTHENTICATED' } } });
    expect((err as Error).constructor.name).toBe('AuthenticationError');
  });

  it('wrong project is 403 PERMISSION_DENIED; body rules answer in Anthropic shape', async () => {
    const client = await googleClient();
    const headers = { ...Object.fromEntries((await client.getRequestHeaders()).entries()), 'content-type': 'application/json' };
    const post = async (path: string, body: unknown) => {
      const res = await request(`${sim.url}${path}`, { method: 'POST', headers, body: JSON.stringify(body) });
      return { status: res.statusCode, body: (await res.body.json()) as Record<string, unknown> };
    };
    const wrong = await post(predictPath(MODEL).replace(PROJECT, 'someone-else'), BODY);
    expect(wrong).toMatchObject({ status: 403, body: { error: { status: 'PERMISSION_DENIED' } } });
    expect(await post(predictPath(MODEL), { ...BODY, model: 'claude-sonnet-4-5' })).toMatchObject({ status: 400, body: { type: 'error', error: { type: 'invalid_request_error', message: 'model: Extra inputs are not permitted' } } });
    const { anthropic_version: _v, ...noVersion } = BODY;
    expect((await post(predictPath(MODEL), noVersion)).body).toMatchObject({ error: { message: 'anthropic_version: Field required' } });
  });

  it('faults: 429 in Google RESOURCE_EXHAUSTED shape, 529 and mid-stream errors in Anthropic shape', async () => {
    const client = await vertex();
    sim.queueFaults(['status:429']);
    const rl = await client.messages.create({ model: MODEL, max_tokens: 8, messages: [{ role: 'user', content: 'x' }] }).catch((e: unknown) => e);
    expect(rl).toMatchObject({ status: 429, error: { error: { code: 429, status: 'RESOURCE_EXHAUSTED' } } });
    const over = await client.messages.create({ model: `${MODEL}?fault=status:529`, max_tokens: 8, messages: [{ role: 'user', content: 'x' }] }).catch((e: unknown) => e);
    expect(over).toMatchObject({ status: 529, error: { type: 'error', error: { type: 'overloaded_error' } } });
    sim.queueFaults(['error-after:2']);
    const stream = client.messages.stream({ model: MODEL, max_tokens: 8, messages: [{ role: 'user', content: 'x' }] });
    const err = await stream.finalMessage().catch((e: unknown) => e);
    expect(err).toMatchObject({ error: { type: 'error', error: { type: 'overloaded_error' } } });
  });
});
