/**
 * The booking frame's templates that need nothing of the element but what they are given:
 * the placeholder shown before anything of the provider's loads, and the booking button
 * shown instead of a frame.
 */
import { html, nothing, type TemplateResult } from 'lit';
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
    <p>${text.cookies(provider)}</p>
    <a href=${privacy} target="_blank" rel="noopener noreferrer">${text.privacy(provider)}</a>
    <button part="show" class="primary" type="button" @click=${onShow}>${text.show}</button>
  </div>`;
}

/** The booking settings a frame passes on to the button it shows instead. */
export interface ButtonSettings {
  readonly provider?: string | undefined;
  readonly account?: string | undefined;
  readonly service?: string | undefined;
  readonly href?: string | undefined;
  readonly utmSource?: string | undefined;
  readonly utmMedium?: string | undefined;
  readonly utmCampaign?: string | undefined;
}

/** The booking button, a new tab, for settings that cannot be framed or cannot book. */
export function buttonInsteadView(settings: ButtonSettings): TemplateResult {
  void import('../booking-button/define.js');
  return html`<knead-booking-button
    provider=${settings.provider ?? nothing}
    account=${settings.account ?? nothing}
    service=${settings.service ?? nothing}
    href=${settings.href ?? nothing}
    utm-source=${settings.utmSource ?? nothing}
    utm-medium=${settings.utmMedium ?? nothing}
    utm-campaign=${settings.utmCampaign ?? nothing}
    mode="new-tab"
  ></knead-booking-button>`;
}
