/**
 * Vite: `npm start` serves the demo pages; `vite build` writes the classic script
 * (dist/cookie-consent.js, everything inside) and `vite build --mode module` the ES module
 * (dist/index.js, lit and js-cookie left to the site's bundler).
 */
import { fileURLToPath } from 'node:url';
import { minifyHTMLLiterals } from 'minify-literals';
import { defineConfig, type Plugin } from 'vite';

const path = (relative: string) => fileURLToPath(new URL(relative, import.meta.url));

/**
 * Private members of our own classes, shortened in the classic script, where nothing outside the
 * bundle can reach them. Never a public or `@internal` name (the API, settings, `warn`, `content`,
 * `siteTexts`, `adopt`), a DOM or Lit name, or one a string names (`_preferencesOpen` in `updated`).
 */
const PRIVATE_MEMBERS = [
  // <cookie-consent>
  ...['_draft', '_state', 'model', 'warned', 'opener', 'start', 'dispatch', 'commit'],
  ...['closePreferences', 'renderPreferences'],
  ...['onDocumentClick', 'onDocumentKeydown', 'onDialogKeydown', 'onDialogClose'],
  // <cookie-policy>
  ...['_saved', 'refresh', 'onChange'],
  // ConsentModel (not `expiresDays`: the element's public property is read under that name)
  ...['optional', 'store', 'record', 'forget', 'transition'],
  // What reading the stored choice found
  ...['choice', 'problem', 'quiet'],
];

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

export default defineConfig(({ command, mode }) => {
  if (command === 'serve') {
    return { root: path('demo'), server: { host: '127.0.0.1', port: 5173 } };
  }
  const module = mode === 'module';
  return {
    plugins: [minifyTemplates],
    build: {
      outDir: path('dist'),
      emptyOutDir: !module,
      target: 'es2021',
      minify: true,
      lib: module
        ? { entry: path('src/index.ts'), formats: ['es'], fileName: () => 'index.js' }
        : {
            entry: path('src/global.ts'),
            formats: ['iife'],
            name: 'CookieConsentElement',
            fileName: () => 'cookie-consent.js',
          },
      rollupOptions: module
        ? { external: [/^lit(\/|$)/, /^@lit\//, 'js-cookie'] }
        : { output: { minify: { mangleProps: { include: new RegExp(`^(${PRIVATE_MEMBERS.join('|')})$`) } } } },
    },
  };
});
