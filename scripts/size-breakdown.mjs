// `node scripts/size-breakdown.mjs [file]`: which sources the bytes of a built file come from, by its
// source map (a build with --sourcemap). Gzip is shared across a file, so each module's share of the
// gzip size is estimated from its share of the raw bytes.
import fs from 'node:fs';
import { gzipSync } from 'node:zlib';
import { SourceMapConsumer } from 'source-map-js';

const file = process.argv[2] ?? 'dist/cookie-consent.js';
const code = fs.readFileSync(file, 'utf8');
const map = new SourceMapConsumer(JSON.parse(fs.readFileSync(`${file}.map`, 'utf8')));
const lines = code.split('\n');
const bytes = new Map();
let previous = null;
map.eachMapping((mapping) => {
  if (previous) {
    const length =
      previous.generatedLine === mapping.generatedLine
        ? mapping.generatedColumn - previous.generatedColumn
        : lines[previous.generatedLine - 1].length - previous.generatedColumn;
    const source = (previous.source ?? '(none)')
      .replace(/^.*node_modules\//, 'node_modules/')
      .replace(/^.*\/src\//, 'src/');
    bytes.set(source, (bytes.get(source) ?? 0) + length);
  }
  previous = mapping;
});
const total = [...bytes.values()].reduce((a, b) => a + b, 0);
const gzip = gzipSync(code, { level: 9 }).length;
const rows = [...bytes].sort((a, b) => b[1] - a[1]);
for (const [source, size] of rows)
  console.log(`${String(size).padStart(7)}  ~${String(Math.round((size / total) * gzip)).padStart(5)} gz  ${source}`);
console.log(`${String(total).padStart(7)}  ${String(gzip).padStart(6)} gz  total`);
