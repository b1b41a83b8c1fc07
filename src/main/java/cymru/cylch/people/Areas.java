package cymru.cylch.people;

import cymru.cylch.platform.reference.ReferenceFile;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

/**
 * The names of the areas people live in, in English and Welsh, from the council's list ({@code CYLCH_AREAS}, in the
 * format of {@code people/areas.psv}: code, English, Welsh), so that pages grouping by area show names, not codes.
 * A code that is not listed is shown as it is.
 */
@Component("areas")
public final class Areas {

    private final Map<String, String[]> names = new LinkedHashMap<>();

    Areas(@Value("${cylch.areas:classpath:people/areas.psv}") Resource list) {
        for (String[] row : ReferenceFile.rows(list, 3)) {
            if (names.put(row[0].toUpperCase(Locale.ROOT), row) != null) {
                throw new IllegalStateException("Area " + row[0] + " is listed twice in " + list.getDescription());
            }
        }
    }

    /** The area's name in the language ("cy" or "en"), or the code itself if the area is not listed. */
    public String nameOf(String code, String language) {
        String[] row = names.get(code.toUpperCase(Locale.ROOT));
        if (row == null) {
            return code;
        }
        return "cy".equals(language) ? row[2] : row[1];
    }

    /** Every listed area's code, in the list's order. */
    public List<String> codes() {
        return names.values().stream().map(row -> row[0]).toList();
    }

    /** Whether the code is one of the listed areas (any case). */
    public boolean listed(String code) {
        return names.containsKey(code.toUpperCase(Locale.ROOT));
    }
}
