import type { StorybookConfig } from '@storybook/web-components-vite';

/**
 * Storybook for every element in every state. Docs and controls come from
 * custom-elements.json (`npm run analyze`), which `preview.ts` hands to Storybook.
 */
const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  core: {
    // No network here or in CI: no telemetry, no version check, no crash reports.
    disableTelemetry: true,
    enableCrashReports: false,
    disableWhatsNewNotifications: true,
  },
};

export default config;
