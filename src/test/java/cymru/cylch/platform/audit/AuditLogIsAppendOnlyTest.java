package cymru.cylch.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cymru.cylch.support.CylchIntegrationTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

/** The audit log can be added to and read, never changed or emptied, by the application's own database role. */
@CylchIntegrationTest
class AuditLogIsAppendOnlyTest {

    @Autowired
    AuditLog audit;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theApplicationRoleCannotUpdateDeleteOrTruncateAuditRows() {
        UUID organisation = UUID.randomUUID();
        audit.record(new Actor(null, "tester", organisation, AuditChannel.SYSTEM), AuditAction.VIEWED, "person", "42",
                "checking");

        assertThatThrownBy(() -> jdbc.update("update audit_event set reason = 'changed' where organisation_id = ?",
                organisation)).isInstanceOf(DataAccessException.class);
        assertThatThrownBy(() -> jdbc.update("delete from audit_event where organisation_id = ?", organisation))
                .isInstanceOf(DataAccessException.class);
        assertThatThrownBy(() -> jdbc.execute("truncate audit_event")).isInstanceOf(DataAccessException.class);

        assertThat(audit.historyOf(organisation, "person", "42")).singleElement()
                .satisfies(entry -> assertThat(entry.reason()).isEqualTo("checking"));
    }

    @Test
    void aRefusedPathLongerThanTheColumnIsRecordedByItsStart() {
        UUID organisation = UUID.randomUUID();
        String path = "GET /api/v1/people/" + UUID.randomUUID() + "/measurements/" + UUID.randomUUID() + "/fhir";

        audit.record(new Actor(null, "tester", organisation, AuditChannel.API), AuditAction.ACCESS_REFUSED, "path",
                path, null);

        assertThat(path).hasSizeGreaterThan(100);
        assertThat(audit.historyOf(organisation, "path", path.substring(0, 100))).singleElement()
                .satisfies(entry -> assertThat(entry.action()).isEqualTo(AuditAction.ACCESS_REFUSED));
    }

    @Test
    void theApplicationConnectsAsARoleThatIsNotTheOwner() {
        String role = jdbc.queryForObject("select current_user", String.class);
        String owner = jdbc.queryForObject("select tableowner from pg_tables where tablename = 'audit_event'",
                String.class);
        Boolean superuser = jdbc.queryForObject("select rolsuper from pg_roles where rolname = current_user",
                Boolean.class);

        assertThat(role).isNotEqualTo(owner);
        assertThat(superuser).isFalse();
        assertThat(jdbc.queryForObject("select has_table_privilege(current_user, 'audit_event', 'UPDATE')",
                Boolean.class)).isFalse();
        assertThat(jdbc.queryForObject("select has_table_privilege(current_user, 'audit_event', 'INSERT')",
                Boolean.class)).isTrue();
    }

    @Test
    void manyRecordsAreAuditedInOneBatch() {
        UUID organisation = UUID.randomUUID();
        var ids = java.util.stream.IntStream.range(0, 1_200).mapToObj(String::valueOf).toList();

        audit.recordAll(new Actor(null, null, organisation, AuditChannel.SYSTEM), AuditAction.CREATED, "person", ids);

        assertThat(jdbc.queryForObject("select count(*) from audit_event where organisation_id = ?", Integer.class,
                organisation)).isEqualTo(1_200);
    }

    @Test
    void searchFiltersByActionAndStaysWithinTheOrganisation() {
        UUID mine = UUID.randomUUID();
        UUID theirs = UUID.randomUUID();
        audit.record(new Actor(null, "a", mine, AuditChannel.WEB), AuditAction.EXPORTED, "report", "1", null);
        audit.record(new Actor(null, "a", mine, AuditChannel.WEB), AuditAction.VIEWED, "report", "1", null);
        audit.record(new Actor(null, "b", theirs, AuditChannel.WEB), AuditAction.EXPORTED, "report", "1", null);

        var page = audit.search(new AuditSearch(mine, null, null, AuditAction.EXPORTED, null, null, null, 0, 10));

        assertThat(page.entries()).singleElement().satisfies(e -> {
            assertThat(e.organisationId()).isEqualTo(mine);
            assertThat(e.action()).isEqualTo(AuditAction.EXPORTED);
        });
        assertThat(page.hasNext()).isFalse();
    }
}
