package cymru.cylch.platform.security;

/**
 * What a member may do within one organisation. Use in rules as {@code hasRole('COMMISSIONER')}.
 * Message keys {@code role.<NAME>} give the words shown to people.
 */
public enum Role {
    ADMINISTRATOR,
    COMMISSIONER,
    CARE_MANAGER,
    /** Leads a team of care managers; decides funding for plans over their indicative budget. */
    TEAM_MANAGER,
    BROKER,
    FINANCE_OFFICER,
    PROVIDER_USER,
    AUDITOR;

    public String authority() {
        return "ROLE_" + name();
    }
}
