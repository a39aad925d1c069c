// Where the WASM module's bytes go, as twiggy's "top" would say: reads the
// module rustc wrote (before wasm-bindgen and wasm-opt, so it still has its
// function names), and lists the largest functions and data, and the code of
// each crate. The shipped module is smaller (wasm-opt -Oz), but the shares
// hold, so a regression shows here by name.
// Usage: node scripts/wasm-sizes.mjs [MODULE] [N]
import { readFileSync } from 'node:fs';

function leb(buf, at) {
  let value = 0;
  let shift = 0;
  let byte;
  do {
    byte = buf[at++];
    value += (byte & 0x7f) * 2 ** shift;
    shift += 7;
  } while (byte & 0x80);
  return [value, at];
}

/// Rust's legacy mangling, `_ZN4core3fmt5write17h…E`, as `core::fmt::write`.
function demangle(name) {
  if (!name.startsWith('_ZN')) return name;
  const parts = [];
  let at = 3;
  while (at < name.length && name[at] !== 'E') {
    let digits = '';
    while (/[0-9]/.test(name[at])) digits += name[at++];
    if (!digits) break;
    const part = name.slice(at, at + Number(digits));
    at += Number(digits);
    if (!/^h[0-9a-f]{16}$/.test(part)) parts.push(part);
  }
  return parts.join('::').replace(/\$LT\$/g, '<').replace(/\$GT\$/g, '>').replace(/\$u20\$/g, ' ').replace(/\$RF\$/g, '&')
    .replace(/\$C\$/g, ',').replace(/\$u7b\$/g, '{').replace(/\$u7d\$/g, '}').replace(/\.\./g, '::').replace(/\$u27\$/g, "'");
}

/// The crate a function belongs to: the first path segment that is not a
/// trait-impl bracket (`<serde_json::…>` counts as serde_json) or a generic
/// type (`<T as tachys::…>` counts as tachys).
function crateOf(name) {
  name = name.replace(/^_?<(&(mut )?)?[A-Z][A-Za-z0-9]* as /, '');
  const v0 = name.startsWith('_R') && name.match(/C[sS]?[0-9A-Za-z]*_(\d+)/);
  if (v0) {
    const at = name.indexOf(v0[0]) + v0[0].length;
    return name.slice(at, at + Number(v0[1]));
  }
  const m = name.replace(/^[_<&\s]*(impl\s+)?[<&\s]*/, '').match(/^([A-Za-z_][A-Za-z0-9_]*)/);
  return m ? m[1] : '?';
}

/// The module's defined functions ([bytes, index]), their names by index,
/// and the size of its data.
export function readModule(path) {
  const buf = readFileSync(path);
  const sizes = []; // [bytes, function index] of defined functions
  const names = new Map();
  let imports = 0;
  let data = 0;
  let at = 8;
  while (at < buf.length) {
    const id = buf[at++];
    let len;
    [len, at] = leb(buf, at);
    const end = at + len;
    if (id === 2) {
      let count;
      let p;
      [count, p] = leb(buf, at);
      for (let i = 0; i < count; i++) {
        for (let s = 0; s < 2; s++) { let l; [l, p] = leb(buf, p); p += l; }
        const kind = buf[p++];
        if (kind === 0) { imports++; [, p] = leb(buf, p); } else if (kind === 1) { p += 1; let f; [f, p] = leb(buf, p); [, p] = leb(buf, p); if (f & 1) [, p] = leb(buf, p); } else if (kind === 2) { let f; [f, p] = leb(buf, p); [, p] = leb(buf, p); if (f & 1) [, p] = leb(buf, p); } else if (kind === 3) { p += 2; }
      }
    } else if (id === 10) {
      let count;
      let p;
      [count, p] = leb(buf, at);
      for (let i = 0; i < count; i++) {
        let size;
        [size, p] = leb(buf, p);
        sizes.push([size, imports + i]);
        p += size;
      }
    } else if (id === 11) {
      data = len;
    } else if (id === 0) {
      let nl;
      let p;
      [nl, p] = leb(buf, at);
      const sname = buf.subarray(p, p + nl).toString();
      p += nl;
      if (sname === 'name') {
        while (p < end) {
          const sub = buf[p++];
          let sl;
          [sl, p] = leb(buf, p);
          const subEnd = p + sl;
          if (sub === 1) {
            let count;
            [count, p] = leb(buf, p);
            for (let i = 0; i < count; i++) {
              let idx;
              let l;
              [idx, p] = leb(buf, p);
              [l, p] = leb(buf, p);
              names.set(idx, buf.subarray(p, p + l).toString());
              p += l;
            }
          }
          p = subEnd;
        }
      }
    }
    at = end;
  }
  return { sizes, names, data };
}

/// The names of the module's defined functions, as rustc mangled them.
export function functionNames(path) {
  const { sizes, names } = readModule(path);
  return sizes.map(([, i]) => names.get(i) ?? '');
}

export function wasmSizes(path, n = 20) {
  const { sizes, names, data } = readModule(path);
  const code = sizes.reduce((t, [s]) => t + s, 0);
  const items = sizes.map(([s, i]) => [s, demangle(names.get(i) ?? `code[${i}]`)]);
  items.push([data, 'data segments (strings, tables, constants)']);
  items.sort((a, b) => b[0] - a[0]);
  const byCrate = new Map();
  for (const [s, name] of items) {
    if (name.startsWith('data segments')) continue;
    const c = crateOf(name);
    byCrate.set(c, (byCrate.get(c) ?? 0) + s);
  }
  const total = code + data;
  const pc = (s) => `${((100 * s) / total).toFixed(1).padStart(5)}%`;
  const out = [`${path}: ${(total / 1024).toFixed(0)} KB of code and data before wasm-opt (${sizes.length} functions)`];
  out.push(`top ${n} items:`);
  for (const [s, name] of items.slice(0, n)) out.push(`  ${String(s).padStart(8)} B ${pc(s)}  ${name.slice(0, 110)}`);
  out.push('code by crate:');
  for (const [c, s] of [...byCrate].sort((a, b) => b[1] - a[1]).slice(0, 12)) out.push(`  ${String(s).padStart(8)} B ${pc(s)}  ${c}`);
  return out.join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(wasmSizes(process.argv[2] ?? 'target/wasm32-unknown-unknown/release/mbc-aid-web.wasm', Number(process.argv[3] ?? 20)));
}
