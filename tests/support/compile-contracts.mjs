// Compiles the Solidity sources with the pinned solc-js, one directory at a time:
//   tests/contracts/*.sol → tests/contracts/build/<Name>.json   test doubles (tokens, wallets)
//   contracts/*.sol       → contracts/build/<Name>.json         production code that ships, plus
//                           src/x402/evm/erc6492_checker.hex: Erc6492Checker's creation bytecode as
//                           one line of lowercase hex without 0x (no newline), for the Rust side
// An artefact is {contract, source, sourceHash, compiler, settings, abi, bytecode}. They are
// committed so tests need no compiler run; `--check` recompiles nothing and only compares
// hashes (and the .hex with its artefact), so a .sol edit without a rebuild fails loudly
// instead of testing or shipping stale bytecode.
//   node tests/support/compile-contracts.mjs          # (re)build
//   node tests/support/compile-contracts.mjs --check  # exit 1 if any artefact or the .hex is stale/missing

import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = join(HERE, '..', '..');
export const CONTRACTS_DIR = join(ROOT, 'tests', 'contracts');
export const BUILD_DIR = join(CONTRACTS_DIR, 'build');
export const PRODUCTION_DIR = join(ROOT, 'contracts');
export const PRODUCTION_BUILD_DIR = join(PRODUCTION_DIR, 'build');
/** Erc6492Checker's creation bytecode, as the Rust code embeds it. */
export const CHECKER_HEX = join(ROOT, 'src', 'x402', 'evm', 'erc6492_checker.hex');

// Each directory is one solc run: a test contract can never change production bytecode.
const TARGETS = [
  { dir: CONTRACTS_DIR, build: BUILD_DIR },
  { dir: PRODUCTION_DIR, build: PRODUCTION_BUILD_DIR, hex: { contract: 'Erc6492Checker', path: CHECKER_HEX } },
];

// cancun: supported by anvil's default hardfork and by X Layer/Base; avoids depending on
// solc's moving default (newer opcodes than the chain under test would be a silent trap).
const SETTINGS = {
  optimizer: { enabled: true, runs: 200 },
  evmVersion: 'cancun',
  outputSelection: { '*': { '*': ['abi', 'evm.bytecode.object'] } },
};

const rel = (p) => relative(ROOT, p);

function sources(dir) {
  return readdirSync(dir).filter((f) => f.endsWith('.sol')).sort()
    .map((file) => ({ file, content: readFileSync(join(dir, file), 'utf8') }));
}

// The hash covers source AND settings: changing the optimizer or evmVersion must also rebuild.
function sourceHash(content) {
  return '0x' + createHash('sha256').update(JSON.stringify(SETTINGS)).update('\0').update(content).digest('hex');
}

/** The .hex file's exact content for a creation bytecode '0x…'. */
const hexFileContent = (bytecode) => bytecode.slice(2).toLowerCase();

function compile({ dir, build, hex }) {
  const solc = createRequire(import.meta.url)('solc');
  const input = { language: 'Solidity', sources: {}, settings: SETTINGS };
  for (const { file, content } of sources(dir)) input.sources[file] = { content };
  const out = JSON.parse(solc.compile(JSON.stringify(input)));
  const errors = (out.errors ?? []).filter((e) => e.severity === 'error');
  for (const e of out.errors ?? []) console.error(e.formattedMessage);
  if (errors.length) throw new Error(`solc (${rel(dir)}): ${errors.length} error(s)`);
  mkdirSync(build, { recursive: true });
  for (const { file, content } of sources(dir)) {
    for (const [contract, art] of Object.entries(out.contracts[file] ?? {})) {
      const bytecode = '0x' + art.evm.bytecode.object;
      if (bytecode === '0x') continue; // interfaces/abstracts
      const json = { contract, source: file, sourceHash: sourceHash(content), compiler: solc.version(), settings: SETTINGS, abi: art.abi, bytecode };
      writeFileSync(join(build, `${contract}.json`), JSON.stringify(json, null, 2) + '\n');
      console.log(`built ${contract} (${(bytecode.length - 2) / 2} bytes) from ${rel(join(dir, file))}`);
      if (hex?.contract === contract) {
        mkdirSync(dirname(hex.path), { recursive: true });
        writeFileSync(hex.path, hexFileContent(bytecode));
        console.log(`wrote ${rel(hex.path)}`);
      }
    }
  }
  if (hex && !existsSync(join(build, `${hex.contract}.json`))) throw new Error(`${rel(dir)}: no contract ${hex.contract} to write ${rel(hex.path)} from`);
}

function problemsOf({ dir, build, hex }) {
  const problems = [];
  const built = existsSync(build) ? readdirSync(build).filter((f) => f.endsWith('.json')) : [];
  const covered = new Set();
  for (const f of built) {
    const art = JSON.parse(readFileSync(join(build, f), 'utf8'));
    const src = join(dir, art.source ?? '');
    covered.add(art.source);
    if (!existsSync(src)) problems.push(`${rel(join(build, f))}: source ${art.source} is gone`);
    else if (art.sourceHash !== sourceHash(readFileSync(src, 'utf8'))) problems.push(`${rel(join(build, f))}: stale (source ${art.source} changed)`);
  }
  for (const { file } of sources(dir)) if (!covered.has(file)) problems.push(`${rel(join(dir, file))}: no artefact in ${rel(build)}/`);
  if (hex) {
    const artPath = join(build, `${hex.contract}.json`);
    if (!existsSync(hex.path)) problems.push(`${rel(hex.path)}: missing`);
    else if (existsSync(artPath) && readFileSync(hex.path, 'utf8') !== hexFileContent(JSON.parse(readFileSync(artPath, 'utf8')).bytecode)) {
      problems.push(`${rel(hex.path)}: differs from ${rel(artPath)}'s bytecode`);
    }
    if (!existsSync(artPath)) problems.push(`${rel(artPath)}: missing`);
  }
  return problems;
}

/** Throws with a readable list if any committed artefact (or the checker's .hex) does not match its current source. */
export function checkArtefacts() {
  const problems = TARGETS.flatMap(problemsOf);
  if (problems.length) {
    throw new Error(`contract artefacts out of date — run \`node tests/support/compile-contracts.mjs\`:\n  ${problems.join('\n  ')}`);
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  try {
    if (process.argv.includes('--check')) {
      checkArtefacts();
      console.log('contract artefacts match their sources');
    } else for (const target of TARGETS) compile(target);
  } catch (e) {
    console.error(e.message);
    process.exit(1);
  }
}
