import { expect } from '@open-wc/testing';

/**
 * The source of `files` in `src/<folder>/`, as the test server serves them (TypeScript
 * compiled, property names kept), joined: to see which message keys the code reads.
 */
export async function sourceOf(folder: string, files: readonly string[]): Promise<string> {
  const sources = await Promise.all(
    files.map(async (file) => {
      const response = await fetch(`/src/${folder}/${file}`);
      expect(response.ok, `src/${folder}/${file}`).to.equal(true);
      return response.text();
    }),
  );
  return sources.join('\n');
}
