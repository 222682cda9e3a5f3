import base from './web-test-runner.config.js';
import { firefox } from './web-test-runner.browsers.js';

/** `npm run test:firefox`: the same suite in firefox-esr (no coverage there). */
export default { ...base, browsers: [await firefox()] };
