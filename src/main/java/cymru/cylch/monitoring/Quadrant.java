package cymru.cylch.monitoring;

/**
 * The Results-Based Accountability question a performance measure answers. Each is asked as a number or as a
 * percentage, which is the measure's denominator: none for a number, one for a percentage or rate.
 */
public enum Quadrant {
    /** How much did we do? People supported, visits made, hours delivered. */
    HOW_MUCH,
    /** How well did we do it? Share on time, meeting standards, unit cost, staff turnover, satisfaction. */
    HOW_WELL,
    /** Is anyone better off? Number and share with better skills, attitude, behaviour or circumstance. */
    BETTER_OFF
}
