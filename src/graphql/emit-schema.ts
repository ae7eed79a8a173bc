import 'reflect-metadata';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { printedSchema } from './schema.js';

/** `npm run schema` writes schema/schema.graphql; `--check` fails when the committed file drifted. */
const target = resolve('schema/schema.graphql');
const sdl = await printedSchema();
if (process.argv.includes('--check')) {
  let committed = '';
  try {
    committed = readFileSync(target, 'utf8');
  } catch {
    // missing counts as drift
  }
  if (committed !== sdl) {
    console.error(
      'schema/schema.graphql differs from the schema the code emits: run `npm run schema` and commit the result',
    );
    process.exit(1);
  }
  console.log('schema/schema.graphql is up to date');
} else {
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, sdl);
  console.log(`wrote ${target}`);
}
