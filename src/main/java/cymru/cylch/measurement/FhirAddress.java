package cymru.cylch.measurement;

import java.util.UUID;

/**
 * Where an instrument lives in FHIR: its Questionnaire's canonical URL, and the code systems of its items'
 * answers. Shipped instruments are the same everywhere; an organisation's own are addressed under it, since two
 * councils may each have a "wellbeing-check" that asks different things.
 */
public record FhirAddress(String questionnaire, String answerSystems) {

    private static final String BASE = "https://cylch.cymru/fhir/";

    public static FhirAddress shipped(String instrumentCode) {
        return new FhirAddress(BASE + "Questionnaire/" + instrumentCode, BASE + "CodeSystem/" + instrumentCode);
    }

    public static FhirAddress ownedBy(UUID organisation, String instrumentCode) {
        String path = "local/" + organisation + "/" + instrumentCode;
        return new FhirAddress(BASE + "Questionnaire/" + path, BASE + "CodeSystem/" + path);
    }

    /**
     * Answer numbers mean something only for their item (stage 3 of one ladder is not stage 3 of another), so
     * each item's answers are a code system of their own, defined by the Questionnaire's answer options.
     */
    public String answerSystem(Item item) {
        return answerSystems + "-" + item.code();
    }
}
