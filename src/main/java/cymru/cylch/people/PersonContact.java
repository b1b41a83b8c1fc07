package cymru.cylch.people;

import cymru.cylch.platform.database.StoredText;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A carer or someone else who matters to the person. Part of the {@link Person} aggregate. */
@Entity
@Table(name = "person_contact")
public class PersonContact {

    @Id
    private UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "person_id")
    private Person person;

    private String name;

    private String relationship;

    @Column(name = "is_carer")
    private boolean carer;

    private @Nullable String telephone;

    private @Nullable String notes;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "created_by")
    private @Nullable UUID createdBy;

    protected PersonContact() {
        // for JPA
    }

    PersonContact(Person person, String name, String relationship, boolean carer, @Nullable String telephone,
                  @Nullable String notes, @Nullable UUID by, Instant now) {
        this.id = UUID.randomUUID();
        this.person = person;
        this.name = name.strip();
        this.relationship = relationship.strip();
        this.carer = carer;
        this.telephone = StoredText.of(telephone);
        this.notes = StoredText.of(notes);
        this.createdAt = now;
        this.createdBy = by;
    }

    public UUID id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String relationship() {
        return relationship;
    }

    public boolean carer() {
        return carer;
    }

    public @Nullable String telephone() {
        return telephone;
    }

    public @Nullable String notes() {
        return notes;
    }
}
