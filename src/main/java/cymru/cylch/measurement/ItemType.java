package cymru.cylch.measurement;

/**
 * How an item is answered: a Likert scale (any range, possibly reverse-scored), a ladder of named stages (a
 * journey of change), yes or no (1 or 0), or a number within a range.
 */
public enum ItemType {
    LIKERT,
    LADDER,
    YES_NO,
    NUMBER
}
