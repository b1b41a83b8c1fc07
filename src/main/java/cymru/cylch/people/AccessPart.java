package cymru.cylch.people;

/**
 * The parts of a person's record an access grant may open to another organisation. Assessment conversations are
 * never among them: what someone said in an assessment stays with the organisation that holds the record.
 */
public enum AccessPart {
    /** Name, date of birth, address, language and communication needs, and the people who matter to them. */
    PROFILE,
    /** The personal outcomes agreed with them and every review of those outcomes. */
    OUTCOMES,
    /** Their support plan, every revision. */
    SUPPORT_PLAN,
    /** Their wellbeing measurements. */
    MEASUREMENTS
}
