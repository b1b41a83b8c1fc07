package cymru.cylch.monitoring;

import cymru.cylch.platform.audit.AuditAction;
import cymru.cylch.platform.audit.AuditLog;
import cymru.cylch.platform.ids.OrganisationId;
import cymru.cylch.platform.security.CylchUser;
import cymru.cylch.platform.time.Today;
import edu.umd.cs.findbugs.annotations.SuppressFBWarnings;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Providers' electronic call monitoring, imported whole or not at all. The file is read a row at a time and copied
 * (PostgreSQL {@code COPY}) into a staging table dropped at commit; there each visit is matched, in SQL, to a service
 * agreement of the provider (row-level security shows it no other) in force on the visit's UK day, and references
 * sent twice in the file are found. Only a file with no problems writes visits, in the same transaction. A reference
 * sent before replaces the earlier visit, which is kept, marked with the import that replaced it. A refused file is
 * recorded (with its count of problems, without visits), and its problems are given back to the sender.
 */
@Service
public class VisitImports {

    /** The largest file accepted through the API: a national day of about 800,000 visits is about 90 MB. */
    public static final long LARGEST_FILE = 256L * 1024 * 1024;
    /** An import's statements may run longer than a request's: a national day takes tens of seconds. */
    static final String IMPORT_TIMEOUT = "5min";
    private static final String RECORD = "visit import";
    private static final String UK_DAY = "(s.planned_start at time zone 'Europe/London')::date";
    private static final String IMPORT_COLUMNS = """
            id, provider_id, file_name, channel, status, rows, replaced, problems, first_day, last_day, imported_at""";

    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private final TransactionTemplate transactions;
    private final MonitoringStaff staff;
    private final AuditLog audit;
    private final Today today;

