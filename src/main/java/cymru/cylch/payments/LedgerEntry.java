package cymru.cylch.payments;

import cymru.cylch.platform.ids.OrganisationId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A posted entry of a council's ledger, with its lines in order. */
public record LedgerEntry(LedgerEntryId id, OrganisationId heldBy, LocalDate postedOn, Instant postedAt,
                          String source, String description, @Nullable LedgerEntryId reverses,
                          List<LedgerLine> lines) {

    public LedgerEntry {
        lines = List.copyOf(lines);
    }
}
