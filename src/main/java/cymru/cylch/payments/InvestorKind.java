package cymru.cylch.payments;

/** What kind of investor put money into a social impact bond. */
public enum InvestorKind {
    SOCIAL_INVESTMENT_FUND,
    TRUST_OR_FOUNDATION,
    BANK,
    INDIVIDUAL
}
