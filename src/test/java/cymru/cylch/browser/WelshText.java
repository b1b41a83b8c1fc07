package cymru.cylch.browser;

import com.microsoft.playwright.Page;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Welsh is a full language of the product: no visible sentence of a page in Welsh may be the same as on the page in
 * English. What is the same in both languages by nature is let through by a short allow-list, each with its reason,
 * after taking out the words people recorded in Cylch (names, outcomes in the person's own words, planned support),
 * which are shown as typed in either language. Text marked with a {@code lang} of its own (the language switch
 * names the other language in that language) or {@code translate="no"} (codes) is not the page's text.
 */
final class WelshText {

    private record Allowed(Pattern text, String reason) {
    }

    static final List<Allowed> SAME_IN_BOTH = List.of(
            new Allowed(Pattern.compile("[^\\p{Ll}]*"),
                    "no small letter: numbers, money, dates in figures, references, codes and abbreviations in "
                            + "capitals (WEMWBS, CY1000299, SA1 1AA)"),
            new Allowed(Pattern.compile("[\\w.+-]+@[\\w.-]+"), "email addresses"),
            new Allowed(Pattern.compile("Cylch"), "the product's name, the same in both languages"),
            new Allowed(Pattern.compile("(Contract|Lot|Grant)( \\d+)?"),
                    "words Welsh borrowed whole: contract, lot and grant are the Welsh terms (docs/glossary.psv)"));

    private static final String TEXT = """
            () => {
              const marked = [...document.body.querySelectorAll('[lang], [translate=no]')]
                .filter(el => el.translate === false || el.lang !== document.documentElement.lang);
              const former = marked.map(el => el.style.display);
              marked.forEach(el => el.style.display = 'none');
              const text = document.body.innerText;
              marked.forEach((el, i) => el.style.display = former[i]);
              return text;
            }""";

    private WelshText() {
    }

    /** The page's visible sentences, in order, each once. */
    static Set<String> sentences(Page page) {
        Set<String> sentences = new LinkedHashSet<>();
        // Lines, and a table's cells (innerText puts a tab between them).
        for (String line : ((String) page.evaluate(TEXT)).split("[\\n\\t]")) {
            for (String sentence : line.strip().split("(?<=[.!?])\\s+")) {
                String plain = sentence.strip().replaceAll("\\s+", " ");
                if (!plain.isEmpty()) {
                    sentences.add(plain);
                }
            }
        }
        return sentences;
    }

    /**
     * Sentences of the Welsh page that are word for word on the English page, and not allowed to be. {@code recorded}
     * is what people typed into Cylch; longer texts first, so a name inside a longer record is not taken out alone.
     */
    static List<String> untranslated(Set<String> english, Set<String> welsh, List<String> recorded) {
        return welsh.stream()
                .filter(english::contains)
                .filter(sentence -> !allowed(withoutRecorded(sentence, recorded)))
                .map(sentence -> "the same in English: “" + sentence + "”")
                .toList();
    }

    private static String withoutRecorded(String sentence, List<String> recorded) {
        String rest = sentence;
        for (String words : recorded) {
            if (rest.contains(words)) {
                rest = rest.replace(words, " ");
            }
        }
        return rest.strip();
    }

    private static boolean allowed(String rest) {
        return SAME_IN_BOTH.stream().anyMatch(a -> a.text.matcher(rest).matches());
    }
}
