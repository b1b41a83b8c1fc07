package cymru.cylch.payments;

import org.jspecify.annotations.Nullable;

/** A rate card outcome's name in English and, where the commissioner gave one, Welsh. */
public record OutcomeName(String en, @Nullable String cy) {

    public String in(String language) {
        return "cy".equals(language) && cy != null && !cy.isBlank() ? cy : en;
    }
}
