package cymru.cylch.measurement;

import cymru.cylch.organisations.ListedOrganisation;
import cymru.cylch.organisations.OrganisationDirectory;
import cymru.cylch.people.PersonId;
import cymru.cylch.people.PersonalDataContributor;
import cymru.cylch.people.PersonalDataSection;
import cymru.cylch.people.PersonalDataSection.Detail;
import cymru.cylch.platform.ids.OrganisationId;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Every measurement of the person, with each answer and score as recorded, for their subject access export; one a
 * provider recorded through its access grant names that provider, since the person has a right to know who holds
 * and records data about them.
 */
@Component
class MeasurementsForSubjectAccess implements PersonalDataContributor {

    private final MeasurementStore store;
    private final OrganisationDirectory organisations;

    MeasurementsForSubjectAccess(MeasurementStore store, OrganisationDirectory organisations) {
        this.store = store;
        this.organisations = organisations;
    }

    @Override
    public PersonalDataSection sectionAbout(PersonId person) {
        Map<UUID, UUID> recordedElsewhere = store.recordedElsewhere(person.value());
        Map<OrganisationId, ListedOrganisation> recorders = organisations.byIds(
                recordedElsewhere.values().stream().map(OrganisationId::of).toList());
        List<PersonalDataSection.Entry> entries = store.ofPerson(person.value()).stream()
                .map(m -> entry(m, recordedElsewhere.get(m.id()), recorders)).toList();
        return new PersonalDataSection("measurements", "subjectAccess.section.measurements", entries);
    }

    private static PersonalDataSection.Entry entry(Measurement m, @Nullable UUID recordedBy,
                                                   Map<OrganisationId, ListedOrganisation> recorders) {
        List<Detail> details = new ArrayList<>();
        if (recordedBy != null) {
            ListedOrganisation recorder = recorders.get(OrganisationId.of(recordedBy));
            details.add(new Detail("recorded by", recorder == null ? recordedBy.toString() : recorder.name()));
        }
        details.add(new Detail("administered on", m.administeredOn().toString()));
        details.add(new Detail("instrument version", m.instrumentVersion()));
        details.add(new Detail("completed by", m.mode().name().toLowerCase(Locale.ROOT)));
        UUID outcome = m.outcomeId();
        if (outcome != null) {
            details.add(new Detail("for outcome", outcome.toString()));
        }
        add(details, "answer ", m.answers());
        add(details, "score ", m.scores());
        return new PersonalDataSection.Entry(m.instrument() + ", " + m.administeredOn(), details);
    }

    private static void add(List<Detail> details, String prefix, Map<String, @Nullable BigDecimal> values) {
        values.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(value -> details.add(new Detail(
                prefix + value.getKey(), value.getValue() == null ? "" : value.getValue().toPlainString())));
    }
}
