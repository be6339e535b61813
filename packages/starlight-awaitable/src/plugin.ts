/**
 * Awaitable as a Starlight plugin: everything a site needs to run lessons with graded asyncio exercises in the
 * reader's browser. Add it to a Starlight site with `starlight({ plugins: [awaitable({ lessons: '…' })] })`; it
 * wires the components' overrides (Head: the early Python worker; Sidebar: solved marks; SkipLink), the course
 * order route middleware, the /playground/ and /progress/ pages, the Vite settings the runtime worker and Monaco need, a strict Content-Security-Policy,
 * and, at build time, Pyodide's files, the memory snapshot, the recorded runs and the service worker.
 */
import type { StarlightPlugin } from '@astrojs/starlight/types';
import type { AstroIntegration, AstroUserConfig } from 'astro';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cspInlineHashes } from './build/csp-inline-hashes.mjs';
import { lessonFiles } from './build/lesson-files-plugin.mjs';
import { monacoCssAsJs } from './build/monaco-css-plugin.mjs';
import { pyodideVersion, snapshotId } from './runtime/node/snapshot-files.ts';
import { snapshotFileName } from './runtime/snapshot.ts';

export interface AwaitableOptions {
  /**
   * The lessons folder, relative to the site's root: one folder per lesson (index.mdx, its programs, its exercise
   * folders). Its last part must be `lessons`, as lesson pages are found by their `/lessons/<lesson>/` URL.
   * Default `content/lessons`.
   */
  lessons?: string;
}

const PACKAGE = 'starlight-awaitable';
const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/** The strict policy: nothing may be fetched from or sent to another origin; WebAssembly may compile. */
const CSP = {
  algorithm: 'SHA-256',
  directives: [
    "default-src 'self'",
    "connect-src 'self'",
    "img-src 'self' data:",
    "font-src 'self' data:",
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ],
  // WebAssembly compilation (Pyodide, esbuild) needs 'wasm-unsafe-eval'; nothing needs plain eval — not even the
  // JavaScript runner: each run's worker is a blob: module holding the program (worker-src blob:), which inherits
  // this policy (README → Deploying, "The JavaScript runner and the Content-Security-Policy").
  scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
  // Highlighted code (Shiki) and Monaco set inline style attributes.
  styleDirective: { resources: ["'self'", "'unsafe-inline'"] },
} satisfies NonNullable<AstroUserConfig['security']>['csp'];

/** The installed esbuild-wasm's version: the folder its wasm is served from (scripts/copy-esbuild.mjs). */
function esbuildVersion(): string {
  const file = createRequire(import.meta.url).resolve('esbuild-wasm/package.json');
  return (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version;
}

/**
 * Runs one of the package's build steps in its own Node (they load Pyodide; a failure stops the build), with the
 * TypeScript hooks, as the package may be installed under node_modules.
 */
function buildStep(script: string, args: string[], env: Record<string, string>): void {
  const hooks = new URL('../register-ts.mjs', import.meta.url).href;
  const run = spawnSync(process.execPath, ['--import', hooks, here(script), ...args], {
    stdio: 'inherit',
    env: { ...process.env, ...env },
  });
  if (run.status !== 0) throw new Error(`${PACKAGE}: ${script} failed (exit status ${run.status ?? run.signal}).`);
}

function integration(lessons: string): AstroIntegration {
  return {
    name: `${PACKAGE}:build`,
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig, injectRoute }) => {
        // The Playground (any program, share links) and the learner's progress page, on every Awaitable site.
        injectRoute({ pattern: '/playground', entrypoint: `${PACKAGE}/pages/playground.astro` });
        injectRoute({ pattern: '/progress', entrypoint: `${PACKAGE}/pages/progress.astro` });
        const root = fileURLToPath(config.root);
        const publicDir = relative(root, fileURLToPath(config.publicDir)) || 'public';
        const env = { AWAITABLE_LESSONS: lessons };
        if (command === 'build' || command === 'dev') {
          // Python's files and the snapshot are served from the public folder, so `dev` needs them too.
          buildStep('../scripts/copy-pyodide.mjs', [publicDir], env);
          // The TypeScript compiler's wasm, fetched only on a first JavaScript run (src/jsrun/browser/).
          buildStep('../scripts/copy-esbuild.mjs', [publicDir], env);
          copyFileSync(here('./runtime/register-sw.js'), join(root, publicDir, 'register-sw.js'));
          buildStep('../scripts/make-snapshot.ts', [publicDir], env);
          if (command === 'build') buildStep('../scripts/make-recordings.ts', [], env);
        }
        const version = pyodideVersion();
        // '' when there is no snapshot (AWAITABLE_SNAPSHOT=off): the worker then starts Python with a plain load.
        const runtimeId = snapshotId(); // a hash over every file of the Python package
        const snapshot = snapshotFileName(runtimeId);
        const hasSnapshot = existsSync(join(root, publicDir, 'pyodide', version, snapshot));
        updateConfig({
          // A site that wrote its own policy keeps it.
          security: config.security?.csp ? {} : { csp: CSP },
          integrations: [cspInlineHashes()],
          vite: {
            plugins: [monacoCssAsJs(), lessonFiles(lessons)],
            worker: { format: 'es' },
            // Its components and route middleware import `astro:` modules and TypeScript: Vite must bundle them.
            ssr: { noExternal: [PACKAGE] },
            define: {
              __PYODIDE_VERSION__: JSON.stringify(version),
              __ESBUILD_VERSION__: JSON.stringify(esbuildVersion()),
              __PYODIDE_SNAPSHOT__: JSON.stringify(hasSnapshot ? snapshot : ''),
              // The id recorded runs are keyed with (runtime/recordings/): the runtime's hash naming the snapshot.
              __RUNTIME_ID__: JSON.stringify(runtimeId),
            },
          },
        });
      },
      'astro:build:done': ({ dir }) => {
        // Offline use and the "new version" notice: dist/sw.js, registered by /register-sw.js.
        const out = fileURLToPath(dir);
        buildStep('../scripts/make-sw.mjs', [out], {});
      },
    },
  };
}

export default function awaitable(options: AwaitableOptions = {}): StarlightPlugin {
  const lessons = (options.lessons ?? 'content/lessons').replace(/^\.?\/+/, '').replace(/\/+$/, '');
  if (!/(^|\/)lessons$/.test(lessons))
    throw new Error(`${PACKAGE}: the lessons folder must be named "lessons" (got "${lessons}").`);
  return {
    name: PACKAGE,
    hooks: {
      'config:setup': ({ config, updateConfig, addIntegration, addRouteMiddleware, logger }) => {
        const components = { ...config.components };
        for (const [name, file] of [
          ['Head', 'Head.astro'],
          ['Sidebar', 'Sidebar.astro'],
          ['SkipLink', 'SkipLink.astro'],
        ] as const) {
          if (components[name] && !components[name].includes(PACKAGE))
            logger.warn(`Your ${name} override replaces Awaitable's; render ${PACKAGE}/components/overrides/${file}.`);
          else components[name] = `${PACKAGE}/components/overrides/${file}`;
        }
        updateConfig({
          components,
          customCss: [...(config.customCss ?? []), `${PACKAGE}/styles/site.css`],
          // Copied into the public folder by the build step below.
          head: [...(config.head ?? []), { tag: 'script', attrs: { src: '/register-sw.js', defer: true } }],
        });
        addRouteMiddleware({ entrypoint: `${PACKAGE}/route-middleware`, order: 'pre' });
        addIntegration(integration(lessons));
      },
    },
  };
}
