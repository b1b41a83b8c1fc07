package cymru.cylch.platform;

import static org.assertj.core.api.Assertions.assertThat;

import cymru.cylch.support.CylchIntegrationTest;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The schema is Flyway's: every migration applied to the empty database, and Hibernate's validation passed. */
@CylchIntegrationTest
class MigrationsTest {

    @Autowired
    Flyway flyway;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void everyMigrationAppliedCleanlyToTheEmptyDatabase() {
        var info = flyway.info();

        assertThat(info.pending()).isEmpty();
        assertThat(info.applied()).isNotEmpty().allSatisfy(m -> assertThat(m.getState().isFailed()).isFalse());
        assertThat(info.applied().length).isEqualTo(info.all().length);
    }

    @Test
    void theServerIsASupportedPostgresql() {
        int version = jdbc.queryForObject("select current_setting('server_version_num')::int", Integer.class);

        assertThat(version).isGreaterThanOrEqualTo(150000);
        // CI names the major version it means to test against, so a run on the wrong server cannot pass.
        String expected = System.getenv("CYLCH_EXPECTED_POSTGRES_MAJOR");
        if (expected != null && !expected.isBlank()) {
            assertThat(version / 10000).isEqualTo(Integer.parseInt(expected));
        }
    }

    /** Each module declares its history tables; the application and system roles may read and add to them, no more. */
    @Test
    void everyDeclaredHistoryTableIsInsertOnlyForTheApplication() {
        List<Map<String, Object>> grants = jdbc.queryForList("""
                select a.table_name::text as history, a.declared_by,
                       has_table_privilege(current_user, a.table_name, 'INSERT') as may_insert,
                       has_table_privilege(current_user, a.table_name, 'SELECT') as may_read,
                       has_table_privilege(current_user, a.table_name, 'UPDATE') as may_update,
                       has_table_privilege(current_user, a.table_name, 'DELETE') as may_delete,
                       has_table_privilege(current_user, a.table_name, 'TRUNCATE') as may_truncate
                from append_only_table a""");

        assertThat(grants).extracting(row -> row.get("history")).contains("audit_event", "outcome_review",
                "support_plan", "measurement", "measurement_score");
        assertThat(grants).allSatisfy(row -> {
            assertThat(row.get("may_insert")).as("insert into " + row.get("history")).isEqualTo(true);
            assertThat(row.get("may_read")).as("read " + row.get("history")).isEqualTo(true);
            assertThat(row.get("may_update")).as("update " + row.get("history")).isEqualTo(false);
            assertThat(row.get("may_delete")).as("delete from " + row.get("history")).isEqualTo(false);
            assertThat(row.get("may_truncate")).as("truncate " + row.get("history")).isEqualTo(false);
        });
        assertThat(jdbc.queryForObject("select has_table_privilege(current_user, 'append_only_table', 'INSERT')",
                Boolean.class)).as("the application cannot declare a table changeable again").isFalse();
    }
}
