package cymru.cylch.platform;

import static org.assertj.core.api.Assertions.assertThat;

import cymru.cylch.support.CylchIntegrationTest;
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
}
