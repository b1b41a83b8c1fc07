package cymru.cylch.monitoring;

/** Where a measure's values come from. */
public enum MeasureSource {
    /** Computed by Cylch from its own records (reviews, agreements, brokerage, payments), never keyed in. */
    COMPUTED,
    /** Submitted by providers in their periodic returns. */
    RETURNED,
    /** Recorded by the council from another system: typed in, uploaded or sent through the API. */
    IMPORTED
}
