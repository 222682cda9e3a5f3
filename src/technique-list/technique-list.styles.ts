import { css } from 'lit';

export const techniqueListStyles = css`
  :host {
    /* Columns follow the space the list gets (a CMS column, a sidebar), not the window. */
    container-type: inline-size;
    /* Containment hides the content's width: where a page sizes the list by its content
       (inline-block, flex row, table cell), keep room for one readable column. */
    contain-intrinsic-inline-size: var(--knead-list-min-column, 260px);
    display: block;
  }
  /* A theme unlike the page's brings its own background, so its text stays readable. */
  :host([theme]) {
    background: var(--knead-list-background, var(--_surface));
  }
  /* Likewise with its clinic's theme: a rule of its own, since one unknown selector drops
     the whole rule in a browser without :state()
     (https://developer.mozilla.org/en-US/docs/Web/CSS/Selector_list#invalid_selector_list). */
  :host(:state(theme-light)),
  :host(:state(theme-dark)),
  :host(:state(theme-auto)) {
    background: var(--knead-list-background, var(--_surface));
  }
  .filters {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-end;
    gap: 0.75em 1.5em;
  }
  .chip-group {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em;
  }
  .group-label {
    flex-basis: 100%;
    color: var(--_muted);
    font-size: 0.875em;
    font-weight: 600;
  }
  button {
    font: inherit;
    cursor: pointer;
  }
  .chip,
  .clear {
    display: inline-flex;
    align-items: center;
    gap: 0.375em;
    min-height: var(--_target);
    padding: 0.25em 1em;
    border: 2px solid var(--_accent);
    border-radius: 999px;
    background: var(--knead-chip-background, var(--_surface));
    color: var(--_text);
  }
  .check {
    display: none;
  }
  .chip[aria-pressed='true'] {
    background: var(--knead-chip-pressed-background, var(--_accent));
    color: var(--_on-accent);
    font-weight: 600;
  }
  .chip[aria-pressed='true'] .check {
    display: inline;
  }
  .clear {
    border-color: var(--_border);
  }
  .count {
    margin: 0.75em 0;
    color: var(--_muted);
  }
  .grid {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--knead-list-gap, 1em);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .grid > li {
    display: flex;
    min-width: 0;
  }
  .grid > li[hidden] {
    display: none;
  }
  .grid knead-technique-card {
    flex: 1;
  }
  @container (min-width: 560px) {
    .grid {
      grid-template-columns: repeat(
        auto-fill,
        minmax(min(100%, var(--knead-list-min-column, 260px)), 1fr)
      );
    }
  }
  .empty,
  .message {
    margin: 0.75em 0;
  }
  .message {
    color: var(--_danger);
  }
  .link {
    padding: 0;
    border: 0;
    background: none;
    color: var(--_accent);
    text-decoration: underline;
    min-height: 24px;
  }
`;
