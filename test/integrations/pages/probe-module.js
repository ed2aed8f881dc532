// A stand-in for a third-party module script (`data-type="module"`): logs its name (?name=…).
window.log.push(new URL(import.meta.url).searchParams.get('name'));
