// Compiles tests/contracts/*.sol with the pinned solc-js into tests/contracts/build/<Name>.json
// ({contract, abi, bytecode, sourceHash, compiler, settings}). The artefacts are committed so
// tests need no compiler run; `--check` recompiles nothing and only compares hashes, so a
// .sol edit without a rebuild fails loudly instead of testing stale bytecode.
//   node tests/support/compile-contracts.mjs          # (re)build
//   node tests/support/compile-contracts.mjs --check  # exit 1 if any artefact is stale/missing

import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const HERE = dirname(fileURLToPath(import.meta.url));
export const CONTRACTS_DIR = join(HERE, '..', 'contracts');
export const BUILD_DIR = join(CONTRACTS_DIR, 'build');

// cancun: supported by anvil's default hardfork and by X Layer/Base; avoids depending on
// solc's moving default (newer opcodes than the chain under test would be a silent trap).
const SETTINGS = {
  optimizer: { enabled: true, runs: 200 },
  evmVersion: 'cancun',
  outputSelection: { '*': { '*': ['abi', 'evm.bytecode.object'] } },
};

function sources() {
  return readdirSync(CONTRACTS_DIR).filter((f) => f.endsWith('.sol')).sort()
    .map((file) => ({ file, content: readFileSync(join(CONTRACTS_DIR, file), 'utf8') }));
}

// The hash covers source AND settings: changing the optimizer or evmVersion must also rebuild.
function sourceHash(content) {
  return '0x' + createHash('sha256').update(JSON.stringify(SETTINGS)).update('\0').update(content).digest('hex');
}

function compile() {
  const solc = createRequire(import.meta.url)('solc');
  const input = { language: 'Solidity', sources: {}, settings: SETTINGS };
  for (const { file, content } of sources()) input.sources[file] = { content };
  const out = JSON.parse(solc.compile(JSON.stringify(input)));
  const errors = (out.errors ?? []).filter((e) => e.severity === 'error');
  for (const e of out.errors ?? []) console.error(e.formattedMessage);
  if (errors.length) throw new Error(`solc: ${errors.length} error(s)`);
  mkdirSync(BUILD_DIR, { recursive: true });
  for (const { file, content } of sources()) {
    for (const [contract, art] of Object.entries(out.contracts[file] ?? {})) {
      const bytecode = '0x' + art.evm.bytecode.object;
      if (bytecode === '0x') continue; // interfaces/abstracts
      const json = { contract, source: file, sourceHash: sourceHash(content), compiler: solc.version(), settings: SETTINGS, abi: art.abi, bytecode };
      writeFileSync(join(BUILD_DIR, `${contract}.json`), JSON.stringify(json, null, 2) + '\n');
      console.log(`built ${contract} (${(bytecode.length - 2) / 2} bytes) from ${file}`);
    }
  }
}

/** Throws with a readable list if any committed artefact does not match its current source. */
export function checkArtefacts() {
  const problems = [];
  const built = existsSync(BUILD_DIR) ? readdirSync(BUILD_DIR).filter((f) => f.endsWith('.json')) : [];
  const covered = new Set();
  for (const f of built) {
    const art = JSON.parse(readFileSync(join(BUILD_DIR, f), 'utf8'));
    const src = join(CONTRACTS_DIR, art.source ?? '');
    covered.add(art.source);
    if (!existsSync(src)) problems.push(`${f}: source ${art.source} is gone`);
    else if (art.sourceHash !== sourceHash(readFileSync(src, 'utf8'))) problems.push(`${f}: stale (source ${art.source} changed)`);
  }
  for (const { file } of sources()) if (!covered.has(file)) problems.push(`${file}: no artefact in build/`);
  if (problems.length) {
    throw new Error(`contract artefacts out of date — run \`node tests/support/compile-contracts.mjs\`:\n  ${problems.join('\n  ')}`);
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  try {
    if (process.argv.includes('--check')) {
      checkArtefacts();
      console.log('contract artefacts match their sources');
    } else compile();
  } catch (e) {
    console.error(e.message);
    process.exit(1);
  }
}
