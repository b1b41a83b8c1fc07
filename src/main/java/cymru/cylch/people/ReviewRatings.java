package cymru.cylch.people;

import cymru.cylch.platform.ids.OrganisationId;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The ratings given at reviews held between two days, for figures that count them (performance measures): ids, days
 * and ratings only, never what the review says, so no one's record is opened. The caller is the wall: it asks only
 * for its reader's own organisation, and row-level security holds it to that.
 */
@Service
@Transactional(readOnly = true)
public class ReviewRatings {

    /** One outcome's rating at a review. */
    public record Rated(PersonId person, OutcomeId outcome, LocalDate reviewedOn, Rating rating) {
    }

    private final JdbcClient jdbc;

    ReviewRatings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every rating the holder's reviews gave between the two days, both included. */
    public List<Rated> between(OrganisationId holder, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                        select person_id, outcome_id, reviewed_on, rating from outcome_review
                        where held_by = ? and reviewed_on between ? and ?""")
                .params(holder.value(), Date.valueOf(from), Date.valueOf(to))
                .query((rs, row) -> new Rated(PersonId.of(rs.getObject("person_id", UUID.class)),
                        OutcomeId.of(rs.getObject("outcome_id", UUID.class)), rs.getDate("reviewed_on").toLocalDate(),
                        Rating.valueOf(rs.getString("rating"))))
                .list();
    }
}
