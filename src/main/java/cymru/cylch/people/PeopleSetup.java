package cymru.cylch.people;

import cymru.cylch.platform.audit.Actor;
import cymru.cylch.platform.audit.AuditAction;
import cymru.cylch.platform.audit.AuditChannel;
import cymru.cylch.platform.audit.AuditLog;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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

    /** One person to register, with at most one carer or other contact and perhaps a date of death. */
    public record NewPerson(UUID id, PersonDetails details, @Nullable Contact contact,
                            @Nullable LocalDate dateOfDeath) {
    }

    /**
     * Registers many people at once. References are drawn in one query first: a query per person would make
     * Hibernate flush the whole growing batch before each one.
     */
    public void registerAll(UUID heldBy, List<NewPerson> newPeople) {
        List<String> references = people.nextReferences(newPeople.size());
        List<Person> batch = new ArrayList<>(newPeople.size());
        for (int i = 0; i < newPeople.size(); i++) {
            NewPerson p = newPeople.get(i);
            Person person = new Person(p.id(), heldBy, references.get(i), p.details(), null, clock.instant(),
                    LocalDate.now(clock));
            if (p.contact() != null) {
                person.addContact(p.contact().name(), p.contact().relationship(), p.contact().carer(), null, null,
                        null, clock.instant());
            }
            if (p.dateOfDeath() != null) {
                person.recordDeath(p.dateOfDeath(), null, clock.instant());
            }
            batch.add(person);
        }
        people.saveAll(batch);
        people.flush();
        Actor system = new Actor(null, null, heldBy, AuditChannel.SYSTEM);
        for (Person person : batch) {
            audit.record(system, AuditAction.CREATED, "person", person.id().toString(), null);
        }
    }

    @Transactional(readOnly = true)
    public long countHeldBy(UUID heldBy) {
        return people.countByHeldBy(heldBy);
    }
}
