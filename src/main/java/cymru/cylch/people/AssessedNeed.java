package cymru.cylch.people;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One need area's assessed level, and the points it scored, as kept with a support plan revision. */
@Embeddable
public record AssessedNeed(@Column(name = "area") String area, @Column(name = "level") int level,
                           @Column(name = "points") int points) {
}
