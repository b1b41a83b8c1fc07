package cymru.cylch.outcomes;

import cymru.cylch.platform.reference.ReferenceFile;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The national outcome frameworks Cylch ships as reference data ({@code outcomes/frameworks.csv}, sources named
 * there): Wales's national outcomes framework for people who need care and support, and England's adult social
 * care outcome domains. Read once; they change only with a release.
 */
@Component
public final class OutcomeFrameworks {

    public static final String WALES = "wales-nof";
    public static final String ENGLAND = "england-ascof";
    private static final String FILE = "outcomes/frameworks.csv";

    private final Map<String, OutcomeDomain> domains;

    public OutcomeFrameworks() {
        this.domains = load();
    }

    /** Every domain, framework by framework, in the order of the file. */
    public List<OutcomeDomain> domains() {
        return List.copyOf(domains.values());
    }

    public List<OutcomeDomain> domainsOf(String framework) {
        return domains.values().stream().filter(d -> d.framework().equals(framework)).toList();
    }

    public Optional<OutcomeDomain> domain(String key) {
        return Optional.ofNullable(domains.get(key));
    }

    /** The domain's name in the language ("cy" or "en"), or the key itself if the domain is unknown. */
    public String nameOf(String key, String language) {
        return domain(key).map(d -> d.nameIn(language)).orElse(key);
    }

    private static Map<String, OutcomeDomain> load() {
        Map<String, OutcomeDomain> loaded = new LinkedHashMap<>();
        for (String[] row : ReferenceFile.rows(FILE, 4)) {
            var domain = new OutcomeDomain(row[0], row[1], row[2], row[3]);
            if (loaded.put(domain.key(), domain) != null) {
                throw new IllegalStateException("Duplicate domain " + domain.key());
            }
        }
        return loaded;
    }
}
