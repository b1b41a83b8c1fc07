package cymru.cylch.organisations;

/** What kind of body an organisation is. Councils and health boards commission; providers deliver. */
public enum OrganisationKind {
    COUNCIL,
    HEALTH_BOARD,
    PROVIDER,
    CONSORTIUM;

    public boolean commissions() {
        return this == COUNCIL || this == HEALTH_BOARD;
    }
}