    VisitImports(JdbcClient jdbc, DataSource dataSource, PlatformTransactionManager transactionManager,
                 MonitoringStaff staff, AuditLog audit, Today today) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.transactions = new TransactionTemplate(transactionManager);
        this.staff = staff;
        this.audit = audit;
        this.today = today;
    }

    /**
     * Imports a provider's file of visits for its own agreements, with any council it serves.
     *
     * @throws VisitImportRejected with every problem found (up to {@link VisitFiles#MOST_PROBLEMS}); nothing imported
     */
    public VisitImport importFile(CylchUser user, String fileName, VisitImport.Channel channel, InputStream file) {
        OrganisationId provider = staff.provider(user);
        String name = fileName.strip().isEmpty() ? "visits.csv"
                : fileName.strip().substring(0, Math.min(fileName.strip().length(), 200));
        UUID id = UUID.randomUUID();
        Instant now = today.now();
        try {
            VisitImport imported = transactions.execute(status -> importWhole(id, provider, name, channel, file,
                    user.userId(), now));
            if (imported == null) {
                throw new IllegalStateException("the import gave nothing");
            }
            return imported;
        } catch (VisitImportRejected rejected) {
            transactions.executeWithoutResult(status -> refused(id, provider, name, channel, rejected, user.userId(),
                    now));
            throw rejected;
        } catch (DuplicateKeyException meanwhile) {
            VisitImportRejected rejected = new VisitImportRejected(List.of(VisitProblem.of(0, "file",
                    "visit.file.sentMeanwhile")), false);
            transactions.executeWithoutResult(status -> refused(id, provider, name, channel, rejected, user.userId(),
                    now));
            throw rejected;
        }
    }

    @SuppressFBWarnings(value = "VA_FORMAT_STRING_USES_NEWLINE",
            justification = "The line breaks are inside an SQL text block, where \\n is right on every platform")
    private VisitImport importWhole(UUID id, OrganisationId provider, String name, VisitImport.Channel channel,
                                    InputStream file, UUID by, Instant now) {
        jdbc.sql("select set_config('statement_timeout', ?, true)").param(IMPORT_TIMEOUT).query().singleValue();
        jdbc.sql("""
                create temporary table visit_staging (
                    row_number bigint not null, agreement_id uuid not null, visit_reference text not null,
                    planned_start timestamptz not null, planned_minutes integer not null, actual_start timestamptz,
                    actual_end timestamptz, cancelled_by text) on commit drop""").update();
        VisitFiles.Reading reading = copy(file, now);
        if (!reading.accepted()) {
            throw new VisitImportRejected(reading.problems(), reading.moreProblems());
        }
        jdbc.sql("analyze visit_staging").update();
        List<VisitProblem> problems = matchingProblems(provider);
        if (!problems.isEmpty()) {
            throw new VisitImportRejected(problems.subList(0, Math.min(problems.size(), VisitFiles.MOST_PROBLEMS)),
                    problems.size() > VisitFiles.MOST_PROBLEMS);
        }
        // Replace first: the count of visits replaced is the update's, and the import names it.
        int replaced = jdbc.sql("""
                        update visit v set replaced_by = ? from visit_staging s
                        where v.provider_id = ? and v.replaced_by is null and v.visit_reference = s.visit_reference""")
                .params(id, provider.value()).update();
        jdbc.sql("""
                        insert into visit_import (id, provider_id, councils, file_name, channel, status, rows, replaced,
                                                  problems, first_day, last_day, imported_at, imported_by)
                        select ?, ?, array_agg(distinct a.held_by), ?, ?, 'IMPORTED', count(*), ?, 0, min(%1$s),
                               max(%1$s), ?, ?
                        from visit_staging s join service_agreement a on a.id = s.agreement_id""".formatted(UK_DAY))
                .params(id, provider.value(), name, channel.name(), replaced, Timestamp.from(now), by)
                .update();
        jdbc.sql("""
                        insert into visit (held_by, provider_id, contract_id, service_agreement_id, visit_reference,
                                           planned_start, planned_minutes, actual_start, actual_end, cancelled_by,
                                           import_id, created_at)
                        select a.held_by, a.provider_id, a.contract_id, s.agreement_id, s.visit_reference,
                               s.planned_start, s.planned_minutes, s.actual_start, s.actual_end, s.cancelled_by, ?, ?
                        from visit_staging s join service_agreement a on a.id = s.agreement_id""")
                .params(id, Timestamp.from(now)).update();
        VisitImport imported = one(id);
        List<UUID> councils = jdbc.sql("select unnest(councils) from visit_import where id = ?").param(id)
                .query(UUID.class).list();
        audit.recordInEach(councils, AuditAction.CREATED, RECORD, id, imported.rows() + " visits");
        return imported;
    }

    /**
     * Reads the file into the staging table as it goes; rows stop being copied at the first problem. The copy is
     * ended however the reading ends: a refused file is then rolled back with the rest of the transaction.
     */
    private VisitFiles.Reading copy(InputStream file, Instant now) {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try (Writer writer = new OutputStreamWriter(new PGCopyOutputStream(connection.unwrap(PGConnection.class),
                "copy visit_staging from stdin (format csv)", 1 << 16), StandardCharsets.UTF_8)) {
            return VisitFiles.read(file, now, row -> write(writer, row));
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("the visits could not be copied to the database", e);
        } catch (UncheckedIOException e) {
            throw new IllegalStateException("the visits could not be copied to the database", e.getCause());
        }
    }

    private static void write(Writer writer, VisitRow row) {
        try {
            writer.append(Long.toString(row.row())).append(',').append(row.agreement().toString()).append(",\"")
                    .append(row.reference().replace("\"", "\"\"")).append("\",")
                    .append(row.plannedStart().toString()).append(',')
                    .append(Integer.toString(row.plannedMinutes())).append(',')
                    .append(text(row.actualStart())).append(',').append(text(row.actualEnd())).append(',')
                    .append(text(row.cancelledBy())).append('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String text(@Nullable Object value) {
        return value == null ? "" : value.toString();
    }

    /**
     * Each row whose agreement is not the provider's (or not known), whose UK day is outside its agreement's term, or
     * whose reference came earlier in the file; in the file's order, at most one more than are listed.
     */
    @SuppressFBWarnings(value = "VA_FORMAT_STRING_USES_NEWLINE",
            justification = "The line breaks are inside an SQL text block, where \\n is right on every platform")
    private List<VisitProblem> matchingProblems(OrganisationId provider) {
        return jdbc.sql("""
                        select row_number, col, code, arg1, arg2 from (
                            select s.row_number,
                                   case when a.id is null then 'agreement' else 'planned_start' end col,
                                   case when a.id is null then 'visit.agreement.unknown'
                                        else 'visit.agreement.outsideTerm' end code,
                                   a.start_date::text arg1,
                                   case when a.id is not null then coalesce(a.end_date::text, '') end arg2
                            from visit_staging s left join service_agreement a
                                on a.id = s.agreement_id and a.provider_id = :provider
                            where a.id is null or %1$s < a.start_date or %1$s > a.end_date
                            union all
                            select row_number, 'visit', 'visit.visit.twice', first::text, null
                            from (select row_number, min(row_number) over (partition by visit_reference) first
                                  from visit_staging) d
                            where row_number > first) p
                        order by row_number, col limit :most""".formatted(UK_DAY))
                .param("provider", provider.value()).param("most", VisitFiles.MOST_PROBLEMS + 1)
                .query((rs, n) -> {
                    List<Object> arguments = new ArrayList<>();
                    for (String column : List.of("arg1", "arg2")) {
                        String argument = rs.getString(column);
                        if (argument != null) {
                            arguments.add(argument);
                        }
                    }
                    return new VisitProblem(rs.getLong("row_number"), rs.getString("col"), rs.getString("code"),
                            arguments);
                }).list();
    }

    private void refused(UUID id, OrganisationId provider, String name, VisitImport.Channel channel,
                         VisitImportRejected rejected, UUID by, Instant now) {
        jdbc.sql("""
                        insert into visit_import (id, provider_id, councils, file_name, channel, status, rows, problems,
                                                  imported_at, imported_by)
                        values (?, ?, '{}', ?, ?, 'REFUSED', 0, ?, ?, ?)""")
                .params(id, provider.value(), name, channel.name(), rejected.problems().size(), Timestamp.from(now),
                        by).update();
        audit.record(AuditAction.CREATED, RECORD, id, "refused with " + rejected.problems().size() + " problem(s)");
    }

    /** The reader's imports, newest first: a provider's own, or those with visits of a council's agreements. */
    public List<VisitImport> imports(CylchUser reader) {
        return transactions.execute(status -> {
            if (staff.commissions(reader)) {
                OrganisationId council = staff.reader(reader);
                return jdbc.sql("select " + IMPORT_COLUMNS + " from visit_import where ? = any (councils) "
                        + "order by imported_at desc limit 100").param(council.value()).query(this::importOf).list();
            }
            OrganisationId provider = staff.provider(reader);
            return jdbc.sql("select " + IMPORT_COLUMNS + " from visit_import where provider_id = ? "
                    + "order by imported_at desc limit 100").param(provider.value()).query(this::importOf).list();
        });
    }

    /**
     * A month's visits (planned in it, UK time) by status: for a council's reader, one summary per provider; for a
     * provider, one per council it serves.
     */
    @SuppressFBWarnings(value = "VA_FORMAT_STRING_USES_NEWLINE",
            justification = "The line breaks are inside an SQL text block, where \\n is right on every platform")
    public List<VisitSummary> summary(CylchUser reader, YearMonth month) {
        boolean council = staff.commissions(reader);
        OrganisationId organisation = council ? staff.reader(reader) : staff.provider(reader);
        String by = council ? "provider_id" : "held_by";
        Instant from = month.atDay(1).atStartOfDay(Today.ZONE).toInstant();
        Instant to = month.plusMonths(1).atDay(1).atStartOfDay(Today.ZONE).toInstant();
        Map<UUID, Map<VisitStatus, Long>> counted = new LinkedHashMap<>();
        String statement = """
                select %1$s organisation, %2$s status, count(*) visits from visit v
                where %3$s = ? and v.replaced_by is null and v.planned_start >= ? and v.planned_start < ?
                group by 1, 2 order by 1""".formatted(by, VisitStatus.SQL, council ? "held_by" : "provider_id");
        transactions.executeWithoutResult(status -> jdbc.sql(statement)
                .params(organisation.value(), Timestamp.from(from), Timestamp.from(to))
                .query(rs -> {
                    counted.computeIfAbsent(rs.getObject("organisation", UUID.class),
                                    o -> new EnumMap<>(VisitStatus.class))
                            .put(VisitStatus.valueOf(rs.getString("status")), rs.getLong("visits"));
                }));
        return counted.entrySet().stream().map(e -> new VisitSummary(e.getKey(), e.getValue())).toList();
    }

    private VisitImport one(UUID id) {
        return jdbc.sql("select " + IMPORT_COLUMNS + " from visit_import where id = ?").param(id)
                .query(this::importOf).single();
    }

    private VisitImport importOf(ResultSet rs, int row) throws SQLException {
        Date first = rs.getDate("first_day");
        Date last = rs.getDate("last_day");
        return new VisitImport(rs.getObject("id", UUID.class), OrganisationId.of(rs.getObject("provider_id",
                UUID.class)), rs.getString("file_name"), VisitImport.Channel.valueOf(rs.getString("channel")),
                VisitImport.Status.valueOf(rs.getString("status")), rs.getLong("rows"), rs.getLong("replaced"),
                rs.getLong("problems"), first == null ? null : first.toLocalDate(),
                last == null ? null : last.toLocalDate(), rs.getTimestamp("imported_at").toInstant());
    }
}
