// The Custom Elements Manifest analyzer (`cem analyze`, run by `npm run build` and
// scripts/check-manifest.mjs) reads this file. The plugin keeps the manifest to the public API and
// to the truth of the published package:
// - no private (`#…`) or internal members, no Lit state, no `dir` (the page's own attribute);
// - each attribute names its property (`fieldName`), with its type and default (the "Default `…`"
//   of its `@attr` line), and the property carries them too;
// - one module, `dist/index.js`, the file that exports the classes (src/ is not published).
const DEFAULT = /Default `([^`]*)`/;
const camelCase = (name) => name.replace(/-([a-z])/g, (_, letter) => letter.toUpperCase());

const publicApi = {
  name: 'public-api',
  packageLinkPhase({ customElementsManifest: manifest }) {
    const declarations = [];
    const exports = [];
    for (const module of manifest.modules) {
      for (const declaration of module.declarations ?? []) {
        if (!declaration.customElement) continue;
        declaration.members = (declaration.members ?? []).filter(
          ({ name, privacy }) => !name.startsWith('#') && !name.startsWith('_') && privacy !== 'private',
        );
        declaration.attributes = (declaration.attributes ?? []).filter(
          ({ name }) => name !== 'dir' && !name.startsWith('_'),
        );
        for (const attribute of declaration.attributes) {
          const fieldName = camelCase(attribute.name);
          const member = declaration.members.find((candidate) => candidate.name === fieldName);
          const found = DEFAULT.exec(attribute.description ?? '')?.[1];
          const fallback = found === undefined || attribute.type?.text === 'number' ? found : JSON.stringify(found);
          if (member) {
            attribute.fieldName = fieldName;
            if (attribute.type) member.type = attribute.type;
            if (fallback !== undefined) member.default = fallback;
            member.attribute = attribute.name;
            member.reflects = true;
            member.description ??= attribute.description;
          }
          // `lang` and `nonce` are the element's native properties.
          else if (attribute.name === 'lang' || attribute.name === 'nonce') attribute.fieldName = attribute.name;
          if (fallback !== undefined) attribute.default = fallback;
        }
        declaration.events = (declaration.events ?? []).filter(({ name }) => name !== 'type');
        declarations.push(declaration);
        exports.push(
          { kind: 'js', name: declaration.name, declaration: { name: declaration.name, module: 'dist/index.js' } },
          {
            kind: 'custom-element-definition',
            name: declaration.tagName,
            declaration: { name: declaration.name, module: 'dist/index.js' },
          },
        );
      }
    }
    manifest.modules = [{ kind: 'javascript-module', path: 'dist/index.js', declarations, exports }];
  },
};

export default {
  plugins: [publicApi],
};
