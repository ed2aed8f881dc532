// The Custom Elements Manifest analyzer (`cem analyze`, run by `npm run build` and
// scripts/check-manifest.mjs) reads this file. The plugin keeps the manifest to the public API:
// Lit's internal state (`_draft`, …) is no attribute, and `dispatch(type, …)` is a helper, not an
// event named "type".
const publicOnly = {
  name: 'public-only',
  moduleLinkPhase({ moduleDoc }) {
    for (const declaration of moduleDoc.declarations ?? []) {
      if (!declaration.customElement) continue;
      declaration.attributes = declaration.attributes?.filter(({ name }) => !name.startsWith('_'));
      declaration.events = declaration.events?.filter(({ name }) => name !== 'type');
      declaration.members = declaration.members?.filter(
        ({ name, privacy }) => privacy !== 'private' || !name.startsWith('_'),
      );
    }
  },
};

export default {
  plugins: [publicOnly],
};
