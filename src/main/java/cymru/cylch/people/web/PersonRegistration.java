package cymru.cylch.people.web;

import cymru.cylch.people.DateBounds;
import cymru.cylch.people.Language;
import cymru.cylch.people.NhsNumber;
import cymru.cylch.people.PersonDetails;
import cymru.cylch.people.Postcodes;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

/**
 * Registering a person through the API. {@code confirmedNotDuplicate}: the caller has checked the people with
 * the same name and date of birth that a first attempt returned (409), and this is someone else.
 */
record PersonRegistration(
        @NotBlank @Size(max = 100) String givenName,
        @NotBlank @Size(max = 100) String familyName,
        @NotNull LocalDate dateOfBirth,
        @Nullable String nhsNumber,
        @Size(max = 200) @Nullable String addressLine1,
        @Size(max = 200) @Nullable String addressLine2,
        @Size(max = 100) @Nullable String town,
        @Nullable String postcode,
        @Pattern(regexp = "^[A-Za-z0-9-]{0,12}$") @Nullable String areaCode,
        @NotNull Language preferredLanguage,
        @Nullable Boolean welshOfferMade,
        @Size(max = 1000) @Nullable String communicationNeeds,
        @Nullable Boolean consentToShare,
        @Nullable Boolean confirmedNotDuplicate) {

    boolean confirmed() {
        return Boolean.TRUE.equals(confirmedNotDuplicate);
    }

    /** Only after {@link Rules} found nothing wrong. */
    PersonDetails details() {
        return new PersonDetails(givenName, familyName, dateOfBirth,
                nhsNumber == null || nhsNumber.isBlank() ? null : NhsNumber.parse(nhsNumber).orElseThrow(),
                new PersonDetails.Address(addressLine1, addressLine2, town, postcode, areaCode), preferredLanguage,
                Boolean.TRUE.equals(welshOfferMade), communicationNeeds, Boolean.TRUE.equals(consentToShare));
    }

    /** What annotations cannot check, with the same messages as the page. */
    static final class Rules implements Validator {

        private final LocalDate today;

        Rules(LocalDate today) {
            this.today = today;
        }

        @Override
        public boolean supports(Class<?> type) {
            return PersonRegistration.class.equals(type);
        }

        @Override
        public void validate(Object target, Errors errors) {
            var registration = (PersonRegistration) target;
            LocalDate born = registration.dateOfBirth();
            if (born != null) {
                DateBounds.birth(born, today).ifPresent(problem -> errors.rejectValue("dateOfBirth", problem));
            }
            String nhs = registration.nhsNumber();
            if (nhs != null && !nhs.isBlank() && NhsNumber.parse(nhs).isEmpty()) {
                errors.rejectValue("nhsNumber", "person.nhsNumber.invalid");
            }
            String postcode = registration.postcode();
            if (postcode != null && !postcode.isBlank() && !Postcodes.isValid(postcode)) {
                errors.rejectValue("postcode", "person.postcode.invalid");
            }
        }
    }
}
