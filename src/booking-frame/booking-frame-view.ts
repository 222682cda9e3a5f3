/**
 * The booking frame's templates that need nothing of the element but what they are given:
 * the placeholder shown before anything of the provider's loads.
 */
import { html, type TemplateResult } from 'lit';
import type { FrameMessages } from './frame-messages.js';

/** Before the visitor asks: who the provider is, that it may set cookies, and the button. */
export function placeholderView(
  provider: string,
  privacy: string,
  text: FrameMessages,
  onShow: () => void,
): TemplateResult {
  return html`<div part="placeholder" class="placeholder">
    <p>${text.intro(provider)}</p>
    <p>
      ${text.cookies(provider)}
      <a href=${privacy} target="_blank" rel="noopener noreferrer">${text.privacy(provider)}</a>
    </p>
    <button part="show" class="primary" type="button" @click=${onShow}>${text.show}</button>
  </div>`;
}
