/**
 * Issue 17: the container image and the Kubernetes manifests, checked without
 * a container engine or a cluster.
 *
 * Dockerfile: linted with dockerfile-utils (the Docker language server's
 * validator: syntax, flags, arguments), parsed with dockerfile-ast, and held to
 * the essentials — multi-stage, production dependencies only, a non-root
 * runtime user, HEALTHCHECK on /health, SIGTERM, config from a mounted file;
 * the base image's Node matches the native uWebSockets.js binding shipped; the
 * files it copies are all the runtime loads (every package the runtime imports
 * is a production dependency).
 *
 * deploy/kubernetes/*.yaml: every object validated against the Kubernetes API
 * schemas (kubernetes-models: JSON schemas of Kubernetes 1.27, AJV), then the
 * essentials — probes on /health, terminationGracePeriodSeconds and preStop
 * matching server.shutdown_grace_ms of the ConfigMap's config, PDB / HPA /
 * Service pointing at the Deployment, every ${VAR} of the config supplied by
 * the Secret, the config itself valid (`parseConfig`) with its limits store on
 * the Redis Service, and the kustomization listing the files.
 */
import { describe, it, expect } from 'vitest';
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseAllDocuments } from 'yaml';
import { validate as lintDockerfile } from 'dockerfile-utils';
import { DockerfileParser, type Instruction } from 'dockerfile-ast';
import { ConfigMap, Secret, Service } from 'kubernetes-models/v1';
import { Deployment } from 'kubernetes-models/apps/v1';
import { PodDisruptionBudget } from 'kubernetes-models/policy/v1';
import { HorizontalPodAutoscaler } from 'kubernetes-models/autoscaling/v2';
import { parseConfig } from '../runtime/config/index.ts';

const ROOT = new URL('..', import.meta.url).pathname;
const read = (p: string) => readFileSync(join(ROOT, p), 'utf8');

describe('Dockerfile', () => {
  const text = read('Dockerfile');
  const df = DockerfileParser.parse(text);
  const instructions = df.getInstructions();
  const froms = df.getFROMs();
  const stageOf = (i: Instruction) => froms.filter((f) => f.getRange().start.line <= i.getRange().start.line).length - 1;
  const inStage = (n: number, kw: string) => instructions.filter((i) => stageOf(i) === n && i.getKeyword() === kw);
  const last = froms.length - 1;

  it('lints clean (dockerfile-utils)', () => {
    expect(lintDockerfile(text).map((d) => `line ${d.range.start.line + 1}: ${d.message}`)).toEqual([]);
  });

  it('is multi-stage: production dependencies built in one stage, copied into the runtime stage', () => {
    expect(froms.map((f) => f.getBuildStage())).toEqual(['build', 'runtime']);
    expect(inStage(0, 'RUN').map((i) => i.getArgumentsContent()).join('\n')).toMatch(/npm ci --omit=dev/);
    const copies = inStage(last, 'COPY');
    expect(copies.map((c) => c.getArgumentsContent())).toEqual(['/app /app']);
    expect(text).toMatch(/COPY --from=build \/app \/app/);
  });

  it('runs as a non-root user, health-checks /health, stops on SIGTERM, reads its config from a mounted file', () => {
    const user = inStage(last, 'USER').map((u) => u.getArgumentsContent());
    expect(user).toHaveLength(1);
    expect(user[0]).not.toMatch(/^(root|0)(:|$)/);
    const hc = inStage(last, 'HEALTHCHECK');
    expect(hc).toHaveLength(1);
    expect(text).toMatch(/SWITCHYARD_HEALTH_URL=http:\/\/127\.0\.0\.1:4000\/health/);
    expect(hc[0]!.getArgumentsContent()).toContain('process.env.SWITCHYARD_HEALTH_URL');
    expect(inStage(last, 'STOPSIGNAL').map((s) => s.getArgumentsContent())).toEqual(['SIGTERM']);
    expect(inStage(last, 'ENV').map((e) => e.getArgumentsContent()).join(' ')).toMatch(/SWITCHYARD_CONFIG=\/etc\/switchyard\/gateway\.yaml/);
    expect(inStage(last, 'ENTRYPOINT').map((e) => e.getArgumentsContent())).toEqual(['["node", "bin/switchyard.mjs"]']);
  });

  it("the base image's Node has a native uWebSockets.js binding in the pinned package", () => {
    const arg = /ARG NODE_IMAGE=node:(\d+)-/.exec(text);
    expect(arg).not.toBeNull();
    const abi = ({ 18: 108, 20: 115, 22: 127, 24: 137 } as Record<string, number>)[arg![1]!];
    expect(abi, `Node ${arg![1]}`).toBeDefined();
    for (const a of ['x64', 'arm64']) expect(existsSync(join(ROOT, `node_modules/uWebSockets.js/binaries/uws_linux_${a}_${abi}.node`)), `linux ${a} ABI ${abi}`).toBe(true);
  });

  it('copies everything the runtime loads, and the runtime needs only production dependencies', () => {
    const copied = inStage(0, 'COPY').flatMap((c) => c.getArguments().slice(0, -1).map((a) => a.getValue()));
    for (const need of ['package.json', 'package-lock.json', 'bin', 'generated', 'runtime', 'scripts/build.ts']) expect(copied).toContain(need);
    // The compiled runtime is built in the image (npm run build), after the sources are there.
    expect(inStage(0, 'RUN').map((i) => i.getArgumentsContent()).join('\n')).toMatch(/npm ci --omit=dev --ignore-scripts[\s\S]*npm run build/);
    for (const p of copied) expect(existsSync(join(ROOT, p)), p).toBe(true);
    // Every bare import in bin/, runtime/ and generated/ is a dependency (not a devDependency), or node's own.
    const pkg = JSON.parse(read('package.json')) as { dependencies: Record<string, string> };
    const files = (dir: string): string[] =>
      readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? files(join(dir, d.name)) : /\.(ts|mjs|js)$/.test(d.name) ? [join(dir, d.name)] : []));
    const missing = new Set<string>();
    for (const f of [...files('bin'), ...files('runtime'), ...files('generated')]) {
      for (const m of read(f).matchAll(/(?:^|\n)\s*(?:import|export)\s(?!type\s)[^'"]*?from\s+['"]([^'"./][^'"]*)['"]|import\(\s*['"]([^'"./][^'"]*)['"]\s*\)/g)) {
        const spec = (m[1] ?? m[2]) as string;
        if (spec.startsWith('node:')) continue;
        const name = spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : (spec.split('/')[0] as string);
        if (!(name in pkg.dependencies)) missing.add(`${name} (${f})`);
      }
    }
    expect([...missing]).toEqual([]);
    // The build context leaves out node_modules and what the image does not need.
    expect(read('.dockerignore').split('\n')).toEqual(expect.arrayContaining(['node_modules', '.git', 'test']));
  });
});

