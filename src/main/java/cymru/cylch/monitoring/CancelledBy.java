package cymru.cylch.monitoring;

/** Who cancelled a planned visit: the person (it leaves the measure of visits on time) or the provider (it counts). */
public enum CancelledBy {
    PERSON, PROVIDER
}
