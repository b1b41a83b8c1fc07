package cymru.cylch.browser;

import com.microsoft.playwright.Page;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Welsh is a full language of the product: no visible sentence of a page in Welsh may be the same as on the page in
 * English. What is the same in both languages by nature is let through by a short allow-list, each with its reason.
 * Text marked with a {@code lang} of its own (the language switch names the other language in that language) is
 * not the page's text and is left out.
 */
final class WelshText {

    private record Allowed(Pattern text, String reason) {
    }

    static final List<Allowed> SAME_IN_BOTH = List.of(
            new Allowed(Pattern.compile("[^\\p{L}]*(\\p{L}[^\\p{L}]*)?"),
                    "numbers, money, dates in figures and references: no word in them"),
            new Allowed(Pattern.compile("\\S+@\\S+"), "email addresses"),
            new Allowed(Pattern.compile("[\\p{Lu}\\d][^\\p{Ll}]*"),
                    "codes and abbreviations in capitals (WEMWBS, NHS numbers, postcodes)"),
            new Allowed(Pattern.compile("[a-z0-9]+(-[a-z0-9]+)+"), "instrument and rule codes (ascot-asc-survey)"),
            new Allowed(Pattern.compile("(\\p{Lu}[\\p{L}’'.-]*|of|and|a|y|yr|ac|&|\\(|\\))(\\s+(\\p{Lu}[\\p{L}’'.-]*|of|and|y|yr|ac|&|\\d+))*"),
                    "names of people, organisations and instruments: proper nouns, written the same in both"),
            new Allowed(Pattern.compile("Cylch"), "the product's name"));

    private static final String TEXT = """
            () => {
              const marked = [...document.body.querySelectorAll('[lang]')]
                .filter(el => el.lang !== document.documentElement.lang);
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
        for (String line : ((String) page.evaluate(TEXT)).split("\\n")) {
            for (String sentence : line.strip().split("(?<=[.!?])\\s+")) {
                String plain = sentence.strip().replaceAll("\\s+", " ");
                if (!plain.isEmpty()) {
                    sentences.add(plain);
                }
            }
        }
        return sentences;
    }

    /** Sentences of the Welsh page that are word for word on the English page, and not allowed to be. */
    static List<String> untranslated(Set<String> english, Set<String> welsh) {
        return welsh.stream()
                .filter(english::contains)
                .filter(sentence -> SAME_IN_BOTH.stream().noneMatch(a -> a.text.matcher(sentence).matches()))
                .map(sentence -> "the same in English: “" + sentence + "”")
                .toList();
    }
}
