package cymru.cylch.measurement;

/**
 * What is wrong with one answer (or with the set of answers, when {@code item} is empty): an item the
 * instrument does not have, an answer outside the item's range, or a fraction where a whole number is needed.
 * {@code messageKey} names the explanation in the messages files.
 */
public record AnswerProblem(String item, String messageKey) {

    public static final String UNKNOWN_ITEM = "measurement.answer.unknownItem";
    public static final String OUT_OF_RANGE = "measurement.answer.outOfRange";
    public static final String NOT_WHOLE = "measurement.answer.notWhole";
    public static final String NOT_A_NUMBER = "measurement.answer.notANumber";
}
