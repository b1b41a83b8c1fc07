package cymru.cylch.monitoring;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Who or what one series of a measure is about: the whole council (key ""), a provider or a contract (its id) or a
 * kind of service (its code).
 */
public record Subject(Attachment attachment, String key) {

    /** A service's code, as {@code contracts/services.psv} writes them. */
    private static final Pattern SERVICE_CODE = Pattern.compile("[a-z0-9-]{1,60}");

    public static final Subject COUNCIL = new Subject(Attachment.COUNCIL, "");

    public Subject {
        Objects.requireNonNull(attachment, "attachment");
        Objects.requireNonNull(key, "key");
        boolean wellFormed = switch (attachment) {
            case COUNCIL -> key.isEmpty();
            case PROVIDER, CONTRACT -> isUuid(key);
            case SERVICE -> SERVICE_CODE.matcher(key).matches();
        };
        if (!wellFormed) {
            throw new IllegalArgumentException("Not a " + attachment + " subject: " + key);
        }
    }

    /** The subject of a measure attached as given, from a key that may be malformed (from a URL or a file). */
    public static Optional<Subject> parse(Attachment attachment, String key) {
        try {
            return Optional.of(new Subject(attachment, attachment == Attachment.COUNCIL ? "" : key));
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }

    public static Subject provider(UUID id) {
        return new Subject(Attachment.PROVIDER, id.toString());
    }

    public static Subject contract(UUID id) {
        return new Subject(Attachment.CONTRACT, id.toString());
    }

    public static Subject service(String code) {
        return new Subject(Attachment.SERVICE, code);
    }

    /** The key as a URL path segment: "council" for the council's own. */
    public String pathKey() {
        return attachment == Attachment.COUNCIL ? "council" : key;
    }

    private static boolean isUuid(String key) {
        try {
            return UUID.fromString(key).toString().equals(key);
        } catch (IllegalArgumentException notOne) {
            return false;
        }
    }
}
