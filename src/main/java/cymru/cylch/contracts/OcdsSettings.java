package cymru.cylch.contracts;

import java.net.URI;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How a council publishes its contracts in the Open Contracting Data Standard: the prefix of every contracting
 * process's identifier ({@code CYLCH_OCDS_OCID_PREFIX}; a council registers its own with the Open Contracting
 * Partnership, and the default is a placeholder that no registered prefix can equal), and the licence and
 * publication policy its release packages name ({@code CYLCH_OCDS_LICENSE}, {@code CYLCH_OCDS_PUBLICATION_POLICY};
 * both may be left out).
 */
@ConfigurationProperties("cylch.ocds")
public record OcdsSettings(String ocidPrefix, @Nullable String license, @Nullable String publicationPolicy) {

    /** The placeholder prefix: registered prefixes are {@code ocds-} and six letters or digits, so this is none. */
    public static final String UNREGISTERED_PREFIX = "ocds-unregistered-cylch";

    public OcdsSettings {
        ocidPrefix = ocidPrefix == null || ocidPrefix.isBlank() ? UNREGISTERED_PREFIX : ocidPrefix.strip();
        license = address(license, "cylch.ocds.license");
        publicationPolicy = address(publicationPolicy, "cylch.ocds.publication-policy");
    }

    /** The identifier of a contract's contracting process. */
    public String ocid(ContractId contract) {
        return ocidPrefix + "-" + contract;
    }

    public Optional<String> licenseAddress() {
        return Optional.ofNullable(license);
    }

    public Optional<String> publicationPolicyAddress() {
        return Optional.ofNullable(publicationPolicy);
    }

    /** Blank is absent; anything else must be an absolute address, or Cylch does not start. */
    private static @Nullable String address(@Nullable String value, String setting) {
        if (value == null || value.isBlank()) {
            return null;
        }
        URI uri = URI.create(value.strip());
        if (!uri.isAbsolute()) {
            throw new IllegalArgumentException(setting + " must be an absolute address, such as https://...");
        }
        return uri.toString();
    }
}
