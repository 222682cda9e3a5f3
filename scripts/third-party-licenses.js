// A vite plugin that writes THIRD-PARTY-LICENSES.txt beside a bundle: the name, version and
// licence text of every npm package whose code the bundle contains (lit's packages, and the
// compiler's helpers). The minifier drops the licence comments from the code itself, and
// lit's BSD-3-Clause licence asks that its notice travel with the code.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROLLDOWN = fileURLToPath(new URL('../node_modules/rolldown', import.meta.url));
const PACKAGE = /[\\/]node_modules[\\/]((?:@[^\\/]+[\\/])?[^\\/]+)[\\/]/;

/** The package a module id lies in (`lit-html`, `@lit/context`) and its folder. */
const packageOf = (id) => {
  const match = [...id.matchAll(new RegExp(PACKAGE, 'g'))].at(-1);
  if (!match) return undefined;
  return {
    name: match[1].replaceAll('\\', '/'),
    folder: id.slice(0, match.index + match[0].length),
  };
};

export default function thirdPartyLicenses() {
  return {
    name: 'knead-third-party-licenses',
    apply: 'build',
    generateBundle(_options, bundle) {
      const folders = new Map();
      for (const file of Object.values(bundle))
        for (const id of file.type === 'chunk' ? file.moduleIds : []) {
          // The bundler's own helpers (decorators, namespaces) are virtual modules that ship
          // inside the rolldown package.
          const found = id.startsWith('\0')
            ? { name: 'rolldown', folder: ROLLDOWN }
            : packageOf(id);
          if (found) folders.set(found.name, found.folder);
        }
      const sections = [...folders]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([name, folder]) => {
          const { version, license } = JSON.parse(readFileSync(join(folder, 'package.json')));
          const file = readdirSync(folder).find((each) => /^licen[cs]e/i.test(each));
          const text = file ? readFileSync(join(folder, file), 'utf8').trim() : `${license}`;
          return `${name} ${version} (${license})\n\n${text}\n`;
        });
      this.emitFile({
        type: 'asset',
        fileName: 'THIRD-PARTY-LICENSES.txt',
        source: `The files in this folder contain code from these packages.\n\n${sections.join('\n---\n\n')}`,
      });
    },
  };
}
