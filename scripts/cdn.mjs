// The CDN tags with Subresource Integrity, from the built files: writes dist/integrity.json (a
// `sha384-…` hash for every classic script) and rewrites the README's block between
// `<!-- cdn:start -->` and `<!-- cdn:end -->`, so the versioned URLs and hashes are always current.
// Run by scripts/build-types.mjs at the end of the build; `node scripts/cdn.mjs` alone after one.
import crypto from 'node:crypto';
import fs from 'node:fs';

const ROOT = new URL('..', import.meta.url);
const DIST = new URL('dist/', ROOT);
const START = '<!-- cdn:start -->';
const END = '<!-- cdn:end -->';

/** Classic scripts a page may add with a tag: the two entries, the parts and the languages. */
function classicScripts() {
  const names = ['cookie-consent.js', 'cookie-consent.full.js'];
  for (const folder of ['parts', 'i18n'])
    if (fs.existsSync(new URL(`${folder}/`, DIST)))
      for (const file of fs.readdirSync(new URL(`${folder}/`, DIST)).sort())
        if (file.endsWith('.js')) names.push(`${folder}/${file}`);
  return names.filter((name) => fs.existsSync(new URL(name, DIST)));
}

const sri = (name) =>
  `sha384-${crypto
    .createHash('sha384')
    .update(fs.readFileSync(new URL(name, DIST)))
    .digest('base64')}`;

export function cdnBlock({ version, files }) {
  const url = (name) => `https://cdn.jsdelivr.net/npm/cookie-consent-element@${version}/dist/${name}`;
  const tag = (name) =>
    `<script src="${url(name)}"\n        integrity="${files[name]}" crossorigin="anonymous" defer></script>`;
  return [
    START,
    '```html',
    tag('cookie-consent.js'),
    '```',
    '',
    'Or the self-contained script, every part inside (other languages as tags of their own, `dist/i18n/<lang>.js`):',
    '',
    '```html',
    tag('cookie-consent.full.js'),
    '```',
    '',
    `The hashes are those of version ${version} (every classic script's, parts and languages included, is in`,
    "`dist/integrity.json`). `integrity` covers the tag's own file; the parts and languages that",
    '`cookie-consent.js` fetches later come from the same pinned directory.',
    END,
  ].join('\n');
}

export async function writeIntegrity() {
  const pkg = JSON.parse(fs.readFileSync(new URL('package.json', ROOT), 'utf8'));
  const files = Object.fromEntries(classicScripts().map((name) => [name, sri(name)]));
  const integrity = { version: pkg.version, algorithm: 'sha384', files };
  fs.writeFileSync(new URL('integrity.json', DIST), `${JSON.stringify(integrity, null, 2)}\n`);
  const readmeUrl = new URL('README.md', ROOT);
  const readme = fs.readFileSync(readmeUrl, 'utf8');
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start < 0 || end < start) {
    console.warn(`cdn: README.md has no ${START} … ${END} block; not rewritten`);
    return integrity;
  }
  const next = readme.slice(0, start) + cdnBlock(integrity) + readme.slice(end + END.length);
  if (next !== readme) fs.writeFileSync(readmeUrl, next);
  return integrity;
}

if (import.meta.url === `file://${process.argv[1]}`) await writeIntegrity();
