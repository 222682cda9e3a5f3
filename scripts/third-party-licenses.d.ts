import type { Plugin } from 'vite';

/** Writes THIRD-PARTY-LICENSES.txt beside the bundle, for the npm packages it contains. */
export default function thirdPartyLicenses(): Plugin;
