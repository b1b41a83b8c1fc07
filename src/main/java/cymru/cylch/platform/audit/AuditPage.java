package cymru.cylch.platform.audit;

import java.util.List;

/** A page of audit entries, newest first. */
public record AuditPage(List<AuditEntry> entries, int page, boolean hasNext) {

    public boolean hasPrevious() {
        return page > 0;
    }
}
