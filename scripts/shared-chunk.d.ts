import type { Plugin } from 'vite';

/** The CDN build's shared chunk: a plugin that reads the module graph, and its group. */
export default function sharedChunk(): {
  plugin: Plugin;
  group: { name: string; test: (id: string) => boolean };
};
