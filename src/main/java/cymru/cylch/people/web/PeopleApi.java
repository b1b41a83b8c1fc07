package cymru.cylch.people.web;

import cymru.cylch.people.Language;
import cymru.cylch.people.Person;
import cymru.cylch.people.PersonManagement;
import cymru.cylch.people.PersonSummary;
import cymru.cylch.platform.security.CylchUser;
import cymru.cylch.platform.time.Today;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** People held by the caller's organisation, for case management systems. Every read of a record is audited. */
@RestController
@RequestMapping("/api/v1/people")
@PreAuthorize(PeoplePages.READERS)
@Tag(name = "People")
class PeopleApi {

    private final PersonManagement people;
    private final Today today;

    PeopleApi(PersonManagement people, Today today) {
        this.people = people;
        this.today = today;
    }

    /** A person's record as other systems see it. */
    record PersonView(UUID id, String reference, String givenName, String familyName, LocalDate dateOfBirth,
                      @Nullable String nhsNumber, @Nullable String addressLine1, @Nullable String addressLine2,
                      @Nullable String town, @Nullable String postcode, @Nullable String areaCode,
                      Language preferredLanguage, @Nullable LocalDate welshOfferMadeOn,
                      @Nullable String communicationNeeds, boolean consentToShare, @Nullable LocalDate dateOfDeath) {
        static PersonView of(Person p) {
            var a = p.address();
            return new PersonView(p.id(), p.reference(), p.givenName(), p.familyName(), p.dateOfBirth(),
                    p.nhsNumber() == null ? null : p.nhsNumber().value(), a.line1(), a.line2(), a.town(),
                    a.postcode(), a.areaCode(), p.preferredLanguage(), p.welshOfferMadeOn(), p.communicationNeeds(),
                    p.consentToShare(), p.dateOfDeath());
        }
    }

    @GetMapping
    @Operation(summary = "Find people by NHS number, Cylch reference, date of birth or name (50 at most)")
    List<PersonSummary> search(@AuthenticationPrincipal CylchUser user, @RequestParam("q") String query) {
        return people.search(user, query);
    }

    @PostMapping
    @PreAuthorize(PeoplePages.WRITERS)
    @Operation(summary = "Register a person (care managers). 201 with the record and its Location. If the "
            + "organisation already holds someone with the same name and date of birth: 409 listing them under "
            + "possibleDuplicates, unless confirmedNotDuplicate is true. Send an Idempotency-Key header to retry "
            + "safely.")
    ResponseEntity<PersonView> register(@AuthenticationPrincipal CylchUser user,
                                        @Valid @RequestBody PersonRegistration registration) {
        Person person = people.register(user, registration.details(), registration.confirmed());
        return ResponseEntity.created(URI.create("/api/v1/people/" + person.id())).body(PersonView.of(person));
    }

    @InitBinder("personRegistration")
    void registrationRules(WebDataBinder binder) {
        binder.addValidators(new PersonRegistration.Rules(today.date()));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One person's record; 404 unless the caller's organisation holds it")
    PersonView get(@AuthenticationPrincipal CylchUser user, @PathVariable UUID id) {
        return PersonView.of(people.view(user, id));
    }
}
