// `--write-config FILE`: the page's configuration as its JSON child would hold it, everything the
// site wrote kept, with each undeclared cookie added to the category whose consent made it appear.
/* global structuredClone, URL */
import { registrable } from './hosts.mjs';

const isObject = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The site's own configuration: the JSON child, with the `config` property merged over it. */
function siteConfiguration({ written, property, content }) {
  const result = structuredClone(isObject(written) ? written : {});
  if (isObject(property)) {
    for (const [key, value] of Object.entries(property)) {
      if (key === 'categories' && isObject(value) && isObject(result.categories)) {
        for (const [name, category] of Object.entries(value))
          result.categories[name] = { ...(result.categories[name] ?? {}), ...structuredClone(category) };
      } else result[key] = structuredClone(value);
    }
  }
  // Neither a JSON child nor a property (or one the page could not give): what the element read.
  if (!isObject(written) && !isObject(property)) {
    result.categories = {};
    for (const [name, category] of Object.entries(content ?? {}))
      if (Object.keys(category ?? {}).length) result.categories[name] = structuredClone(category);
  }
  if (!isObject(result.categories)) result.categories = {};
  return result;
}

/**
 * The configuration to write for the first page, with the undeclared cookies found (on any page)
 * added. Returns `{ configuration, added: [{ name, category }], skipped: [{ name, step }] }`:
 * a cookie set before any decision or after a refusal has no category to go to and is skipped.
 */
export function configurationToWrite(first, findings) {
  const configuration = siteConfiguration(first.configuration);
  const site = registrable(new URL(first.url).hostname);
  const added = [];
  const skipped = [];
  for (const finding of findings) {
    if (finding.kind !== 'undeclared-cookie') continue;
    if (!finding.category) {
      if (!skipped.some(({ name }) => name === finding.cookie))
        skipped.push({ name: finding.cookie, step: finding.step });
      continue;
    }
    const category = (configuration.categories[finding.category] ??= {});
    const cookies = (category.cookies ??= []);
    if (cookies.some((cookie) => cookie?.name === finding.cookie)) continue;
    const entry = { name: finding.cookie };
    if (registrable(finding.domain) !== site) entry.provider = finding.domain;
    entry.duration = finding.lifetime;
    cookies.push(entry);
    added.push({ name: finding.cookie, category: finding.category });
  }
  return { configuration, added, skipped };
}
