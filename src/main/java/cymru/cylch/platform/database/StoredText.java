package cymru.cylch.platform.database;

import org.jspecify.annotations.Nullable;

/** How free text is kept: trimmed, and a blank answer stored as no answer (null), never as "". */
public final class StoredText {

    private StoredText() {
    }

    public static @Nullable String of(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
