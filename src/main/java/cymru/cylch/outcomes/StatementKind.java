package cymru.cylch.outcomes;

/**
 * What a written objective is, in the terms of the commissioning cycle (definitions after the Oxford English
 * Dictionary, as the outcomes training uses them): an outcome is a result for people; an output, the amount
 * of service produced; a process, a procedure or method; an input, a contribution of resources or effort.
 */
public enum StatementKind {
    OUTCOME,
    OUTPUT,
    PROCESS,
    INPUT
}
