// The language files, dist/i18n/<tag>.js: one classic script per built-in language but English, made
// from src/i18n/languages/<tag>.ts. Each puts its texts on `window.cookieConsentLanguages` (see
// src/i18n/index.ts), whether it runs before or after the element's script. Text outside ASCII is
// written as \u escapes, so the file reads the same whatever encoding the page declares.
import fs from 'node:fs';
import ts from 'typescript';

const ROOT = new URL('..', import.meta.url);
const SOURCE = new URL('src/i18n/languages/', ROOT);

/** The texts of one language source file (a default export of plain strings). */
async function textsOf(file) {
  const source = fs.readFileSync(new URL(file, SOURCE), 'utf8');
  const { outputText } = ts.transpileModule(source, {
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
  });
  const module = await import(`data:text/javascript;base64,${Buffer.from(outputText).toString('base64')}`);
  return module.default;
}

const ascii = (json) =>
  json.replace(/[\u007f-\uffff]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);

export async function buildLanguages() {
  const out = new URL('dist/i18n/', ROOT);
  fs.mkdirSync(out, { recursive: true });
  const files = fs.readdirSync(SOURCE).filter((file) => file.endsWith('.ts'));
  for (const file of files) {
    const tag = file.replace(/\.ts$/, '');
    const texts = await textsOf(file);
    const entry = ascii(JSON.stringify([tag, texts]));
    fs.writeFileSync(
      new URL(`${tag}.js`, out),
      `(self.cookieConsentLanguages=self.cookieConsentLanguages||[]).push(${entry});\n`,
    );
  }
  return files.length;
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(`i18n: ${await buildLanguages()} files`);
