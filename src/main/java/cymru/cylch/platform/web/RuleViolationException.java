package cymru.cylch.platform.web;

/**
 * A change that breaks a business rule, reported against the form field it concerns with a message key, so a
 * page can show it beside the field in the user's language (and an API as a problem naming the field).
 */
public class RuleViolationException extends RuntimeException {

    private final String field;
    private final String messageKey;

    public RuleViolationException(String field, String messageKey) {
        super(messageKey);
        this.field = field;
        this.messageKey = messageKey;
    }

    /** The form field the rule is about. */
    public String field() {
        return field;
    }

    /** Key into the messages files. */
    public String messageKey() {
        return messageKey;
    }
}
