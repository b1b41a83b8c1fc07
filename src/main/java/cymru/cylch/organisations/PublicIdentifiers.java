package cymru.cylch.organisations;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The identifiers others know an organisation by: Companies House company number, Charity Commission number,
 * the care regulator's registration (Care Inspectorate Wales or the Care Quality Commission) and, for NHS bodies,
 * the Organisation Data Service code. All optional; stored in canonical upper case.
 */
@Embeddable
public record PublicIdentifiers(
        @Column(name = "companies_house_number") @Nullable String companiesHouseNumber,
        @Column(name = "charity_number") @Nullable String charityNumber,
        @Column(name = "care_regulator_registration") @Nullable String careRegulatorRegistration,
        @Column(name = "ods_code") @Nullable String odsCode) {

    /** Companies House: eight digits, or two letters (e.g. SC, NI, OC) and six digits. */
    public static final String COMPANIES_HOUSE_PATTERN = "^(\\d{8}|[A-Z]{2}\\d{6})$";
    public static final String CHARITY_PATTERN = "^\\d{6,8}$";
    public static final String REGULATOR_PATTERN = "^[A-Z0-9-]{4,30}$";
    public static final String ODS_PATTERN = "^[A-Z0-9]{3,6}$";

    public PublicIdentifiers {
        companiesHouseNumber = canonical(companiesHouseNumber);
        charityNumber = canonical(charityNumber);
        careRegulatorRegistration = canonical(careRegulatorRegistration);
        odsCode = canonical(odsCode);
    }

    public static PublicIdentifiers none() {
        return new PublicIdentifiers(null, null, null, null);
    }

    /** Blank becomes absent; spaces go; letters are upper-cased. */
    public static @Nullable String canonical(@Nullable String value) {
        if (value == null) {
            return null;
        }
        String compact = value.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
        return compact.isEmpty() ? null : compact;
    }
}
