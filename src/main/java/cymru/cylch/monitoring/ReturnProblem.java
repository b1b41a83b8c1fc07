package cymru.cylch.monitoring;

import java.util.List;

/**
 * One thing wrong with a return: the row it is in (counted as the sender counts them: the first row of figures is 1;
 * 0 for the return as a whole), the measure named, the field at fault and the rule broken, with the rule's arguments.
 */
public record ReturnProblem(int row, String measure, String field, String code, List<Object> arguments) {

    public ReturnProblem {
        arguments = List.copyOf(arguments);
    }

    static ReturnProblem of(int row, String measure, String field, String code, Object... arguments) {
        return new ReturnProblem(row, measure, field, code, List.of(arguments));
    }
}
