/**
 * A question screen: progress where it is certain, the question as the heading, its answers
 * (radios, or checkboxes where several may be ticked), the note asking for an answer, and
 * Next, Back and Start again. An information-only screen shows its text and Next alone.
 */
import { html, nothing } from 'lit';
import type { AnswerValue, FlowItem } from './flow-types.js';
import { answerChoices, isPicked, picksSeveral } from './answer-choices.js';
import { backAndRestart, screenHeading, type ScreenMoves } from './screen-parts.js';

export interface QuestionScreen extends ScreenMoves {
  readonly item: FlowItem;
  readonly level: number;
  /** "Question n of m", where the count is certain. */
  readonly progress?: { readonly current: number; readonly total: number } | undefined;
  /** What the visitor has picked on this screen so far. */
  readonly draft?: AnswerValue | undefined;
  /** Next was pressed without a valid answer. */
  readonly missing: boolean;
  readonly onPick: (value: AnswerValue, checked: boolean) => void;
  readonly onNext: (event: Event) => void;
}

export function questionView(screen: QuestionScreen) {
  const { item, level, progress, missing, onNext, text } = screen;
  return html`<form class="panel" @submit=${onNext} novalidate>
    ${
      progress
        ? html`<p part="progress" class="progress">
            ${text.progress(progress.current, progress.total)}
          </p>`
        : nothing
    }
    ${screenHeading(item.text, level)}
    ${
      item.type === 'display'
        ? item.helpText
          ? html`<p>${item.helpText}</p>`
          : nothing
        : html`<fieldset
            part="question"
            class="question"
            aria-describedby=${missing ? 'missing' : nothing}
          >
            <legend class="visually-hidden">${item.text}</legend>
            ${item.helpText ? html`<p class="help">${item.helpText}</p>` : nothing}
            ${answerRows(screen)}
          </fieldset>`
    }
    ${
      missing
        ? html`<p part="error" class="error" id="missing" role="alert">
            ${picksSeveral(item) ? text.chooseSome : text.chooseOne}
          </p>`
        : nothing
    }
    <div class="actions">
      <button part="button primary" class="primary" type="submit">${text.next}</button>
      ${backAndRestart(screen)}
    </div>
  </form>`;
}

function answerRows({ item, draft, onPick, text }: QuestionScreen) {
  const type = picksSeveral(item) ? 'checkbox' : 'radio';
  return answerChoices(item, text).map(
    (choice) =>
      html`<label part="option" class="option">
        <input
          type=${type}
          name=${item.linkId}
          .checked=${isPicked(item, draft, choice.value)}
          @change=${(event: Event) =>
            onPick(choice.value, (event.target as HTMLInputElement).checked)}
        />
        <span>${choice.display}</span>
      </label>`,
  );
}
