// Runs after `trunk build`, on the final hashed file names:
// - writes the static start screen (`mbc-aid start-screen`) into the page,
//   so the browser paints it while the module downloads;
// - moves Trunk's inline loader into its own hashed file, so the
//   Content-Security-Policy needs no 'unsafe-inline';
// - writes that policy into the page, where a static host cannot weaken it.
// Usage: node scripts/postbuild.mjs DIST START_SCREEN_HTML
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const dist = process.argv[2] ?? 'dist';
const startScreen = process.argv[3];
if (!startScreen) throw new Error('postbuild: give the start screen (target/start-screen.html) as the second argument');

export const CSP = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'none'",
  // The module fetches its own .wasm; nothing else is ever fetched.
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

const digest = (algo, data) => createHash(algo).update(data).digest();

const indexPath = join(dist, 'index.html');
let html = await readFile(indexPath, 'utf8');

const inline = /<script type="module">([\s\S]*?)<\/script>/;
const match = html.match(inline);
if (!match) throw new Error('postbuild: no inline module loader in index.html (has Trunk changed?)');
// Trunk's loader, its start wrapped: if the module fails to load or start,
// the start screen says so instead of "starting" for ever.
const trunkLoader = match[1].trim();
const importLine = trunkLoader.match(/^import [^\n]*;$/m);
if (!importLine || !/await init\(/.test(trunkLoader)) throw new Error('postbuild: Trunk\'s loader has changed shape');
const loader = `${importLine[0]}
try {
${trunkLoader.replace(importLine[0], '').trim()}
} catch (error) {
  const failed = document.getElementById('start-failed');
  if (failed) {
    failed.hidden = false;
    for (const id of ['start-starting', 'start-note']) document.getElementById(id).hidden = true;
  }
  throw error;
}
`;
const loaderName = `loader-${digest('sha256', loader).toString('hex').slice(0, 16)}.js`;
await writeFile(join(dist, loaderName), loader);
const sri = `sha384-${digest('sha384', loader).toString('base64')}`;
html = html.replace(inline, `<script type="module" src="./${loaderName}" integrity="${sri}" crossorigin="anonymous"></script>`);

const bodyTag = /<body[^>]*>/;
if (!bodyTag.test(html)) throw new Error('postbuild: no <body> in index.html');
const screen = await readFile(startScreen, 'utf8');
if (!screen.includes('id="start-screen"')) throw new Error(`postbuild: ${startScreen} is not the start screen`);
html = html.replace(bodyTag, (tag) => `${tag}\n${screen}`);

if (/<script(?![^>]*\bsrc=)[^>]*>/.test(html)) throw new Error('postbuild: an inline script is left in index.html');
html = html.replace(
  '<meta charset="utf-8">',
  `<meta charset="utf-8">\n  <meta http-equiv="Content-Security-Policy" content="${CSP}">`,
);
await writeFile(indexPath, html);
console.log(`postbuild: loader ${loaderName}; Content-Security-Policy written`);

// The service worker: precaches every file of this build under a cache named
// for the build's content, so names always match what Trunk produced.
const { readdir } = await import('node:fs/promises');
async function filesUnder(dir, prefix = '') {
  const out = [];
  for (const e of await readdir(dir, { withFileTypes: true })) {
    const rel = prefix + e.name;
    if (e.isDirectory()) out.push(...(await filesUnder(join(dir, e.name), rel + '/')));
    else if (rel !== 'sw.js' && !rel.endsWith('.gz') && !rel.endsWith('.br')) out.push(rel);
  }
  return out.sort();
}
const files = await filesUnder(dist);
const hash = createHash('sha256');
for (const f of files) hash.update(f).update(await readFile(join(dist, f)));
const version = hash.digest('hex').slice(0, 16);
const template = await readFile(new URL('./sw.template.js', import.meta.url), 'utf8');
const precache = ['./', ...files.map((f) => './' + f)];
await writeFile(
  join(dist, 'sw.js'),
  template.replace('__VERSION__', version).replace('__PRECACHE__', JSON.stringify(precache, null, 2)),
);
console.log(`postbuild: sw.js precaches ${precache.length} files as version ${version}`);

// Pre-compressed copies for hosts that serve them (nginx gzip_static /
// brotli_static, and scripts/serve.mjs): the same bytes, a third the transfer.
const { gzipSync, brotliCompressSync, constants } = await import('node:zlib');
let compressed = 0;
for (const f of await filesUnder(dist)) {
  if (!/\.(html|js|css|wasm|json|webmanifest|svg)$/.test(f)) continue;
  const body = await readFile(join(dist, f));
  await writeFile(join(dist, f + '.gz'), gzipSync(body, { level: 9 }));
  await writeFile(join(dist, f + '.br'), brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
  compressed++;
}
const swBody = await readFile(join(dist, 'sw.js'));
await writeFile(join(dist, 'sw.js.gz'), gzipSync(swBody, { level: 9 }));
await writeFile(join(dist, 'sw.js.br'), brotliCompressSync(swBody));
console.log(`postbuild: .gz and .br beside ${compressed + 1} files`);
