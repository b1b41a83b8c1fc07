package cymru.cylch.people;

import cymru.cylch.platform.ids.OrganisationId;
import cymru.cylch.platform.database.ChangeStamp;
import cymru.cylch.platform.database.StoredText;
import cymru.cylch.platform.rules.RuleViolationException;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A person with care and support needs, as held by one council or health board. */
@Entity
@Table(name = "person")
public class Person {

    @Id
    private UUID id;

    @Column(name = "held_by")
    private UUID heldBy;

    private String reference;

    @Column(name = "given_name")
    private String givenName;

    @Column(name = "family_name")
    private String familyName;

    @Column(name = "date_of_birth")
    private LocalDate dateOfBirth;

    @Column(name = "nhs_number")
    private @Nullable String nhsNumber;

    @Column(name = "address_line_1")
    private @Nullable String addressLine1;

    @Column(name = "address_line_2")
    private @Nullable String addressLine2;

    private @Nullable String town;

    private @Nullable String postcode;

    @Column(name = "area_code")
    private @Nullable String areaCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "preferred_language")
    private Language preferredLanguage;

    @Column(name = "welsh_offer_made_on")
    private @Nullable LocalDate welshOfferMadeOn;

    @Column(name = "communication_needs")
    private @Nullable String communicationNeeds;

    @Column(name = "consent_to_share")
    private boolean consentToShare;

    @Column(name = "consent_recorded_on")
    private @Nullable LocalDate consentRecordedOn;

    @Column(name = "date_of_death")
    private @Nullable LocalDate dateOfDeath;

    /** The care manager whose caseload the person is on. */
    @Column(name = "allocated_worker")
    private @Nullable UUID allocatedWorker;

    @OneToMany(mappedBy = "person", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.LAZY)
    @OrderBy("name")
    private List<PersonContact> contacts = new ArrayList<>();

    @Embedded
    private ChangeStamp stamp;

    /** Null until first saved, which tells Spring Data the entity is new (no select before insert). */
    @Version
    private @Nullable Long version;

    protected Person() {
        // for JPA
    }

    Person(UUID id, UUID heldBy, String reference, PersonDetails details, @Nullable UUID by, Instant now,
           LocalDate today) {
        this.id = id;
        this.heldBy = heldBy;
        this.reference = reference;
        this.stamp = ChangeStamp.created(by, now);
        apply(details, today);
    }

    void change(PersonDetails details, @Nullable UUID by, Instant now, LocalDate today) {
        apply(details, today);
        stamp = stamp.changed(by, now);
    }

    private void apply(PersonDetails details, LocalDate today) {
        givenName = details.givenName().strip();
        familyName = details.familyName().strip();
        dateOfBirth = details.dateOfBirth();
        nhsNumber = details.nhsNumber() == null ? null : details.nhsNumber().value();
        var address = details.address();
        addressLine1 = StoredText.of(address.line1());
        addressLine2 = StoredText.of(address.line2());
        town = StoredText.of(address.town());
        postcode = address.postcode() == null || address.postcode().isBlank() ? null
                : Postcodes.canonical(address.postcode());
        areaCode = address.areaCode() == null || address.areaCode().isBlank() ? null
                : address.areaCode().strip().toUpperCase(Locale.ROOT);
        preferredLanguage = details.preferredLanguage();
        // The dates say when the offer and the consent were first recorded; changing other details keeps them.
        welshOfferMadeOn = details.welshOfferMade() ? (welshOfferMadeOn == null ? today : welshOfferMadeOn) : null;
        communicationNeeds = StoredText.of(details.communicationNeeds());
        consentRecordedOn = details.consentToShare() == consentToShare && consentRecordedOn != null
                ? consentRecordedOn : today;
        consentToShare = details.consentToShare();
    }

    void allocateTo(@Nullable UUID worker) {
        allocatedWorker = worker;
    }

    void recordDeath(LocalDate date, @Nullable UUID by, Instant now) {
        if (date.isBefore(dateOfBirth)) {
            throw new RuleViolationException("person.death.beforeBirth");
        }
        dateOfDeath = date;
        stamp = stamp.changed(by, now);
    }

    PersonContact addContact(String name, String relationship, boolean carer, @Nullable String telephone,
                             @Nullable String notes, @Nullable UUID by, Instant now) {
        PersonContact contact = new PersonContact(this, name, relationship, carer, telephone, notes, by, now);
        contacts.add(contact);
        return contact;
    }

    public UUID id() {
        return id;
    }

    public UUID heldBy() {
        return heldBy;
    }

    public String reference() {
        return reference;
    }

    public String givenName() {
        return givenName;
    }

    public String familyName() {
        return familyName;
    }

    public String fullName() {
        return givenName + " " + familyName;
    }

    public LocalDate dateOfBirth() {
        return dateOfBirth;
    }

    public @Nullable NhsNumber nhsNumber() {
        return nhsNumber == null ? null : new NhsNumber(nhsNumber);
    }

    public PersonDetails.Address address() {
        return new PersonDetails.Address(addressLine1, addressLine2, town, postcode, areaCode);
    }

    public Language preferredLanguage() {
        return preferredLanguage;
    }

    public @Nullable LocalDate welshOfferMadeOn() {
        return welshOfferMadeOn;
    }

    public @Nullable String communicationNeeds() {
        return communicationNeeds;
    }

    public boolean consentToShare() {
        return consentToShare;
    }

    public @Nullable LocalDate consentRecordedOn() {
        return consentRecordedOn;
    }

    public @Nullable LocalDate dateOfDeath() {
        return dateOfDeath;
    }

    public @Nullable UUID allocatedWorker() {
        return allocatedWorker;
    }

    public boolean died() {
        return dateOfDeath != null;
    }

    public List<PersonContact> contacts() {
        return List.copyOf(contacts);
    }

    public ChangeStamp stamp() {
        return stamp;
    }

    public long version() {
        return version == null ? 0 : version;
    }

    /** The details as last recorded, for a form that changes them. */
    public PersonDetails details() {
        return new PersonDetails(givenName, familyName, dateOfBirth, nhsNumber(), address(), preferredLanguage,
                welshOfferMadeOn != null, communicationNeeds, consentToShare);
    }

    /** The event that recording this person's death publishes; only for someone whose death is recorded. */
    PersonDied death() {
        if (dateOfDeath == null) {
            throw new IllegalStateException("No death is recorded for " + id);
        }
        return new PersonDied(PersonId.of(id), OrganisationId.of(heldBy), dateOfDeath);
    }
}
