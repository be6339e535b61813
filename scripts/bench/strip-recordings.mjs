// npm run bench:strip-recordings -- [SRC_DIST] DEST — a copy of a built site with the recorded runs taken out of
// every page (the `recordings` of each component's inline config), so `npm run bench:returning -- DEST dist` measures
// what the inline recordings cost a returning visit, with everything else the same. Prints what it removed.
import { cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { configJson } from '../../packages/starlight-awaitable/src/components/element-config.ts';

const [src, dest] = process.argv.length > 3 ? process.argv.slice(2) : ['dist', process.argv[2]];
if (!dest) {
  console.error('usage: npm run bench:strip-recordings -- [SRC_DIST] DEST');
  process.exit(2);
}
cpSync(src, dest, { recursive: true });

const CONFIG = /(<script type="application\/json" data-config>)([\s\S]*?)(<\/script>)/g;
let configs = 0;
let bytes = 0;
const walk = (dir) => {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) walk(path);
    else if (entry.name.endsWith('.html')) strip(path);
  }
};
const strip = (file) => {
  const html = readFileSync(file, 'utf8');
  const out = html.replace(CONFIG, (whole, open, json, close) => {
    const config = JSON.parse(json);
    if (!('recordings' in config)) return whole;
    delete config.recordings;
    configs++;
    return open + configJson(config) + close;
  });
  if (out !== html) writeFileSync(file, out);
  bytes += html.length - out.length;
};
walk(dest);
console.log(`${dest}: recordings removed from ${configs} configs, ${(bytes / 1024).toFixed(1)} KB of HTML`);
