// `node scripts/language-table.mjs` (after `npm run build`): a Markdown table of the built-in
// languages: tag, English name, the language's own name (both from Intl.DisplayNames) and the gzip
// size (zlib level 9) of its file dist/i18n/<tag>.js. Printed only; paste it where it is wanted.
import fs from 'node:fs';
import zlib from 'node:zlib';

const ROOT = new URL('..', import.meta.url);

/** The tags of `LANGUAGES` in src/i18n/index.ts, in its order. */
function languages() {
  const source = fs.readFileSync(new URL('src/i18n/index.ts', ROOT), 'utf8');
  const list = /export const LANGUAGES = \[([\s\S]*?)\] as const/.exec(source)?.[1];
  if (!list) throw new Error('LANGUAGES not found in src/i18n/index.ts');
  return [...list.matchAll(/'([a-z-]+)'/g)].map((match) => match[1]);
}

const english = new Intl.DisplayNames(['en'], { type: 'language' });
const rows = languages().map((tag) => {
  const file = new URL(`dist/i18n/${tag}.js`, ROOT);
  if (!fs.existsSync(file)) throw new Error(`dist/i18n/${tag}.js is missing: run npm run build first`);
  const gzip = zlib.gzipSync(fs.readFileSync(file), { level: 9 }).length;
  const own = new Intl.DisplayNames([tag], { type: 'language' }).of(tag);
  return { tag, english: english.of(tag), own, gzip };
});

const line = (cells) => `| ${cells.join(' | ')} |`;
console.log(line(['Tag', 'Language', 'Own name', '`dist/i18n/<tag>.js`, gzip (bytes)']));
console.log(line(['---', '---', '---', '---:']));
console.log(line(['`en`', 'English', 'English', 'built into cookie-consent.js']));
for (const { tag, english: name, own, gzip } of rows) console.log(line([`\`${tag}\``, name, own, gzip]));
const sizes = rows.map((row) => row.gzip);
console.log(
  `\n${rows.length} language files: ${sizes.reduce((sum, size) => sum + size, 0)} bytes gzip in all, ` +
    `${Math.min(...sizes)} to ${Math.max(...sizes)} each.`,
);
