package cymru.cylch.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

/**
 * Templates hold no words of their own: all visible text and accessible names come from the messages files, so
 * nothing is left untranslated. Text inside an element whose content Thymeleaf replaces is only a placeholder.
 */
class TemplateTextTest {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Pattern LETTERS = Pattern.compile("\\p{L}");
    private static final Pattern MESSAGE_KEY = Pattern.compile("#\\{([a-zA-Z0-9_.\\-]+)[}(]");
    private static final List<String> TEXT_ATTRIBUTES = List.of("title", "alt", "aria-label", "placeholder");

    @Test
    void noTemplateHasLiteralVisibleText() throws IOException {
        List<String> literal = new ArrayList<>();
        for (Path template : templates()) {
            var document = Jsoup.parse(Files.readString(template), "", Parser.xmlParser());
            for (Element element : document.getAllElements()) {
                if (replacesContent(element) || element.tagName().equals("script") || element.tagName().equals("style")) {
                    continue;
                }
                String own = element.ownText();
                if (LETTERS.matcher(own).find() && !insideReplacedElement(element)) {
                    literal.add(TEMPLATES.relativize(template) + ": <" + element.tagName() + "> " + own.strip());
                }
                for (String attribute : TEXT_ATTRIBUTES) {
                    if (element.hasAttr(attribute) && LETTERS.matcher(element.attr(attribute)).find()) {
                        literal.add(TEMPLATES.relativize(template) + ": " + attribute + "=\"" + element.attr(attribute) + "\"");
                    }
                }
            }
        }
        assertThat(literal).as("literal text in templates").isEmpty();
    }

    @Test
    void everyMessageKeyATemplateNamesExists() throws IOException {
        Properties english = MessagesParityTest.load("messages.properties");
        List<String> missing = new ArrayList<>();
        for (Path template : templates()) {
            Matcher keys = MESSAGE_KEY.matcher(Files.readString(template));
            while (keys.find()) {
                if (!english.containsKey(keys.group(1))) {
                    missing.add(TEMPLATES.relativize(template) + ": " + keys.group(1));
                }
            }
        }
        assertThat(missing).as("message keys used in templates but not defined").isEmpty();
    }

    @Test
    void theCheckFindsLiteralText() {
        var document = Jsoup.parse("<p>Hello <span th:text=\"#{x}\">placeholder</span></p>", "", Parser.xmlParser());
        var paragraph = document.selectFirst("p");
        assertThat(replacesContent(paragraph)).isFalse();
        assertThat(LETTERS.matcher(paragraph.ownText()).find()).isTrue();
        assertThat(replacesContent(document.selectFirst("span"))).isTrue();
    }

    private static boolean replacesContent(Element element) {
        // Not th:replace: a page's root replaces itself with the layout but its content fragment is real text.
        return element.hasAttr("th:text") || element.hasAttr("th:utext");
    }

    private static boolean insideReplacedElement(Element element) {
        for (Element parent : element.parents()) {
            if (replacesContent(parent)) {
                return true;
            }
        }
        return false;
    }

    private static List<Path> templates() throws IOException {
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            List<Path> html = files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
            assertThat(html).isNotEmpty();
            return html;
        }
    }
}
