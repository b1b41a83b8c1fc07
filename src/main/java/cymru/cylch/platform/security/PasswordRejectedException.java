package cymru.cylch.platform.security;

/** A new password broke the {@link PasswordPolicy}, or the current password given was wrong. */
public class PasswordRejectedException extends RuntimeException {

    private final String messageKey;

    public PasswordRejectedException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    /** Key into the messages files, e.g. {@code password.rejected.TOO_SHORT}. */
    public String messageKey() {
        return messageKey;
    }
}
