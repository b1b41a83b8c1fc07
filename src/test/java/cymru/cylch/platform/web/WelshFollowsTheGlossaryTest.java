package cymru.cylch.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One Welsh term per concept: no Welsh message, instrument text, framework name or allocation table uses a variant
 * that {@code docs/glossary.psv} rules out, and the English says "care and support plan", the legal term.
 */
class WelshFollowsTheGlossaryTest {

    private static final Path GLOSSARY = Path.of("docs/glossary.psv");
    private static final Path RESOURCES = Path.of("src/main/resources");
    private static final List<String> LISTS = List.of("outcomes/frameworks.csv", "people/resource-allocation.psv",
            "people/areas.psv");
    private static final Pattern ENGLISH_SUPPORT_PLAN = Pattern.compile("(?<!care and )\\bsupport plans?\\b",
            Pattern.CASE_INSENSITIVE);

    record Term(String english, String welsh, List<String> variants, String source) {
    }

    /** A forbidden variant used in some text: where (a message key, or a file and line), which and instead of what. */
    record Finding(String where, String variant, Term term) {

        @Override
        public String toString() {
            return where + " uses “" + variant + "”: write “" + term.welsh() + "” for " + term.english();
        }
    }

    static List<Term> glossary() throws IOException {
        List<Term> terms = new ArrayList<>();
        for (String line : Files.readAllLines(GLOSSARY, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] columns = line.split("\\|", -1);
            assertThat(columns).as("four columns in: " + line).hasSize(4);
            List<String> variants = Arrays.stream(columns[2].split(";")).map(String::strip)
                    .filter(v -> !v.isEmpty()).toList();
            terms.add(new Term(columns[0].strip(), columns[1].strip(), variants, columns[3].strip()));
        }
        return terms;
    }

    /** Each variant as whole words, any case, whichever apostrophe was typed. */
    static Pattern pattern(String variant) {
        return Pattern.compile("(?<!\\p{L})" + Pattern.quote(typographic(variant)) + "(?!\\p{L})",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    static List<Finding> findings(Map<String, String> texts, List<Term> terms) {
        List<Finding> found = new ArrayList<>();
        texts.forEach((where, text) -> {
            for (Term term : terms) {
                for (String variant : term.variants()) {
                    if (pattern(variant).matcher(typographic(text)).find()) {
                        found.add(new Finding(where, variant, term));
                    }
                }
            }
        });
        return found;
    }

    @Test
    void welshMessagesUseNoVariantTheGlossaryRulesOut() throws IOException {
        Properties welsh = MessagesParityTest.load("messages_cy.properties");
        Map<String, String> texts = new TreeMap<>();
        welsh.stringPropertyNames().forEach(key -> texts.put("messages_cy.properties " + key, welsh.getProperty(key)));

        assertThat(findings(texts, glossary())).as("Welsh messages using a variant the glossary rules out").isEmpty();
    }

    @Test
    void instrumentsFrameworksAndAllocationTablesUseNoVariantTheGlossaryRulesOut() throws IOException {
        Map<String, String> texts = new TreeMap<>();
        try (Stream<Path> files = Files.list(RESOURCES.resolve("measurement/instruments"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                collectWelsh(JsonMapper.builder().build().readTree(file.toFile()), RESOURCES.relativize(file) + " ",
                        texts);
            }
        }
        for (String list : LISTS) {
            List<String> lines = Files.readAllLines(RESOURCES.resolve(list), StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                if (!lines.get(i).startsWith("#")) {
                    texts.put(list + " line " + (i + 1), lines.get(i));
                }
            }
        }

        assertThat(texts).hasSizeGreaterThan(50);
        assertThat(findings(texts, glossary())).as("Welsh text using a variant the glossary rules out").isEmpty();
    }

    @Test
    void englishMessagesSayCareAndSupportPlan() throws IOException {
        Properties english = MessagesParityTest.load("messages.properties");
        List<String> found = english.stringPropertyNames().stream().sorted()
                .filter(key -> ENGLISH_SUPPORT_PLAN.matcher(english.getProperty(key)).find()).toList();

        assertThat(found).as("English messages saying “support plan” for the person’s care and support plan")
                .isEmpty();
    }

    @Test
    void theGlossaryHasTheCoreTermsEachWithASourceAndNoVariantMatchesItsOwnTerm() throws IOException {
        List<Term> terms = glossary();

        assertThat(terms).extracting(Term::english).contains("outcome", "personal outcome", "care and support plan",
                "what matters (to the person)", "well-being", "review (of an outcome or a plan)", "provider",
                "commissioner", "care manager", "carer", "direct payment", "individual service fund", "council",
                "health board", "assessment", "audit log", "record", "contract", "rate card", "payment run",
                "funding decision", "team manager", "the person, as a pronoun");
        assertThat(terms).allSatisfy(term -> {
            assertThat(term.welsh()).as(term.english()).isNotBlank();
            assertThat(term.source()).as(term.english()).isNotBlank();
            assertThat(term.variants()).as(term.english()).noneMatch(v -> pattern(v).matcher(term.welsh()).find());
        });
        assertThat(terms).extracting(Term::english).doesNotHaveDuplicates();
    }

    @Test
    void theCheckFindsMutatedVariantsAndLeavesTheRightTermAlone() throws IOException {
        List<Term> terms = glossary();
        Map<String, String> planted = new TreeMap<>(Map.of(
                "plan.a", "Gwneud cynllun cymorth",
                "plan.b", "Ni all yr adolygiad fod cyn i Gynllun Cymorth yr unigolyn ddod i rym",
                "plan.c", "Sut mae fy nghynllun cymorth wedi’i drefnu",
                "audit.title", "Cofnod archwilio",
                "plan.right", "Llunio cynllun gofal a chymorth; cymorth i ofalwyr; cynllun gofal a chymorth yr unigolyn",
                "person.right", "Lles y plentyn; llesiant meddyliol; y dyddiad marwolaeth; comisiynwyr"));

        List<Finding> found = findings(planted, terms);

        assertThat(found).extracting(Finding::where, Finding::variant).containsExactlyInAnyOrder(
                tuple("plan.a", "cynllun cymorth"),
                tuple("plan.a", "gwneud cynllun"),
                tuple("plan.b", "gynllun cymorth"),
                tuple("plan.c", "nghynllun cymorth"),
                tuple("audit.title", "cofnod archwilio"));
        assertThat(found).extracting(Finding::toString).contains(
                "plan.c uses “nghynllun cymorth”: write “cynllun gofal a chymorth” for care and support plan");
        assertThat(ENGLISH_SUPPORT_PLAN.matcher("Make a support plan").find()).isTrue();
        assertThat(ENGLISH_SUPPORT_PLAN.matcher("Make a care and support plan").find()).isFalse();
    }

    private static void collectWelsh(JsonNode node, String path, Map<String, String> texts) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                if (field.getKey().equals("cy") && field.getValue().isString()) {
                    texts.put(path + "/cy", field.getValue().asString());
                } else {
                    collectWelsh(field.getValue(), path + "/" + field.getKey(), texts);
                }
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collectWelsh(node.get(i), path + "/" + i, texts);
            }
        }
    }

    private static String typographic(String text) {
        return text.replace('\'', '’');
    }
}
