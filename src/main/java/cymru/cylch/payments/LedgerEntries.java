package cymru.cylch.payments;

import cymru.cylch.platform.ids.OrganisationId;
import cymru.cylch.platform.money.Money;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Ledger entries and their lines in the database, under row-level security (only the council that holds them); each
 * query also names the council, so the policy is a second wall.
 */
@Repository
class LedgerEntries {

    private final JdbcClient jdbc;

    LedgerEntries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Writes the entry and its lines, unless an entry with its source, or a reversal of the entry it reverses, is
     * there already (committed, or committed meanwhile: the insert waits for a concurrent one to finish).
     *
     * @return whether it was written
     */
    boolean insert(LedgerEntry entry, @Nullable UUID by) {
        int written = jdbc.sql("""
                        insert into ledger_entry (id, held_by, posted_on, posted_at, posted_by, source, description,
                            reverses)
                        values (?, ?, ?, ?, ?, ?, ?, ?)
                        on conflict do nothing""")
                .params(entry.id().value(), entry.heldBy().value(), Date.valueOf(entry.postedOn()),
                        Timestamp.from(entry.postedAt()), by, entry.source(), entry.description(),
                        Optional.ofNullable(entry.reverses()).map(LedgerEntryId::value).orElse(null))
                .update();
        if (written == 0) {
            return false;
        }
        int number = 1;
        for (LedgerLine line : entry.lines()) {
            jdbc.sql("""
                            insert into ledger_line (entry_id, line, held_by, account, provider_id, debit, credit)
                            values (?, ?, ?, ?, ?, ?, ?)""")
                    .params(entry.id().value(), number++, entry.heldBy().value(), line.account().code(),
                            Optional.ofNullable(line.provider()).map(OrganisationId::value).orElse(null), line.debit().amount(),
                            line.credit().amount())
                    .update();
        }
        return true;
    }

    Optional<LedgerEntry> find(OrganisationId council, LedgerEntryId id) {
        return entries("e.held_by = ? and e.id = ?", council.value(), id.value()).stream().findFirst();
    }

    Optional<LedgerEntry> bySource(OrganisationId council, String source) {
        return entries("e.held_by = ? and e.source = ?", council.value(), source).stream().findFirst();
    }

    /** The entries posted on the day whose sources start so: a payment run's postings, say. */
    List<LedgerEntry> postedOnBySourcesStarting(OrganisationId council, LocalDate on, String start) {
        return entries("e.held_by = ? and e.posted_on = ? and starts_with(e.source, ?)", council.value(),
                Date.valueOf(on), start);
    }

    Optional<LedgerEntryId> reversalOf(OrganisationId council, LedgerEntryId id) {
        return jdbc.sql("select id from ledger_entry where held_by = ? and reverses = ?")
                .params(council.value(), id.value()).query(UUID.class).optional().map(LedgerEntryId::of);
    }

    List<TrialBalance.Row> trialBalance(OrganisationId council, LocalDate asOf) {
        return jdbc.sql("""
                        select l.account, l.provider_id, sum(l.debit) as debits, sum(l.credit) as credits
                        from ledger_line l join ledger_entry e on e.id = l.entry_id
                        where e.held_by = ? and e.posted_on <= ?
                        group by l.account, l.provider_id
                        order by l.account, l.provider_id nulls first""")
                .params(council.value(), Date.valueOf(asOf))
                .query((rs, row) -> new TrialBalance.Row(LedgerAccount.byCode(rs.getString("account")).orElseThrow(),
                        rs.getObject("provider_id") == null ? null
                                : OrganisationId.of(rs.getObject("provider_id", UUID.class)),
                        Money.of(rs.getBigDecimal("debits")), Money.of(rs.getBigDecimal("credits"))))
                .list();
    }

    private List<LedgerEntry> entries(String where, Object... params) {
        record Row(LedgerEntryId id, OrganisationId heldBy, LocalDate postedOn, Instant postedAt, String source,
                   String description, @Nullable LedgerEntryId reverses, LedgerLine line) {
        }
        List<Row> rows = jdbc.sql("""
                        select e.id, e.held_by, e.posted_on, e.posted_at, e.source, e.description, e.reverses,
                               l.account, l.provider_id, l.debit, l.credit
                        from ledger_entry e join ledger_line l on l.entry_id = e.id
                        where\s""" + where + " order by e.posted_at, e.id, l.line")
                .params(params)
                .query((rs, n) -> new Row(LedgerEntryId.of(rs.getObject("id", UUID.class)),
                        OrganisationId.of(rs.getObject("held_by", UUID.class)), rs.getDate("posted_on").toLocalDate(),
                        rs.getTimestamp("posted_at").toInstant(), rs.getString("source"), rs.getString("description"),
                        rs.getObject("reverses") == null ? null : LedgerEntryId.of(rs.getObject("reverses", UUID.class)),
                        new LedgerLine(LedgerAccount.byCode(rs.getString("account")).orElseThrow(),
                                rs.getObject("provider_id") == null ? null
                                        : OrganisationId.of(rs.getObject("provider_id", UUID.class)),
                                Money.of(rs.getBigDecimal("debit")), Money.of(rs.getBigDecimal("credit")))))
                .list();
        List<LedgerEntry> entries = new ArrayList<>();
        List<LedgerLine> lines = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            lines.add(row.line());
            if (i + 1 == rows.size() || !rows.get(i + 1).id().equals(row.id())) {
                entries.add(new LedgerEntry(row.id(), row.heldBy(), row.postedOn(), row.postedAt(), row.source(),
                        row.description(), row.reverses(), lines));
                lines = new ArrayList<>();
            }
        }
        return entries;
    }
}
