import { css } from 'lit';

export const symptomCheckStyles = css`
  :host {
    display: block;
    max-width: var(--knead-check-max-width, 44em);
    /* Room for the start screen before and while it renders. */
    min-height: 12em;
  }
  .heading:focus {
    outline: none;
  }
  .heading:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 4px;
  }
  .progress,
  .level,
  .help {
    color: var(--_muted);
    font-size: 0.9375em;
  }
  .level {
    font-weight: 700;
    text-transform: uppercase;
    letter-spacing: 0.04em;
  }
  .disclaimer {
    padding: 0.75em 1em;
    border-inline-start: 4px solid var(--_accent);
    background: color-mix(in srgb, var(--_accent) 8%, var(--_surface));
  }
  fieldset {
    display: flex;
    flex-direction: column;
    gap: 0.5em;
    margin: 0;
    padding: 0;
    border: 0;
    min-width: 0;
  }
  .option {
    display: flex;
    align-items: center;
    gap: 0.75em;
    min-height: var(--_target);
    padding: 0.5em 0.875em;
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    cursor: pointer;
  }
  .option:has(input:checked) {
    border-color: var(--_accent);
    background: color-mix(in srgb, var(--_accent) 10%, var(--_surface));
    font-weight: 600;
  }
  .option:has(input:focus-visible) {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  input {
    flex: none;
    width: 1.25em;
    height: 1.25em;
    margin: 0;
    accent-color: var(--_accent);
  }
  .error {
    color: var(--_danger);
    font-weight: 600;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.75em;
    margin-top: 0.5em;
  }
  button.quiet {
    padding-inline: 0.5em;
    border-color: transparent;
    text-decoration: underline;
    text-underline-offset: 0.2em;
  }
  a {
    color: var(--_accent);
  }
  .result.emergency,
  .result.urgent {
    border: 3px solid var(--_danger);
  }
  .result.emergency .level,
  .result.urgent .level {
    color: var(--_danger);
  }
  .call {
    display: inline-flex;
    align-items: center;
    min-height: var(--_target);
    padding: 0.5em 1.5em;
    border-radius: var(--_radius);
    background: var(--_danger);
    color: var(--_surface);
    font-size: 1.25em;
    font-weight: 700;
    text-decoration: none;
  }
  .call.advice {
    background: var(--_accent);
    color: var(--_on-accent);
  }
  .call-text {
    display: block;
    font-size: 1.25em;
    font-weight: 700;
  }
  .result.emergency .call-text {
    color: var(--_danger);
  }
  .subheading {
    font-weight: 700;
  }
  .techniques {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 240px), 1fr));
    gap: 1em;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .techniques > li {
    display: flex;
  }
  .techniques knead-technique-card {
    flex: 1;
  }
  .exercises {
    display: flex;
    flex-direction: column;
    gap: 0.25em;
  }
  .message {
    color: var(--_danger);
  }
`;