describe('Kubernetes manifests (deploy/kubernetes)', () => {
  const dir = 'deploy/kubernetes';
  const files = readdirSync(join(ROOT, dir)).filter((f) => f.endsWith('.yaml') && f !== 'kustomization.yaml').sort();
  const objects = files.flatMap((f) => parseAllDocuments(read(join(dir, f))).map((d, i) => ({ file: f, index: i, obj: d.toJS() as Record<string, any> })));
  const MODELS: Record<string, new (o: any) => { validate(): void }> = {
    'v1/ConfigMap': ConfigMap,
    'v1/Secret': Secret,
    'v1/Service': Service,
    'apps/v1/Deployment': Deployment,
    'policy/v1/PodDisruptionBudget': PodDisruptionBudget,
    'autoscaling/v2/HorizontalPodAutoscaler': HorizontalPodAutoscaler,
  };
  const find = (kind: string, name: string): Record<string, any> => {
    const o = objects.find((x) => x.obj.kind === kind && x.obj.metadata?.name === name);
    if (!o) throw new Error(`deploy/kubernetes: no ${kind} ${name}`);
    return o.obj;
  };

  it('every object is valid against the Kubernetes API schema of its kind', () => {
    expect(objects.length).toBeGreaterThanOrEqual(8);
    const problems: string[] = [];
    for (const { file, index, obj } of objects) {
      const Model = MODELS[`${obj.apiVersion}/${obj.kind}`];
      if (!Model) {
        problems.push(`${file}#${index}: no schema for ${obj.apiVersion} ${obj.kind}`);
        continue;
      }
      try {
        new Model(obj).validate();
      } catch (e) {
        problems.push(`${file}#${index} ${obj.kind}/${obj.metadata?.name}: ${(e as Error).message}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('the schema validation catches a broken manifest (the check can fail)', () => {
    const d = structuredClone(find('Deployment', 'switchyard'));
    d.spec.replicas = 'three';
    delete d.spec.selector;
    expect(() => new Deployment(d).validate()).toThrow(/replicas|selector/);
  });

  const gw = find('Deployment', 'switchyard');
  const pod = gw.spec.template.spec;
  const container = pod.containers[0];
  const cfgText = find('ConfigMap', 'switchyard-config').data['gateway.yaml'] as string;
  const secretKeys = Object.keys(find('Secret', 'switchyard-secrets').stringData);

  it("the ConfigMap's config is valid, with every ${VAR} from the Secret and the limits store on the Redis Service", () => {
    const vars = [...cfgText.matchAll(/\$\{([A-Z0-9_]+)/g)].map((m) => m[1] as string);
    expect(vars.length).toBeGreaterThan(0);
    for (const v of vars) expect(secretKeys, v).toContain(v);
    expect(container.envFrom).toEqual([{ secretRef: { name: 'switchyard-secrets' } }]);
    const cfg = parseConfig(cfgText, Object.fromEntries(secretKeys.map((k) => [k, `test-${k.toLowerCase()}`])));
    expect(cfg.warnings).toEqual([]);
    const redis = find('Service', 'switchyard-redis');
    expect(cfg.limits.store).toBe(`redis://${redis.metadata.name}:${redis.spec.ports[0].port}/0`);
    expect(cfg.server.host).toBe('0.0.0.0');
    // The config is mounted where the container is told to read it.
    const mount = container.volumeMounts.find((m: any) => m.name === 'config');
    expect(container.args).toEqual(['start', '--config', `${mount.mountPath}/gateway.yaml`]);
    expect(pod.volumes.find((v: any) => v.name === 'config').configMap.name).toBe('switchyard-config');
    expect(container.ports.find((p: any) => p.name === 'http').containerPort).toBe(cfg.server.port);
  });

  it('probes on /health; terminationGracePeriodSeconds and preStop match server.shutdown_grace_ms', () => {
    for (const probe of ['readinessProbe', 'livenessProbe', 'startupProbe']) {
      expect(container[probe].httpGet, probe).toEqual({ path: '/health', port: 'http' });
    }
    const cfg = parseConfig(cfgText, Object.fromEntries(secretKeys.map((k) => [k, 'x'])));
    const preStop = container.lifecycle.preStop.exec.command as string[];
    expect(preStop[0]).toBe('sleep');
    const sleepS = Number(preStop[1]);
    expect(sleepS).toBeGreaterThanOrEqual(pod.containers[0].readinessProbe.periodSeconds);
    // The pod must outlive preStop + the gateway's drain, with a margin, or Kubernetes kills streams mid-drain.
    const needed = sleepS + Math.ceil(cfg.server.shutdownGraceMs / 1000);
    expect(pod.terminationGracePeriodSeconds).toBeGreaterThan(needed);
    expect(pod.terminationGracePeriodSeconds).toBeLessThanOrEqual(needed + 10);
    expect(pod.securityContext.runAsNonRoot).toBe(true);
    expect(gw.spec.strategy.rollingUpdate.maxUnavailable).toBe(0);
  });

  it('the PodDisruptionBudget, HPA and Service select the gateway Deployment', () => {
    const labels = gw.spec.template.metadata.labels;
    expect(gw.spec.selector.matchLabels).toEqual(labels);
    const pdb = find('PodDisruptionBudget', 'switchyard');
    expect(pdb.spec.selector.matchLabels).toEqual(labels);
    const hpa = find('HorizontalPodAutoscaler', 'switchyard');
    expect(hpa.spec.scaleTargetRef).toEqual({ apiVersion: 'apps/v1', kind: 'Deployment', name: gw.metadata.name });
    expect(hpa.spec.minReplicas).toBeGreaterThanOrEqual(2);
    expect(container.resources.requests.cpu).toBeDefined(); // utilization needs a request
    expect(find('Service', 'switchyard').spec.selector).toEqual(labels);
    const redisDeploy = find('Deployment', 'switchyard-redis');
    expect(find('Service', 'switchyard-redis').spec.selector).toEqual(redisDeploy.spec.template.metadata.labels);
  });

  it('kustomization.yaml lists every manifest but the placeholder Secret', () => {
    const k = parseAllDocuments(read(join(dir, 'kustomization.yaml')))[0]!.toJS() as { resources: string[] };
    expect([...k.resources].sort()).toEqual(files.filter((f) => f !== 'secret.yaml'));
  });
});
