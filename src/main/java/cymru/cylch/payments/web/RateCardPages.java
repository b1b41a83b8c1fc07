package cymru.cylch.payments.web;

/** Who reads and makes contracts' rate cards, for the pages and the API. */
final class RateCardPages {

    /** The council's staff who read its contracts, and providers party to one. */
    static final String READERS = "hasAnyRole('COMMISSIONER', 'CARE_MANAGER', 'TEAM_MANAGER', 'FINANCE_OFFICER', "
            + "'AUDITOR', 'PROVIDER_USER')";
    static final String MAKERS = "hasRole('COMMISSIONER')";

    private RateCardPages() {
    }
}
