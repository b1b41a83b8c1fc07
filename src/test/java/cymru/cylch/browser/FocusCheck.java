package cymru.cylch.browser;

import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Keyboard use (WCAG 2.1.1 and 2.4.7): presses Tab through the page as someone without a mouse would, and fails on
 * an interactive element Tab never reaches, or one that looks the same focused as not. How an element looks is
 * read from its computed outline, box shadow, colours and underline, and those of the parts GOV.UK draws its
 * focus on (a radio's or checkbox's label, the text inside a details summary), first with nothing focused.
 */
final class FocusCheck {

    private static final String PREPARE = """
            () => {
              const part = (el, pseudo) => {
                if (!el) return '';
                const s = getComputedStyle(el, pseudo);
                return [s.outlineStyle, s.outlineWidth, s.outlineColor, s.boxShadow, s.backgroundColor, s.color,
                  s.textDecorationLine, s.textDecorationThickness, s.borderBottomColor, s.borderBottomWidth].join('|');
              };
              const look = el => [part(el), part(el, '::before'), part(el, '::after'), part(el.nextElementSibling),
                part(el.nextElementSibling, '::before'), part(el.nextElementSibling, '::after'),
                part(el.firstElementChild), part(el.parentElement)].join(';');
              const name = el => el.tagName.toLowerCase() + (el.id ? '#' + el.id : '')
                + (el.getAttribute('href') ? '[href=' + el.getAttribute('href') + ']' : '')
                + ' "' + (el.innerText || el.value || el.name || '').trim().slice(0, 40) + '"';
              if (document.activeElement) document.activeElement.blur();
              const all = [...document.querySelectorAll(
                  'a[href], button, input:not([type=hidden]), select, textarea, summary, [tabindex]')]
                .filter(el => el.tabIndex >= 0 && !el.disabled && !el.closest('[inert]')
                  && el.checkVisibility({ visibilityProperty: true }));
              window.cylchFocus = { all, looks: all.map(look), look, name, reached: new Set(), unseen: [] };
              return all.length;
            }""";
    private static final String AFTER_TAB = """
            () => {
              const f = window.cylchFocus, el = document.activeElement, i = f.all.indexOf(el);
              if (i < 0) return -1;
              // Tab moves through the day, month and year of a date field before leaving it: still on the way.
              if (i === f.last && el.type === 'date') return i;
              f.last = i;
              const again = f.reached.has(i);
              f.reached.add(i);
              if (!again && f.look(el) === f.looks[i]) f.unseen.push(f.name(el));
              return again ? -2 : i;
            }""";
    // One radio of a group takes the Tab; the arrow keys move within it.
    private static final String RESULT = """
            () => {
              const f = window.cylchFocus;
              const reachedGroups = new Set([...f.reached].map(i => f.all[i])
                .filter(el => el.type === 'radio').map(el => el.form?.id + '/' + el.name));
              const missed = f.all.filter((el, i) => !f.reached.has(i)
                  && !(el.type === 'radio' && reachedGroups.has(el.form?.id + '/' + el.name)))
                .map(f.name);
              return { missed, unseen: f.unseen };
            }""";

    private FocusCheck() {
    }

    /** What is wrong with the page's keyboard focus; empty when nothing is. */
    static List<String> problems(Page page) {
        int interactive = ((Number) page.evaluate(PREPARE)).intValue();
        // Past the last element focus leaves the page; a few more presses than elements show every stop (a date
        // field takes three).
        for (int press = 0; press < 3 * interactive + 3; press++) {
            page.keyboard().press("Tab");
            if (((Number) page.evaluate(AFTER_TAB)).intValue() == -2) {
                break;
            }
        }
        @SuppressWarnings("unchecked")
        Map<String, List<String>> result = (Map<String, List<String>>) page.evaluate(RESULT);
        List<String> problems = new ArrayList<>();
        result.get("missed").forEach(name -> problems.add("not reached by Tab: " + name));
        result.get("unseen").forEach(name -> problems.add("no visible focus: " + name));
        return problems;
    }
}
