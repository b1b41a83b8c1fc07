package cymru.cylch.people;

import cymru.cylch.platform.audit.Actor;
import cymru.cylch.platform.audit.AuditAction;
import cymru.cylch.platform.audit.AuditChannel;
import cymru.cylch.platform.audit.AuditLog;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Registering people as Cylch itself (the demo county), audited as the system acting for the holder. */
@Service
@Transactional
public class PeopleSetup {

    private final People people;
    private final AuditLog audit;
    private final Clock clock;

    PeopleSetup(People people, AuditLog audit, Clock clock) {
        this.people = people;
        this.audit = audit;
        this.clock = clock;
    }

    /** A carer or other person who matters, for {@link #register}. */
    public record Contact(String name, String relationship, boolean carer) {
    }

    public void register(UUID id, UUID heldBy, PersonDetails details, @Nullable Contact contact,
                         @Nullable LocalDate dateOfDeath) {
        Person person = new Person(id, heldBy, people.nextReference(), details, null, clock.instant(),
                LocalDate.now(clock));
        if (contact != null) {
            person.addContact(contact.name(), contact.relationship(), contact.carer(), null, null, null,
                    clock.instant());
        }
        if (dateOfDeath != null) {
            person.recordDeath(dateOfDeath, null, clock.instant());
        }
        people.save(person);
        audit.record(new Actor(null, null, heldBy, AuditChannel.SYSTEM), AuditAction.CREATED, "person",
                id.toString(), null);
    }

    @Transactional(readOnly = true)
    public long countHeldBy(UUID heldBy) {
        return people.countByHeldBy(heldBy);
    }
}
