// Astro integration: Astro's CSP hashes the scripts it bundles, but not `is:inline` scripts (Starlight's theme
// and sidebar scripts). After the build, hash every inline script of each page and add it to that page's policy,
// so the strict policy needs no 'unsafe-inline'.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const META = /(<meta http-equiv="content-security-policy" content=")([^"]*)(")/;
const INLINE_SCRIPT = /<script(?![^>]*\bsrc=)([^>]*)>([\s\S]*?)<\/script>/g;

export function addInlineScriptHashes(html) {
  const meta = META.exec(html);
  if (!meta) return html;
  const hashes = new Set();
  for (const [, attributes, body] of html.matchAll(INLINE_SCRIPT)) {
    if (/type="application\/(ld\+)?json"/.test(attributes)) continue; // data, never executed
    hashes.add(`'sha256-${createHash('sha256').update(body).digest('base64')}'`);
  }
  const policy = meta[2].replace(/script-src ([^;]*)/, (directive, sources) => {
    const missing = [...hashes].filter((hash) => !sources.includes(hash));
    return missing.length ? `script-src ${sources.trim()} ${missing.join(' ')}` : directive;
  });
  return html.replace(META, `$1${policy}$3`);
}

function htmlFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return htmlFiles(path);
    return entry.name.endsWith('.html') ? [path] : [];
  });
}

/** @returns {import('astro').AstroIntegration} */
export function cspInlineHashes() {
  return {
    name: 'awaitable:csp-inline-hashes',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const files = htmlFiles(fileURLToPath(dir));
        for (const file of files) writeFileSync(file, addInlineScriptHashes(readFileSync(file, 'utf8')));
        logger.info(`hashed inline scripts into the CSP of ${files.length} pages`);
      },
    },
  };
}
