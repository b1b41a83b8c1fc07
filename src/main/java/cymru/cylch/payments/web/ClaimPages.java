package cymru.cylch.payments.web;

/** Who reads, makes and decides outcome claims, for the pages and the API. */
final class ClaimPages {

    static final String READERS = "hasAnyRole('PROVIDER_USER', 'CARE_MANAGER', 'TEAM_MANAGER', 'COMMISSIONER', "
            + "'FINANCE_OFFICER', 'AUDITOR')";
    static final String CLAIMANTS = "hasRole('PROVIDER_USER')";
    static final String VERIFIERS = "hasAnyRole('CARE_MANAGER', 'TEAM_MANAGER')";

    private ClaimPages() {
    }
}
