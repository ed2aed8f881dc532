/**
 * Vite: `npm start` serves the demo pages; `npm run build` (scripts/build.mjs) runs one `vite build`
 * per shipped file, each a mode of this configuration:
 *
 * - `core`: dist/cookie-consent.js, the classic script (lit and js-cookie inside), which fetches its
 *   parts from its own directory;
 * - `full`: dist/cookie-consent.full.js, the same with every part inside;
 * - `part:<name>`: dist/parts/<name>.js, a part, which takes lit and `definePart` from the script
 *   that loaded it (its `CookieConsentElement.kit`) rather than carry copies;
 * - `module`: dist/index.js, the ES module (lit and js-cookie left to the site's bundler).
 *
 * Private members are `#private`: the browser keeps them private and the minifier shortens them,
 * so no public name can be shortened by mistake.
 */
import { fileURLToPath } from 'node:url';
import { minifyHTMLLiterals } from 'minify-literals';
import { defineConfig, type Plugin } from 'vite';

const path = (relative: string) => fileURLToPath(new URL(relative, import.meta.url));

/** Lit's html`` and css`` templates keep their indentation unless minified: it is a third of our bytes. */
const minifyTemplates: Plugin = {
  name: 'minify-templates',
  async transform(code, id) {
    if (!id.includes('/src/') || !/\.ts$/.test(id)) return null;
    // Unquoted attribute values where HTML allows (`part=banner`): Lit parses them, bindings too.
    const result = await minifyHTMLLiterals(code, { fileName: id, minifyOptions: { removeAttributeQuotes: true } });
    return result ? { code: result.code, map: result.map?.toString() } : null;
  },
};

/** What the supported browsers parse (SPEC: Chrome and Edge 93+, Firefox 92+, Safari 15.4+). */
const TARGET = ['es2022', 'chrome98', 'edge98', 'firefox93', 'safari16'];

/** A classic script: one IIFE whose exports are the global `CookieConsentElement`. */
function classic(entry: string, fileName: string) {
  return {
    lib: { entry: path(entry), formats: ['iife' as const], name: 'CookieConsentElement', fileName: () => fileName },
  };
}

export default defineConfig(({ command, mode }) => {
  if (command === 'serve') {
    return { root: path('demo'), server: { host: '127.0.0.1', port: 5173 } };
  }
  const part = /^part:([\w-]+)$/.exec(mode)?.[1];
  const kitModule = path('src/internal/parts.ts');
  const build =
    mode === 'module'
      ? {
          lib: { entry: path('src/index.ts'), formats: ['es' as const], fileName: () => 'index.js' },
          rollupOptions: {
            external: [/^lit(\/|$)/, /^@lit\//, 'js-cookie'],
            output: { chunkFileNames: 'module/[name]-[hash].js' },
          },
        }
      : part
        ? {
            ...classic(`src/parts/${part}.entry.ts`, `parts/${part}.js`),
            rollupOptions: {
              external: (id: string) => id === 'lit' || id === kitModule,
              output: {
                globals: (id: string) =>
                  id === 'lit' ? 'CookieConsentElement.kit.lit' : 'CookieConsentElement.kit.parts',
              },
            },
          }
        : mode === 'full'
          ? classic('src/full.ts', 'cookie-consent.full.js')
          : classic('src/global.ts', 'cookie-consent.js');
  return {
    plugins: [minifyTemplates],
    build: { outDir: path('dist'), emptyOutDir: false, target: TARGET, minify: true, ...build },
  };
});
