package cymru.cylch.people;

import java.util.List;

/**
 * A registration stopped because the organisation already holds someone with the same name and date of birth:
 * the user should check them and confirm that this is someone else. Lists only the organisation's own records.
 */
public class PossibleDuplicatesException extends RuntimeException {

    private final transient List<PersonSummary> candidates;

    public PossibleDuplicatesException(List<PersonSummary> candidates) {
        super("possible duplicates: " + candidates.size());
        this.candidates = List.copyOf(candidates);
    }

    public List<PersonSummary> candidates() {
        return candidates;
    }
}
