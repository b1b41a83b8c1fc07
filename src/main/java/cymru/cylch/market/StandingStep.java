package cymru.cylch.market;

/** One change in a provider's standing, as the history lists it. Message keys {@code market.step.<NAME>}. */
public enum StandingStep {
    APPLIED,
    ACCREDITED,
    RENEWED,
    SUSPENDED,
    SUSPENSION_LIFTED,
    REMOVED
}
