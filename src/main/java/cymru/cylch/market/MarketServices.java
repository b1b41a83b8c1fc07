package cymru.cylch.market;

import cymru.cylch.platform.reference.ReferenceFile;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** The kinds of service a provider may list ({@code market/services.psv}: code, English, Welsh). */
@Component("marketServices")
public final class MarketServices {

    /** One kind of service, with its names. */
    public record Service(String code, String english, String welsh) {

        public String nameIn(String language) {
            return "cy".equals(language) ? welsh : english;
        }
    }

    private final List<Service> services = ReferenceFile.rows("market/services.psv", 3).stream()
            .map(row -> new Service(row[0].toLowerCase(Locale.ROOT), row[1], row[2])).toList();
    private final Map<String, Service> byCode = services.stream()
            .collect(Collectors.toMap(Service::code, Function.identity()));

    /** Every kind, in the list's order. */
    public List<Service> all() {
        return services;
    }

    public boolean listed(String code) {
        return byCode.containsKey(code);
    }

    /** The service's name in the language, or the code itself if it is not listed. */
    public String nameOf(String code, String language) {
        Service service = byCode.get(code);
        return service == null ? code : service.nameIn(language);
    }
}
