package cymru.cylch.measurement;

import java.util.Locale;

/** A self-completion link that cannot be used: unknown, already used, or expired. Nothing is stored. */
public class LinkUnusable extends RuntimeException {

    /** Why: each has its own page. */
    public enum Reason { UNKNOWN, USED, EXPIRED }

    private final Reason reason;

    public LinkUnusable(Reason reason) {
        super("self-completion link " + reason.name().toLowerCase(Locale.ROOT));
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
