package cymru.cylch.support;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A test-only endpoint whose statement runs as long as asked, on the application's own connections, to show that
 * the statement limit cuts it off (found by component scanning, as it lives under {@code cymru.cylch}).
 */
@RestController
@PreAuthorize("isAuthenticated()")
public class SlowStatements {

    private final JdbcClient jdbc;

    public SlowStatements(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @GetMapping({"/api/v1/test/slow", "/test/slow"})
    @Transactional
    public String sleep(@RequestParam("seconds") double seconds) {
        jdbc.sql("select pg_sleep(?)").param(seconds).query().singleRow();
        return "slept";
    }
}
