import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import manifest from '../custom-elements.json';
import '../src/define.ts';

/**
 * Storybook builds argTypes from every class member in the manifest, private fields and
 * internal state included, and lists each attribute twice (as attribute and as property).
 * Keep the public API only: attributes, events, slots, parts, CSS properties, and the
 * public properties that have no attribute (such as the clinic's `services`).
 */
type Member = { kind?: string; privacy?: string; static?: boolean; attribute?: string };
type Manifest = { modules?: { declarations?: { members?: Member[] }[] }[] };

function publicApi<T extends Manifest>(source: T): T {
  const copy = structuredClone(source);
  for (const mod of copy.modules ?? []) {
    for (const declaration of mod.declarations ?? []) {
      declaration.members &&= declaration.members.filter(
        (member) =>
          member.kind === 'field' && !member.privacy && !member.static && !member.attribute,
      );
    }
  }
  return copy;
}

setCustomElementsManifest(publicApi(manifest as Manifest));

/**
 * Controls only where a story can use them: CSS custom properties take text (the booking
 * button stories set them on the element); events, slots and parts are documented only.
 */
type ArgTypesEnhancer = NonNullable<Preview['argTypesEnhancers']>[number];
const controlsByCategory: ArgTypesEnhancer = ({ argTypes }) =>
  Object.fromEntries(
    Object.entries(argTypes).map(([name, argType]) => {
      const category = argType.table?.category;
      if (category === 'css custom properties')
        return [name, { ...argType, control: { type: 'text' } }];
      if (category === 'events' || category === 'slots' || category === 'css shadow parts') {
        return [name, { ...argType, control: false }];
      }
      return [name, argType];
    }),
  );

const preview: Preview = {
  tags: ['autodocs'],
  argTypesEnhancers: [controlsByCategory],
  parameters: {
    controls: { expanded: true, sort: 'requiredFirst' },
    // axe runs on every story; a violation is an error (it fails the story under the Vitest addon).
    a11y: { test: 'error' },
    docs: { toc: false },
  },
};

export default preview;
