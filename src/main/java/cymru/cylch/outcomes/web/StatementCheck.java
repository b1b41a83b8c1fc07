package cymru.cylch.outcomes.web;

import cymru.cylch.platform.web.MultiLineText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A statement to check, from the page form or an API client. */
record StatementCheck(@MultiLineText @NotBlank @Size(max = 2000) String text) {

    static StatementCheck empty() {
        return new StatementCheck("");
    }
}
