import type { Plugin } from 'vite';
export default function noPreloadHelper(): Plugin;
