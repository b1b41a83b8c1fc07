package cymru.cylch.benchmark;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * What care managers type into the one search box, made from a person the council holds, and the lower bound
 * for each: the simplest query on the index made for that kind of search. For dates, NHS numbers and references
 * it asks exactly what the service asks. For names it asks the index-friendly question (family name equal to, or
 * starting with, what was typed) on the (held_by, lower(family_name), lower(given_name)) index: the same people
 * for a whole surname, but unable to find a word inside a name, as the service's trigram search can.
 */
enum SearchKind {

    SURNAME("surname") {
        @Override
        String typed(Sample person) {
            return person.familyName();
        }

        @Override
        String condition() {
            return "lower(family_name) = ?";
        }

        @Override
        Object[] parameters(Sample person) {
            return new Object[] {lower(person.familyName())};
        }
    },
    NAME("given name and surname") {
        @Override
        String typed(Sample person) {
            return person.givenName() + " " + person.familyName();
        }

        @Override
        String condition() {
            return "lower(family_name) = ? and lower(given_name) = ?";
        }

        @Override
        Object[] parameters(Sample person) {
            return new Object[] {lower(person.familyName()), lower(person.givenName())};
        }
    },
    PARTIAL_NAME("start of a surname") {
        @Override
        String typed(Sample person) {
            return lower(person.familyName()).substring(0, Math.min(3, person.familyName().length()));
        }

        @Override
        String condition() {
            return "lower(family_name) >= ? and lower(family_name) < ?";
        }

        @Override
        Object[] parameters(Sample person) {
            String start = typed(person);
            String next = start.substring(0, start.length() - 1) + (char) (start.charAt(start.length() - 1) + 1);
            return new Object[] {start, next};
        }
    },
    DATE_OF_BIRTH("date of birth") {
        @Override
        String typed(Sample person) {
            return person.dateOfBirth().format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        }

        @Override
        String condition() {
            return "date_of_birth = ?";
        }

        @Override
        Object[] parameters(Sample person) {
            return new Object[] {person.dateOfBirth()};
        }
    },
    NHS_NUMBER("NHS number") {
        @Override
        String typed(Sample person) {
            String digits = person.nhsNumber();
            return digits.substring(0, 3) + " " + digits.substring(3, 6) + " " + digits.substring(6);
        }

        @Override
        String condition() {
            return "nhs_number = ?";
        }

        @Override
        Object[] parameters(Sample person) {
            return new Object[] {person.nhsNumber()};
        }
    },
    REFERENCE("Cylch reference") {
        @Override
        String typed(Sample person) {
            return person.reference();
        }

        @Override
        String condition() {
            return "reference = ?";
        }

        @Override
        Object[] parameters(Sample person) {
            return new Object[] {person.reference()};
        }
    };

    /** The columns, order and limit of the service's own query. */
    private static final String LOWER_BOUND = """
            select id, reference, given_name, family_name, date_of_birth, nhs_number, town, date_of_death
            from person where held_by = ? and %s
            order by lower(family_name), lower(given_name), date_of_birth limit 50""";

    private final String label;

    SearchKind(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }

    /** What a care manager types to find this person. */
    abstract String typed(Sample person);

    abstract String condition();

    abstract Object[] parameters(Sample person);

    /** True when the lower bound asks exactly what the service asks, so both find the same people. */
    boolean exact() {
        return this == DATE_OF_BIRTH || this == NHS_NUMBER || this == REFERENCE;
    }

    String lowerBound() {
        return LOWER_BOUND.formatted(condition());
    }

    private static String lower(String text) {
        return text.toLowerCase(Locale.ROOT);
    }

    /** A person the council holds, sampled to search for. */
    record Sample(String reference, String givenName, String familyName, LocalDate dateOfBirth, String nhsNumber) {
    }
}
