// svelte-check's configuration for this consumer (none needed: Svelte 5 reads `lang="ts"` itself).
export default {};
