package cymru.cylch.people;

import cymru.cylch.platform.ids.OrganisationId;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The areas people live in, for figures grouped by area in other modules (the market analysis groups commissioned
 * hours by the person's area): only people the organisation holds, in one query, and nothing else about them, so
 * nothing is audited. A person with no area recorded has the empty code.
 */
@Service
@Transactional(readOnly = true)
public class PersonAreas {

    private final JdbcClient jdbc;

    PersonAreas(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The area code of each of these people the holder holds, by id. */
    public Map<PersonId, String> of(OrganisationId holder, Collection<PersonId> people) {
        if (people.isEmpty()) {
            return Map.of();
        }
        UUID[] ids = people.stream().map(PersonId::value).distinct().toArray(UUID[]::new);
        Map<PersonId, String> areas = new HashMap<>();
        jdbc.sql("select id, coalesce(area_code, '') as area from person where held_by = ? and id = any (?)")
                .params(holder.value(), ids)
                .query((rs, row) -> areas.put(PersonId.of(rs.getObject("id", UUID.class)), rs.getString("area")))
                .list();
        return areas;
    }
}
