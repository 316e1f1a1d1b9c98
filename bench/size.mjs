// Benchmark 1: size. gzip -9 and brotli (max quality) of the self-contained
// bundle, the package's own code, Lit alone, the core alone (with and without
// CRM names), and the smallest b24jssdk app doing the same job, minified the
// same way (scripts/size.mjs measures the same files for the gate). Run after the build.
import { nodeResolve } from '@rollup/plugin-node-resolve';
import { relative } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';
import { build, GATE_KB, gz, minified, sizeSources } from '../scripts/size.mjs';
import { fixed, table, verdict } from './stats.mjs';

// The least a page needs to read getStatus with b24jssdk (no rendering at all).
const B24JSSDK_APP = `import { initializeB24Frame } from '@bitrix24/b24jssdk';
const $b24 = await initializeB24Frame();
console.log(await $b24.placement.call('getStatus'));`;

const br = (code) =>
  brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY, [constants.BROTLI_PARAM_LGWIN]: 24 } }).length / 1000;

/** `quick`: leaves out the b24jssdk app (4 s of terser) and measures only 3 files by file. */
export async function sizeBench({ quick = false } = {}) {
  const code = await sizeSources();
  // axios, inside b24jssdk, maps its Node adapters away through the "browser" field.
  if (!quick) code.b24jssdk = await minified('\0b24jssdk-app', { code: B24JSSDK_APP, first: [nodeResolve({ browser: true, exportConditions: ['browser', 'production'] })] });
  const bundle = gz(code.bundle);
  const rows = [
    ['self-contained bundle (`dist/b24-call-status.bundle.js`, Lit included, `en` + `ru`)', 'bundle'],
    ['the package\'s own code (Lit excluded)', 'own'],
    ['Lit alone, as the element uses it (the floor)', 'lit'],
    ['the core alone (`b24-call-status/core` and what it imports)', 'core'],
    ['the core alone, CRM names stubbed out', 'coreNoNames'],
    ['b24jssdk: `initializeB24Frame()` + `placement.call(\'getStatus\')`, no UI', 'b24jssdk'],
  ].filter(([, key]) => code[key]).map(([name, key]) => [name, fixed(code[key].length / 1000), fixed(gz(code[key])), fixed(br(code[key])), `${fixed(gz(code[key]) / bundle)}×`]);
  const sizes = table('Size, KB (1000 bytes)', ['what', 'minified', 'gzip -9', 'brotli 11', '÷ bundle (gzip)'], rows, [
    verdict(bundle <= GATE_KB, `self-contained bundle ${fixed(bundle)} KB ≤ ${fixed(GATE_KB, 1)} KB gzip (the gate: issue 15's 19.0 KB plus the Air look of issue 17; the 14.0 KB budget is retired)`),
  ]);
  return `${sizes}\n\n${await byFile(quick ? 3 : Infinity)}`;
}

// Where the own code's weight is: each built file the bundle takes, minified alone, its imports left out.
async function byFile(most) {
  const { modules } = await build('dist/index.js', { external: (id) => !id.startsWith('.') && !id.startsWith('/') });
  const rows = [];
  for (const id of modules.slice(0, most)) {
    const file = relative('dist', id);
    const code = await minified(`dist/${file}`, { external: (_id, importer) => importer !== undefined });
    rows.push([`\`${file.replace(/\.js$/, '.ts')}\``, fixed(code.length / 1000), fixed(gz(code))]);
  }
  rows.sort((a, b) => b[2] - a[2]);
  return table('The own code by source file, KB (each minified and compressed alone, so they add up to more than the whole)', ['file', 'minified', 'gzip -9'], rows);
}
