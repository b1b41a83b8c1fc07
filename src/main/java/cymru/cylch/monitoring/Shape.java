package cymru.cylch.monitoring;

/**
 * How a measure's value is made from its numerator and denominator. A count (never negative) and an amount (a sum of
 * money, say, which recoveries can make negative) have no denominator; a percentage is a
 * part of a whole (numerator at most the denominator) times 100; a rate is numerator over denominator times the
 * measure's factor (days waited per request, missed visits per 1,000 planned, pounds per hour).
 */
public enum Shape {
    COUNT,
    AMOUNT,
    PERCENTAGE,
    RATE;

    public boolean hasDenominator() {
        return this == PERCENTAGE || this == RATE;
    }
}
