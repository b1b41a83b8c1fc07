package cymru.cylch.measurement;

/** Text in English and Welsh. */
public record Wording(String en, String cy) {

    public String in(String language) {
        return "cy".equals(language) && cy != null && !cy.isBlank() ? cy : en;
    }
}
