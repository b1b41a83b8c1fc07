package cymru.cylch.monitoring;

import java.util.List;

/**
 * One thing wrong with a file of visits: its row (the file's own numbering, the header being row 1; 0 for the file as a
 * whole), the column at fault (by its English name, as {@link VisitFiles} names columns), the rule broken and the
 * rule's arguments.
 */
public record VisitProblem(long row, String column, String code, List<Object> arguments) {

    public VisitProblem {
        arguments = List.copyOf(arguments);
    }

    static VisitProblem of(long row, String column, String code, Object... arguments) {
        return new VisitProblem(row, column, code, List.of(arguments));
    }
}
