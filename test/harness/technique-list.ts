/**
 * Reads `<knead-technique-list>` and drives it as a visitor would: the cards they can see,
 * the filter chips by name and whether each is pressed, the count line, "Clear filters",
 * and the note shown when the list cannot be shown. Plain DOM, so element tests and story
 * play functions share it. Each card reads through the card's harness.
 */
import type { KneadTechniqueList } from '../../src/technique-list/technique-list.js';
import type { KneadTechniqueCard } from '../../src/technique-card/technique-card.js';
import { cardName, isShown, part, parts, settle, textOf } from './technique-card.js';

export * from './technique-card.js';

type List = KneadTechniqueList;

/** Waits for the list, then every card in it, to render (cards read their clinic meanwhile). */
export async function settleList(list: List): Promise<void> {
  await list.updateComplete;
  await settle(...list.cards, ...list.cards);
}

/** The list in `root`, once it and its cards have rendered. */
export async function listIn(root: ParentNode): Promise<List> {
  const list = root.querySelector<List>('knead-technique-list');
  if (!list) throw new Error('no knead-technique-list here');
  await settleList(list);
  return list;
}

/** Every card's list item, in display order, including those the filters hide. */
export const listItems = (list: List): HTMLLIElement[] => [
  ...(part(list, 'list')?.querySelectorAll<HTMLLIElement>(':scope > li') ?? []),
];

/** The technique ids of every card, in display order. */
export const cardIds = (list: List): (string | undefined)[] =>
  list.cards.map((card) => card.technique);

/** The cards a visitor can see right now, in display order. */
export const visibleCards = (list: List): KneadTechniqueCard[] =>
  list.cards.filter((card) => isShown(card));

/** The names of the cards a visitor can see, in display order. */
export const visibleCardNames = (list: List): string[] => visibleCards(list).map(cardName);

/** The ids of the cards a visitor can see, in display order. */
export const visibleCardIds = (list: List): (string | undefined)[] =>
  visibleCards(list).map((card) => card.technique);

/** A chip's name, without the check mark a pressed chip shows. */
export const chipName = (chip: Element): string => textOf(chip).replace('✓', '').trim();

/** Whether a chip (a toggle button) is pressed. */
export const isPressed = (chip: Element): boolean => chip.getAttribute('aria-pressed') === 'true';

/** Every filter chip, in order. */
export const chips = (list: List): HTMLButtonElement[] => parts<HTMLButtonElement>(list, 'chip');

/** The chips of one group, by the group's name ("Good for", "Pressure"); none without it. */
export function chipGroup(list: List, title: string): HTMLButtonElement[] {
  const group = [...list.shadowRoot!.querySelectorAll('[role="group"][aria-labelledby]')].find(
    (candidate) =>
      textOf(list.shadowRoot!.getElementById(candidate.getAttribute('aria-labelledby')!)) === title,
  );
  return group ? [...group.querySelectorAll<HTMLButtonElement>('button[part~="chip"]')] : [];
}

/** The names of every chip, or of one group's. */
export const chipNames = (list: List, group?: string): string[] =>
  (group === undefined ? chips(list) : chipGroup(list, group)).map(chipName);

/** The names of the pressed chips. */
export const pressedChipNames = (list: List): string[] =>
  chips(list).filter(isPressed).map(chipName);

/** The chip with this name; throws when there is none. */
export function chip(list: List, name: string): HTMLButtonElement {
  const found = chips(list).find((candidate) => chipName(candidate) === name);
  if (!found) throw new Error(`no "${name}" filter chip`);
  return found;
}

/** Presses (or releases) a chip by its name, as a click, and waits for the list to show it. */
export async function toggleChip(list: List, name: string): Promise<void> {
  chip(list, name).click();
  await settle(list);
}

/** The "Clear filters" button a visitor sees: in the filters, else in the no-match note. */
export const clearButton = (list: List): HTMLButtonElement | undefined =>
  part<HTMLButtonElement>(list, 'clear') ??
  [...(part(list, 'empty')?.querySelectorAll('button') ?? [])].find(
    (button) => textOf(button) === 'Clear filters',
  );

/** Clicks "Clear filters" and waits for the list to show every technique again. */
export async function clearFilters(list: List): Promise<void> {
  const button = clearButton(list);
  if (!button) throw new Error('no "Clear filters" button');
  button.click();
  await settle(list);
}

/** The count line ("Showing 3 of 9 techniques"), or undefined without filters. */
export const countLine = (list: List): string | undefined =>
  part(list, 'count') ? textOf(part(list, 'count')) : undefined;

/** The note shown when the list cannot be shown, or '' when it shows its cards. */
export const listNote = (list: List): string => textOf(part(list, 'message'));
