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

    /** One kind of service, with its names. */
    public record Service(String code, String english, String welsh) {

        public String nameIn(String language) {
            return "cy".equals(language) ? welsh : english;
        }
    }

    /** Every code, in the list's order. */
    public List<String> codes() {
        return List.copyOf(names.keySet());
    }

    /** Every kind with its names, in the list's order. */
    public List<Service> all() {
        return names.values().stream().map(row -> new Service(row[0], row[1], row[2])).toList();
    }

    public boolean exists(String code) {
        return names.containsKey(code);
    }

    /** The service's name in the language ("cy" or "en"), or the code itself if it is not listed. */
    public String nameOf(String code, String language) {
        String[] row = names.get(code);
        return row == null ? code : new Service(row[0], row[1], row[2]).nameIn(language);
    }
}
