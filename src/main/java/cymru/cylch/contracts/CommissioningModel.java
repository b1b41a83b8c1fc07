package cymru.cylch.contracts;

/**
 * The three models of outcomes-based commissioning: outcome-based care planning (model 1: care planned and
 * reviewed around each person's outcomes), payment by results (model 2: part of the payment depends on outcomes
 * achieved) and population accountability (model 3: a provider answers for a population's outcomes).
 */
public enum CommissioningModel {
    OUTCOME_BASED_CARE_PLANNING,
    PAYMENT_BY_RESULTS,
    POPULATION_ACCOUNTABILITY;

    /** 1, 2 or 3, as the sector numbers them. */
    public int number() {
        return ordinal() + 1;
    }
}
