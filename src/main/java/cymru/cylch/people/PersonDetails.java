package cymru.cylch.people;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * What a care manager records about who a person is. {@code welshOfferMade} records that the person was
 * actively offered a Welsh language service (the "active offer" of Welsh language standards and More than
 * just words); it is kept with the date it was first recorded.
 */
public record PersonDetails(
        String givenName,
        String familyName,
        LocalDate dateOfBirth,
        @Nullable NhsNumber nhsNumber,
        Address address,
        Language preferredLanguage,
        boolean welshOfferMade,
        @Nullable String communicationNeeds,
        boolean consentToShare) {

    /** A postal address and the area it falls in (for commissioning by area). */
    public record Address(@Nullable String line1, @Nullable String line2, @Nullable String town,
                          @Nullable String postcode, @Nullable String areaCode) {

        /** "2 Heol y Bryn, Aberwen, SA99 1AB": the parts given, in order. */
        public String oneLine() {
            return java.util.stream.Stream.of(line1, line2, town, postcode)
                    .filter(part -> part != null && !part.isBlank())
                    .collect(java.util.stream.Collectors.joining(", "));
        }
    }
}
