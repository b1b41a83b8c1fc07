package cymru.cylch.monitoring;

import java.util.EnumSet;
import java.util.Set;

/**
 * The measures Cylch computes from its own records, with the shape each gives and the subjects it can be split by.
 * How each is counted is in {@code docs/monitoring.md}.
 */
public enum Computation {
    /** People with a service agreement in force on the period's last day. */
    PEOPLE_SUPPORTED(Shape.COUNT, EnumSet.allOf(Attachment.class)),
    /**
     * People reviewed in the period (an outcome rated other than no longer relevant), and of them those whose every
     * such rating was achieved or partly achieved. A provider or contract counts a review where its agreement with
     * the person worked to the outcome on the day of the review.
     */
    OUTCOMES_ACHIEVED_AT_REVIEW(Shape.PERCENTAGE, EnumSet.of(Attachment.COUNCIL, Attachment.PROVIDER,
            Attachment.CONTRACT)),
    /** Outcome payments (less recoveries) in the payment runs posted for the period's months, in pounds. */
    OUTCOME_PAYMENTS(Shape.AMOUNT, EnumSet.of(Attachment.COUNCIL, Attachment.PROVIDER, Attachment.CONTRACT)),
    /**
     * Of the visits planned in the period (UK time) less those the person cancelled, those that started within
     * {@link VisitStatus#ON_TIME_MINUTES} minutes of the planned start, from providers' call monitoring.
     */
    VISITS_ON_TIME(Shape.PERCENTAGE, EnumSet.of(Attachment.COUNCIL, Attachment.PROVIDER, Attachment.CONTRACT)),
    /** Visits planned in the period (UK time) that took place, however late or short. */
    VISITS_DELIVERED(Shape.COUNT, EnumSet.of(Attachment.COUNCIL, Attachment.PROVIDER, Attachment.CONTRACT));

    private final Shape shape;
    private final Set<Attachment> splits;

    Computation(Shape shape, Set<Attachment> splits) {
        this.shape = shape;
        this.splits = Set.copyOf(splits);
    }

    public Shape shape() {
        return shape;
    }

    /** Whether it can be computed for subjects of this kind. */
    public boolean splitsBy(Attachment attachment) {
        return splits.contains(attachment);
    }
}
