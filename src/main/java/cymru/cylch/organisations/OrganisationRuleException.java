package cymru.cylch.organisations;

/** A change that breaks a rule of the organisations module; the key names the rule in the messages files. */
public class OrganisationRuleException extends RuntimeException {

    private final String field;
    private final String messageKey;

    public OrganisationRuleException(String field, String messageKey) {
        super(messageKey);
        this.field = field;
        this.messageKey = messageKey;
    }

    /** The form field the rule is about. */
    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }
}
