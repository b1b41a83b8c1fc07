package cymru.cylch.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Welsh is a full language of the product: every key exists in both files once, and none is left empty. */
class MessagesParityTest {

    static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (var in = MessagesParityTest.class.getResourceAsStream("/" + name)) {
            assertThat(in).as(name).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void everyKeyIsInBothLanguages() throws IOException {
        Set<String> english = new TreeSet<>(load("messages.properties").stringPropertyNames());
        Set<String> welsh = new TreeSet<>(load("messages_cy.properties").stringPropertyNames());

        Set<String> missingInWelsh = new TreeSet<>(english);
        missingInWelsh.removeAll(welsh);
        Set<String> missingInEnglish = new TreeSet<>(welsh);
        missingInEnglish.removeAll(english);

        assertThat(english).hasSizeGreaterThan(100);
        assertThat(missingInWelsh).as("keys missing from messages_cy.properties").isEmpty();
        assertThat(missingInEnglish).as("keys missing from messages.properties").isEmpty();
    }

    @Test
    void noKeyIsGivenTwice() throws IOException {
        for (String file : new String[] {"messages.properties", "messages_cy.properties"}) {
            Set<String> seen = new TreeSet<>();
            Set<String> repeated = new TreeSet<>();
            try (var in = MessagesParityTest.class.getResourceAsStream("/" + file)) {
                assertThat(in).as(file).isNotNull();
                new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                        .filter(line -> !line.isBlank() && !line.startsWith("#") && line.contains("="))
                        .map(line -> line.substring(0, line.indexOf('=')).strip())
                        .forEach(key -> {
                            if (!seen.add(key)) {
                                repeated.add(key);
                            }
                        });
            }
            // A later line silently replaces an earlier one, so one of the two texts is never shown.
            assertThat(repeated).as("keys given twice in " + file).isEmpty();
        }
    }

    @Test
    void noMessageIsBlankAndNoneUsesAPlainApostropheWithArguments() throws IOException {
        for (String file : new String[] {"messages.properties", "messages_cy.properties"}) {
            Properties properties = load(file);
            for (String key : properties.stringPropertyNames()) {
                String value = properties.getProperty(key);
                assertThat(value).as(file + " " + key).isNotBlank();
                assertThat(value).as(file + " " + key + " (MessageFormat drops a plain ' ; use ’)").doesNotContain("'");
            }
        }
    }
}
