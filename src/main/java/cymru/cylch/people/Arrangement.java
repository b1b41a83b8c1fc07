package cymru.cylch.people;

/**
 * How a person's support is arranged: money paid to them to buy their own (direct payment), money a provider
 * holds and spends as the person directs (individual service fund), or a service the council arranges for them.
 */
public enum Arrangement {
    DIRECT_PAYMENT,
    INDIVIDUAL_SERVICE_FUND,
    COUNCIL_ARRANGED
}
