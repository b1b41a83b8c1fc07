package cymru.cylch.people;

import cymru.cylch.platform.database.ChangeStamp;
import cymru.cylch.platform.database.StoredText;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One assessment conversation with a person, kept as recorded. */
@Entity
@Table(name = "assessment")
public class Assessment {

    @Id
    private UUID id;

    @Column(name = "person_id")
    private UUID personId;

    @Column(name = "held_by")
    private UUID heldBy;

    @Column(name = "held_on")
    private LocalDate heldOn;

    @Column(name = "what_matters")
    private String whatMatters;

    private @Nullable String working;

    @Column(name = "not_working")
    private @Nullable String notWorking;

    @Column(name = "personal_strengths")
    private @Nullable String personalStrengths;

    @Column(name = "family_strengths")
    private @Nullable String familyStrengths;

    @Column(name = "community_strengths")
    private @Nullable String communityStrengths;

    private @Nullable String risks;

    @Column(name = "wants_to_achieve")
    private @Nullable String wantsToAchieve;

    @Column(name = "person_took_part")
    private boolean personTookPart;

    @Column(name = "carer_took_part")
    private boolean carerTookPart;

    @Column(name = "provider_took_part")
    private boolean providerTookPart;

    @Column(name = "others_taking_part")
    private @Nullable String othersTakingPart;

    @Embedded
    private ChangeStamp stamp;

    /** Null until first saved, which tells Spring Data the entity is new (no select before insert). */
    @Version
    private @Nullable Long version;

    protected Assessment() {
        // for JPA
    }

    Assessment(UUID id, Person person, Conversation c, @Nullable UUID by, Instant now) {
        this.id = id;
        this.personId = person.id();
        this.heldBy = person.heldBy();
        this.heldOn = c.heldOn();
        this.whatMatters = c.whatMatters().strip();
        this.working = StoredText.of(c.working());
        this.notWorking = StoredText.of(c.notWorking());
        this.personalStrengths = StoredText.of(c.personalStrengths());
        this.familyStrengths = StoredText.of(c.familyStrengths());
        this.communityStrengths = StoredText.of(c.communityStrengths());
        this.risks = StoredText.of(c.risks());
        this.wantsToAchieve = StoredText.of(c.wantsToAchieve());
        this.personTookPart = c.personTookPart();
        this.carerTookPart = c.carerTookPart();
        this.providerTookPart = c.providerTookPart();
        this.othersTakingPart = StoredText.of(c.othersTakingPart());
        this.stamp = ChangeStamp.created(by, now);
    }

    public UUID id() {
        return id;
    }

    public UUID personId() {
        return personId;
    }

    /** The conversation as recorded. */
    public Conversation conversation() {
        return new Conversation(heldOn, whatMatters, working, notWorking, personalStrengths, familyStrengths,
                communityStrengths, risks, wantsToAchieve, personTookPart, carerTookPart, providerTookPart,
                othersTakingPart);
    }

    public ChangeStamp stamp() {
        return stamp;
    }
}
