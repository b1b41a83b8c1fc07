package cymru.cylch.benchmark;

import org.springframework.dao.QueryTimeoutException;

/**
 * Before a lower bound is timed, it must give the service's own figures: a comparison that fails stops the run.
 * One that cannot finish, because the service's query ran past the statement timeout, is reported and skipped;
 * the measuring that follows shows the same timeout.
 */
final class SameFigures {

    private SameFigures() {
    }

    static void check(String what, Runnable comparison) {
        try {
            comparison.run();
        } catch (QueryTimeoutException e) {
            System.out.println(what + ": not compared with the lower bound; the service's query ran past the "
                    + "statement timeout");
        }
    }
}
