// The urgent and connection banners stick to the top of the window. Whatever the browser scrolls
// into view (a flag linked from the sign-off list, a field reached with Tab) must land below
// them, not under them (WCAG 2.4.11): the page's scroll padding follows their height.
import { useEffect, type RefObject } from 'react';

/** Space kept between the banners and what is scrolled to, in CSS px. */
export const STICKY_GAP = 8;

export function scrollPaddingFor(bannersHeight: number): string {
  return bannersHeight > 0 ? `${Math.ceil(bannersHeight) + STICKY_GAP}px` : '';
}

export function useStickyOffset(ref: RefObject<HTMLElement | null>) {
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const root = document.documentElement;
    const update = () => {
      root.style.scrollPaddingTop = scrollPaddingFor(element.getBoundingClientRect().height);
    };
    update();
    const observer = new ResizeObserver(update);
    observer.observe(element);
    return () => {
      observer.disconnect();
      root.style.scrollPaddingTop = '';
    };
  }, [ref]);
}
