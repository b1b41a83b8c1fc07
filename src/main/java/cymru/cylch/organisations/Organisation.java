package cymru.cylch.organisations;

import cymru.cylch.platform.database.ChangeStamp;
import cymru.cylch.platform.database.StoredText;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A council, health board, provider or consortium. */
@Entity
@Table(name = "organisation")
public class Organisation {

    @Id
    private UUID id;

    @Enumerated(EnumType.STRING)
    private OrganisationKind kind;

    private String name;

    @Column(name = "welsh_name")
    private @Nullable String welshName;

    @Embedded
    private PublicIdentifiers identifiers;

    /** The commissioning organisation that registered this one and administers it with it; null for the first. */
    @Column(name = "registered_by")
    private @Nullable UUID registeredBy;

    private boolean active;

    @Enumerated(EnumType.STRING)
    private Nation nation = Nation.WALES;

    @Embedded
    private ChangeStamp stamp;

    /** Null until first saved, which tells Spring Data the entity is new (no select before insert). */
    @Version
    private @Nullable Long version;

    protected Organisation() {
        // for JPA
    }

    Organisation(UUID id, OrganisationKind kind, String name, @Nullable String welshName,
                 PublicIdentifiers identifiers, @Nullable UUID registeredBy, @Nullable UUID createdBy, Instant now) {
        this.id = id;
        this.kind = kind;
        this.name = name.strip();
        this.welshName = StoredText.of(welshName);
        this.identifiers = identifiers;
        this.registeredBy = registeredBy;
        this.active = true;
        this.stamp = ChangeStamp.created(createdBy, now);
    }

    void update(String name, @Nullable String welshName, PublicIdentifiers identifiers, UUID by, Instant now) {
        this.name = name.strip();
        this.welshName = StoredText.of(welshName);
        this.identifiers = identifiers;
        this.stamp = stamp.changed(by, now);
    }

    /** Sets the nation the organisation works in (at registration, or when an administrator corrects it). */
    void workIn(Nation nation) {
        this.nation = nation;
    }

    public Nation nation() {
        return nation;
    }

    public UUID id() {
        return id;
    }

    public OrganisationKind kind() {
        return kind;
    }

    public String name() {
        return name;
    }

    public @Nullable String welshName() {
        return welshName;
    }

    /** The name in the given language, falling back to the English one. */
    public String nameIn(String language) {
        return "cy".equals(language) && welshName != null ? welshName : name;
    }

    public PublicIdentifiers identifiers() {
        return identifiers == null ? PublicIdentifiers.none() : identifiers;
    }

    public @Nullable UUID registeredBy() {
        return registeredBy;
    }

    public boolean active() {
        return active;
    }

    public ChangeStamp stamp() {
        return stamp;
    }

    public long version() {
        return version == null ? 0 : version;
    }
}
