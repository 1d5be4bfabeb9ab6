/**
 * Emits generated/docs/capabilities.md and generated/docs/capabilities.html:
 * per provider the upstream paths, supported capabilities, unsupported route
 * types and model catalog; the ingress paths; translation coverage per format
 * pair. Both renderings come from one document model so they cannot disagree.
 *
 * HTML contract (checked by a browser test): each provider is a
 * `<section id="provider-<type>">` whose tables carry `data-table="upstream-paths"`,
 * `data-table="capabilities"`, `data-table="unsupported"` and `data-table="models"`;
 * translations live in `<section id="translations">`. No JavaScript.
 */
import { PROVIDERS } from '../../specs/providers/index.ts';
import { INGRESS_PATHS } from '../../specs/route-types.ts';
import { TRANSLATIONS } from '../../specs/translation.ts';
import { providerTypes } from './capabilities.ts';
import { byString, escapeHtml, escapeMdCell, GENERATED_NOTICE } from './util.ts';

interface Table {
  /** Value of the HTML `data-table` attribute. */
  id: string;
  caption: string;
  headers: string[];
  rows: string[][];
  /** Shown instead of an empty table. */
  empty: string;
}
interface Section {
  /** HTML section id. */
  id: string;
  title: string;
  /** Paragraphs (plain text). */
  intro: string[];
  /** Definition list (term, value). */
  facts: [string, string][];
  tables: Table[];
  subsections: Section[];
}

const yesNo = (b: boolean): string => (b ? 'yes' : 'no');
const list = (xs: readonly string[], none = '—'): string => (xs.length ? xs.join(', ') : none);
const lines = (xs: readonly string[], none = 'none'): string => (xs.length ? xs.join('\n') : none);

/**
 * The dialect of a provider spec as facts (specs/capability.ts `Dialect`);
 * every field shown, with the reference behaviour of the native format when
 * the spec leaves it out.
 */
function dialectFacts(d: NonNullable<(typeof PROVIDERS)[string]['dialect']>): Array<[string, string]> {
  const renamed = Object.entries(d.renamedParams ?? {}).map(([a, b]) => `${a} → ${b}`);
  const ids = d.toolCallId ? [d.toolCallId.maxLength !== undefined ? `at most ${d.toolCallId.maxLength} characters` : '', d.toolCallId.pattern ? `matching \`${d.toolCallId.pattern}\`` : ''].filter(Boolean).join(', ') : 'any';
  return [
    ['Max-tokens field', d.maxTokensField ?? 'max_completion_tokens'],
    ['Reasoning field', d.reasoningField ?? 'none named (reasoning_content or reasoning read when present)'],
    ['Rejected parameters', list(d.rejectedParams ?? [], 'none')],
    ['Renamed parameters', list(renamed, 'none')],
    ['Stream usage (`stream_options.include_usage`)', d.streamUsage === false ? 'not honoured: streams carry no usage' : 'honoured'],
    ['Tool-call ids', ids],
  ];
}

/** The provider's `anthropic-beta` policy as facts (specs/capability.ts `AnthropicBetas`). */
function betaFacts(b: (typeof PROVIDERS)[string]['betas']): Array<[string, string]> {
  if (!b) return [];
  const how = b.transport === 'header' ? '`anthropic-beta` header' : 'body array `anthropic_beta` (from the caller\'s `anthropic-beta` header)';
  const out: Array<[string, string]> = [
    ['Anthropic betas: transport', how],
    ['Anthropic betas: accepted', b.accepted === 'all' ? (b.transport === 'header' ? 'all (the caller\'s header is forwarded byte for byte)' : 'all') : list(b.accepted)],
  ];
  const renamed = Object.entries(b.renamed ?? {});
  if (renamed.length) out.push(['Anthropic betas: renamed', renamed.map(([from, to]) => `${from} → ${to}`).join(', ')]);
  if (b.accepted !== 'all') {
    out.push(['Anthropic betas: others', `semantic loss (400 naming the beta): ${list(b.semantic, 'none')}; any other value: advisory (dropped, named in x-switchyard-degraded as anthropic-beta:<value>)`]);
  }
  out.push(['Anthropic betas: source', b.source]);
  return out;
}

type Models = (typeof PROVIDERS)[string]['models'];

