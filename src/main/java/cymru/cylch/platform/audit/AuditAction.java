package cymru.cylch.platform.audit;

/** What happened. Message keys {@code audit.action.<NAME>} give the words shown to auditors. */
public enum AuditAction {
    SIGNED_IN,
    SIGNED_OUT,
    SIGN_IN_FAILED,
    ACCOUNT_LOCKED,
    ACCESS_REFUSED,
    VIEWED,
    CREATED,
    CHANGED,
    EXPORTED,
    API_TOKEN_USED
}
