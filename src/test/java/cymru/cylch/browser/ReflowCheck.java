package cymru.cylch.browser;

import com.microsoft.playwright.Page;
import java.util.List;

/**
 * Reflow (WCAG 1.4.10): at 320 CSS pixels wide, the width of a phone or of a desktop zoomed to 400%, the page
 * scrolls only up and down. Content allowed two dimensions (a wide table) must scroll inside its own box.
 */
final class ReflowCheck {

    static final int NARROW = 320;

    private static final String OVERFLOW = """
            async () => {
              // Charts redraw at the new width on the next frames.
              await new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)));
              await new Promise(done => setTimeout(done, 50));
              const width = document.documentElement.clientWidth;
              if (document.documentElement.scrollWidth <= width) return [];
              // The innermost elements that stick out, not counting those a box of their own scrolls.
              const scrolledWithin = el => {
                for (let up = el.parentElement; up && up !== document.body; up = up.parentElement) {
                  if (['auto', 'scroll', 'hidden'].includes(getComputedStyle(up).overflowX)) return true;
                }
                return false;
              };
              return [...document.body.querySelectorAll('*')]
                .filter(el => el.getBoundingClientRect().right > width + 1
                  && ![...el.children].some(c => c.getBoundingClientRect().right > width + 1)
                  && !scrolledWithin(el))
                .slice(0, 5)
                .map(el => el.tagName.toLowerCase() + (el.id ? '#' + el.id : '')
                  + (el.className && typeof el.className === 'string' ? '.' + el.className.trim().split(/\\s+/).join('.') : '')
                  + ' to ' + Math.round(el.getBoundingClientRect().right) + 'px');
            }""";

    private ReflowCheck() {
    }

    /** What sticks out at 320 pixels wide; empty when the page reflows. Leaves the page at its former size. */
    static List<String> problems(Page page) {
        var former = page.viewportSize();
        page.setViewportSize(NARROW, 640);
        try {
            @SuppressWarnings("unchecked")
            List<String> sticking = (List<String>) page.evaluate(OVERFLOW);
            return sticking.stream().map(where -> "scrolls sideways at " + NARROW + "px: " + where).toList();
        } finally {
            page.setViewportSize(former.width, former.height);
        }
    }
}