/**
 * The Claude catalog columns (specs/models/claude.ts), for providers whose
 * models describe them: what each model takes (thinking types, effort levels,
 * 1-hour cache TTL) and its lifecycle on this upstream. None for other providers.
 */
function claudeTables(models: Models): Table[] {
  const described = models.filter((m) => m.thinkingTypes !== undefined || m.lifecycleDetail !== undefined);
  if (described.length === 0) return [];
  return [
    {
      id: 'model-capabilities',
      caption: 'Model capabilities (requests a model cannot take are adapted or rejected before the call: runtime/routing/model-fit.ts)',
      headers: ['Model id', 'Anthropic id', 'thinking.type accepted', 'output_config.effort levels', '1-hour cache TTL', 'Max output (tokens)', 'Input modalities'],
      rows: described.map((m) => [
        m.id, m.canonicalId ?? m.id, list(m.thinkingTypes ?? [], 'not described'),
        m.effortLevels === undefined ? 'not described' : list(m.effortLevels, 'none (no effort parameter)'),
        m.cacheTtl1h === undefined ? 'not described' : yesNo(m.cacheTtl1h), String(m.maxOutputTokens), m.inputModalities.join(', '),
      ]),
      empty: 'No catalog entries.',
    },
    {
      id: 'model-lifecycle',
      caption: 'Model lifecycle on this upstream (aliases that target a deprecated or retired model draw a start-up warning)',
      headers: ['Model id', 'Status', 'Released', 'Deprecated', 'Retires', 'Replacement', 'Note', 'Source'],
      rows: described.map((m) => {
        const l = m.lifecycleDetail;
        return l
          ? [m.id, l.status, l.released ?? '—', l.deprecated ?? '—', l.retires ?? '—', l.replacement ?? '—', l.note ?? '', l.source]
          : [m.id, 'not described', '—', '—', '—', '—', '', ''];
      }),
      empty: 'No catalog entries.',
    },
  ];
}

