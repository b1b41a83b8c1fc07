package cymru.cylch.monitoring;

import java.util.Map;
import java.util.UUID;

/**
 * A month's planned visits for one provider (as the council sees them) or one council (as the provider does), by
 * status.
 */
public record VisitSummary(UUID organisation, Map<VisitStatus, Long> byStatus) {

    public VisitSummary {
        byStatus = Map.copyOf(byStatus);
    }

    public long count(VisitStatus status) {
        return byStatus.getOrDefault(status, 0L);
    }

    public long planned() {
        return byStatus.values().stream().mapToLong(Long::longValue).sum();
    }
}
