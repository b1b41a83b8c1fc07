package cymru.cylch.organisations;

/**
 * The nation an organisation works in. Its law and national outcome framework follow: Wales's national outcomes
 * framework under the Social Services and Well-being (Wales) Act 2014, England's Adult Social Care Outcomes
 * Framework under the Care Act 2014.
 */
public enum Nation {
    WALES,
    ENGLAND
}
