package cymru.cylch.contracts;

import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;

/**
 * A lot of a contract: a part let on its own, for some services in some areas (service codes from the market's
 * service list, area codes from the council's list). No services, or no areas, means every one.
 */
public record Lot(int number, String title, Set<String> services, Set<String> areas) {

    public Lot {
        // In order, so that pages and exports list them the same way every time.
        services = Collections.unmodifiableSortedSet(new TreeSet<>(services));
        areas = Collections.unmodifiableSortedSet(new TreeSet<>(areas));
    }

    /** Whether the lot covers a service in an area. */
    public boolean covers(String service, String area) {
        return (services.isEmpty() || services.contains(service)) && (areas.isEmpty() || areas.contains(area));
    }
}
