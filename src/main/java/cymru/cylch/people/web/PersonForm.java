package cymru.cylch.people.web;

import cymru.cylch.people.DateBounds;
import cymru.cylch.people.Language;
import cymru.cylch.people.NhsNumber;
import cymru.cylch.people.Person;
import cymru.cylch.people.PersonDetails;
import cymru.cylch.people.Postcodes;
import cymru.cylch.platform.web.DateParts;
import cymru.cylch.platform.web.FormErrors;
import cymru.cylch.platform.web.MultiLineText;
import cymru.cylch.platform.web.SingleLineText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.Errors;

/** Registering a person or changing their details. */
record PersonForm(
        // First, as the page asks it first when the person may be registered already.
        @Nullable Boolean confirmedNotDuplicate,
        @SingleLineText @NotBlank @Size(max = 100) String givenName,
        @SingleLineText @NotBlank @Size(max = 100) String familyName,
        @Nullable Integer birthDay,
        @Nullable Integer birthMonth,
        @Nullable Integer birthYear,
        @Nullable String nhsNumber,
        @SingleLineText @Size(max = 200) @Nullable String addressLine1,
        @SingleLineText @Size(max = 200) @Nullable String addressLine2,
        @SingleLineText @Size(max = 100) @Nullable String town,
        @SingleLineText @Nullable String postcode,
        @Pattern(regexp = "^[A-Za-z0-9-]{0,12}$") @Nullable String areaCode,
        @NotNull Language preferredLanguage,
        @Nullable Boolean welshOfferMade,
        @MultiLineText @Size(max = 1000) @Nullable String communicationNeeds,
        @Nullable Boolean consentToShare,
        @Nullable Long version) {

    static PersonForm blank() {
        return new PersonForm(false, "", "", null, null, null, null, null, null, null, null, null, null, false, null,
                false, 0L);
    }

    static PersonForm of(Person person) {
        PersonDetails d = person.details();
        DateParts born = DateParts.of(d.dateOfBirth());
        return new PersonForm(false, d.givenName(), d.familyName(), born.day(), born.month(), born.year(),
                d.nhsNumber() == null ? null : d.nhsNumber().formatted(), d.address().line1(), d.address().line2(),
                d.address().town(), d.address().postcode(), d.address().areaCode(), d.preferredLanguage(),
                d.welshOfferMade(), d.communicationNeeds(), d.consentToShare(), person.version());
    }

    /** Checks what annotations cannot (the date, the NHS number's check digit, the postcode's shape). */
    void validate(Errors errors, LocalDate today) {
        var born = new DateParts(birthDay, birthMonth, birthYear);
        if (born.blank()) {
            FormErrors.reject(errors, "birthDay", "person.dateOfBirth.missing");
        } else if (born.toDate().isEmpty()) {
            FormErrors.reject(errors, "birthDay", "person.dateOfBirth.invalid");
        } else {
            DateBounds.birth(born.toDate().get(), today)
                    .ifPresent(problem -> FormErrors.reject(errors, "birthDay", problem));
        }
        if (nhsNumber != null && !nhsNumber.isBlank() && NhsNumber.parse(nhsNumber).isEmpty()) {
            FormErrors.reject(errors, "nhsNumber", "person.nhsNumber.invalid");
        }
        if (postcode != null && !postcode.isBlank() && !Postcodes.isValid(postcode)) {
            FormErrors.reject(errors, "postcode", "person.postcode.invalid");
        }
    }

    /** The user has seen the possible duplicates and says this is someone else. */
    boolean confirmed() {
        return Boolean.TRUE.equals(confirmedNotDuplicate);
    }

    /** The version the form was loaded at; a post without one counts as stale. */
    long loadedVersion() {
        return version == null ? -1 : version;
    }

    /** Only after {@link #validate} found nothing wrong. */
    PersonDetails details() {
        return new PersonDetails(givenName, familyName,
                new DateParts(birthDay, birthMonth, birthYear).toDate().orElseThrow(),
                nhsNumber == null || nhsNumber.isBlank() ? null : NhsNumber.parse(nhsNumber).orElseThrow(),
                new PersonDetails.Address(addressLine1, addressLine2, town, postcode, areaCode),
                preferredLanguage, Boolean.TRUE.equals(welshOfferMade), communicationNeeds,
                Boolean.TRUE.equals(consentToShare));
    }
}
