package cymru.cylch.market.web;

import cymru.cylch.platform.web.MultiLineText;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A provider's application to a council: which council, and what the provider wants the council to know. */
record ApplyForm(@Nullable UUID councilId, @MultiLineText @Size(max = 2000) @Nullable String statement) {

    static ApplyForm blank() {
        return new ApplyForm(null, null);
    }
}
