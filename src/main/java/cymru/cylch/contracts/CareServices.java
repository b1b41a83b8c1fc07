package cymru.cylch.contracts;

import cymru.cylch.platform.reference.ReferenceFile;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

/**
 * The kinds of care and support service ({@code contracts/services.psv}, or the council's own list in
 * {@code CYLCH_SERVICES}): the codes a contract's lots, a provider's listing and a support request use, with their
 * names in English and Welsh. A code that is not listed is shown as it is.
 */
@Component("careServices")
public final class CareServices {

    private final Map<String, String[]> names = new LinkedHashMap<>();

    CareServices(@Value("${cylch.services:classpath:contracts/services.psv}") Resource list) {
        for (String[] row : ReferenceFile.rows(list, 3)) {
            if (names.put(row[0], row) != null) {
                throw new IllegalStateException("Service " + row[0] + " is listed twice in " + list.getDescription());
            }
        }
    }

    /** Every code, in the list's order. */
    public List<String> codes() {
        return List.copyOf(names.keySet());
    }

    public boolean exists(String code) {
        return names.containsKey(code);
    }

    /** The service's name in the language ("cy" or "en"), or the code itself if it is not listed. */
    public String nameOf(String code, String language) {
        String[] row = names.get(code);
        if (row == null) {
            return code;
        }
        return "cy".equals(language) ? row[2] : row[1];
    }
}
