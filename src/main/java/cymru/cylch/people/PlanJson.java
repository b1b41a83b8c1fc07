package cymru.cylch.people;

import java.util.List;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * A plan revision kept as JSON while it waits for a funding decision: the draft as written and the needs as the
 * allocation scheme scored them. Read back only to make the revision, field for field.
 */
@Component
class PlanJson {

    private static final TypeReference<List<AssessedNeed>> NEEDS = new TypeReference<>() { };

    /** The two JSON texts, as stored. */
    record Stored(String draft, String needs) {
    }

    private final JsonMapper json;

    PlanJson(JsonMapper json) {
        this.json = json;
    }

    Stored write(PlanDraft draft, List<AssessedNeed> needs) {
        return new Stored(json.writeValueAsString(draft), json.writeValueAsString(needs));
    }

    PlanDraft draft(Stored stored) {
        return json.readValue(stored.draft(), PlanDraft.class);
    }

    List<AssessedNeed> needs(Stored stored) {
        return json.readValue(stored.needs(), NEEDS);
    }
}
