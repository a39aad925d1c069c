// What the browser's module must not carry: core's float parser (its table
// of powers of five, ~10 KB that brotli cannot shrink) and Unicode's case
// tables. The app reads numbers with the browser's parser and lower-cases
// ASCII; a `.parse::<f64>()` or `.to_lowercase()` in code the browser runs
// would bring them back silently, so this reads the names rustc gave the
// module's functions (before wasm-opt strips them).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { functionNames } from '../../scripts/wasm-sizes.mjs';

const module = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'target', 'wasm32-unknown-unknown', 'release', 'mbc-aid-web.wasm');

test('the module carries no float parser and no Unicode case conversion', () => {
  assert.ok(existsSync(module), `${module} is built by scripts/build.sh`);
  const names = functionNames(module);
  assert.ok(names.length > 1000 && names.some((n) => n.includes('evaluate')), 'the module has its function names');
  const unwanted = names.filter((n) => /dec2flt|to_lowercase|to_uppercase|unicode_data.*conversions/.test(n));
  assert.deepEqual(unwanted, [], 'functions the module should not carry');
});
