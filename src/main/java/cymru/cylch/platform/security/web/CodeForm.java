package cymru.cylch.platform.security.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** A code typed at sign-in or on the account page: six digits from an app, or a recovery code. */
record CodeForm(@NotBlank @Size(max = 40) @Nullable String code) {

    static CodeForm empty() {
        return new CodeForm("");
    }

    String typed() {
        return code == null ? "" : code;
    }
}
