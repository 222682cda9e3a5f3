// A vite plugin that minifies the CSS and HTML inside lit's `css` and `html` template
// literals; vite's minifier leaves template text alone. Used for the CDN build and the
// size measurements.
import { minifyHTMLLiterals } from 'minify-literals';

export default function minifyLiterals() {
  return {
    name: 'knead-minify-literals',
    apply: 'build',
    async transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !/\b(html|css)`/.test(code)) return null;
      const result = await minifyHTMLLiterals(code, { fileName: id });
      return result ? { code: result.code, map: result.map } : null;
    },
  };
}
