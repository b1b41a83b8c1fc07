package cymru.cylch.payments;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Rate cards of government payment-by-results programmes that Cylch ships as reference data
 * ({@code payments/rate-cards/*.json}, sources in its {@code SOURCES.md}): Troubled Families (2012), the Fair Chance
 * Fund and the Youth Engagement Fund. A commissioner starts from one; the demo county lets a contract on each.
 */
@Component
public class PublishedRateCards {

    /** The cards, by the file's name. */
    public static final List<String> NAMES = List.of("troubled-families-2012", "fair-chance-fund",
            "youth-engagement");

    private final JsonMapper json;

    PublishedRateCards(JsonMapper json) {
        this.json = json;
    }

    /** The card in the file of this name; sound (checked), or the file is wrong and Cylch says so at once. */
    public RateCard card(String name) {
        if (!NAMES.contains(name)) {
            throw new IllegalArgumentException("No published rate card " + name);
        }
        try (InputStream in = new ClassPathResource("payments/rate-cards/" + name + ".json").getInputStream()) {
            RateCard card = json.readValue(in, RateCardJson.class).card();
            RateCardRules.check(card, List.of());
            return card;
        } catch (IOException e) {
            throw new UncheckedIOException("The published rate card " + name + " cannot be read", e);
        }
    }
}
