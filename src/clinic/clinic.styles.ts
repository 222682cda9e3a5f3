import { css } from 'lit';
import { themeStyles } from '../shared/theme-styles.js';

export const clinicStyles = css`
  :host {
    display: contents;
  }
  ${themeStyles}
`;
