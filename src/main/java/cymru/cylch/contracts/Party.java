package cymru.cylch.contracts;

import cymru.cylch.platform.ids.OrganisationId;
import org.jspecify.annotations.Nullable;

/**
 * An organisation a contract is with, other than the commissioner: a supplier, or a member of a consortium that
 * is the supplier ({@code memberOf} names the consortium).
 */
public record Party(OrganisationId organisation, PartyRole role, @Nullable OrganisationId memberOf) {

    public enum PartyRole {
        SUPPLIER,
        CONSORTIUM_MEMBER
    }

    public static Party supplier(OrganisationId organisation) {
        return new Party(organisation, PartyRole.SUPPLIER, null);
    }

    public static Party memberOf(OrganisationId consortium, OrganisationId member) {
        return new Party(member, PartyRole.CONSORTIUM_MEMBER, consortium);
    }
}
