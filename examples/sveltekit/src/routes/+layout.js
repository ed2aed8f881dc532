// Rendered on the server at build time (the module is safe to import where there is no DOM).
export const prerender = true;
