import type { Plugin } from 'vite';
export default function minifyLiterals(): Plugin;
