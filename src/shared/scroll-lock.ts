/**
 * Locks page scrolling while a modal is open, without the jump a vanishing scrollbar
 * causes: its width is given back as padding. Counted, so nested modals unlock once.
 */
let locks = 0;
let saved: { overflow: string; paddingRight: string } | undefined;

export function lockPageScroll(): void {
  if (locks++ > 0) return;
  const root = document.documentElement;
  const scrollbar = window.innerWidth - root.clientWidth;
  saved = { overflow: root.style.overflow, paddingRight: root.style.paddingRight };
  root.style.overflow = 'hidden';
  if (scrollbar > 0) {
    const padding = parseFloat(getComputedStyle(root).paddingRight) || 0;
    root.style.paddingRight = `${padding + scrollbar}px`;
  }
}

export function unlockPageScroll(): void {
  if (locks === 0 || --locks > 0 || !saved) return;
  const root = document.documentElement;
  root.style.overflow = saved.overflow;
  root.style.paddingRight = saved.paddingRight;
  saved = undefined;
}
