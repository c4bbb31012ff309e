import { useUi } from '../store/ui';

/**
 * In a short embedded frame the diagram stays pinned at the top (embed.css) and the panel scrolls under
 * it. When the learner opens a tab, a scene or an explanation, bring the panel's top up to the diagram's
 * lower edge, so a switch and the server it breaks are on screen together. Returns the unsubscribe.
 */
export function keepPanelInView(): () => void {
  return useUi.subscribe((s, prev) => {
    const opened = s.panelTab !== prev.panelTab || s.breakScene !== prev.breakScene || (s.selected !== null && s.selected !== prev.selected);
    if (!opened) return;
    requestAnimationFrame(() => {
      const stage = document.querySelector<HTMLElement>('.stage');
      const panel = document.querySelector<HTMLElement>('.side-panel');
      // Only the pinned layout (a frame 640 to 1100 px wide) needs it.
      if (!stage || !panel || getComputedStyle(stage).position !== 'sticky') return;
      const top = panel.getBoundingClientRect().top + window.scrollY - stage.offsetHeight;
      if (Math.abs(window.scrollY - top) > 1) window.scrollTo({ top, behavior: 'instant' });
    });
  });
}
