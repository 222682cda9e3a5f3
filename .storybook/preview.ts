import type { Decorator, Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import { html } from 'lit';
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

/**
 * The toolbar's language: every story renders inside an element with that `lang`, so each
 * widget resolves it as it would from a page section (its own `lang`, or its clinic's, still
 * wins). `?globals=locale:fr` in a story's URL does the same (scripts/check-stories.js).
 * https://storybook.js.org/docs/essentials/toolbars-and-globals
 */
const inLanguage: Decorator = (story, { globals }) =>
  html`<div lang=${(globals['locale'] as string | undefined) ?? 'en'}>${story()}</div>`;

const preview: Preview = {
  tags: ['autodocs'],
  argTypesEnhancers: [controlsByCategory],
  decorators: [inLanguage],
  globalTypes: {
    locale: {
      description: 'The language the widgets speak',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: [
          { value: 'en', title: 'English' },
          { value: 'fr', title: 'Français' },
          { value: 'es', title: 'Español' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'en' },
  parameters: {
    controls: { expanded: true, sort: 'requiredFirst' },
    // axe runs on every story; a violation is an error (it fails the story under the Vitest addon).
    a11y: { test: 'error' },
    docs: { toc: false },
  },
};

export default preview;