function providerSection(type: string): Section {
  const p = PROVIDERS[type]!;
  const upstream = new Map<string, { method: string; path: string; routeTypes: Set<string>; caps: string[]; streaming: boolean }>();
  for (const c of p.capabilities) {
    const key = `${c.method} ${c.upstreamPath}`;
    const u = upstream.get(key) ?? { method: c.method, path: c.upstreamPath, routeTypes: new Set<string>(), caps: [], streaming: false };
    u.routeTypes.add(c.routeType);
    u.caps.push(c.name);
    u.streaming ||= c.streaming;
    upstream.set(key, u);
  }
  return {
    id: `provider-${type}`,
    title: `${p.displayName} (\`${type}\`)`,
    intro: [],
    facts: [
      ['Base URL', p.baseUrl ?? 'none: `providers.<name>.base_url` is required'],
      ['Native format', p.nativeFormat],
      ['Auth header', p.auth ? `${p.auth.header}: ${p.auth.prefix}<provider key>` : 'none (no provider key is sent)'],
      ['Version header', p.versionHeader ? `${p.versionHeader.name} (default ${p.versionHeader.default}; accepted ${p.versionHeader.accepted.join(', ')})` : 'none'],
      ['Request id header', p.requestIdHeader],
      ['Forwarded caller headers', list(p.forwardHeaders)],
      ...Object.entries(p.configOptions ?? {}).map(([name, o]): [string, string] => [
        `Config \`${name}\``,
        `${o.description}${o.required ? ' Required.' : o.default ? ` Default \`${o.default}\`.` : ' Optional.'}${o.secret ? ' Secret (never shown).' : ''}`,
      ]),
      // Dialect facts describe OpenAI Chat Completions quirks; other native formats have none to show.
      ...(p.nativeFormat === 'openai-chat' ? dialectFacts(p.dialect ?? {}) : []),
      ...betaFacts(p.betas),
      ['API docs', p.docs],
    ],
    tables: [
      {
        id: 'upstream-paths',
        caption: 'Upstream paths',
        headers: ['Method', 'Upstream path', 'Full URL', 'Route types', 'Capabilities', 'Streaming'],
        rows: [...upstream.values()].map((u) => [u.method, u.path, `${p.baseUrl ?? '<base_url>'}${u.path}`, [...u.routeTypes].join(', '), u.caps.join(', '), yesNo(u.streaming)]),
        empty: 'No upstream paths.',
      },
      {
        id: 'capabilities',
        caption: 'Supported capabilities',
        headers: ['Capability', 'Route type', 'Method', 'Upstream path', 'Streaming', 'Model example', 'Min version', 'Native formats', 'Translated formats', 'Native-format limitations', 'Statistics logging', 'Statistics-logging limitations'],
        rows: p.capabilities.map((c) => [
          c.name, c.routeType, c.method, c.upstreamPath, yesNo(c.streaming), c.modelExample, c.minVersion,
          list(c.nativeFormats), c.nativeOnly ? 'none (native only)' : list(c.translatedFormats, 'none'),
          lines(c.nativeFormatLimitations), c.usageReported ? 'usage reported' : 'no usage', lines(c.statisticsLimitations),
        ]),
        empty: 'No capabilities.',
      },
      {
        id: 'unsupported',
        caption: 'Unsupported route types',
        headers: ['Route type', 'Reason'],
        rows: p.unsupported.map((u) => [u.routeType, u.reason]),
        empty: 'Every route type is supported.',
      },
      {
        id: 'models',
        caption: 'Model catalog',
        headers: ['Model id', 'Name', 'Context window (tokens)', 'Max output (tokens)', 'Input modalities', 'Thinking', 'Prompt + max_tokens over the window', 'Lifecycle'],
        rows: p.models.map((m) => [
          m.id, m.displayName, String(m.contextWindow), String(m.maxOutputTokens), m.inputModalities.join(', '), yesNo(m.thinking),
          m.stopsAtWindow ? 'accepted, stops at the window (gateway checks the prompt only)' : 'rejected (by the gateway before the upstream call)',
          m.lifecycle ?? '—',
        ]),
        empty: 'No catalog entries: any model the upstream serves is routed, and no context window is checked.',
      },
      ...claudeTables(p.models),
      {
        id: 'prices',
        caption: 'Model prices (USD per million tokens; override with providers.NAME.pricing)',
        headers: ['Model id', 'Input', 'Output', 'Cache read', 'Cache write 5m', 'Cache write 1h', 'Batch', 'Long context', 'As of', 'Source'],
        rows: p.models.map((m) => {
          const pr = m.pricing;
          if (!pr) return [m.id, 'unpriced', '—', '—', '—', '—', '—', '—', '—', '—'];
          const usd = (v: number | undefined) => (v === undefined ? '—' : `$${v}`);
          const lc = pr.longContext;
          return [
            m.id, usd(pr.input), usd(pr.output), usd(pr.cacheRead), usd(pr.cacheWrite5m), usd(pr.cacheWrite1h),
            pr.batchDiscount ? `${Math.round(pr.batchDiscount * 100)} % off input and output` : '—',
            lc ? `prompt > ${lc.thresholdTokens}: ${usd(lc.input)} / ${usd(lc.output)}` : '—',
            pr.date, pr.source,
          ];
        }),
        empty: 'No catalog entries.',
      },
    ],
    subsections: [],
  };
}

function ingressSection(): Section {
  return {
    id: 'ingress-paths',
    title: 'Ingress paths',
    intro: ['Paths the gateway listens on. Query strings are ignored for matching; `:id` matches one path segment. The `anthropic` listener (server.anthropic_port) serves the Anthropic API at the root only.'],
    facts: [],
    tables: [{
      id: 'ingress-paths',
      caption: 'Ingress paths',
      headers: ['Method', 'Path', 'Route type', 'Operation', 'Ingress format', 'Listeners', 'Model in body', 'Description'],
      rows: INGRESS_PATHS.map((r) => [r.method, r.path, r.routeType, r.operation, r.ingressFormat, r.listeners.join(', '), yesNo(r.modelInBody), r.description]),
      empty: 'No ingress paths.',
    }],
    subsections: [],
  };
}

function translationSection(): Section {
  const pairs = [...TRANSLATIONS].sort((a, b) => byString(`${a.from} ${a.to} ${a.routeType}`, `${b.from} ${b.to} ${b.routeType}`));
  // Formats with mappers but no ingress path (callers cannot speak them) or no provider type (no upstream speaks them) yet.
  const served = (f: string) => INGRESS_PATHS.some((r) => r.ingressFormat === f);
  const spoken = (f: string) => Object.values(PROVIDERS).some((p) => p.nativeFormat === f);
  const formats = [...new Set(pairs.flatMap((t) => [t.from, t.to]))].sort(byString);
  const notYet = formats
    .filter((f) => !served(f) || !spoken(f))
    .map((f) => `${f}: ${!served(f) && !spoken(f) ? 'no ingress paths and no provider type yet' : !served(f) ? 'no ingress paths yet' : 'no provider type yet'}`);
  return {
    id: 'translations',
    title: 'Translation coverage',
    intro: pairs.length
      ? [
          'What each translation maps between an ingress format and an upstream format: the caller\'s request is decoded into the translation IR by its format\'s mapper and encoded by the upstream format\'s mapper (runtime/formats/<format>/mapper.ts), and back for responses, streams and errors. Passthrough (same format) never goes through the IR.',
          ...(notYet.length
            ? [`Mapper-only formats (translation rows below are ready, but not reachable until the routes and provider types exist): ${notYet.join('; ')}.`]
            : []),
          'Loss report: every field or block the upstream cannot carry is listed below with its loss class. advisory: dropping it does not change what the caller relies on; semantic: it does. The model alias\'s unsupported_params decides: reject (default) drops advisory losses, naming them in the response header x-switchyard-degraded, and answers 400 naming a semantic one; drop drops both (x-switchyard-dropped-params lists every dropped field); strict answers 400 for both.',
        ]
      : ['No translations declared yet (specs/translation.ts TRANSLATIONS is empty): every route is served only in the provider\'s native format (passthrough).'],
    facts: [],
    tables: [],
    subsections: pairs.map((t) => ({
      id: `translation-${t.from}-${t.to}-${t.routeType.replace(/[^a-z0-9]+/g, '-')}`,
      title: `${t.from} → ${t.to} (${t.routeType})`,
      intro: [`Mappers: ${t.transcoder.split(' → ').map((f) => `runtime/${f}`).join(' → ')}`],
      facts: [],
      tables: [
        { id: 'translation-request', caption: 'Request mapping', headers: [`${t.from} field`, `${t.to} field`, 'Note'], rows: t.request.map((m) => [m.field, m.to, m.note ?? '']), empty: 'No request mappings declared.' },
        { id: 'translation-response', caption: 'Response mapping', headers: ['Field', 'Maps to', 'Note'], rows: t.response.map((m) => [m.field, m.to, m.note ?? '']), empty: 'No response mappings declared.' },
        { id: 'translation-unsupported', caption: 'Losses (fields and blocks the upstream cannot carry)', headers: ['Field', 'Loss class', 'Reason'], rows: t.unsupported.map((u) => [u.field, u.loss, u.reason]), empty: 'None.' },
      ],
      subsections: [],
    })),
  };
}

/** The whole document model. */
function model(): Section[] {
  return [...providerTypes().map(providerSection), ingressSection(), translationSection()];
}

const TITLE = 'Switchyard capability matrix';
const INTRO = 'Which route types each provider serves, on which upstream paths, in which formats, with which limitations; the model catalog; the ingress paths; and translation coverage.';

// ---------------------------------------------------------------- Markdown

/** Inline code spans written as `x` in the model stay code in Markdown. */
function mdTable(t: Table): string {
  if (t.rows.length === 0) return `_${t.empty}_\n`;
  const head = `| ${t.headers.map(escapeMdCell).join(' | ')} |`;
  const sep = `| ${t.headers.map(() => '---').join(' | ')} |`;
  const body = t.rows.map((r) => `| ${r.map(escapeMdCell).join(' | ')} |`).join('\n');
  return `${head}\n${sep}\n${body}\n`;
}

function mdSection(s: Section, level: number): string {
  const out: string[] = [`${'#'.repeat(level)} ${s.title}`, ''];
  for (const p of s.intro) out.push(p, '');
  if (s.facts.length) {
    for (const [k, v] of s.facts) out.push(`- **${k}:** ${v.replace(/</g, '&lt;')}`);
    out.push('');
  }
  for (const t of s.tables) out.push(`${'#'.repeat(level + 1)} ${t.caption}`, '', mdTable(t));
  for (const sub of s.subsections) out.push(mdSection(sub, level + 1));
  return out.join('\n');
}

/** generated/docs/capabilities.md */
export function renderMarkdown(): string {
  const sections = model();
  return `<!-- ${GENERATED_NOTICE} -->
<!-- Source: specs/providers/*.ts, specs/route-types.ts, specs/translation.ts. Renderer: scripts/gen/docs.ts. -->

# ${TITLE}

${INTRO}

${sections.map((s) => mdSection(s, 2)).join('\n')}`.replace(/\n{3,}/g, '\n\n').trimEnd() + '\n';
}

// ---------------------------------------------------------------- HTML

/** Escape, then turn `code` spans and newlines into markup. */
function htmlText(s: string): string {
  return escapeHtml(s).replace(/`([^`]+)`/g, '<code>$1</code>').replace(/\n/g, '<br>');
}

function htmlTable(t: Table, indent: string): string {
  if (t.rows.length === 0) return `${indent}<h4>${htmlText(t.caption)}</h4>\n${indent}<p class="empty" data-table="${escapeHtml(t.id)}">${htmlText(t.empty)}</p>\n`;
  const head = t.headers.map((h) => `<th scope="col">${htmlText(h)}</th>`).join('');
  const rows = t.rows.map((r) => `${indent}    <tr>${r.map((c) => `<td>${htmlText(c)}</td>`).join('')}</tr>`).join('\n');
  return `${indent}<h4>${htmlText(t.caption)}</h4>
${indent}<div class="scroll"><table data-table="${escapeHtml(t.id)}">
${indent}  <thead><tr>${head}</tr></thead>
${indent}  <tbody>
${rows}
${indent}  </tbody>
${indent}</table></div>
`;
}

function htmlSection(s: Section, level: number, indent: string): string {
  const h = `h${Math.min(level, 6)}`;
  let out = `${indent}<section id="${escapeHtml(s.id)}">\n${indent}  <${h}>${htmlText(s.title)}</${h}>\n`;
  for (const p of s.intro) out += `${indent}  <p>${htmlText(p)}</p>\n`;
  if (s.facts.length) {
    out += `${indent}  <dl>\n${s.facts.map(([k, v]) => `${indent}    <dt>${htmlText(k)}</dt><dd>${htmlText(v)}</dd>`).join('\n')}\n${indent}  </dl>\n`;
  }
  for (const t of s.tables) out += htmlTable(t, `${indent}  `);
  for (const sub of s.subsections) out += htmlSection(sub, level + 1, `${indent}  `);
  return `${out}${indent}</section>\n`;
}

const CSS = `
  :root { color-scheme: light dark; --border: #8884; --head: #8881; }
  body { font: 15px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; margin: 0 auto; padding: 1rem 2rem 4rem; max-width: 96rem; }
  h1 { margin-bottom: .25rem; }
  h2 { border-bottom: 1px solid var(--border); padding-bottom: .25rem; margin-top: 2.5rem; }
  h4 { margin: 1.5rem 0 .5rem; }
  nav ul { padding-left: 1.2rem; }
  code { font: 13px ui-monospace, SFMono-Regular, Menlo, monospace; background: var(--head); padding: 0 .2em; border-radius: 3px; }
  .scroll { overflow-x: auto; }
  table { border-collapse: collapse; font-size: 14px; }
  th, td { border: 1px solid var(--border); padding: .3rem .55rem; text-align: left; vertical-align: top; }
  thead th { background: var(--head); position: sticky; top: 0; }
  tbody tr:nth-child(even) { background: #8880a; }
  dl { display: grid; grid-template-columns: max-content 1fr; gap: .15rem 1rem; }
  dt { font-weight: 600; }
  dd { margin: 0; }
  .empty { font-style: italic; }
  footer { margin-top: 3rem; font-size: 13px; opacity: .7; }
`;

/** generated/docs/capabilities.html */
export function renderHtml(): string {
  const sections = model();
  const nav = sections.map((s) => `      <li><a href="#${escapeHtml(s.id)}">${htmlText(s.title)}</a></li>`).join('\n');
  return `<!DOCTYPE html>
<!-- ${GENERATED_NOTICE} -->
<!-- Source: specs/providers/*.ts, specs/route-types.ts, specs/translation.ts. Renderer: scripts/gen/docs.ts. -->
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>${escapeHtml(TITLE)}</title>
  <style>${CSS}  </style>
</head>
<body>
  <header>
    <h1>${escapeHtml(TITLE)}</h1>
    <p>${htmlText(INTRO)}</p>
    <nav><ul>
${nav}
    </ul></nav>
  </header>
  <main>
${sections.map((s) => htmlSection(s, 2, '    ')).join('')}  </main>
  <footer>${escapeHtml(GENERATED_NOTICE)}</footer>
</body>
</html>
`;
}
