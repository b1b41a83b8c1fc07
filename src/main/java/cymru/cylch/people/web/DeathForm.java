package cymru.cylch.people.web;

import org.jspecify.annotations.Nullable;

/** The date of a person's death, as three boxes. */
record DeathForm(@Nullable Integer deathDay, @Nullable Integer deathMonth, @Nullable Integer deathYear) {

    static DeathForm blank() {
        return new DeathForm(null, null, null);
    }
}
