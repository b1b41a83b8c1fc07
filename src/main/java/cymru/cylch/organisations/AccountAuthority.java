package cymru.cylch.organisations;

/**
 * What an administrator may do with an account they see as a member: every administrator of the organisation
 * sets its roles there, but only its home organisation's administrators act on the account as a whole.
 *
 * @param home the account's home organisation
 * @param mayManageAccount whether the password, second factor, disabling and unlocking are the actor's to change
 */
public record AccountAuthority(Organisation home, boolean mayManageAccount) {
}
