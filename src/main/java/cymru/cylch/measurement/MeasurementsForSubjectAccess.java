package cymru.cylch.measurement;

import cymru.cylch.people.PersonId;
import cymru.cylch.people.PersonalDataContributor;
import cymru.cylch.people.PersonalDataSection;
import cymru.cylch.people.PersonalDataSection.Detail;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Every measurement of the person, with each answer and score as recorded, for their subject access export. */
@Component
class MeasurementsForSubjectAccess implements PersonalDataContributor {

    private final MeasurementStore store;

    MeasurementsForSubjectAccess(MeasurementStore store) {
        this.store = store;
    }

    @Override
    public PersonalDataSection sectionAbout(PersonId person) {
        List<PersonalDataSection.Entry> entries = store.ofPerson(person.value()).stream()
                .map(MeasurementsForSubjectAccess::entry).toList();
        return new PersonalDataSection("measurements", "subjectAccess.section.measurements", entries);
    }

    private static PersonalDataSection.Entry entry(Measurement m) {
        List<Detail> details = new ArrayList<>();
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
